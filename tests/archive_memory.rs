//! The memory an archive takes once loaded stays under twice its file's
//! size (issue 10). Its own test binary, so no other test's allocations
//! share the process while it measures (Linux: resident memory from /proc).

use rulecraft::app::{AppState, Command, EventsCommand};

#[path = "../benches/support/events.rs"]
mod events;

fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096)
}

#[test]
fn loaded_events_take_less_than_twice_the_file() {
    let path = std::env::temp_dir().join(format!("rulecraft-memory-{}.jsonl", std::process::id()));
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&events::event(i));
        text.push('\n');
    }
    std::fs::write(&path, &text).expect("written");
    let file_bytes = text.len() as u64;
    drop(text);
    let mut state = AppState::default();
    let Some(before) = resident_bytes() else { return };
    state.handle(Command::Events(EventsCommand::LoadFiles(vec![path.clone()])));
    assert_eq!(state.events.events.len(), 326 + 20_000);
    let after = resident_bytes().expect("readable");
    std::fs::remove_file(&path).ok();
    let taken = after.saturating_sub(before);
    eprintln!("{taken} bytes for a file of {file_bytes}");
    assert!(taken < 2 * file_bytes, "{taken} bytes for a file of {file_bytes}");
}
