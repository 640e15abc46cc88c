//! The action table is the one list of what a user can do: the README's
//! shortcut list is made from it, and checked here.

use rulecraft::app::actions::{ACTIONS, shortcut_text};
use rulecraft::app::i18n::tr;
use std::fmt::Write as _;

/// The README's shortcut table, as the action table says it should be.
fn expected_table() -> String {
    let mut table = String::from("| Shortcut (Cmd on macOS) | Action |\n|---|---|\n");
    for action in ACTIONS.iter().filter(|a| a.shortcut.is_some()) {
        let Some(shortcut) = action.shortcut else { continue };
        let (keys, name) = (shortcut_text(shortcut), tr(action.key));
        writeln!(table, "| {keys} | {} |", name.trim_end_matches('…')).ok();
    }
    table
}

#[test]
fn the_readme_lists_exactly_the_shortcuts_of_the_action_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap_or_default();
    let (start, end) = ("<!-- shortcuts: made from src/app/actions.rs -->\n", "<!-- /shortcuts -->");
    let section = readme
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(table, _)| table.to_owned())
        .unwrap_or_default();
    let expected = expected_table();
    assert_eq!(section, expected, "the README's shortcut table should be:\n{expected}");
}
