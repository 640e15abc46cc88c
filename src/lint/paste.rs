//! Repairs for patterns pasted from web pages, slides and documents.
//!
//! Text copied from a blog post, a slide or a word processor often is not a
//! valid pattern: the quotes came out typographic (`“source”`), the values
//! were written without their array (`"source": "aws.ec2"`), the snippet kept
//! its `#` or `//` comments, a comma is left before a closing bracket, or the
//! snippet ends with one brace too many. [`repair`] reads such text with a
//! lenient lexer of its own, builds the edits that fix each problem, and keeps
//! the repair only when the result compiles as a pattern.
//!
//! Everything is read in one pass with an explicit stack (no recursion), so
//! deep nesting cannot overflow the stack and the time is linear in the text.

use super::Edit;
use crate::json::Span;
use crate::pattern::Pattern;

/// One kind of repair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PasteFix {
    /// Quotes JSON does not use, made `"`: typographic quotes (`“ ” „ ‟ ″`,
    /// `‘ ’ ‛`) used as a string's delimiters, and straight single quotes
    /// (`'aws.ec2'`, as in Python). Quote characters inside a string stay.
    TypographicQuotes,
    /// Values not in an array wrapped in one: `"source": "x"` → `"source": ["x"]`.
    BareValuesWrapped,
    /// `#`, `//` and `/* */` comments removed.
    CommentsRemoved,
    /// Commas before a closing bracket removed.
    TrailingCommasRemoved,
    /// A closing brace with nothing to close removed.
    StrayBraceRemoved,
}

impl PasteFix {
    /// Every kind, in order.
    const ALL: [Self; 5] = [
        Self::TypographicQuotes,
        Self::BareValuesWrapped,
        Self::CommentsRemoved,
        Self::TrailingCommasRemoved,
        Self::StrayBraceRemoved,
    ];
}

impl std::fmt::Display for PasteFix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::TypographicQuotes => "typographic quotes made straight",
            Self::BareValuesWrapped => "values wrapped in arrays",
            Self::CommentsRemoved => "comments removed",
            Self::TrailingCommasRemoved => "trailing commas removed",
            Self::StrayBraceRemoved => "a stray closing brace removed",
        })
    }
}

/// A repaired pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// The repaired text, a valid pattern.
    pub text: String,
    /// What was repaired, each kind once, in [`PasteFix`] order.
    pub fixes: Vec<PasteFix>,
    /// The edits that turn the original text into `text`, in text order, none overlapping.
    pub edits: Vec<Edit>,
}

/// The repair of `text`, when it is not a valid pattern and the repairs make it one.
///
/// Returns `None` when `text` already compiles, when it has problems these
/// repairs do not cover (a missing comma, an unclosed bracket, unquoted keys,
/// text after the pattern), or when the repaired text still does not compile.
/// What is repaired, outside strings:
/// - strings delimited by typographic quotes or straight single quotes get
///   `"` delimiters (a `"` inside such a string is escaped, a `\'` unescaped);
///   a quote counts as the closing one only when what follows it could follow
///   a string (`:` `,` `}` `]`, a comment, another quote, the end of the line),
///   so `‘don’t’` stays one string;
/// - a field's value that is a string, number, `true`, `false`, `null` or an
///   operator object (`{"prefix": "aws."}`) is wrapped in `[` `]`; values
///   inside an operator object, a field's array and `$or`'s array stay;
/// - `#` and `//` comments (to the end of the line) and `/* */` comments are
///   removed with the spaces before them, and a line left empty goes too; a
///   line comment that runs to the end of the text while brackets are still
///   open keeps the closing brackets it ends with (`"x" # note}}`, a snippet
///   whose lines were joined);
/// - commas before `}` or `]` are removed;
/// - closing brackets after the pattern's closing `}` are removed. (Text after
///   the pattern does not make it invalid, as EventBridge stops reading at the
///   pattern's end, so such a brace alone is not repaired.)
#[must_use]
pub fn repair(text: &str) -> Option<Repair> {
    if Pattern::parse(text).is_ok() {
        return None;
    }
    let mut reader =
        Repairer { text, bytes: text.as_bytes(), pos: 0, edits: Vec::new(), last_end: 0, fixes: [false; 5] };
    reader.run()?;
    let Repairer { mut edits, fixes, .. } = reader;
    if edits.is_empty() {
        return None;
    }
    // Stable: an insertion sorts before a replacement starting at the same place.
    edits.sort_by_key(|edit| (edit.span.start, edit.span.end));
    if edits.windows(2).any(|pair| pair[0].span.end > pair[1].span.start) {
        return None;
    }
    let repaired = apply(text, &edits)?;
    Pattern::parse(&repaired).ok()?;
    let fixes = PasteFix::ALL.into_iter().zip(fixes).filter_map(|(fix, done)| done.then_some(fix)).collect();
    Some(Repair { text: repaired, fixes, edits })
}

/// `text` with sorted, non-overlapping `edits` made.
fn apply(text: &str, edits: &[Edit]) -> Option<String> {
    let mut out = String::with_capacity(text.len() + edits.len());
    let mut at = 0;
    for edit in edits {
        out.push_str(text.get(at..edit.span.start)?);
        out.push_str(&edit.text);
        at = edit.span.end;
    }
    out.push_str(text.get(at..)?);
    Some(out)
}

