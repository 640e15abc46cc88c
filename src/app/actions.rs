//! The action table: every user action (menu item, shortcut, toolbar
//! button, palette entry) defined once, with its shortcut and the keys of
//! its label and tooltip. Menus, key handling, tooltips, the command palette
//! and the README's shortcut list all come from [`ACTIONS`]. Free of egui:
//! the window turns [`Shortcut`]s into egui's and formats them for the
//! platform (Cmd on macOS).

/// A user action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActionId {
    /// Start a new rule.
    NewRule,
    /// Open a rule or pattern file, or infrastructure code.
    Open,
    /// Open a folder of infrastructure code and list its rules.
    OpenFolder,
    /// Save the rule.
    Save,
    /// Save the rule to another file.
    SaveAs,
    /// Save only the pattern.
    SavePatternAs,
    /// Open the export dialog.
    Export,
    /// Close the window.
    Quit,
    /// Undo a pattern change.
    Undo,
    /// Redo a pattern change.
    Redo,
    /// Re-indent the pattern.
    Prettify,
    /// Copy the pattern JSON.
    CopyPattern,
    /// Put the cursor in the service search.
    FocusServiceSearch,
    /// Put the cursor in the event filter.
    FocusEventFilter,
    /// Select the next listed event.
    NextEvent,
    /// Select the previous listed event.
    PreviousEvent,
    /// Open event files (events, JSON Lines archives).
    OpenEventFiles,
    /// Stop loading or matching events.
    CancelEventWork,
    /// Search every action by name.
    CommandPalette,
    /// Show or hide the form panel.
    ToggleFormPanel,
    /// Show or hide the events panel.
    ToggleEventsPanel,
    /// Follow the system's theme.
    ThemeSystem,
    /// Dark theme.
    ThemeDark,
    /// Light theme.
    ThemeLight,
    /// Where the bundled samples come from.
    AboutSamples,
    /// Show the operator reference.
    OperatorReference,
    /// The Design mode.
    ModeDesign,
    /// The Learn mode.
    ModeLearn,
    /// The Targets mode.
    ModeTargets,
    /// The Schedule mode.
    ModeSchedule,
    /// Speak English.
    LanguageEnglish,
    /// Speak Korean.
    LanguageKorean,
}

/// A key the table binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A letter key.
    Letter(char),
    /// Arrow up.
    ArrowUp,
    /// Arrow down.
    ArrowDown,
}

/// A keyboard shortcut: `command` is Ctrl, or Cmd on macOS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shortcut {
    /// Ctrl (Cmd on macOS).
    pub command: bool,
    /// Shift.
    pub shift: bool,
    /// Alt (Option on macOS).
    pub alt: bool,
    /// The key.
    pub key: Key,
}

const fn ctrl(letter: char) -> Shortcut {
    Shortcut { command: true, shift: false, alt: false, key: Key::Letter(letter) }
}

const fn ctrl_shift(letter: char) -> Shortcut {
    Shortcut { command: true, shift: true, alt: false, key: Key::Letter(letter) }
}

const fn alt(key: Key) -> Shortcut {
    Shortcut { command: false, shift: false, alt: true, key }
}

/// Where an action is listed in the menus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    /// File.
    File,
    /// Edit.
    Edit,
    /// View.
    View,
    /// Events.
    Events,
    /// Help.
    Help,
}

/// One row of the table.
#[derive(Debug, Clone, Copy)]
pub struct ActionSpec {
    /// The action.
    pub id: ActionId,
    /// Its shortcut, if it has one.
    pub shortcut: Option<Shortcut>,
    /// The menu it is in.
    pub menu: Menu,
    /// Key of its label (`<key>`) and tooltip (`<key>-tip`) in the message files.
    pub key: &'static str,
    /// Whether the menu shows a separator above it.
    pub separator_before: bool,
}

const fn row(id: ActionId, shortcut: Option<Shortcut>, menu: Menu, key: &'static str) -> ActionSpec {
    ActionSpec { id, shortcut, menu, key, separator_before: false }
}

const fn row_after_separator(id: ActionId, shortcut: Option<Shortcut>, menu: Menu, key: &'static str) -> ActionSpec {
    ActionSpec { id, shortcut, menu, key, separator_before: true }
}

