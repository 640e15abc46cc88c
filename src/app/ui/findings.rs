//! The linter's findings under the pattern editor in the Design mode: where
//! the pattern is used, each finding in its severity's colour with its line,
//! a one-click fix (with a preview of what it makes of the pattern) and the
//! lesson that explains it.

use crate::app::i18n::{tr, tr_args};
use crate::app::messages::{lint_fix_title, lint_message, lint_place, lint_severity};
use crate::app::state::{AppState, Command, LintCommand};
use crate::app::theme::Palette;
use crate::json::{Position, Span};
use crate::lint::{Place, RuleId, Severity};
use eframe::egui::{self, RichText};

/// A severity's colour.
#[must_use]
pub fn severity_colour(severity: Severity, colours: &Palette) -> egui::Color32 {
    match severity {
        Severity::Error => colours.error,
        Severity::Warning => colours.warning,
        Severity::Advice => colours.advice,
    }
}

/// The findings' underlines for the editor (AWS's refusal has its own).
#[must_use]
pub fn underlines(state: &AppState, colours: &Palette) -> Vec<(Span, egui::Color32)> {
    if !state.lint.is_about(&state.designer.pattern_text) {
        return Vec::new();
    }
    state
        .lint
        .findings()
        .iter()
        .filter(|f| !matches!(f.rule, RuleId::InvalidPattern | RuleId::PastedText))
        .map(|f| (f.span, severity_colour(f.severity, colours)))
        .collect()
}

/// The panel.
pub fn findings_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    let findings = state.lint.findings();
    let (errors, warnings, advice) = crate::lint::counts(findings);
    ui.horizontal(|ui| {
        ui.strong(tr("lint-heading"));
        ui.label(
            RichText::new(tr_args(
                "lint-counts",
                &[("errors", errors.into()), ("warnings", warnings.into()), ("advice", advice.into())],
            ))
            .color(colours.muted),
        );
        ui.separator();
        let label = ui.label(tr("lint-used-in"));
        let mut place = state.lint.place;
        egui::ComboBox::from_id_salt("lint place")
            .selected_text(lint_place(place))
            .show_ui(ui, |ui| {
                for option in Place::ALL {
                    ui.selectable_value(&mut place, option, lint_place(option));
                }
            })
            .response
            .labelled_by(label.id);
        if place != state.lint.place {
            commands.push(Command::Lint(LintCommand::SetPlace(place)));
        }
    });
    if findings.iter().all(|f| f.rule == RuleId::InvalidPattern) {
        let text = if state.pattern_is_empty() {
            tr("lint-empty")
        } else if findings.is_empty() {
            tr("lint-none")
        } else {
            tr("lint-invalid")
        };
        ui.label(RichText::new(text).color(colours.muted));
        return;
    }
    let korean = crate::app::i18n::language() == crate::app::i18n::Language::Korean;
    egui::ScrollArea::vertical().id_salt("findings").auto_shrink(false).show(ui, |ui| {
        for (index, finding) in findings.iter().enumerate() {
            // AWS's refusal is shown above the editor already.
            if finding.rule == RuleId::InvalidPattern {
                continue;
            }
            let colour = severity_colour(finding.severity, colours);
            let at = Position::of(&state.designer.pattern_text, finding.span.start);
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(lint_severity(finding.severity)).color(colour).strong());
                ui.label(
                    RichText::new(tr_args("lint-at", &[("line", at.line.into()), ("column", at.column.into())]))
                        .color(colours.muted),
                );
                if finding.rule == RuleId::PastedText {
                    ui.label(tr("lint-pasted-short"));
                } else {
                    ui.label(lint_message(&finding.message));
                }
                ui.label(RichText::new(finding.rule.id()).monospace().small().color(colours.muted));
            });
            ui.horizontal_wrapped(|ui| {
                if let Some(fix) = &finding.fix {
                    if ui.button(lint_fix_title(&fix.title)).clicked() {
                        commands.push(Command::Lint(LintCommand::ApplyFix(index)));
                    }
                    let previewing = state.lint.preview == Some(index);
                    let label = if previewing { tr("lint-hide-preview") } else { tr("lint-preview") };
                    if ui.selectable_label(previewing, label).clicked() {
                        commands.push(Command::Lint(LintCommand::Preview((!previewing).then_some(index))));
                        // Bring the preview into view when it is drawn.
                        ui.data_mut(|d| d.insert_temp(scroll_to_preview(), true));
                    }
                }
                let lesson = crate::learn::lessons().iter().find(|l| l.id == finding.rule.lesson());
                let title = lesson.map_or_else(String::new, |l| l.title.get(korean).to_owned());
                if ui
                    .link(tr_args("lint-lesson", &[("title", title.into())]))
                    .on_hover_text(tr("lint-lesson-tooltip"))
                    .clicked()
                {
                    commands.push(Command::Lint(LintCommand::OpenLesson(index)));
                }
            });
            if state.lint.preview == Some(index)
                && let Some(fixed) = state.lint.fixed(index, &state.designer.pattern_text)
            {
                let frame = egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.label(RichText::new(tr("lint-preview-heading")).color(colours.muted));
                    ui.label(RichText::new(fixed).monospace());
                });
                if ui.data_mut(|d| d.remove_temp::<bool>(scroll_to_preview())).unwrap_or(false) {
                    frame.response.scroll_to_me(Some(egui::Align::BOTTOM));
                }
            }
            ui.separator();
        }
    });
}

/// The memory flag that asks for the fix preview to be scrolled into view.
fn scroll_to_preview() -> egui::Id {
    egui::Id::unique("lint preview scroll")
}
