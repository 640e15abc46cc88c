//! Events from files: the native open dialog (on its own thread, so the
//! window never waits) and files dropped on the window. Both are read by
//! [`crate::batch::load_events`], the command line's reader.

use super::state::Command;
use eframe::egui;
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};

/// A channel for paths chosen in a dialog.
type PathChannel = (Sender<Vec<String>>, Receiver<Vec<String>>);

/// Paths chosen in a dialog, waiting to be read on the UI thread.
static CHOSEN: Mutex<Option<PathChannel>> = Mutex::new(None);

fn with_channel<T>(f: impl FnOnce(&Sender<Vec<String>>, &Receiver<Vec<String>>) -> T) -> Option<T> {
    let mut guard = CHOSEN.lock().ok()?;
    let (sender, receiver) = guard.get_or_insert_with(channel);
    Some(f(sender, receiver))
}

/// Opens the native file dialog without blocking the window.
pub fn pick_event_files(ctx: &egui::Context) {
    let Some(sender) = with_channel(|sender, _| sender.clone()) else { return };
    let ctx = ctx.clone();
    std::thread::spawn(move || {
        let files = rfd::FileDialog::new()
            .set_title("Open event files")
            .add_filter("Events", &["json", "jsonl", "ndjson"])
            .pick_files();
        if let Some(files) = files {
            sender.send(files.iter().map(|p| p.display().to_string()).collect()).ok();
            ctx.request_repaint();
        }
    });
}

/// Turns chosen and dropped files into a command that adds their events.
pub fn receive_events(ctx: &egui::Context, commands: &mut Vec<Command>) {
    let mut paths: Vec<String> =
        with_channel(|_, receiver| receiver.try_iter().flatten().collect()).unwrap_or_default();
    ctx.input(|i| paths.extend(i.raw.dropped_files.iter().map(|f| f.path().display().to_string())));
    if !paths.is_empty() {
        let (events, problems) = crate::batch::load_events(&paths);
        commands.push(Command::AddOwnEvents { events, problems });
    }
}