/// Every action, in menu order. (Key handling tries shortcuts with more
/// modifiers first, so Ctrl+Shift+S is not taken for Ctrl+S.)
pub const ACTIONS: [ActionSpec; 32] = [
    row(ActionId::NewRule, Some(ctrl('N')), Menu::File, "action-new-rule"),
    row(ActionId::Open, Some(ctrl('O')), Menu::File, "action-open"),
    row(ActionId::OpenFolder, None, Menu::File, "action-open-folder"),
    row_after_separator(ActionId::Save, Some(ctrl('S')), Menu::File, "action-save"),
    row(ActionId::SaveAs, Some(ctrl_shift('S')), Menu::File, "action-save-as"),
    row(ActionId::SavePatternAs, None, Menu::File, "action-save-pattern-as"),
    row_after_separator(ActionId::Export, Some(ctrl('E')), Menu::File, "action-export"),
    row_after_separator(ActionId::Quit, Some(ctrl('Q')), Menu::File, "action-quit"),
    row(ActionId::Undo, Some(ctrl('Z')), Menu::Edit, "action-undo"),
    row(ActionId::Redo, Some(ctrl_shift('Z')), Menu::Edit, "action-redo"),
    row(ActionId::Prettify, Some(ctrl_shift('F')), Menu::Edit, "action-prettify"),
    row(ActionId::CopyPattern, Some(ctrl_shift('C')), Menu::Edit, "action-copy-pattern"),
    row_after_separator(ActionId::FocusServiceSearch, Some(ctrl('K')), Menu::Edit, "action-focus-service-search"),
    row(ActionId::CommandPalette, Some(ctrl_shift('P')), Menu::Edit, "action-command-palette"),
    row(ActionId::ModeDesign, None, Menu::View, "action-mode-design"),
    row(ActionId::ModeTargets, None, Menu::View, "action-mode-targets"),
    row(ActionId::ModeSchedule, None, Menu::View, "action-mode-schedule"),
    row(ActionId::ModeLearn, None, Menu::View, "action-mode-learn"),
    row_after_separator(ActionId::ToggleFormPanel, None, Menu::View, "action-toggle-form-panel"),
    row(ActionId::ToggleEventsPanel, None, Menu::View, "action-toggle-events-panel"),
    row_after_separator(ActionId::ThemeSystem, None, Menu::View, "action-theme-system"),
    row(ActionId::ThemeDark, None, Menu::View, "action-theme-dark"),
    row(ActionId::ThemeLight, None, Menu::View, "action-theme-light"),
    row_after_separator(ActionId::LanguageEnglish, None, Menu::View, "action-language-english"),
    row(ActionId::LanguageKorean, None, Menu::View, "action-language-korean"),
    row(ActionId::OpenEventFiles, Some(ctrl_shift('O')), Menu::Events, "action-open-event-files"),
    row(ActionId::FocusEventFilter, Some(ctrl('L')), Menu::Events, "action-focus-event-filter"),
    row(ActionId::NextEvent, Some(alt(Key::ArrowDown)), Menu::Events, "action-next-event"),
    row(ActionId::PreviousEvent, Some(alt(Key::ArrowUp)), Menu::Events, "action-previous-event"),
    row(ActionId::CancelEventWork, None, Menu::Events, "action-cancel-event-work"),
    row(ActionId::OperatorReference, None, Menu::Help, "action-operator-reference"),
    row(ActionId::AboutSamples, None, Menu::Help, "action-about-samples"),
];

/// The actions with shortcuts, most modifiers first: the order keys are
/// tried in, since a shortcut with fewer modifiers also matches a press
/// with more (Ctrl+S would take Ctrl+Shift+S).
#[must_use]
pub fn by_specificity() -> Vec<&'static ActionSpec> {
    let mut actions: Vec<&ActionSpec> = ACTIONS.iter().filter(|a| a.shortcut.is_some()).collect();
    actions
        .sort_by_key(|a| a.shortcut.map_or(0, |s| usize::from(s.command) + usize::from(s.shift) + usize::from(s.alt)));
    actions.reverse();
    actions
}

/// The table's row for `id`.
#[must_use]
pub fn spec(id: ActionId) -> &'static ActionSpec {
    ACTIONS.iter().find(|a| a.id == id).unwrap_or(&ACTIONS[0])
}

/// The shortcut as the README writes it on Windows and Linux: `Ctrl+Shift+O`.
#[must_use]
pub fn shortcut_text(shortcut: Shortcut) -> String {
    let mut text = String::new();
    if shortcut.command {
        text.push_str("Ctrl+");
    }
    if shortcut.alt {
        text.push_str("Alt+");
    }
    if shortcut.shift {
        text.push_str("Shift+");
    }
    match shortcut.key {
        Key::Letter(letter) => text.push(letter),
        Key::ArrowUp => text.push_str("Up"),
        Key::ArrowDown => text.push_str("Down"),
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_in_the_table_once_and_no_shortcut_is_taken_twice() {
        let ids: std::collections::HashSet<ActionId> = ACTIONS.iter().map(|a| a.id).collect();
        assert_eq!(ids.len(), ACTIONS.len());
        let shortcuts: Vec<String> = ACTIONS.iter().filter_map(|a| a.shortcut).map(shortcut_text).collect();
        let mut unique = shortcuts.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), shortcuts.len(), "{shortcuts:?}");
    }
}
