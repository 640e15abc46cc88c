//! Native file dialogs (rfd), each on its own thread (a `poll_promise`
//! promise) so the window never waits, and files dropped on the window.
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

/// Opens the dialog the state asks for, if any.
pub fn run_requested_dialog(ctx: &egui::Context, state: &mut AppState) {
    let Some(request) = state.file.dialog.take() else { return };
    let folder: Option<PathBuf> = state.file.path.as_deref().and_then(|p| p.parent()).map(PathBuf::from);
    let dialog = move |title: String| {
        let dialog = rfd::FileDialog::new().set_title(title);
        match &folder {
            Some(folder) => dialog.set_directory(folder),
            None => dialog,
        }
    };
    let tr = super::i18n::tr;
    match request {
        DialogRequest::OpenRule => {
            let (title, rules, all) = (tr("dialog-open-rule"), tr("dialog-filter-rules"), tr("dialog-filter-all"));
            in_background(ctx, move || {
                let path = dialog(title).add_filter(rules, &["json"]).add_filter(all, &["*"]).pick_file()?;
                Some(Command::Document(DocumentCommand::OpenNow(path)))
            });
        }
        DialogRequest::OpenEvents => {
            let (title, events) = (tr("dialog-open-events"), tr("dialog-filter-events"));
            in_background(ctx, move || {
                let files = dialog(title).add_filter(events, &["json", "jsonl", "ndjson"]).pick_files()?;
                Some(Command::Events(EventsCommand::LoadFiles(files)))
            });
        }
        DialogRequest::SaveRuleAs { then, suggested } => {
            let (title, rules) = (tr("dialog-save-rule"), tr("dialog-filter-rules"));
            in_background(ctx, move || {
                let path = dialog(title).add_filter(rules, &["json"]).set_file_name(suggested).save_file()?;
                Some(Command::Document(DocumentCommand::SaveRuleTo { path, then }))
            });
        }
        DialogRequest::SavePatternAs { suggested } => {
            let title = tr("dialog-save-pattern");
            in_background(ctx, move || {
                let path = dialog(title).add_filter("JSON", &["json"]).set_file_name(suggested).save_file()?;
                Some(Command::Document(DocumentCommand::SavePatternTo(path)))
            });
        }
        DialogRequest::SaveExport { suggested, text } => {
            let title = tr("dialog-save-export");
            in_background(ctx, move || {
                let path = dialog(title).set_file_name(suggested).save_file()?;
                Some(Command::Document(DocumentCommand::WriteFile { path, text }))
            });
        }
    }
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