/// Operator names: an object whose first key is one of these is an operator
/// object, not a nested field.
const OPERATORS: [&str; 9] =
    ["prefix", "suffix", "equals-ignore-case", "wildcard", "anything-but", "numeric", "exists", "cidr", "exactly"];

/// Which quotes a string was opened with, and so which quotes may close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quotes {
    /// `"`: a JSON string.
    Json,
    /// `“ ” „ ‟ ″`, closed by any of them or `"`.
    Double,
    /// `‘ ’ ‛`, closed by any of them or `'`.
    Single,
    /// `'`, closed by `'`.
    Apostrophe,
}

impl Quotes {
    fn opened_by(c: char) -> Option<Self> {
        match c {
            '"' => Some(Self::Json),
            '“' | '”' | '„' | '‟' | '″' => Some(Self::Double),
            '‘' | '’' | '‛' => Some(Self::Single),
            '\'' => Some(Self::Apostrophe),
            _ => None,
        }
    }

    fn closed_by(self, c: char) -> bool {
        match self {
            Self::Json => c == '"',
            Self::Double => matches!(c, '“' | '”' | '„' | '‟' | '″' | '"'),
            Self::Single => matches!(c, '‘' | '’' | '‛' | '\''),
            Self::Apostrophe => c == '\'',
        }
    }
}

/// A token of the lenient lexer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    /// `{` or `[`.
    Open(u8),
    /// `}` or `]`.
    Close(u8),
    Colon,
    Comma,
    /// A string, with its content as written (between the delimiters).
    String(&'a str),
    /// A number, `true`, `false` or `null`.
    Scalar,
    /// The end of the text.
    End,
}

#[derive(Debug, Clone, Copy)]
struct Lexed<'a> {
    token: Token<'a>,
    span: Span,
}

/// What a container is, as far as the repairs care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// An object of fields: the root, a nested field, an element of `$or`.
    Fields,
    /// A field's object value whose first key decides: an operator name makes
    /// it an operator object (to wrap in an array), anything else nesting.
    Pending,
    /// Anything the repairs leave alone inside: operator objects, their
    /// operands, and whatever is not a pattern's shape.
    Opaque,
    /// A field's array of values.
    FieldArray,
    /// `$or`'s array of field objects.
    OrArray,
}

/// Where a container is in its grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Right after the opening bracket.
    Start,
    /// After a comma (the span), where a closing bracket means a trailing comma.
    AfterComma(Span),
    /// After a key, before the colon.
    Colon,
    /// After the colon.
    Value,
    /// After a member or element: a comma or the closing bracket.
    Next,
}

#[derive(Debug, Clone, Copy)]
struct Frame<'a> {
    /// `{` (or `[`).
    object: bool,
    role: Role,
    state: State,
    /// The offset of the opening bracket.
    open: usize,
    /// The current member's key as written (objects).
    key: &'a str,
    /// Wrap the container in `[` `]` when it closes (an operator object that
    /// is a field's value).
    wrap: bool,
}

/// How to treat a value inside `frame`: (wrap a scalar, the role of an
/// object, the role of an array).
fn child_roles(frame: &Frame<'_>) -> (bool, Role, Role) {
    match frame.role {
        Role::Fields if frame.key == "$or" => (false, Role::Opaque, Role::OrArray),
        Role::Fields => (true, Role::Pending, Role::FieldArray),
        Role::OrArray => (false, Role::Fields, Role::Opaque),
        Role::Pending | Role::Opaque | Role::FieldArray => (false, Role::Opaque, Role::Opaque),
    }
}

struct Repairer<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    edits: Vec<Edit>,
    /// The end of the furthest edit so far.
    last_end: usize,
    /// Which [`PasteFix`] kinds were used, by index into [`PasteFix::ALL`].
    fixes: [bool; 5],
}

