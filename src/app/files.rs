//! Native file dialogs (rfd), each on its own thread so the window never
//! waits, and files dropped on the window. What the user chose comes back as
//! [`Command`]s, applied on the UI thread like any other.

use super::state::{AppState, Command, DialogRequest};
use eframe::egui;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};

/// A channel for commands from dialog threads.
type CommandChannel = (Sender<Command>, Receiver<Command>);

/// Commands from dialogs, waiting to be applied on the UI thread.
static CHOSEN: Mutex<Option<CommandChannel>> = Mutex::new(None);

fn with_channel<T>(f: impl FnOnce(&Sender<Command>, &Receiver<Command>) -> T) -> Option<T> {
    let mut guard = CHOSEN.lock().ok()?;
    let (sender, receiver) = guard.get_or_insert_with(channel);
    Some(f(sender, receiver))
}

/// Runs `dialog` on its own thread; its command, if any, is applied later.
fn in_background(ctx: &egui::Context, dialog: impl FnOnce() -> Option<Command> + Send + 'static) {
    let Some(sender) = with_channel(|sender, _| sender.clone()) else { return };
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        if let Some(command) = dialog() {
            sender.send(command).ok();
            ctx.request_repaint();
        }
    });
}

/// Opens the native dialog for event files; they are read on the dialog's
/// thread by [`crate::batch::load_events`], the command line's reader.
pub fn pick_event_files(ctx: &egui::Context) {
    in_background(ctx, || {
        let files = rfd::FileDialog::new()
            .set_title("Open event files")
            .add_filter("Events", &["json", "jsonl", "ndjson"])
            .pick_files()?;
        let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
        let (events, problems) = crate::batch::load_events(&paths);
        Some(Command::AddOwnEvents { events, problems })
    });
}

/// Opens the dialog the state asks for, if any.
pub fn run_requested_dialog(ctx: &egui::Context, state: &mut AppState) {
    let Some(request) = state.file.dialog.take() else { return };
    let folder: Option<PathBuf> = state.file.path.as_deref().and_then(|p| p.parent()).map(PathBuf::from);
    let dialog = move |title: &str| {
        let dialog = rfd::FileDialog::new().set_title(title);
        match &folder {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
    };
    match request {
        DialogRequest::OpenRule => in_background(ctx, move || {
            let path = dialog("Open a rule or pattern")
                .add_filter("Rules and patterns", &["json"])
                .add_filter("All files", &["*"])
                .pick_file()?;
            Some(Command::OpenNow(path))
        }),
        DialogRequest::SaveRuleAs { then, suggested } => in_background(ctx, move || {
            let path = dialog("Save the rule")
                .add_filter("Rulecraft rules", &["json"])
                .set_file_name(suggested)
                .save_file()?;
            Some(Command::SaveRuleTo { path, then })
        }),
        DialogRequest::SavePatternAs { suggested } => in_background(ctx, move || {
            let path = dialog("Save the pattern").add_filter("JSON", &["json"]).set_file_name(suggested).save_file()?;
            Some(Command::SavePatternTo(path))
        }),
        DialogRequest::SaveExport { suggested, text } => in_background(ctx, move || {
            let path = dialog("Save the export").set_file_name(suggested).save_file()?;
            Some(Command::WriteFile { path, text })
        }),
    }
}

/// Commands from finished dialogs, and what dropped files hold: a dropped
/// rule or pattern file opens (after asking about unsaved changes); other
/// files are read as events.
pub fn receive_events(ctx: &egui::Context, commands: &mut Vec<Command>) {
    with_channel(|_, receiver| commands.extend(receiver.try_iter()));
    let dropped: Vec<PathBuf> = ctx.input(|i| i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect());
    let (rules, events): (Vec<PathBuf>, Vec<PathBuf>) = dropped.into_iter().partition(|p| is_rule_file(p));
    if let Some(rule) = rules.into_iter().next() {
        commands.push(Command::Guarded(super::state::Action::Open(rule)));
    }
    if !events.is_empty() {
        let paths: Vec<String> = events.iter().map(|p| p.display().to_string()).collect();
        let (events, problems) = crate::batch::load_events(&paths);
        commands.push(Command::AddOwnEvents { events, problems });
    }
}

/// Whether the file opens as a document: a Rulecraft rule file, or a file
/// holding a valid pattern (an event is never one: its values are not lists).
fn is_rule_file(path: &std::path::Path) -> bool {
    use crate::document::{FileKind, RuleDocument};
    RuleDocument::open(path)
        .is_ok_and(|(document, kind)| kind == FileKind::Rule || crate::Pattern::parse(&document.pattern).is_ok())
}
