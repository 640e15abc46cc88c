//! File dialogs: the system's own (rfd), each on its own thread (a
//! `poll_promise` promise) so the window never waits, or, where the system
//! has none, Rulecraft's in-window dialog (`egui_file`); and files dropped
//! on the window.
//! What the user chose comes back as [`Command`]s, applied on the UI thread
//! like any other; event files are read by the events' loading thread,
//! never here.

use super::state::{Action, AppState, Command, DialogRequest, DocumentCommand, EventsCommand};
use eframe::egui;
use poll_promise::Promise;
use std::path::PathBuf;
use std::sync::Mutex;

/// Dialogs open on their threads: each promises the command its answer makes.
static PENDING: Mutex<Vec<Promise<Option<Command>>>> = Mutex::new(Vec::new());

/// Runs `dialog` on its own thread; its command, if any, is applied later.
fn in_background(ctx: &egui::Context, dialog: impl FnOnce() -> Option<Command> + Send + 'static) {
    let ctx = ctx.clone();
    let promise = Promise::spawn_thread("rulecraft-dialog", move || {
        let command = dialog();
        ctx.request_repaint();
        command
    });
    if let Ok(mut pending) = PENDING.lock() {
        pending.push(promise);
    }
}

/// The commands of dialogs that have been answered.
fn answered() -> Vec<Command> {
    let Ok(mut pending) = PENDING.lock() else { return Vec::new() };
    let mut commands = Vec::new();
    let mut waiting = Vec::new();
    for promise in pending.drain(..) {
        match promise.try_take() {
            Ok(command) => commands.extend(command),
            Err(promise) => waiting.push(promise),
        }
    }
    *pending = waiting;
    commands
}

/// Whether the system has a native file dialog. On Linux rfd needs the
/// desktop portal or zenity, and without either it returns nothing, as if
/// cancelled; elsewhere the system's own dialog is always there.
/// `RULECRAFT_FILE_DIALOG=builtin` asks for the in-window dialog anyway.
#[must_use]
pub fn native_dialogs_available() -> bool {
    if std::env::var_os("RULECRAFT_FILE_DIALOG").is_some_and(|v| v == "builtin") {
        return false;
    }
    if !cfg!(target_os = "linux") {
        return true;
    }
    let on_path = |program: &str| {
        std::env::var_os("PATH").is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
    };
    let data_dirs = std::env::var("XDG_DATA_DIRS").unwrap_or_else(|_| "/usr/local/share:/usr/share".to_owned());
    let portal = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        && data_dirs.split(':').any(|dir| {
            std::path::Path::new(dir).join("dbus-1/services/org.freedesktop.portal.Desktop.service").is_file()
        });
    portal || on_path("zenity")
}

/// The folder a dialog starts in: the document's, else that of the file
/// last saved or opened, else the user's home (never the process's
/// working directory).
fn starting_folder(state: &AppState) -> Option<PathBuf> {
    let folder_of = |path: &std::path::Path| path.parent().filter(|p| p.is_dir()).map(PathBuf::from);
    state
        .file
        .path
        .as_deref()
        .and_then(folder_of)
        .or_else(|| state.file.recent.paths().iter().find_map(|p| folder_of(p)))
        .or_else(std::env::home_dir)
}

/// What kind of choice a request asks for.
#[derive(Clone, Copy, PartialEq)]
enum Choice {
    OneFile,
    Folder,
    Files,
    SaveAs,
}

