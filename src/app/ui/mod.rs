//! The window's panels: thin functions over [`AppState`]. Each frame the
//! state is refreshed once, shortcuts from the action table become
//! commands, the menus and the current mode's panels are drawn from the
//! state, and the commands they send are applied after the frame, so
//! nothing changes mid-layout. Text boxes write into their buffers and then
//! send a command saying so.

mod design;
mod dialogs;
mod entry;
mod events_panel;
mod findings;
mod form_panel;
mod import;
mod learn;
mod menu;
mod palette;
mod reference;
mod schedule;
mod suggest;
mod targets;
mod widgets;

use super::actions::{ActionId, Key as ActionKey, Shortcut};
use super::i18n::tr;
use super::state::{AppState, Command, Effect, FocusTarget, Mode, ThemeChoice, WindowCommand};
use super::theme::{Palette, palette};
use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

/// `NanumGothicCoding` (SIL OFL 1.1, `assets/fonts/`), a monospace font with
/// Hangul: the last fallback, so Korean renders with or without system fonts.
const FALLBACK_FONT: &[u8] = include_bytes!("../../../assets/fonts/NanumGothicCoding.ttf");

/// Prepares an egui context the way the window needs it: the bundled
/// fallback font (Korean) in both families. The window and every UI test
/// call this one function, so a test cannot pass on a setup the app lacks.
pub fn setup_context(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    use egui::{FontData, FontFamily};
    let families = [FontFamily::Proportional, FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily { family, priority: FontPriority::Lowest })
        .collect();
    ctx.add_font(FontInsert::new("NanumGothicCoding", FontData::from_static(FALLBACK_FONT), families));
}

/// The whole window: menus, the mode's panels, dialogs and the palette.
pub fn workspace_ui(ui: &mut egui::Ui, state: &mut AppState) {
    state.refresh();
    apply_theme(ui.ctx(), state.settings.theme);
    let mut commands = Vec::new();
    if !state.modal_open() && state.palette.is_none() && !super::files::in_window_dialog_open() {
        shortcuts(ui, state.mode, &mut commands);
    }
    super::files::receive_files(ui.ctx(), &mut commands);
    let colours = palette(ui.visuals());
    egui::Panel::top("menu").show(ui, |ui| menu::menu_bar_ui(ui, state, &mut commands));
    egui::Panel::top("toolbar").show(ui, |ui| toolbar_ui(ui, state, &mut commands, &colours));
    match state.mode {
        Mode::Design => design::design_ui(ui, state, &mut commands, &colours),
        Mode::Targets => targets::targets_ui(ui, state, &mut commands, &colours),
        Mode::Schedule => schedule::schedule_ui(ui, state, &mut commands, &colours),
        Mode::Learn => learn::learn_ui(ui, state, &mut commands, &colours),
    }
    dialogs::about_samples_ui(ui.ctx(), state, &mut commands);
    reference::reference_ui(ui.ctx(), state, &mut commands);
    if state.mode == Mode::Design {
        entry::entry_ui(ui.ctx(), state, &mut commands, &colours);
    }
    import::import_ui(ui.ctx(), state, &mut commands, &colours);
    suggest::suggest_ui(ui.ctx(), state, &mut commands, &colours);
    dialogs::export_ui(ui.ctx(), state, &mut commands, &colours);
    dialogs::file_dialogs_ui(ui.ctx(), state, &mut commands);
    super::files::in_window_dialog_ui(ui.ctx(), &mut commands);
    palette::palette_ui(ui.ctx(), state, &mut commands);
    // Commands change the state after this frame was laid out: draw it
    // again, or the old frame stays on screen until the mouse moves.
    if !commands.is_empty() {
        ui.ctx().request_repaint();
    }
    for command in commands {
        state.handle(command);
    }
    for effect in std::mem::take(&mut state.effects) {
        match effect {
            Effect::Copy(text) => ui.ctx().copy_text(text),
            Effect::Focus(target) => request_focus(ui.ctx(), target),
        }
    }
}

fn apply_theme(ctx: &egui::Context, choice: ThemeChoice) {
    let wanted = match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
        ThemeChoice::Light => egui::ThemePreference::Light,
    };
    if ctx.options(|o| o.theme_preference) != wanted {
        ctx.set_theme(wanted);
    }
}

/// egui's shortcut for a row of the action table.
pub(super) fn egui_shortcut(shortcut: Shortcut) -> KeyboardShortcut {
    let mut modifiers = Modifiers::NONE;
    if shortcut.command {
        modifiers |= Modifiers::COMMAND;
    }
    if shortcut.shift {
        modifiers |= Modifiers::SHIFT;
    }
    if shortcut.alt {
        modifiers |= Modifiers::ALT;
    }
    let key = match shortcut.key {
        ActionKey::Letter(letter) => Key::from_name(&letter.to_string()).unwrap_or(Key::Questionmark),
        ActionKey::ArrowUp => Key::ArrowUp,
        ActionKey::ArrowDown => Key::ArrowDown,
    };
    KeyboardShortcut::new(modifiers, key)
}

