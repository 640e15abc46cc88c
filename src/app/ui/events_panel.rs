//! The events: the summary, the list with verdicts (virtualised: only the
//! rows on screen are laid out, so an archive of 100,000 events scrolls as
//! smoothly as ten), adding events, and the selected event with why it
//! matched or not.

use super::action_tip;
use super::take_focus_request;
use super::widgets::event_viewer::{event_editor_ui, event_viewer_ui};
use crate::app::actions::ActionId;
use crate::app::i18n::{tr, tr_args};
use crate::app::state::{AppState, Command, EventOrigin, EventVerdict, EventsCommand, FocusTarget, WindowCommand};
use crate::app::theme::Palette;
use crate::document::Expectation;
use eframe::egui::{self, RichText, TextEdit};

/// The events panel.
pub fn events_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    ui.strong(tr("events-label"));
    ui.label(state.summary());
    let filter_label = ui.label(tr("filter-label"));
    let filter = ui
        .add(TextEdit::singleline(&mut state.events.filter).hint_text(tr("filter-hint")).desired_width(f32::INFINITY))
        .labelled_by(filter_label.id)
        .on_hover_text(tr("filter-tip"));
    if filter.changed() {
        commands.push(Command::Events(EventsCommand::FilterEdited));
    }
    take_focus_request(&filter, FocusTarget::EventFilter);
    // The list and the selected event share the height; the border between
    // them can be dragged (egui remembers it).
    let height = ui.available_height();
    egui::Panel::top("event list")
        .resizable(true)
        .default_size(height * 0.5)
        .size_range((height * 0.15).max(80.0)..=(height * 0.8).max(120.0))
        .show(ui, |ui| {
            event_list_ui(ui, state, commands, colours);
            ui.add_space(2.0);
        });
    add_event_ui(ui, state, commands);
    ui.separator();
    selected_event_ui(ui, state, commands, colours);
}

/// The list: only the visible rows are laid out.
fn event_list_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let listed = state.listed_events();
    let verdicts = &state.analysis().verdicts;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y + 2.0;
    let (match_text, miss_text, unreadable_text, pending_text) =
        (tr("verdict-match"), tr("verdict-no-match"), tr("verdict-unreadable"), tr("verdict-pending"));
    let yours = tr("event-yours");
    let archive = tr("event-archive");
    egui::ScrollArea::both().id_salt("event list").auto_shrink(false).show_rows(
        ui,
        row_height,
        listed.len(),
        |ui, rows| {
            for &index in &listed[rows] {
                let Some(event) = state.events.events.get(index) else { continue };
                let verdict = verdicts.get(index);
                let (mark, colour) = match verdict {
                    Some(EventVerdict::Matched) => (match_text.as_str(), colours.matched),
                    Some(EventVerdict::NotMatched) => (miss_text.as_str(), colours.missed),
                    Some(EventVerdict::Unreadable(_)) => (unreadable_text.as_str(), colours.error),
                    Some(EventVerdict::Pending) => (pending_text.as_str(), colours.muted),
                    Some(EventVerdict::NoPattern) | None => ("", colours.muted),
                };
                let expectation = match (event.expect, verdict) {
                    (Some(expect), Some(EventVerdict::Matched)) => Some((expect, expect.met_by(true))),
                    (Some(expect), Some(EventVerdict::NotMatched)) => Some((expect, expect.met_by(false))),
                    _ => None,
                };
                ui.horizontal(|ui| {
                    ui.label(RichText::new(format!("{mark:>10}")).monospace().color(colour));
                    let prefix = match event.origin {
                        EventOrigin::Own => format!("{yours} "),
                        EventOrigin::Archive => format!("{archive} "),
                        EventOrigin::Sample { .. } => String::new(),
                    };
                    let hint = match &event.origin {
                        EventOrigin::Sample { source, detail_type } => tr_args(
                            "event-sample-tip",
                            &[("source", source.as_str().into()), ("detailType", detail_type.as_str().into())],
                        ),
                        EventOrigin::Own => tr("event-own-tip"),
                        EventOrigin::Archive => tr("event-archive-tip"),
                    };
                    let selected = state.events.selected == Some(index);
                    if ui.selectable_label(selected, format!("{prefix}{}", event.name)).on_hover_text(hint).clicked() {
                        commands.push(Command::Events(EventsCommand::Select(Some(index))));
                    }
                    match expectation {
                        Some((_, true)) => {
                            ui.label(RichText::new(tr("as-expected")).color(colours.matched));
                        }
                        Some((expect, false)) => {
                            let text =
                                tr_args("expected-verdict", &[("verdict", expectation_label(Some(expect)).into())]);
                            ui.label(RichText::new(text).color(colours.error).strong());
                        }
                        None => {}
                    }
                });
            }
        },
    );
}