/// A request's title, choice, file extensions (none: any) and suggested name.
fn describe(request: &DialogRequest) -> (String, Choice, &'static [&'static str], Option<String>) {
    let tr = super::i18n::tr;
    match request {
        DialogRequest::OpenRule => {
            (tr("dialog-open-rule"), Choice::OneFile, &["json", "yaml", "yml", "tf", "template"], None)
        }
        DialogRequest::OpenFolder => (tr("dialog-open-folder"), Choice::Folder, &[], None),
        DialogRequest::OpenEvents => (tr("dialog-open-events"), Choice::Files, &["json", "jsonl", "ndjson"], None),
        DialogRequest::SaveRuleAs { suggested, .. } => {
            (tr("dialog-save-rule"), Choice::SaveAs, &["json"], Some(suggested.clone()))
        }
        DialogRequest::SavePatternAs { suggested } => {
            (tr("dialog-save-pattern"), Choice::SaveAs, &["json"], Some(suggested.clone()))
        }
        DialogRequest::SaveExport { suggested, .. } => {
            (tr("dialog-save-export"), Choice::SaveAs, &[], Some(suggested.clone()))
        }
    }
}

/// The command a dialog's answer makes (none when nothing was chosen).
fn answer(request: DialogRequest, paths: Vec<PathBuf>) -> Option<Command> {
    let first = paths.first().cloned();
    Some(match request {
        DialogRequest::OpenRule => Command::Document(DocumentCommand::OpenNow(first?)),
        DialogRequest::OpenFolder => Command::Document(DocumentCommand::Guarded(Action::Open(first?))),
        DialogRequest::OpenEvents if paths.is_empty() => return None,
        DialogRequest::OpenEvents => Command::Events(EventsCommand::LoadFiles(paths)),
        DialogRequest::SaveRuleAs { then, .. } => Command::Document(DocumentCommand::SaveRuleTo { path: first?, then }),
        DialogRequest::SavePatternAs { .. } => Command::Document(DocumentCommand::SavePatternTo(first?)),
        DialogRequest::SaveExport { text, .. } => Command::Document(DocumentCommand::WriteFile { path: first?, text }),
    })
}

/// Opens the dialog the state asks for, if any: the system's own on its
/// thread when `native`, else Rulecraft's in-window dialog (saying why).
pub fn open_requested_dialog(ctx: &egui::Context, state: &mut AppState, native: bool) {
    let Some(request) = state.file.dialog.take() else { return };
    let folder = starting_folder(state);
    if native {
        open_native(ctx, request, folder);
    } else {
        // Centred in the window, below the menu bar.
        let corner = ctx.content_rect().center() - IN_WINDOW_SIZE / 2.0;
        let corner = egui::pos2(corner.x.max(0.0), corner.y.max(40.0));
        IN_WINDOW.with_borrow_mut(|open| *open = Some(in_window_dialog(request, folder, corner)));
        ctx.request_repaint();
        let notice = super::i18n::Message::new("notice-builtin-file-dialog");
        state.handle(Command::Window(super::state::WindowCommand::Notice(notice)));
    }
}

fn open_native(ctx: &egui::Context, request: DialogRequest, folder: Option<PathBuf>) {
    let (title, choice, extensions, suggested) = describe(&request);
    let (rules, events, all) = (
        super::i18n::tr("dialog-filter-rules"),
        super::i18n::tr("dialog-filter-events"),
        super::i18n::tr("dialog-filter-all"),
    );
    let filter_name = if choice == Choice::Files { events } else { rules };
    in_background(ctx, move || {
        let mut dialog = rfd::FileDialog::new().set_title(title);
        if let Some(folder) = &folder {
            dialog = dialog.set_directory(folder);
        }
        if !extensions.is_empty() {
            dialog = dialog.add_filter(filter_name, extensions);
            if choice == Choice::OneFile {
                dialog = dialog.add_filter(all, &["*"]);
            }
        }
        if let Some(name) = suggested {
            dialog = dialog.set_file_name(name);
        }
        let paths = match choice {
            Choice::OneFile => dialog.pick_file().into_iter().collect(),
            Choice::Folder => dialog.pick_folder().into_iter().collect(),
            Choice::Files => dialog.pick_files().unwrap_or_default(),
            Choice::SaveAs => dialog.save_file().into_iter().collect(),
        };
        answer(request, paths)
    });
}