impl<'a> Repairer<'a> {
    fn edit(&mut self, start: usize, end: usize, text: &str, fix: PasteFix) {
        self.edits.push(Edit { span: Span::new(start, end), text: text.to_owned() });
        self.last_end = self.last_end.max(end);
        self.fixes[fix as usize] = true;
    }

    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..)?.chars().next()
    }

    /// Reads the pattern, recording edits; `None` when it cannot be repaired.
    fn run(&mut self) -> Option<()> {
        let first = self.next(false)?;
        if first.token != Token::Open(b'{') {
            return None;
        }
        let mut stack = vec![Frame {
            object: true,
            role: Role::Fields,
            state: State::Start,
            open: first.span.start,
            key: "",
            wrap: false,
        }];
        while let Some(&frame) = stack.last() {
            let lexed = self.next(true)?;
            let closer = if frame.object { b'}' } else { b']' };
            match (frame.state, lexed.token) {
                (State::Start | State::AfterComma(_), Token::Close(c)) if c == closer => {
                    if let State::AfterComma(comma) = frame.state {
                        self.edit(comma.start, comma.end, "", PasteFix::TrailingCommasRemoved);
                    }
                    self.close(&mut stack, lexed.span);
                }
                (State::Next, Token::Close(c)) if c == closer => self.close(&mut stack, lexed.span),
                (State::Next, Token::Comma) => set_state(&mut stack, State::AfterComma(lexed.span)),
                (State::Start | State::AfterComma(_), Token::String(key)) if frame.object => {
                    let top = stack.last_mut()?;
                    top.key = key;
                    top.state = State::Colon;
                    if top.role == Role::Pending {
                        if OPERATORS.contains(&key) {
                            top.role = Role::Opaque;
                            top.wrap = true;
                        } else {
                            top.role = Role::Fields;
                        }
                    }
                }
                (State::Colon, Token::Colon) => set_state(&mut stack, State::Value),
                (State::Value, _) if frame.object => self.value(&mut stack, lexed)?,
                (State::Start | State::AfterComma(_), _) if !frame.object => self.value(&mut stack, lexed)?,
                _ => return None,
            }
        }
        // After the pattern: only comments and closing brackets with nothing to close.
        loop {
            let lexed = self.next(false)?;
            match lexed.token {
                Token::End => return Some(()),
                Token::Close(_) => {
                    let mut start = lexed.span.start;
                    while start > 0 && matches!(self.bytes[start - 1], b' ' | b'\t' | b'\n' | b'\r') {
                        start -= 1;
                    }
                    self.edit(start.max(self.last_end), lexed.span.end, "", PasteFix::StrayBraceRemoved);
                }
                _ => return None,
            }
        }
    }

    /// A value in the container on top of `stack`.
    fn value(&mut self, stack: &mut Vec<Frame<'a>>, lexed: Lexed<'a>) -> Option<()> {
        let parent = stack.last_mut()?;
        let (wrap_scalar, object_role, array_role) = child_roles(parent);
        parent.state = State::Next;
        match lexed.token {
            Token::String(_) | Token::Scalar => {
                if wrap_scalar {
                    self.edit(lexed.span.start, lexed.span.start, "[", PasteFix::BareValuesWrapped);
                    self.edit(lexed.span.end, lexed.span.end, "]", PasteFix::BareValuesWrapped);
                }
            }
            Token::Open(bracket) => {
                if stack.len() > crate::json::MAX_DEPTH {
                    return None;
                }
                let object = bracket == b'{';
                stack.push(Frame {
                    object,
                    role: if object { object_role } else { array_role },
                    state: State::Start,
                    open: lexed.span.start,
                    key: "",
                    wrap: false,
                });
            }
            Token::Close(_) | Token::Colon | Token::Comma | Token::End => return None,
        }
        Some(())
    }

    /// Closes the container on top of `stack` at its closing bracket `span`.
    fn close(&mut self, stack: &mut Vec<Frame<'a>>, span: Span) {
        if let Some(frame) = stack.pop()
            && frame.wrap
        {
            self.edit(frame.open, frame.open, "[", PasteFix::BareValuesWrapped);
            self.edit(span.end, span.end, "]", PasteFix::BareValuesWrapped);
        }
    }

    /// The next token after whitespace and comments (which are removed).
    /// `open`: brackets are open, so a line comment running to the end of the
    /// text keeps the closing brackets it ends with.
    fn next(&mut self, open: bool) -> Option<Lexed<'a>> {
        loop {
            let Some(&b) = self.bytes.get(self.pos) else {
                return Some(Lexed { token: Token::End, span: Span::new(self.pos, self.pos) });
            };
            let start = self.pos;
            let single = |token| Some(Lexed { token, span: Span::new(start, start + 1) });
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.pos += 1,
                b'#' => self.line_comment(1, open),
                b'/' if self.bytes.get(start + 1) == Some(&b'/') => self.line_comment(2, open),
                b'/' if self.bytes.get(start + 1) == Some(&b'*') => self.block_comment()?,
                b'{' | b'[' => {
                    self.pos += 1;
                    return single(Token::Open(b));
                }
                b'}' | b']' => {
                    self.pos += 1;
                    return single(Token::Close(b));
                }
                b':' => {
                    self.pos += 1;
                    return single(Token::Colon);
                }
                b',' => {
                    self.pos += 1;
                    return single(Token::Comma);
                }
                b'-' | b'0'..=b'9' => {
                    while self
                        .bytes
                        .get(self.pos)
                        .is_some_and(|b| matches!(b, b'0'..=b'9' | b'+' | b'-' | b'.' | b'e' | b'E'))
                    {
                        self.pos += 1;
                    }
                    return Some(Lexed { token: Token::Scalar, span: Span::new(start, self.pos) });
                }
                b'a'..=b'z' | b'A'..=b'Z' => {
                    while self.bytes.get(self.pos).is_some_and(u8::is_ascii_alphanumeric) {
                        self.pos += 1;
                    }
                    let word = self.text.get(start..self.pos)?;
                    if !matches!(word, "true" | "false" | "null") {
                        return None;
                    }
                    return Some(Lexed { token: Token::Scalar, span: Span::new(start, self.pos) });
                }
                _ => {
                    let quotes = Quotes::opened_by(self.char_at(start)?)?;
                    return self.string(quotes);
                }
            }
        }
    }

    /// Removes the comment `start..end` with the spaces before it, and its
    /// line when nothing else is on it.
    fn remove_comment(&mut self, start: usize, end: usize) {
        let mut from = start;
        while from > 0 && matches!(self.bytes[from - 1], b' ' | b'\t') {
            from -= 1;
        }
        let mut to = end;
        while matches!(self.bytes.get(to), Some(b' ' | b'\t')) {
            to += 1;
        }
        let line_start = from == 0 || matches!(self.bytes[from - 1], b'\n' | b'\r');
        let from = from.max(self.last_end);
        let line_end = match self.bytes.get(to) {
            Some(b'\r') if self.bytes.get(to + 1) == Some(&b'\n') => Some(to + 2),
            Some(b'\n' | b'\r') => Some(to + 1),
            _ => None,
        };
        let end = match line_end {
            Some(after) if line_start => after,
            _ => end,
        };
        self.edit(from, end, "", PasteFix::CommentsRemoved);
        self.pos = end;
    }

    /// A `#` or `//` comment (`marker` bytes long) at `self.pos`.
    fn line_comment(&mut self, marker: usize, open: bool) {
        let start = self.pos;
        let rest = &self.bytes[start..];
        let line_end = start + memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len());
        let mut end = line_end;
        if open && self.bytes[line_end..].iter().all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')) {
            // The closing brackets the comment ends with, when nothing follows it.
            let mut at = line_end;
            while at > start + marker && matches!(self.bytes[at - 1], b'}' | b']' | b' ' | b'\t') {
                at -= 1;
                if matches!(self.bytes[at], b'}' | b']') {
                    end = at;
                }
            }
        }
        self.remove_comment(start, end);
    }

    /// A `/* */` comment at `self.pos`.
    fn block_comment(&mut self) -> Option<()> {
        let start = self.pos;
        let body = self.bytes.get(start + 2..)?;
        let close = memchr::memmem::find(body, b"*/")?;
        self.remove_comment(start, start + 2 + close + 2);
        Some(())
    }

    /// Whether a quote ending at `after` is where a string ends: what follows
    /// (past spaces) could follow a string.
    fn closes_here(&self, after: usize) -> bool {
        let mut at = after;
        while matches!(self.bytes.get(at), Some(b' ' | b'\t')) {
            at += 1;
        }
        match self.char_at(at) {
            None => true,
            Some(c) => matches!(c, ':' | ',' | '}' | ']' | '#' | '/' | '\n' | '\r') || Quotes::opened_by(c).is_some(),
        }
    }

    /// A string opened at `self.pos` with `quotes`.
    fn string(&mut self, quotes: Quotes) -> Option<Lexed<'a>> {
        let start = self.pos;
        if quotes == Quotes::Json {
            let mut at = start + 1;
            loop {
                match self.bytes.get(at)? {
                    b'"' => break,
                    b'\\' => at += 2,
                    b'\n' | b'\r' => return None,
                    _ => at += 1,
                }
            }
            self.pos = at + 1;
            let content = self.text.get(start + 1..at)?;
            return Some(Lexed { token: Token::String(content), span: Span::new(start, self.pos) });
        }
        let opener = self.char_at(start)?.len_utf8();
        self.edit(start, start + opener, "\"", PasteFix::TypographicQuotes);
        let mut at = start + opener;
        loop {
            let c = self.char_at(at)?;
            let after = at + c.len_utf8();
            match c {
                '\n' | '\r' => return None,
                '\\' => {
                    let escaped = self.char_at(after)?;
                    if escaped == '\'' {
                        self.edit(at, after + 1, "'", PasteFix::TypographicQuotes);
                    }
                    at = after + escaped.len_utf8();
                }
                _ if quotes.closed_by(c) && self.closes_here(after) => {
                    self.edit(at, after, "\"", PasteFix::TypographicQuotes);
                    self.pos = after;
                    let content = self.text.get(start + opener..at)?;
                    return Some(Lexed { token: Token::String(content), span: Span::new(start, after) });
                }
                '"' => {
                    self.edit(at, after, "\\\"", PasteFix::TypographicQuotes);
                    at = after;
                }
                _ => at = after,
            }
        }
    }
}