/// "match", "no match" or "none", in the current language.
fn expectation_label(expect: Option<Expectation>) -> String {
    tr(match expect {
        None => "expect-none",
        Some(Expectation::Match) => "expect-match",
        Some(Expectation::NoMatch) => "expect-no-match",
    })
}

/// The verdict the user expects of their event (saved with the rule and
/// checked by `rulecraft test RULEFILE`), and its removal.
fn expectation_ui(
    ui: &mut egui::Ui,
    index: usize,
    current: Option<Expectation>,
    own: bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let label = if own { tr("expected-verdict-label") } else { tr("suggest-mark-label") };
        ui.label(label).on_hover_text(tr("suggest-mark-tip"));
        for (choice, hint) in [
            (None, "expect-none-tip"),
            (Some(Expectation::Match), "expect-match-tip"),
            (Some(Expectation::NoMatch), "expect-no-match-tip"),
        ] {
            if ui.selectable_label(current == choice, expectation_label(choice)).on_hover_text(tr(hint)).clicked()
                && current != choice
            {
                commands.push(Command::Events(EventsCommand::SetExpectation { index, expect: choice }));
            }
        }
        if own {
            ui.separator();
            if ui.small_button(tr("remove-event")).on_hover_text(tr("remove-event-tip")).clicked() {
                commands.push(Command::Events(EventsCommand::RemoveEvent(index)));
            }
        }
    });
}

fn add_event_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = tr("open-event-files-button");
        if ui.button(label).on_hover_text(action_tip(ui.ctx(), ActionId::OpenEventFiles)).clicked() {
            commands.push(Command::Window(WindowCommand::Run(ActionId::OpenEventFiles)));
        }
        if ui.button(tr("entry-button")).on_hover_text(tr("entry-button-tip")).clicked() {
            commands.push(Command::Entry(crate::app::state::EntryCommand::Show(true)));
        }
        let marked = state.events.events.iter().any(|e| e.expect == Some(Expectation::Match));
        let button = ui.add_enabled(marked, egui::Button::new(tr("suggest-button")));
        if button
            .on_hover_text(tr("suggest-button-tip"))
            .on_disabled_hover_text(tr("suggest-button-disabled"))
            .clicked()
        {
            commands.push(Command::Suggest(crate::app::state::SuggestCommand::Run));
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr("paste-label"));
        let paste = ui
            .add(
                TextEdit::singleline(&mut state.events.paste_text)
                    .hint_text("{ \"source\": ... }")
                    .desired_width(ui.available_width() - 70.0),
            )
            .labelled_by(label.id)
            .on_hover_text(tr("paste-tip"));
        // Enter adds the pasted event, as the button does.
        if paste.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            commands.push(Command::Events(EventsCommand::AddPasted));
        }
        if ui
            .add_enabled(!state.events.paste_text.trim().is_empty(), egui::Button::new(tr("add-event")))
            .on_hover_text(tr("add-event-tip"))
            .clicked()
        {
            commands.push(Command::Events(EventsCommand::AddPasted));
        }
    });
}

