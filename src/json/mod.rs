//! JSON reading that keeps byte spans and numbers as written.
//!
//! Two layers share one grammar:
//! - [`Tokenizer`] is a pull reader: each call yields the next [`Token`] with its
//!   byte [`Span`]. The pattern compiler reads tokens one at a time, exactly as
//!   EventBridge's rule compiler reads a Jackson token stream, so the first
//!   problem in document order (a JSON syntax error or a pattern rule) is the one
//!   reported, just as AWS reports it.
//! - [`parse`] builds a [`Node`] tree with a span on every key and value, for
//!   callers that want the whole document (editors, the form, the explainer).
//!
//! Neither layer recurses, so hostile nesting cannot overflow the stack: depth
//! is capped by [`MAX_DEPTH`] and reported as an ordinary error.

mod error;
mod tokenizer;
mod tree;
pub mod write;

pub use error::{JsonError, JsonErrorKind};
pub(crate) use tokenizer::skip_plain_string_bytes;
pub use tokenizer::{Token, TokenKind, Tokenizer};
pub use tree::{Member, Node, NodeKind, parse};

/// Deepest nesting of arrays and objects accepted, as in Jackson's default
/// `StreamReadConstraints` (which EventBridge's parser applies).
pub const MAX_DEPTH: usize = 1000;

/// A half-open byte range `start..end` into the text that was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The text this span covers, or `""` if it does not fit `text`.
    #[must_use]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column number in characters, starting at 1.
    pub column: usize,
}

impl Position {
    /// The line and column of byte `offset` in `text` (clamped to the text).
    #[must_use]
    pub fn of(text: &str, offset: usize) -> Self {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }
}

impl std::fmt::Display for Position {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// The line holding `span.start` and a row of carets under the span (or
/// under its first line), for pointing at text in a terminal.
#[must_use]
pub fn caret_snippet(text: &str, span: Span) -> String {
    let start = span.start.min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line = text[line_start..line_end].trim_end_matches('\r');
    let indent: String = text[line_start..start].chars().map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    let end = span.end.clamp(start, line_end);
    let width = text.get(start..end).map_or(0, |s| s.chars().count()).max(1);
    format!("{line}\n{indent}{}", "^".repeat(width))
}

/// Decodes the body of a JSON string literal (the bytes between the quotes).
///
/// The tokenizer has already checked the escapes, so this cannot fail; a lone
/// UTF-16 surrogate (legal JSON, not a Rust `char`) becomes U+FFFD.
#[must_use]
pub fn unescape(raw: &str) -> std::borrow::Cow<'_, str> {
    if !raw.contains('\\') {
        return std::borrow::Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    let mut pending_high: Option<u16> = None;
    while let Some(c) = chars.next() {
        if c != '\\' {
            flush_surrogate(&mut out, &mut pending_high);
            out.push(c);
            continue;
        }
        let Some(esc) = chars.next() else { break };
        let simple = match esc {
            '"' => Some('"'),
            '\\' => Some('\\'),
            '/' => Some('/'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            _ => None,
        };
        if let Some(s) = simple {
            flush_surrogate(&mut out, &mut pending_high);
            out.push(s);
            continue;
        }
        // `\uXXXX`
        let hex: String = chars.by_ref().take(4).collect();
        let unit = u16::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
        match (pending_high.take(), unit) {
            (Some(high), 0xDC00..=0xDFFF) => {
                let code = 0x10000 + ((u32::from(high) - 0xD800) << 10) + (u32::from(unit) - 0xDC00);
                out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            (high, 0xD800..=0xDBFF) => {
                if high.is_some() {
                    out.push('\u{FFFD}');
                }
                pending_high = Some(unit);
            }
            (high, _) => {
                if high.is_some() {
                    out.push('\u{FFFD}');
                }
                out.push(char::from_u32(u32::from(unit)).unwrap_or('\u{FFFD}'));
            }
        }
    }
    flush_surrogate(&mut out, &mut pending_high);
    std::borrow::Cow::Owned(out)
}

fn flush_surrogate(out: &mut String, pending_high: &mut Option<u16>) {
    if pending_high.take().is_some() {
        out.push('\u{FFFD}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_lines_and_characters() {
        let text = "{\n  \"é\": x\n}";
        let x = text.find('x').unwrap_or(0);
        assert_eq!(Position::of(text, x), Position { line: 2, column: 8 });
        assert_eq!(Position::of(text, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::of(text, 999).line, 3);
    }

    #[test]
    fn caret_points_under_the_span() {
        let text = "{\n  \"a\": [1, x]\n}";
        let x = text.find('x').unwrap_or(0);
        assert_eq!(caret_snippet(text, Span::new(x, x + 1)), "  \"a\": [1, x]\n           ^");
        assert_eq!(caret_snippet("", Span::new(0, 0)), "\n^");
    }

    #[test]
    fn unescape_handles_all_escapes_and_surrogates() {
        assert_eq!(unescape(r"plain"), "plain");
        assert_eq!(unescape(r#"a\"b\\c\/d\n\t"#), "a\"b\\c/d\n\t");
        assert_eq!(unescape(r"caf\u00e9"), "café");
        assert_eq!(unescape(r"\ud83d\ude80"), "🚀");
        assert_eq!(unescape(r"\ud83dx"), "\u{FFFD}x");
        assert_eq!(unescape(r"\ude80"), "\u{FFFD}");
    }
}
