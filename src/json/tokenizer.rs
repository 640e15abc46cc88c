//! The pull tokenizer: one token at a time, each with its byte span.

use super::error::{Expected, JsonError, JsonErrorKind, NumberPart};
use super::{MAX_DEPTH, Span};
use std::borrow::Cow;

/// The kind of a JSON token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// `{`
    ObjectStart,
    /// `}`
    ObjectEnd,
    /// `[`
    ArrayStart,
    /// `]`
    ArrayEnd,
    /// An object member's name (the colon after it has been read).
    Key,
    /// A string value.
    String,
    /// A number value, kept as written.
    Number,
    /// `true`
    True,
    /// `false`
    False,
    /// `null`
    Null,
}

/// One token: its kind and where it is. For keys and strings the span
/// includes the quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Where it is in the text.
    pub span: Span,
    /// For keys and strings: whether the literal contains a backslash escape.
    pub escaped: bool,
}

/// What the grammar allows next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// The root value.
    Root,
    /// A value after `:` or `,`.
    Value,
    /// A value or `]` right after `[`.
    FirstValueOrEnd,
    /// A key or `}` right after `{`.
    FirstKeyOrEnd,
    /// A key after `,` in an object.
    Key,
    /// `,` or the closing bracket after a member or element.
    SeparatorOrEnd,
    /// The root value is complete.
    Done,
}

/// Bytes that end the fast scan of a string body: `"`, `\` and control characters.
const fn string_stop_table() -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        table[i] = true;
        i += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
}
static STRING_STOP: [bool; 256] = string_stop_table();