fn set_state(stack: &mut [Frame<'_>], state: State) {
    if let Some(top) = stack.last_mut() {
        top.state = state;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{parse_value, same_pattern};
    use crate::lint::{Fix, FixTitle};
    use proptest::prelude::*;
    use std::fmt::Write as _;

    /// The repair of `text`, checked: the edits give the text, in order and
    /// apart, and the text compiles.
    fn repaired(text: &str) -> Repair {
        let found = repair(text);
        assert!(found.is_some(), "no repair for {text:?}");
        let found = found.unwrap_or_else(|| unreachable!());
        assert_sound(text, &found);
        found
    }

    fn assert_sound(text: &str, found: &Repair) {
        let fix = Fix { title: FixTitle::RepairPaste(found.fixes.clone()), edits: found.edits.clone(), safe: true };
        assert_eq!(fix.apply(text), found.text, "edits of {text:?}");
        assert!(Pattern::parse(&found.text).is_ok(), "{:?} does not compile", found.text);
        for pair in found.edits.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "{:?}", found.edits);
        }
        let mut kinds = found.fixes.clone();
        kinds.dedup();
        assert!(kinds.is_sorted() && kinds.len() == found.fixes.len() && !kinds.is_empty(), "{kinds:?}");
    }

    fn edit(start: usize, end: usize, text: &str) -> Edit {
        Edit { span: Span::new(start, end), text: text.to_owned() }
    }

    #[test]
    fn the_best_practices_page_example() {
        let text = "{ “source” : “acme.payments” }";
        let found = repaired(text);
        assert_eq!(found.text, r#"{ "source" : ["acme.payments"] }"#);
        assert_eq!(found.fixes, [PasteFix::TypographicQuotes, PasteFix::BareValuesWrapped]);
        // One edit per quote, one insertion per bracket.
        assert_eq!(
            found.edits,
            [
                edit(2, 5, "\""),
                edit(11, 14, "\""),
                edit(17, 17, "["),
                edit(17, 20, "\""),
                edit(33, 36, "\""),
                edit(36, 36, "]"),
            ]
        );
    }

    #[test]
    fn the_issue_example_in_one_step() {
        let text = r#"{"source": "aws.codebuild", "detail": {"project-name": "x" # note}}"#;
        let found = repaired(text);
        assert_eq!(found.text, r#"{"source": ["aws.codebuild"], "detail": {"project-name": ["x"]}}"#);
        assert_eq!(found.fixes, [PasteFix::BareValuesWrapped, PasteFix::CommentsRemoved]);
    }

    #[test]
    fn typographic_quotes_become_straight() {
        let found = repaired("{“source”: [“aws.ec2”], „detail-type“: [″EC2″]}");
        assert_eq!(found.text, r#"{"source": ["aws.ec2"], "detail-type": ["EC2"]}"#);
        assert_eq!(found.fixes, [PasteFix::TypographicQuotes]);
        // Single typographic quotes, with an apostrophe inside.
        let found = repaired("{‘detail’: {‘note’: [‘don’t’, ‘rock ’n’ roll’]}}");
        assert_eq!(found.text, r#"{"detail": {"note": ["don’t", "rock ’n’ roll"]}}"#);
    }

    #[test]
    fn an_apostrophe_inside_a_string_stays() {
        let found = repaired(r#"{"detail": {"note": "don’t"}}"#);
        assert_eq!(found.text, r#"{"detail": {"note": ["don’t"]}}"#);
        assert_eq!(found.fixes, [PasteFix::BareValuesWrapped]);
        let found = repaired("{“detail”: {“note”: [“don’t say ‘no’”]}}");
        assert_eq!(found.text, r#"{"detail": {"note": ["don’t say ‘no’"]}}"#);
    }

    #[test]
    fn single_quotes_as_in_python() {
        let found = repaired("{'source': ['aws.ec2'], 'detail': {'q': ['say \"hi\"', 'it\\'s']}}");
        assert_eq!(found.text, r#"{"source": ["aws.ec2"], "detail": {"q": ["say \"hi\"", "it's"]}}"#);
        assert_eq!(found.fixes, [PasteFix::TypographicQuotes]);
    }

    #[test]
    fn bare_values_are_wrapped() {
        let found = repaired(r#"{"source": "aws.ec2", "detail": {"n": 5, "ok": true, "gone": null}}"#);
        assert_eq!(found.text, r#"{"source": ["aws.ec2"], "detail": {"n": [5], "ok": [true], "gone": [null]}}"#);
        assert_eq!(found.fixes, [PasteFix::BareValuesWrapped]);
        assert_eq!(found.edits.len(), 8);
    }

    #[test]
    fn operator_objects_as_field_values_are_wrapped() {
        let found = repaired(r#"{"source": {"prefix": "aws."}}"#);
        assert_eq!(found.text, r#"{"source": [{"prefix": "aws."}]}"#);
        let found = repaired(
            r#"{"source": "x", "detail": {"n": {"numeric": [">", 0, "<=", 5]}, "s": {"anything-but": ["a"]}}}"#,
        );
        assert_eq!(
            found.text,
            r#"{"source": ["x"], "detail": {"n": [{"numeric": [">", 0, "<=", 5]}], "s": [{"anything-but": ["a"]}]}}"#
        );
        // Alone, an operator object with an array is a valid pattern: the
        // field `detail.n.numeric`, equal to ">" or 0.
        assert_eq!(repair(r#"{"detail": {"n": {"numeric": [">", 0]}}}"#), None);
        let found = repaired(r#"{"detail": {"s": {"anything-but": {"prefix": "x"}}, "e": {"exists": false}}}"#);
        assert_eq!(found.text, r#"{"detail": {"s": [{"anything-but": {"prefix": "x"}}], "e": [{"exists": false}]}}"#);
    }

    #[test]
    fn operators_in_arrays_and_or_stay() {
        // Only the comment is wrong: the operator's "run" is not wrapped.
        let text = "{\n  \"detail\": {\"state\": [{\"prefix\": \"run\"}]} // running\n}";
        let found = repaired(text);
        assert_eq!(found.text, "{\n  \"detail\": {\"state\": [{\"prefix\": \"run\"}]}\n}");
        assert_eq!(found.fixes, [PasteFix::CommentsRemoved]);
        let found = repaired(r#"{"$or": [{"a": "x"}, {"b": ["y"], "c": {"d": 1}}]}"#);
        assert_eq!(found.text, r#"{"$or": [{"a": ["x"]}, {"b": ["y"], "c": {"d": [1]}}]}"#);
    }

    #[test]
    fn comments_are_removed() {
        let text =
            "# pattern\n{\n  // the source\n  \"source\": [\"x\"], # why\n  \"detail-type\": [\"y\"] /* and */\n}\n";
        let found = repaired(text);
        assert_eq!(found.text, "{\n  \"source\": [\"x\"],\n  \"detail-type\": [\"y\"]\n}\n");
        assert_eq!(found.fixes, [PasteFix::CommentsRemoved]);
        let found = repaired("{\"source\": /* inline */ [\"x\"]}");
        assert_eq!(found.text, "{\"source\": [\"x\"]}");
        // Windows line ends.
        let found = repaired("{\r\n  # c\r\n  \"source\": [\"x\"] # d\r\n}");
        assert_eq!(found.text, "{\r\n  \"source\": [\"x\"]\r\n}");
        // A comment's quotes and brackets are not read.
        let found = repaired("{\"source\": [\"x\"] # “a” ] } '\n}");
        assert_eq!(found.text, "{\"source\": [\"x\"]\n}");
    }

    #[test]
    fn trailing_commas_are_removed() {
        let found = repaired("{\"source\": [\"a\", \"b\",], \"detail\": {\"c\": [1,],},}");
        assert_eq!(found.text, "{\"source\": [\"a\", \"b\"], \"detail\": {\"c\": [1]}}");
        assert_eq!(found.fixes, [PasteFix::TrailingCommasRemoved]);
        // With a wrapped value: the bracket goes before the removed comma.
        let found = repaired("{\"source\": \"a\",}");
        assert_eq!(found.text, "{\"source\": [\"a\"]}");
    }

    #[test]
    fn a_stray_brace_goes_with_other_repairs() {
        let found = repaired("{\n  \"source\": \"x\"\n}\n}\n");
        assert_eq!(found.text, "{\n  \"source\": [\"x\"]\n}\n");
        assert_eq!(found.fixes, [PasteFix::BareValuesWrapped, PasteFix::StrayBraceRemoved]);
        let found = repaired("{\"source\": \"x\"}\n# end\n}]");
        assert_eq!(found.text, "{\"source\": [\"x\"]}\n");
        // Alone it does not make the pattern invalid (EventBridge stops at the pattern's end).
        assert_eq!(repair("{\"source\": [\"x\"]}\n}"), None);
    }

    #[test]
    fn valid_patterns_are_left_alone() {
        for text in [
            r#"{"source": ["aws.ec2"]}"#,
            r#"{"detail": {"state": [{"prefix": "run"}], "note": ["don’t"]}}"#,
            r#"{"$or": [{"a": ["x"]}, {"b": [{"numeric": [">", 0]}]}]}"#,
        ] {
            assert_eq!(repair(text), None, "{text}");
        }
    }

    #[test]
    fn hopeless_text_gets_nothing() {
        for text in [
            "",
            "not a pattern",
            "source: aws.ec2",
            r#"{"source": }"#,
            r#"{"source": ["x"]"#,
            r#"{"source": ["x"] "detail-type": ["y"]}"#,
            r#"{source: ["x"]}"#,
            r#"{"source": [] # nothing}"#,
            r#"{"source": "x"} {"source": "y"}"#,
            "{“source”: [“x”]",
            "{“source: [“x”]}",
            "{\"source\": [\"x\"], # the rest\n\"detail-type\": [\"y\"]",
            "{\"a\": \"x\" # note \"b\": [\"y\"]}",
            "{\"source\": [\"x\"] /* open",
            "{\u{a0}\"source\": \"x\"}",
            "[\"x\"]",
            "}",
        ] {
            assert_eq!(repair(text), None, "{text}");
        }
    }

    #[test]
    fn deep_and_long_texts() {
        assert_eq!(repair(&"[".repeat(100_000)), None);
        assert_eq!(repair(&"{\"a\": ".repeat(100_000)), None);
        assert_eq!(repair(&format!("{}\"x\"{}", "{\"a\": ".repeat(100_000), "}".repeat(100_000))), None);
        assert_eq!(repair(&format!("{}# c\n", "{“a”: ".repeat(100_000))), None);
        assert_eq!(repair(&"}".repeat(100_000)), None);
        // A megabyte of quotes and comments. (Few fields: the compiler takes
        // time per field that grows with the number of fields.)
        let mut text = String::from("{\"source\": \"x\", \"detail\": {\"ids\": [\n");
        for n in 0..32_000 {
            let _ = writeln!(text, "  “value {n}”, # note {n}");
        }
        text.push_str("  0,\n]}\n}\n}");
        assert!(text.len() > 1_000_000);
        let found = repaired(&text);
        assert_eq!(found.fixes, PasteFix::ALL);
        assert_eq!(found.edits.len(), 3 * 32_000 + 4);
    }

    #[test]
    fn fixes_read_in_english() {
        assert_eq!(PasteFix::TypographicQuotes.to_string(), "typographic quotes made straight");
        let title = FixTitle::RepairPaste(vec![PasteFix::BareValuesWrapped, PasteFix::CommentsRemoved]);
        assert_eq!(title.to_string(), "Repair the pasted text: values wrapped in arrays, comments removed");
    }

    // Generated patterns, broken the ways pasted text is.

    /// A JSON value inside an operator or as a field's element.
    #[derive(Debug, Clone)]
    enum Json {
        Str(String),
        /// A number, `true`, `false` or `null` as written.
        Raw(String),
        Arr(Vec<Json>),
        Obj(Vec<(String, Json)>),
    }

    /// A field object's member value.
    #[derive(Debug, Clone)]
    enum Member {
        Values(Vec<Json>),
        Nested(Vec<(String, Member)>),
        Or(Vec<Vec<(String, Member)>>),
    }

    const TEXT_CHARS: &[char] = &['a', 'Z', '0', ' ', '.', '-', '’', 'é', '한', '"', '\\', '*'];
    const KEYS: &[&str] = &["source", "detail-type", "a", "b c", "it’s", "q\"t", "é"];

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(TEXT_CHARS), 0..6).prop_map(|c| c.into_iter().collect())
    }

    fn str_json(s: &str) -> Json {
        Json::Str(s.to_owned())
    }

    fn operator() -> impl Strategy<Value = Json> {
        let op = |name: &str, value: Json| Json::Obj(vec![(name.to_owned(), value)]);
        prop_oneof![
            text().prop_map(move |s| op("prefix", Json::Str(s))),
            text().prop_map(move |s| op("suffix", Json::Str(s))),
            text().prop_map(move |s| op("equals-ignore-case", Json::Str(s))),
            Just(op("wildcard", str_json("x*y"))),
            prop::collection::vec(text(), 1..3)
                .prop_map(move |v| op("anything-but", Json::Arr(v.into_iter().map(Json::Str).collect()))),
            text().prop_map(move |s| op("anything-but", Json::Str(s))),
            Just(op("anything-but", op("prefix", str_json("x")))),
            Just(op("numeric", Json::Arr(vec![str_json(">"), Json::Raw("1".to_owned())]))),
            Just(op(
                "numeric",
                Json::Arr(vec![str_json(">="), Json::Raw("-3".to_owned()), str_json("<"), Json::Raw("5e0".to_owned())])
            )),
            any::<bool>().prop_map(move |b| op("exists", Json::Raw(b.to_string()))),
            Just(op("cidr", str_json("10.0.0.0/24"))),
        ]
    }

    fn element() -> impl Strategy<Value = Json> {
        prop_oneof![
            3 => text().prop_map(Json::Str),
            1 => prop::sample::select(vec!["0", "5", "-3", "1.5", "3e2", "true", "false", "null"])
                .prop_map(|r| Json::Raw(r.to_owned())),
            2 => operator(),
        ]
    }

    fn fields(member: impl Strategy<Value = Member>) -> impl Strategy<Value = Vec<(String, Member)>> {
        prop::collection::vec((prop::sample::select(KEYS), member), 1..4).prop_map(|members| {
            let mut out: Vec<(String, Member)> = Vec::new();
            for (key, value) in members {
                if !out.iter().any(|(k, _)| k == key) {
                    out.push((key.to_owned(), value));
                }
            }
            out
        })
    }

    fn pattern() -> impl Strategy<Value = Vec<(String, Member)>> {
        let leaf = prop::collection::vec(element(), 1..4).prop_map(Member::Values);
        let member = leaf.prop_recursive(3, 12, 4, |inner| {
            prop_oneof![
                2 => fields(inner.clone()).prop_map(Member::Nested),
                1 => prop::collection::vec(fields(inner), 2..4).prop_map(Member::Or),
            ]
        });
        fields(member)
    }

    /// Writes a pattern: clean when `choices` is `None`, otherwise broken
    /// where the choices say.
    struct Writer {
        out: String,
        choices: Option<(Vec<u8>, usize)>,
        newline: &'static str,
    }

    impl Writer {
        /// A choice below `n` (0 when writing clean).
        fn pick(&mut self, n: u8) -> u8 {
            match &mut self.choices {
                Some((choices, at)) => {
                    let c = choices[*at % choices.len()];
                    *at += 1;
                    c % n
                }
                None => 0,
            }
        }

        fn string(&mut self, s: &str) {
            let json = serde_json::to_string(s).unwrap_or_default();
            let inner = &json[1..json.len() - 1];
            let mut style = self.pick(6);
            if style == 3 && s.contains('’') {
                style = 1;
            }
            let (open, close) = match style {
                1 => ("“", "”"),
                2 => ("„", "“"),
                3 => ("‘", "’"),
                4 => ("'", "'"),
                5 => ("″", "″"),
                _ => ("\"", "\""),
            };
            self.out.push_str(open);
            self.out.push_str(inner);
            self.out.push_str(close);
        }

        fn json(&mut self, value: &Json) {
            match value {
                Json::Str(s) => self.string(s),
                Json::Raw(r) => self.out.push_str(r),
                Json::Arr(items) => {
                    self.out.push('[');
                    for (n, item) in items.iter().enumerate() {
                        if n > 0 {
                            self.out.push_str(", ");
                        }
                        self.json(item);
                    }
                    self.out.push(']');
                }
                Json::Obj(members) => {
                    self.out.push('{');
                    for (n, (key, item)) in members.iter().enumerate() {
                        if n > 0 {
                            self.out.push_str(", ");
                        }
                        self.string(key);
                        self.out.push_str(": ");
                        self.json(item);
                    }
                    self.out.push('}');
                }
            }
        }

        fn trailing_comma(&mut self) {
            if self.pick(4) == 1 {
                self.out.push(',');
            }
        }

        fn line_end(&mut self, indent: usize) {
            match self.pick(8) {
                1 => self.out.push_str(" # a “note”: {x}"),
                2 => self.out.push_str("  // it’s \"this\" ]"),
                3 => self.out.push_str(" /* why */"),
                _ => {}
            }
            self.out.push_str(self.newline);
            if self.pick(10) == 1 {
                self.out.push_str(&" ".repeat(indent));
                self.out.push_str("# a line of its own");
                self.out.push_str(self.newline);
            }
            self.out.push_str(&" ".repeat(indent));
        }

        fn fields(&mut self, members: &[(String, Member)], indent: usize) {
            self.out.push('{');
            for (n, (key, member)) in members.iter().enumerate() {
                if n > 0 {
                    self.out.push(',');
                }
                self.line_end(indent + 2);
                self.string(key);
                self.out.push_str(": ");
                self.member(member, indent + 2);
            }
            self.trailing_comma();
            self.line_end(indent);
            self.out.push('}');
        }

        fn member(&mut self, member: &Member, indent: usize) {
            match member {
                Member::Values(values) => {
                    if let [value] = values.as_slice()
                        && self.pick(2) == 1
                    {
                        self.json(value);
                        return;
                    }
                    self.out.push('[');
                    for (n, value) in values.iter().enumerate() {
                        if n > 0 {
                            self.out.push_str(", ");
                        }
                        self.json(value);
                    }
                    self.trailing_comma();
                    self.out.push(']');
                }
                Member::Nested(members) => self.fields(members, indent),
                Member::Or(branches) => {
                    self.out.push('[');
                    for (n, branch) in branches.iter().enumerate() {
                        if n > 0 {
                            self.out.push(',');
                        }
                        self.line_end(indent + 2);
                        self.fields(branch, indent + 2);
                    }
                    self.trailing_comma();
                    self.line_end(indent);
                    self.out.push(']');
                }
            }
        }
    }

    fn write(pattern: &[(String, Member)], choices: Option<Vec<u8>>) -> String {
        let broken = choices.is_some();
        let mut writer = Writer { out: String::new(), choices: choices.map(|c| (c, 0)), newline: "\n" };
        if writer.pick(4) == 1 {
            writer.newline = "\r\n";
        }
        writer.fields(pattern, 0);
        if broken && writer.pick(3) == 1 {
            writer.out.push_str(writer.newline);
            writer.out.push('}');
        }
        writer.out
    }

    fn member_of(key: &str, member: Member) -> Vec<(String, Member)> {
        vec![(key.to_owned(), member)]
    }

    #[test]
    fn the_writer_breaks_what_it_is_told() {
        let pattern =
            member_of("source", Member::Nested(member_of("a", Member::Values(vec![Json::Str("x".to_owned())]))));
        assert_eq!(write(&pattern, None), "{\n  \"source\": {\n    \"a\": [\"x\"]\n  }\n}");
        let broken = write(&pattern, Some(vec![1, 2, 3, 0, 1, 0, 0, 1, 1, 0, 3, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]));
        assert_eq!(
            broken,
            "{  // it’s \"this\" ]\r\n  \"source\": { # a “note”: {x}\r\n    \"a\": “x” /* why */\r\n  # a line of its own\r\n  }, # a “note”: {x}\r\n# a line of its own\r\n}"
        );
        let found = repaired(&broken);
        assert_eq!(found.text, "{\r\n  \"source\": {\r\n    \"a\": [\"x\"]\r\n  }\r\n}");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn broken_patterns_are_repaired_to_what_they_meant(
            pattern in pattern(),
            choices in prop::collection::vec(any::<u8>(), 1..64),
        ) {
            let original = write(&pattern, None);
            prop_assume!(Pattern::parse(&original).is_ok());
            let broken = write(&pattern, Some(choices));
            let found = repair(&broken);
            if Pattern::parse(&broken).is_ok() {
                prop_assert_eq!(found, None);
                return Ok(());
            }
            prop_assert!(found.is_some(), "no repair for {}", broken);
            let found = found.unwrap_or_else(|| unreachable!());
            assert_sound(&broken, &found);
            let (Ok(meant), Ok(got)) = (parse_value(&original), parse_value(&found.text)) else {
                return Err(TestCaseError::fail("unreadable"));
            };
            prop_assert!(same_pattern(&meant, &got), "{}\nrepaired to\n{}\nmeant\n{}", broken, found.text, original);
        }

        #[test]
        fn any_text_is_safe(text in prop::collection::vec(prop::sample::select(vec![
            '{', '}', '[', ']', ':', ',', '"', '\'', '“', '”', '„', '‟', '″', '‘', '’', '‛', '#', '/', '*', '\\',
            ' ', '\n', '\r', '\t', 'a', 'e', 't', 'r', 'u', 'n', 'l', '0', '1', '-', '.', 'é', '한', '\u{a0}',
        ]), 0..80).prop_map(|c| c.into_iter().collect::<String>())) {
            if let Some(found) = repair(&text) {
                assert_sound(&text, &found);
            }
        }

        #[test]
        fn mangled_patterns_are_safe(
            pattern in pattern(),
            choices in prop::collection::vec(any::<u8>(), 1..64),
            cuts in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(vec![
                "", "}", "]", "\"", "“", "’", ",", "#", "\n", "/*", "'", "é",
            ])), 1..4),
        ) {
            let mut text = write(&pattern, Some(choices));
            for (at, insert) in cuts {
                let mut at = at.index(text.len() + 1);
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                let end = text[at..].chars().next().map_or(at, |c| at + c.len_utf8());
                text.replace_range(at..if insert.is_empty() { end } else { at }, insert);
            }
            if let Some(found) = repair(&text) {
                assert_sound(&text, &found);
            }
        }

        #[test]
        fn arbitrary_strings_are_safe(text in "\\PC{0,120}") {
            if let Some(found) = repair(&text) {
                assert_sound(&text, &found);
            }
        }
    }
}