thread_local! {
    /// The in-window dialog while it is open, with the request it answers
    /// (UI thread only: the dialog holds egui state).
    static IN_WINDOW: std::cell::RefCell<Option<(DialogRequest, egui_file::FileDialog)>> =
        const { std::cell::RefCell::new(None) };
}

/// Rulecraft's own file dialog for `request`, its labels in the chosen language.
/// The in-window dialog's size when it opens.
const IN_WINDOW_SIZE: egui::Vec2 = egui::vec2(640.0, 480.0);

fn in_window_dialog(
    request: DialogRequest,
    folder: Option<PathBuf>,
    corner: egui::Pos2,
) -> (DialogRequest, egui_file::FileDialog) {
    let tr = super::i18n::tr;
    let (title, choice, extensions, suggested) = describe(&request);
    let mut dialog = match choice {
        Choice::SaveAs => egui_file::FileDialog::save_file(),
        Choice::OneFile | Choice::Files => egui_file::FileDialog::open_file(),
        Choice::Folder => egui_file::FileDialog::select_folder(),
    }
    .title(&title)
    .multi_select(choice == Choice::Files)
    .open_button_text(tr("file-dialog-open").into())
    .save_button_text(tr("file-dialog-save").into())
    .cancel_button_text(tr("file-dialog-cancel").into())
    .new_folder_button_text(tr("file-dialog-new-folder").into())
    .new_folder_name_text(tr("file-dialog-new-folder-name").into())
    .rename_button_text(tr("file-dialog-rename").into())
    .refresh_button_hover_text(tr("file-dialog-refresh").into())
    .parent_folder_button_hover_text(tr("file-dialog-parent").into())
    .file_label_text(tr("file-dialog-file").into())
    .show_hidden_checkbox_text(tr("file-dialog-show-hidden").into())
    .default_size(IN_WINDOW_SIZE)
    .default_pos(corner)
    .keep_on_top(true);
    if let Some(folder) = folder {
        dialog = dialog.initial_path(folder);
    }
    if let Some(name) = suggested {
        dialog = dialog.default_filename(name);
    }
    if !extensions.is_empty() {
        dialog = dialog.show_files_filter(Box::new(move |path: &std::path::Path| {
            path.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e.to_ascii_lowercase().as_str()))
        }));
    }
    dialog.open();
    (request, dialog)
}

/// Draws the in-window dialog while it is open; its answer becomes a command.
pub fn in_window_dialog_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    IN_WINDOW.with_borrow_mut(|open| {
        let Some((_, dialog)) = open.as_mut() else { return };
        let state = dialog.show(ctx).state();
        match state {
            egui_file::State::Open => {}
            egui_file::State::Selected => {
                let paths: Vec<PathBuf> = dialog.selection().into_iter().map(PathBuf::from).collect();
                let paths =
                    if paths.is_empty() { dialog.path().map(PathBuf::from).into_iter().collect() } else { paths };
                if let Some((request, _)) = open.take() {
                    commands.extend(answer(request, paths));
                }
            }
            egui_file::State::Cancelled | egui_file::State::Closed => *open = None,
        }
    });
}

/// Whether the in-window dialog is open.
#[must_use]
pub fn in_window_dialog_open() -> bool {
    IN_WINDOW.with_borrow(Option::is_some)
}

/// Commands from finished dialogs, and what dropped files hold: a dropped
/// rule or pattern file opens (after asking about unsaved changes); other
/// files are loaded as events, on the loading thread.
pub fn receive_files(ctx: &egui::Context, commands: &mut Vec<Command>) {
    commands.extend(answered());
    let dropped: Vec<PathBuf> = ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect());
    let (rule, events) = crate::document::split_rule_and_events(dropped);
    if let Some(rule) = rule {
        commands.push(Command::Document(DocumentCommand::Guarded(Action::Open(rule))));
    }
    if !events.is_empty() {
        commands.push(Command::Events(EventsCommand::LoadFiles(events)));
    }
}