/// A pull reader over JSON text; see the module docs of [`crate::json`].
#[derive(Debug, Clone)]
pub struct Tokenizer<'a> {
    text: &'a str,
    pos: usize,
    /// Open containers: `true` for an object, with the offset of the bracket.
    stack: Vec<(bool, usize)>,
    expect: Expect,
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer at the start of `text`.
    #[must_use]
    pub fn new(text: &'a str) -> Self {
        Self { text, pos: 0, stack: Vec::new(), expect: Expect::Root }
    }

    /// The text being read.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The offset just after the last token read.
    #[must_use]
    pub fn position(&self) -> usize {
        self.pos
    }

    /// How many containers are open.
    #[must_use]
    pub fn depth(&self) -> usize {
        self.stack.len()
    }

    /// The decoded text of a key or string token.
    #[must_use]
    pub fn string_value(&self, token: &Token) -> Cow<'a, str> {
        let body = Span::new(token.span.start + 1, token.span.end.saturating_sub(1)).slice(self.text);
        if token.escaped { super::unescape(body) } else { Cow::Borrowed(body) }
    }

    /// The raw text of a token.
    #[must_use]
    pub fn raw(&self, token: &Token) -> &'a str {
        token.span.slice(self.text)
    }

    fn error(&self, kind: JsonErrorKind, start: usize, len: usize) -> JsonError {
        JsonError { kind, span: Span::new(start, (start + len).min(self.text.len())) }
    }

    fn char_at(&self, pos: usize) -> char {
        self.text.get(pos..).and_then(|s| s.chars().next()).unwrap_or('\u{FFFD}')
    }

    fn unexpected(&self, pos: usize, expected: Expected) -> JsonError {
        let found = self.char_at(pos);
        self.error(JsonErrorKind::UnexpectedChar { found, expected }, pos, found.len_utf8())
    }

    fn skip_whitespace(&mut self) {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    /// Errors for bytes that can never start a token: other control
    /// characters and `/` (JSON has no comments).
    fn check_token_start(&self, b: u8) -> Result<(), JsonError> {
        if b < 0x20 {
            return Err(self.error(JsonErrorKind::ControlCharBetweenTokens { code: u32::from(b) }, self.pos, 1));
        }
        if b == b'/' {
            return Err(self.error(JsonErrorKind::Comment, self.pos, 1));
        }
        Ok(())
    }

    fn end_of_input(&self) -> JsonError {
        let at = self.text.len();
        let kind = match (self.stack.last(), self.expect) {
            (None, Expect::Root) => JsonErrorKind::Empty,
            (None, _) => JsonErrorKind::EndInValue,
            (Some(&(object, _)), Expect::Key | Expect::Value) => JsonErrorKind::EndBetweenEntries { object },
            (Some(&(object, start)), _) => {
                JsonErrorKind::EndInContainer { object, start: super::error::jackson_location(self.text, start) }
            }
        };
        self.error(kind, at, 0)
    }

    /// The next token, `Ok(None)` once the root value is complete.
    pub fn next_token(&mut self) -> Result<Option<Token>, JsonError> {
        let bytes = self.text.as_bytes();
        loop {
            self.skip_whitespace();
            if self.expect == Expect::Done {
                return Ok(None);
            }
            let Some(&b) = bytes.get(self.pos) else {
                return Err(self.end_of_input());
            };
            self.check_token_start(b)?;
            match self.expect {
                Expect::Root => {
                    if b == b'}' || b == b']' {
                        return Err(self.mismatched(b));
                    }
                    return self.value(b).map(Some);
                }
                Expect::Value => {
                    if b == b'}' {
                        return Err(self.unexpected(self.pos, Expected::ValueNotClose));
                    }
                    return self.value(b).map(Some);
                }
                Expect::FirstValueOrEnd => {
                    if b == b']' {
                        return Ok(Some(self.close(b']')));
                    }
                    if b == b'}' {
                        return Err(self.mismatched(b'}'));
                    }
                    return self.value(b).map(Some);
                }
                Expect::FirstKeyOrEnd | Expect::Key => {
                    if self.expect == Expect::FirstKeyOrEnd && b == b'}' {
                        return Ok(Some(self.close(b'}')));
                    }
                    if b == b']' && self.expect == Expect::FirstKeyOrEnd {
                        return Err(self.mismatched(b']'));
                    }
                    if b != b'"' {
                        return Err(self.unexpected(self.pos, Expected::FieldName));
                    }
                    return self.key().map(Some);
                }
                Expect::SeparatorOrEnd => {
                    let object = self.stack.last().is_some_and(|&(o, _)| o);
                    match (b, object) {
                        (b',', true) => {
                            self.pos += 1;
                            self.expect = Expect::Key;
                            self.skip_whitespace();
                            if let Some(&next) = bytes.get(self.pos) {
                                self.check_token_start(next)?;
                            }
                        }
                        (b',', false) => {
                            self.pos += 1;
                            self.expect = Expect::Value;
                            self.skip_whitespace();
                            if let Some(&next) = bytes.get(self.pos) {
                                self.check_token_start(next)?;
                            }
                        }
                        (b'}', true) | (b']', false) => return Ok(Some(self.close(b))),
                        (b'}' | b']', _) => return Err(self.mismatched(b)),
                        (_, true) => return Err(self.unexpected(self.pos, Expected::ObjectSeparator)),
                        (_, false) => return Err(self.unexpected(self.pos, Expected::ArraySeparator)),
                    }
                }
                Expect::Done => return Ok(None),
            }
        }
    }

    /// Checks that only white space follows the root value.
    pub fn finish(&mut self) -> Result<(), JsonError> {
        self.skip_whitespace();
        if self.pos < self.text.len() {
            let found = self.char_at(self.pos);
            return Err(self.error(JsonErrorKind::TrailingContent { found }, self.pos, found.len_utf8()));
        }
        Ok(())
    }

    /// Skips the rest of the value whose first token was `first`.
    pub fn skip_value(&mut self, first: &Token) -> Result<(), JsonError> {
        if !matches!(first.kind, TokenKind::ObjectStart | TokenKind::ArrayStart) {
            return Ok(());
        }
        let target = self.stack.len() - 1;
        while self.stack.len() > target {
            if self.next_token()?.is_none() {
                break;
            }
        }
        Ok(())
    }

    fn mismatched(&self, found: u8) -> JsonError {
        let (expected, container, start) = match self.stack.last() {
            Some(&(true, at)) => ('}', "Object", super::error::jackson_location(self.text, at)),
            Some(&(false, at)) => (']', "Array", super::error::jackson_location(self.text, at)),
            None => {
                let mut root = super::error::jackson_location(self.text, 0);
                root = root.replacen("column: 1]", "column: 0]", 1);
                (']', "root", root)
            }
        };
        self.error(JsonErrorKind::MismatchedClose { found: char::from(found), expected, container, start }, self.pos, 1)
    }

    fn close(&mut self, bracket: u8) -> Token {
        let start = self.pos;
        self.pos += 1;
        self.stack.pop();
        self.after_value();
        let kind = if bracket == b'}' { TokenKind::ObjectEnd } else { TokenKind::ArrayEnd };
        Token { kind, span: Span::new(start, self.pos), escaped: false }
    }

    fn after_value(&mut self) {
        self.expect = if self.stack.is_empty() { Expect::Done } else { Expect::SeparatorOrEnd };
    }

    fn open(&mut self, object: bool) -> Result<Token, JsonError> {
        if self.stack.len() >= MAX_DEPTH {
            return Err(self.error(JsonErrorKind::TooDeep { depth: self.stack.len() + 1 }, self.pos, 1));
        }
        let start = self.pos;
        self.stack.push((object, start));
        self.pos += 1;
        self.expect = if object { Expect::FirstKeyOrEnd } else { Expect::FirstValueOrEnd };
        let kind = if object { TokenKind::ObjectStart } else { TokenKind::ArrayStart };
        Ok(Token { kind, span: Span::new(start, self.pos), escaped: false })
    }

    fn value(&mut self, b: u8) -> Result<Token, JsonError> {
        let start = self.pos;
        let token = match b {
            b'{' => return self.open(true),
            b'[' => return self.open(false),
            b'"' => {
                let escaped = self.string(false)?;
                Token { kind: TokenKind::String, span: Span::new(start, self.pos), escaped }
            }
            b'-' if self.text[start + 1..].starts_with('I') => {
                let len = 1 + identifier_len(&self.text[start + 1..]);
                let token = self.text[start..start + len].to_owned();
                return Err(self.error(JsonErrorKind::NonStandardNumber { token }, start, len));
            }
            b'-' | b'0'..=b'9' => {
                self.number()?;
                if self.stack.is_empty()
                    && let Some(next) = self.text[self.pos..].chars().next()
                    && !matches!(next, ' ' | '\n' | '\r' | '\t')
                {
                    let kind = JsonErrorKind::RootNotSeparated { found: next };
                    return Err(self.error(kind, self.pos, next.len_utf8()));
                }
                Token { kind: TokenKind::Number, span: Span::new(start, self.pos), escaped: false }
            }
            b'+' => return Err(self.error(JsonErrorKind::PlusSign, start, 1)),
            _ if is_identifier_start(self.char_at(start)) => self.word()?,
            _ => return Err(self.unexpected(start, Expected::Value)),
        };
        self.after_value();
        Ok(token)
    }

    fn key(&mut self) -> Result<Token, JsonError> {
        let start = self.pos;
        let escaped = self.string(true)?;
        let token = Token { kind: TokenKind::Key, span: Span::new(start, self.pos), escaped };
        self.skip_whitespace();
        match self.text.as_bytes().get(self.pos) {
            Some(b':') => {
                self.pos += 1;
                self.expect = Expect::Value;
                Ok(token)
            }
            Some(_) => Err(self.unexpected(self.pos, Expected::Colon)),
            None => Err(self.end_of_input()),
        }
    }

    /// Reads a string literal at `self.pos`; returns whether it had escapes.
    fn string(&mut self, in_name: bool) -> Result<bool, JsonError> {
        let bytes = self.text.as_bytes();
        let mut i = self.pos + 1;
        let mut escaped = false;
        loop {
            i = skip_plain_string_bytes(bytes, i);
            let Some(&b) = bytes.get(i) else {
                let kind = if in_name { JsonErrorKind::EndInFieldName } else { JsonErrorKind::EndInString };
                return Err(self.error(kind, bytes.len(), 0));
            };
            match b {
                b'"' => {
                    self.pos = i + 1;
                    return Ok(escaped);
                }
                b'\\' => {
                    escaped = true;
                    i = self.escape(i)?;
                }
                _ => {
                    let kind = JsonErrorKind::ControlCharInString { code: u32::from(b), in_name };
                    return Err(self.error(kind, i, 1));
                }
            }
        }
    }

    /// Checks the escape whose backslash is at `at`; returns the offset after it.
    fn escape(&self, at: usize) -> Result<usize, JsonError> {
        let bytes = self.text.as_bytes();
        let Some(&e) = bytes.get(at + 1) else {
            return Err(self.error(JsonErrorKind::EndInEscape, bytes.len(), 0));
        };
        match e {
            b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => Ok(at + 2),
            b'u' => {
                for k in 0..4 {
                    let p = at + 2 + k;
                    match bytes.get(p) {
                        Some(h) if h.is_ascii_hexdigit() => {}
                        Some(_) => {
                            let found = self.char_at(p);
                            return Err(self.error(JsonErrorKind::BadUnicodeEscape { found }, p, found.len_utf8()));
                        }
                        None => return Err(self.error(JsonErrorKind::EndInEscape, bytes.len(), 0)),
                    }
                }
                Ok(at + 6)
            }
            _ => {
                let found = self.char_at(at + 1);
                Err(self.error(JsonErrorKind::BadEscape { found }, at, 1 + found.len_utf8()))
            }
        }
    }

    fn number(&mut self) -> Result<(), JsonError> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let mut i = start;
        if bytes.get(i) == Some(&b'-') {
            i += 1;
        }
        match bytes.get(i) {
            Some(b'0') => {
                i += 1;
                if bytes.get(i).is_some_and(u8::is_ascii_digit) {
                    return Err(self.error(JsonErrorKind::LeadingZero, start, i + 1 - start));
                }
            }
            Some(b'1'..=b'9') => i = skip_digits(bytes, i),
            _ => return Err(self.bad_number(i, NumberPart::Integer)),
        }
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
                return Err(self.bad_number(i, NumberPart::Fraction));
            }
            i = skip_digits(bytes, i);
        }
        if matches!(bytes.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(bytes.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if !bytes.get(i).is_some_and(u8::is_ascii_digit) {
                return Err(self.bad_number(i, NumberPart::Exponent));
            }
            i = skip_digits(bytes, i);
        }
        let digits = bytes[start..i].iter().filter(|b| b.is_ascii_digit()).count();
        if digits > 1000 {
            return Err(self.error(JsonErrorKind::NumberTooLong { digits }, start, i - start));
        }
        self.pos = i;
        Ok(())
    }

    fn bad_number(&self, at: usize, part: NumberPart) -> JsonError {
        let found = (at < self.text.len()).then(|| self.char_at(at));
        self.error(JsonErrorKind::BadNumber { found, part }, at, found.map_or(0, char::len_utf8))
    }

    /// A bare word: `true`, `false`, `null`, or an unrecognized token.
    fn word(&mut self) -> Result<Token, JsonError> {
        let start = self.pos;
        let rest = &self.text[start..];
        let len = identifier_len(rest);
        let word = &rest[..len];
        let kind = match word {
            "true" => TokenKind::True,
            "false" => TokenKind::False,
            "null" => TokenKind::Null,
            "NaN" | "Infinity" => {
                return Err(self.error(JsonErrorKind::NonStandardNumber { token: word.to_owned() }, start, len));
            }
            _ => {
                return Err(self.error(JsonErrorKind::UnrecognizedToken { token: word.to_owned() }, start, len));
            }
        };
        self.pos = start + len;
        Ok(Token { kind, span: Span::new(start, self.pos), escaped: false })
    }
}

