//! JSON highlighting (syntect, memoized by `egui_extras`) with marked spans:
//! an underlined error, or backgrounds behind deciding values.

use eframe::egui::text::{ByteIndex, LayoutJob};
use eframe::egui::{self, Color32, Stroke};
use std::ops::Range;

/// How to mark a span of the text.
#[derive(Debug, Clone, Copy)]
pub enum Mark {
    /// A wavy-looking underline (errors).
    Underline(Color32),
    /// A background colour (deciding values).
    Background(Color32),
    /// A background colour with the text in another colour (placeholders
    /// in a template, readable whatever colour the syntax gave them).
    Token {
        /// Behind the text.
        background: Color32,
        /// The text.
        text: Color32,
    },
}

/// Texts larger than this are shown without syntax colours, so that editing
/// them stays quick; marks still apply.
const HIGHLIGHT_LIMIT: usize = 64 * 1024;

/// Highlighted JSON with `marks` applied, ready for a layouter.
#[must_use]
pub fn json_job(ui: &egui::Ui, text: &str, marks: &[(Range<usize>, Mark)]) -> LayoutJob {
    let mut job = if text.len() > HIGHLIGHT_LIMIT {
        let format =
            egui::TextFormat::simple(egui::TextStyle::Monospace.resolve(ui.style()), ui.visuals().text_color());
        LayoutJob::single_section(text.to_owned(), format)
    } else {
        let theme = egui_extras::syntax_highlighting::CodeTheme::from_memory(ui.ctx(), ui.style());
        egui_extras::syntax_highlighting::highlight(ui.ctx(), ui.style(), &theme, text, "json")
    };
    for (range, mark) in marks {
        apply(&mut job, range.clone(), *mark);
    }
    job
}

/// Splits sections at the range's ends and marks those inside it.
fn apply(job: &mut LayoutJob, range: Range<usize>, mark: Mark) {
    // A mark worked out for an older text (the editor lays out each keystroke
    // before the marks follow) may fall inside a character: move it back to one's start.
    let boundary = |mut at: usize| {
        at = at.min(job.text.len());
        while !job.text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let (start, end) = (boundary(range.start), boundary(range.end));
    let (start, end) = if start == end && end < job.text.len() {
        // An empty span (end of a value): mark the next character instead.
        (start, start + job.text[start..].chars().next().map_or(0, char::len_utf8))
    } else {
        (start, end)
    };
    if start >= end {
        return;
    }
    let mut sections = Vec::with_capacity(job.sections.len() + 2);
    for section in job.sections.drain(..) {
        let r = section.byte_range.start.0..section.byte_range.end.0;
        let cuts = [r.start, start.clamp(r.start, r.end), end.clamp(r.start, r.end), r.end];
        for pair in cuts.windows(2) {
            if pair[0] >= pair[1] {
                continue;
            }
            let mut piece = section.clone();
            if pair[0] != r.start {
                piece.leading_space = 0.0;
            }
            piece.byte_range = ByteIndex(pair[0])..ByteIndex(pair[1]);
            if pair[0] >= start && pair[1] <= end {
                match mark {
                    Mark::Underline(colour) => piece.format.underline = Stroke::new(2.0, colour),
                    Mark::Background(colour) => piece.format.background = colour,
                    Mark::Token { background, text } => {
                        piece.format.background = background;
                        piece.format.color = text;
                    }
                }
            }
            sections.push(piece);
        }
    }
    job.sections = sections;
}

/// Highlighted code in `language` (a syntect name or file extension).
#[must_use]
pub fn code_job(ui: &egui::Ui, text: &str, language: &str) -> LayoutJob {
    let theme = egui_extras::syntax_highlighting::CodeTheme::from_memory(ui.ctx(), ui.style());
    egui_extras::syntax_highlighting::highlight(ui.ctx(), ui.style(), &theme, text, language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_colour_exactly_their_spans() {
        let ctx = egui::Context::default();
        let text = r#"{"state": "running", "id": 7}"#;
        let value = text.find("\"running\"").unwrap_or(0);
        let green = Color32::GREEN;
        let mut job = LayoutJob::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            job = json_job(
                ui,
                text,
                &[(value..value + 9, Mark::Background(green)), (0..0, Mark::Underline(Color32::RED))],
            );
        });
        output.textures_delta.clear();
        let coloured: String = job
            .sections
            .iter()
            .filter(|s| s.format.background == green)
            .map(|s| &text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(coloured, "\"running\"");
        // An empty span marks the character at its place.
        let underlined: String = job
            .sections
            .iter()
            .filter(|s| s.format.underline.width > 0.0)
            .map(|s| &text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(underlined, "{");
        // Splitting keeps every byte exactly once.
        let whole: String = job.sections.iter().map(|s| &text[s.byte_range.start.0..s.byte_range.end.0]).collect();
        assert_eq!(whole, text);
    }
}