/// The shortcut as this platform writes it (Cmd on macOS).
pub(super) fn shortcut_label(ctx: &egui::Context, id: ActionId) -> Option<String> {
    super::actions::spec(id).shortcut.map(|s| ctx.format_shortcut(&egui_shortcut(s)))
}

/// An action's tooltip, with its shortcut.
pub(super) fn action_tip(ctx: &egui::Context, id: ActionId) -> String {
    let spec = super::actions::spec(id);
    let tip = tr(&format!("{}-tip", spec.key));
    match shortcut_label(ctx, id) {
        Some(keys) => format!("{tip} ({keys})"),
        None => tip,
    }
}

/// Every shortcut of the action table, those with more modifiers first (so
/// Ctrl+Shift+O is taken before Ctrl+O can be).
fn shortcuts(ui: &egui::Ui, mode: Mode, commands: &mut Vec<Command>) {
    for action in super::actions::by_specificity() {
        let Some(shortcut) = action.shortcut else { continue };
        // The designer's editing actions are not the Learn editor's (it has its own undo).
        if mode != Mode::Design && DESIGNER_EDITING.contains(&action.id) {
            continue;
        }
        let shortcut = egui_shortcut(shortcut);
        if ui.input_mut(|i| i.consume_shortcut(&shortcut)) {
            commands.push(Command::Window(WindowCommand::Run(action.id)));
        }
    }
    // Ctrl+Y is redo too, as on Windows.
    if mode == Mode::Design && ui.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)))
    {
        commands.push(Command::Window(WindowCommand::Run(ActionId::Redo)));
    }
}

/// Actions on the designer's pattern text, shown and bound in the Design mode only.
const DESIGNER_EDITING: [ActionId; 4] = [ActionId::Undo, ActionId::Redo, ActionId::Prettify, ActionId::CopyPattern];

/// A button for an action: its label, tooltip and shortcut from the table.
pub(super) fn action_button(ui: &mut egui::Ui, id: ActionId, enabled: bool, commands: &mut Vec<Command>) {
    let spec = super::actions::spec(id);
    if ui.add_enabled(enabled, egui::Button::new(tr(spec.key))).on_hover_text(action_tip(ui.ctx(), id)).clicked() {
        commands.push(Command::Window(WindowCommand::Run(id)));
    }
}

fn request_focus(ctx: &egui::Context, target: FocusTarget) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique("rulecraft focus request"), Some(target)));
}

/// Gives the focus to `response` if a shortcut asked for `target`.
pub(super) fn take_focus_request(response: &egui::Response, target: FocusTarget) {
    let id = egui::Id::unique("rulecraft focus request");
    let wanted = response.ctx.data(|d| d.get_temp::<Option<FocusTarget>>(id)).flatten();
    if wanted == Some(target) {
        response.request_focus();
        response.ctx.data_mut(|d| d.remove::<Option<FocusTarget>>(id));
    }
}

/// The toolbar: the mode switch, the designer's main actions, the notice.
fn toolbar_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    ui.horizontal_wrapped(|ui| {
        ui.heading(tr("app-name"));
        ui.separator();
        for mode in Mode::ALL {
            if ui.selectable_label(state.mode == mode, tr(mode.label_key())).clicked() {
                commands.push(Command::Window(WindowCommand::SetMode(mode)));
            }
        }
        if state.mode == Mode::Design {
            ui.separator();
            action_button(ui, ActionId::Undo, state.designer.can_undo(), commands);
            action_button(ui, ActionId::Redo, state.designer.can_redo(), commands);
            action_button(ui, ActionId::Prettify, true, commands);
            action_button(ui, ActionId::CopyPattern, true, commands);
        }
        ui.separator();
        action_button(ui, ActionId::AboutSamples, true, commands);
        if let Some((done, total)) = state.analysis().matching() {
            ui.separator();
            let fraction = super::state::events::fraction(done as u64, total as u64);
            progress_ui(ui, fraction, &tr("matching-progress"), commands);
        }
        if let Some(loading) = &state.events.loading {
            ui.separator();
            progress_ui(ui, loading.fraction(), &tr("loading-progress"), commands);
        }
        if let Some(notice) = state.notice_text() {
            ui.separator();
            // Long notices (paths) wrap rather than being cut off.
            ui.add(egui::Label::new(egui::RichText::new(notice).color(colours.muted)).wrap());
        }
    });
}

/// A progress bar with a Cancel button.
fn progress_ui(ui: &mut egui::Ui, fraction: f32, text: &str, commands: &mut Vec<Command>) {
    let percent = (fraction * 100.0).round();
    ui.add(egui::ProgressBar::new(fraction).desired_width(200.0).text(format!("{text} {percent}%")));
    action_button(ui, ActionId::CancelEventWork, true, commands);
}