/// Whether Jackson would read `c` as the start of a bare word.
fn is_identifier_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == '$' || matches!(c, '\u{a2}'..='\u{a5}' | '\u{20a0}'..='\u{20cf}')
}

/// Length in bytes of the bare word at the start of `text`, as Jackson
/// quotes it in "Unrecognized token" (at most 256 characters).
fn identifier_len(text: &str) -> usize {
    text.char_indices()
        .take(256)
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .map_or_else(|| text.char_indices().nth(256).map_or(text.len(), |(i, _)| i), |(i, _)| i)
}

fn skip_digits(bytes: &[u8], mut i: usize) -> usize {
    while bytes.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// Returns the offset of the first `"`, `\` or control byte at or after `i`.
///
/// Reads eight bytes at a time where it can: string bodies are most of an
/// event's bytes, so this loop sets the matcher's throughput. In the flag
/// word, the lowest flagged byte is always a real hit (borrows only run
/// upwards), so its position is exact.
#[inline(always)]
pub(crate) fn skip_plain_string_bytes(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        let has_zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
        let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGHS;
        let hits = has_zero(quote) | has_zero(backslash) | below_space;
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if STRING_STOP[usize::from(b)] {
            return i;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Result<Vec<TokenKind>, JsonError> {
        let mut t = Tokenizer::new(text);
        let mut out = Vec::new();
        while let Some(tok) = t.next_token()? {
            out.push(tok.kind);
        }
        t.finish()?;
        Ok(out)
    }

    fn error(text: &str) -> String {
        match kinds(text) {
            Ok(k) => panic!("expected an error for {text:?}, got {k:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn reads_every_token_kind_with_spans() {
        use TokenKind::*;
        assert_eq!(
            kinds(r#" {"a": [1, -2.5e3, "x", true, false, null, {}], "b": []} "#),
            Ok(vec![
                ObjectStart,
                Key,
                ArrayStart,
                Number,
                Number,
                String,
                True,
                False,
                Null,
                ObjectStart,
                ObjectEnd,
                ArrayEnd,
                Key,
                ArrayStart,
                ArrayEnd,
                ObjectEnd
            ])
        );
        let text = r#"{"k\u0041": "v"}"#;
        let mut t = Tokenizer::new(text);
        assert!(t.next_token().is_ok());
        let key = t.next_token().ok().flatten();
        let key = key.as_ref().map(|k| (t.raw(k), t.string_value(k).into_owned()));
        assert_eq!(key, Some((r#""k\u0041""#, "kA".to_owned())));
    }

    #[test]
    fn long_strings_cross_chunk_boundaries() {
        for len in 0..40 {
            let body = "ab\u{e9}".repeat(len);
            let text = format!("[\"{body}\", \"x\\\"y\"]");
            assert_eq!(kinds(&text).map(|k| k.len()), Ok(4), "{text}");
            let bad = format!("[\"{body}\u{1}\"]");
            assert!(error(&bad).starts_with("Illegal unquoted character ((CTRL-CHAR, code 1))"));
        }
    }

    #[test]
    fn messages_follow_jackson() {
        assert_eq!(
            error("this is not json"),
            "Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
        );
        assert_eq!(
            error("{'bad': 1}"),
            "Unexpected character (''' (code 39)): was expecting double-quote to start field name"
        );
        assert_eq!(
            error(r#"{"a" 1}"#),
            "Unexpected character ('1' (code 49)): was expecting a colon to separate field name and value"
        );
        assert_eq!(
            error(r#"{"a": 1 "b"}"#),
            "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"
        );
        assert_eq!(error("[01]"), "Invalid numeric value: Leading zeroes not allowed");
        assert!(error(r#"{"a": [1"#).starts_with("Unexpected end-of-input: expected close marker for Array"));
    }

    #[test]
    fn every_message_matches_jacksons_wording() {
        const VALUE: &str = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";
        let long_number = format!("[{}]", "9".repeat(1001));
        let cases: Vec<(&str, String)> = vec![
            ("[1,]", format!("Unexpected character (']' (code 93)): expected a valid value {VALUE}")),
            (r#"{"a": }"#, "Unexpected character ('}' (code 125)): expected a value".to_owned()),
            (r#"{"a":1,}"#, "Unexpected character ('}' (code 125)): was expecting double-quote to start field name".to_owned()),
            ("[1 2]", "Unexpected character ('2' (code 50)): was expecting comma to separate Array entries".to_owned()),
            (r#"{"ab"#, "Unexpected end-of-input in field name".to_owned()),
            (r#"["abc"#, "Unexpected end-of-input: was expecting closing quote for a string value".to_owned()),
            (r#"{"a":"#, "Unexpected end-of-input within/between Object entries".to_owned()),
            ("[1,", "Unexpected end-of-input within/between Array entries".to_owned()),
            (
                "{",
                r#"Unexpected end-of-input: expected close marker for Object (start marker at [Source: (String)"{"; line: 1, column: 1])"#
                    .to_owned(),
            ),
            (
                r#"{"a":[1"#,
                r#"Unexpected end-of-input: expected close marker for Array (start marker at [Source: (String)"{"a":[1"; line: 1, column: 6])"#
                    .to_owned(),
            ),
            (
                r#"{"a": 1]"#,
                r#"Unexpected close marker ']': expected '}' (for Object starting at [Source: (String)"{"a": 1]"; line: 1, column: 1])"#
                    .to_owned(),
            ),
            (
                "}",
                r#"Unexpected close marker '}': expected ']' (for root starting at [Source: (String)"}"; line: 1, column: 0])"#
                    .to_owned(),
            ),
            (
                "[-]",
                "Unexpected character (']' (code 93)) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value"
                    .to_owned(),
            ),
            ("[1.]", "Unexpected character (']' (code 93)) in numeric value: Decimal point not followed by a digit".to_owned()),
            ("[1e]", "Unexpected character (']' (code 93)) in numeric value: Exponent indicator not followed by a digit".to_owned()),
            ("[-", "Unexpected end-of-inputNo digit following sign".to_owned()),
            ("[1e", "Unexpected end-of-inputexpected a digit for number exponent".to_owned()),
            ("[01]", "Invalid numeric value: Leading zeroes not allowed".to_owned()),
            (
                "[+1]",
                "Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs: enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow"
                    .to_owned(),
            ),
            ("[NaN]", "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow".to_owned()),
            ("[-Infinity]", "Non-standard token '-Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow".to_owned()),
            (r#"["\x"]"#, "Unrecognized character escape 'x' (code 120)".to_owned()),
            (r#"["\u12G4"]"#, "Unexpected character ('G' (code 71)): expected a hex-digit for character escape sequence".to_owned()),
            (r#"["\u12"#, "Unexpected end-of-input in character escape sequence".to_owned()),
            (
                "[1, // note\n]",
                "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)"
                    .to_owned(),
            ),
            (
                "[\"a\u{1}\"]",
                "Illegal unquoted character ((CTRL-CHAR, code 1)): has to be escaped using backslash to be included in string value"
                    .to_owned(),
            ),
            (
                "{\"a\tb\": 1}",
                "Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in name"
                    .to_owned(),
            ),
            ("[tru]", format!("Unrecognized token 'tru': was expecting {VALUE}")),
            ("[truex]", format!("Unrecognized token 'truex': was expecting {VALUE}")),
            (
                "[\u{0}]",
                r"Illegal character ((CTRL-CHAR, code 0)): only regular white space (\r, \n, \t) is allowed between tokens".to_owned(),
            ),
            ("['x']", format!("Unexpected character (''' (code 39)): expected a valid value {VALUE}")),
            ("[\u{201c}]", format!("Unexpected character ('\u{201c}' (code 8220 / 0x201c)): expected a valid value {VALUE}")),
            ("123x", "Unexpected character ('x' (code 120)): Expected space separating root-level values".to_owned()),
            (
                &long_number,
                "Number value length (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`)"
                    .to_owned(),
            ),
        ];
        let mut wrong = Vec::new();
        for (text, expected) in &cases {
            let got = kinds(text).err().map(|e| e.to_string());
            if got.as_deref() != Some(expected.as_str()) {
                wrong.push(format!("{text:?}\n  expected {expected}\n  got      {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn depth_is_capped_without_recursion() {
        let deep = "[".repeat(100_000);
        assert!(error(&deep).starts_with("Document nesting depth (1001) exceeds the maximum allowed (1000"));
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(kinds(&ok).is_ok());
    }

    #[test]
    fn skip_value_skips_nested_containers() {
        let mut t = Tokenizer::new(r#"{"a": {"b": [1, {"c": 2}]}, "d": 3}"#);
        let mut seen = Vec::new();
        while let Ok(Some(tok)) = t.next_token() {
            if tok.kind == TokenKind::Key {
                seen.push(t.string_value(&tok).into_owned());
                if let Ok(Some(v)) = t.next_token() {
                    assert!(t.skip_value(&v).is_ok());
                }
            }
        }
        assert_eq!(seen, ["a", "d"]);
    }
}
