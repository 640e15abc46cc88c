//! "Suggest a pattern": the candidates for the marked events, each with why
//! every condition is there, how many other loaded events it also matches
//! (with their names), what the linter says, and "Use this pattern"; or why
//! no pattern can tell the marked events apart, naming the pair.

use crate::app::i18n::{tr, tr_args};
use crate::app::state::suggest::{Outcome, Proposal};
use crate::app::state::{AppState, Command, SuggestCommand};
use crate::app::theme::Palette;
use crate::suggest::{Condition, Inseparable, Scalar, Test};
use eframe::egui::{self, RichText, TextEdit};

/// Values as a short list: `"FAILED", "STOPPED"` (at most five, then "…").
fn list(values: &[Scalar]) -> String {
    let mut shown: Vec<String> = values.iter().take(5).map(ToString::to_string).collect();
    if values.len() > 5 {
        shown.push("…".to_owned());
    }
    shown.join(", ")
}

/// Why a condition is there, in the chosen language.
fn reason(condition: &Condition) -> String {
    let field = ("field", condition.path.clone().into());
    let wanted = ("wanted", list(&condition.wanted).into());
    let count = ("count", condition.excludes.into());
    let away = ("away", list(&condition.turned_away).into());
    let (key, value) = match &condition.test {
        Test::Exact(values) => ("suggest-why-exact", list(values)),
        Test::Prefix(p) => ("suggest-why-prefix", p.clone()),
        Test::Suffix(x) => ("suggest-why-suffix", x.clone()),
        Test::Range(low, high) => ("suggest-why-range", format!("{low} – {high}")),
        Test::AnythingBut(values) => ("suggest-why-anything-but", list(values)),
        Test::Exists(true) => ("suggest-why-present", String::new()),
        Test::Exists(false) => ("suggest-why-absent", String::new()),
    };
    let mut text = tr_args(key, &[field, wanted, ("value", value.into())]);
    if condition.excludes > 0 {
        text.push(' ');
        let words = if condition.turned_away.is_empty() { "suggest-turns-away-missing" } else { "suggest-turns-away" };
        text.push_str(&tr_args(words, &[count, away]));
    }
    text
}

/// Draws the window while it is open.
pub fn suggest_ui(ctx: &egui::Context, state: &AppState, commands: &mut Vec<Command>, colours: &Palette) {
    if !state.suggest.open {
        return;
    }
    let mut open = true;
    egui::Window::new(tr("suggest-title")).open(&mut open).default_size([760.0, 620.0]).resizable(true).show(
        ctx,
        |ui| {
            let (wanted, unwanted) = state.suggest.marked;
            ui.label(
                RichText::new(tr_args("suggest-marked", &[("wanted", wanted.into()), ("unwanted", unwanted.into())]))
                    .color(colours.muted),
            );
            if state.suggest.is_running() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr("suggest-running"));
                });
                return;
            }
            match &state.suggest.outcome {
                None => {}
                Some(Outcome::Inseparable(reason, pair)) => inseparable_ui(ui, reason, pair.as_ref(), colours),
                Some(Outcome::Proposals(proposals)) => {
                    egui::ScrollArea::vertical().id_salt("suggestions").show(ui, |ui| {
                        for (n, proposal) in proposals.iter().enumerate() {
                            proposal_ui(ui, n, proposal, commands, colours);
                            ui.separator();
                        }
                    });
                }
            }
        },
    );
    if !open {
        commands.push(Command::Suggest(SuggestCommand::Show(false)));
    }
}

fn inseparable_ui(ui: &mut egui::Ui, reason: &Inseparable, pair: Option<&(String, String)>, colours: &Palette) {
    let text = match reason {
        Inseparable::NoWanted => tr("suggest-none-wanted"),
        Inseparable::Unreadable(..) => tr("suggest-unreadable"),
        Inseparable::Same { .. } => tr("suggest-inseparable"),
    };
    ui.label(RichText::new(text).color(colours.error).strong());
    if let Some((wanted, unwanted)) = pair {
        ui.label(tr_args(
            "suggest-pair",
            &[("wanted", wanted.as_str().into()), ("unwanted", unwanted.as_str().into())],
        ));
    }
}

fn proposal_ui(ui: &mut egui::Ui, n: usize, proposal: &Proposal, commands: &mut Vec<Command>, colours: &Palette) {
    let title = if n == 0 { tr("suggest-recommended") } else { tr_args("suggest-candidate", &[("n", (n + 1).into())]) };
    let heading = ui.label(RichText::new(title).strong());
    let mut text = proposal.candidate.pattern.as_str();
    ui.add(TextEdit::multiline(&mut text).code_editor().desired_width(f32::INFINITY)).labelled_by(heading.id);
    for branch in &proposal.candidate.branches {
        for condition in branch {
            ui.label(format!("• {}", reason(condition)));
        }
    }
    let others = proposal.also_matches.len();
    let also = tr_args("suggest-also-matches", &[("count", others.into())]);
    if others == 0 {
        ui.label(RichText::new(also).color(colours.muted));
    } else {
        egui::CollapsingHeader::new(also).id_salt(("also", n)).show(ui, |ui| {
            for name in proposal.also_matches.iter().take(50) {
                ui.label(RichText::new(name).monospace());
            }
        });
    }
    let (errors, warnings, advice) = proposal.lint;
    let lint =
        tr_args("suggest-lint", &[("errors", errors.into()), ("warnings", warnings.into()), ("advice", advice.into())]);
    let colour = if errors > 0 {
        colours.error
    } else if warnings > 0 {
        colours.warning
    } else {
        colours.muted
    };
    ui.label(RichText::new(lint).color(colour));
    let button = ui.button(tr("suggest-use")).on_hover_text(tr("suggest-use-tip"));
    if button.clicked() {
        commands.push(Command::Suggest(SuggestCommand::Adopt(n)));
    }
}