fn selected_event_ui(ui: &mut egui::Ui, state: &mut AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let Some(index) = state.events.selected else {
        ui.label(RichText::new(tr("select-an-event")).color(colours.muted));
        return;
    };
    let Some(event) = state.events.events.get(index) else { return };
    let origin = event.origin.clone();
    let variant_count = state.variant_count(index);
    ui.strong(&event.name);
    // Any event can be copied to edit; a known one can be varied over its documented values.
    ui.horizontal_wrapped(|ui| {
        if ui.small_button(tr("duplicate-event")).on_hover_text(tr("duplicate-event-tip")).clicked() {
            commands.push(Command::Events(EventsCommand::DuplicateAsOwn(index)));
        }
        if variant_count > 0 {
            let text = tr_args("add-variants", &[("count", variant_count.into())]);
            if ui.small_button(text).on_hover_text(tr("add-variants-tip")).clicked() {
                commands.push(Command::Events(EventsCommand::AddVariants(index)));
            }
        }
    });
    match origin {
        EventOrigin::Own => expectation_ui(ui, index, event.expect, true, commands),
        EventOrigin::Archive => {
            expectation_ui(ui, index, event.expect, false, commands);
            ui.horizontal_wrapped(|ui| {
                if ui.small_button(tr("keep-with-rule")).on_hover_text(tr("keep-with-rule-tip")).clicked() {
                    commands.push(Command::Events(EventsCommand::KeepWithRule(index)));
                }
                if ui.small_button(tr("remove-event")).on_hover_text(tr("remove-event-tip")).clicked() {
                    commands.push(Command::Events(EventsCommand::RemoveEvent(index)));
                }
            });
        }
        EventOrigin::Sample { .. } => expectation_ui(ui, index, event.expect, false, commands),
    }
    explanation_ui(ui, state, index, colours);
    let deciding =
        state.analysis().explanation.as_ref().map(crate::explain::Explanation::deciding_spans).unwrap_or_default();
    if origin == EventOrigin::Own {
        // The user's own events can be edited; each change is judged again.
        let label = tr("own-event-editor-label");
        if event_editor_ui(ui, "event view", &label, &mut state.events.edit_text, &deciding, colours) {
            let text = state.events.edit_text.clone();
            commands.push(Command::Events(EventsCommand::EditOwnEvent { index, text }));
        }
    } else if let Some(event) = state.events.events.get(index) {
        event_viewer_ui(ui, "event view", &event.text, &deciding, colours);
    }
}

/// Matched or not, and for each field of each `$or` combination whether it
/// matched and why not.
fn explanation_ui(ui: &mut egui::Ui, state: &AppState, index: usize, colours: &Palette) {
    let analysis = state.analysis();
    match (analysis.verdicts.get(index), &analysis.explanation) {
        (Some(EventVerdict::Unreadable(why)), _) => {
            let at = tr_args(
                "event-unreadable-at",
                &[("line", why.line.into()), ("column", why.column.into()), ("message", why.message.as_str().into())],
            );
            ui.label(RichText::new(tr_args("event-unreadable", &[("reason", at.into())])).color(colours.error));
        }
        (_, Some(explanation)) => {
            let (text, colour) = if explanation.matched {
                (tr("explanation-matched"), colours.matched)
            } else {
                (tr("explanation-not-matched"), colours.missed)
            };
            ui.label(RichText::new(text).color(colour).strong());
            for (b, branch) in explanation.branches.iter().enumerate() {
                if explanation.branches.len() > 1 {
                    let key = if branch.matched { "or-combination-matches" } else { "or-combination-misses" };
                    ui.label(RichText::new(tr_args(key, &[("number", (b + 1).into())])).strong());
                }
                for field in &branch.fields {
                    let allowed: Vec<String> =
                        field.conditions.iter().map(|c| crate::app::messages::describe(&c.matcher)).collect();
                    let (mark, colour) = if field.matched {
                        (tr("field-yes"), colours.matched)
                    } else {
                        (tr("field-no"), colours.missed)
                    };
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(mark).monospace().color(colour));
                        ui.label(RichText::new(&field.path).monospace());
                        ui.label(crate::app::messages::alternatives(&allowed));
                    });
                    if let Some(reason) = &field.reason {
                        let reason = crate::app::messages::miss_reason(reason);
                        ui.label(RichText::new(format!("      {reason}")).color(colours.missed));
                    }
                }
                if let Some(reason) = &branch.reason {
                    ui.label(RichText::new(crate::app::messages::branch_reason(reason)).color(colours.missed));
                }
            }
        }
        _ => {}
    }
}
