//! JSON syntax errors, worded as Jackson (EventBridge's JSON parser) words them.

use super::Span;
use std::fmt::Write as _;

/// A JSON syntax error and the bytes it is about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct JsonError {
    /// What went wrong.
    pub kind: JsonErrorKind,
    /// The offending bytes (empty at the end of the text).
    pub span: Span,
}

/// What the reader expected when it met an unexpected character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// Any JSON value.
    Value,
    /// A value after `:` or `,`, where a `}` was found.
    ValueNotClose,
    /// The double quote that opens a field name.
    FieldName,
    /// The colon between a field name and its value.
    Colon,
    /// A comma or `}` after an object member.
    ObjectSeparator,
    /// A comma or `]` after an array element.
    ArraySeparator,
}

/// The kinds of JSON syntax error. `Display` gives Jackson's first line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// A character that cannot start or continue what was expected, e.g. `{"a" 1}`.
    UnexpectedChar {
        /// The character met.
        found: char,
        /// What the reader wanted instead.
        expected: Expected,
    },
    /// A bare word that is not `true`, `false` or `null`, e.g. `{"a": yes}`.
    UnrecognizedToken {
        /// The word, as Jackson quotes it.
        token: String,
    },
    /// A closing bracket that does not close the open container, e.g. `{"a": 1]`.
    MismatchedClose {
        /// The bracket met.
        found: char,
        /// The bracket that would close the open container.
        expected: char,
        /// `Object`, `Array` or `root`.
        container: &'static str,
        /// Where the open container starts, in Jackson's `[Source: ...]` form.
        start: String,
    },
    /// The text ended after a value inside an object or array, e.g. `{"a": [1`.
    EndInContainer {
        /// True for an object, false for an array.
        object: bool,
        /// Where the open container starts, in Jackson's `[Source: ...]` form.
        start: String,
    },
    /// The text ended after a key, colon or comma, e.g. `{"a": `.
    EndBetweenEntries {
        /// True for an object, false for an array.
        object: bool,
    },
    /// The text ended inside a string, e.g. `{"a": "b`.
    EndInString,
    /// The text ended inside a field name, e.g. `{"ab`.
    EndInFieldName,
    /// The text ended inside an escape sequence, e.g. `"\u00`.
    EndInEscape,
    /// A `/` where a comment might start; JSON has no comments. Example: `{"a": [1] // x}`
    Comment,
    /// `NaN`, `Infinity` or `-Infinity`, which JSON does not allow.
    NonStandardNumber {
        /// The token as written.
        token: String,
    },
    /// A number with a leading `+`, e.g. `+1`.
    PlusSign,
    /// A number with more than 1,000 digits.
    NumberTooLong {
        /// How many digits it has.
        digits: usize,
    },
    /// A control character between tokens, e.g. a NUL byte.
    ControlCharBetweenTokens {
        /// The character's code.
        code: u32,
    },
    /// A root-level scalar followed directly by more text, e.g. `123x`.
    RootNotSeparated {
        /// The character after the value.
        found: char,
    },
    /// The text ended where a value was expected, e.g. `{"a": `.
    EndInValue,
    /// The text is empty or only white space.
    Empty,
    /// A raw control character inside a string, e.g. a line break.
    ControlCharInString {
        /// The character's code.
        code: u32,
        /// Whether the string is a field name.
        in_name: bool,
    },
    /// A backslash followed by a character that is not an escape, e.g. `"\x"`.
    BadEscape {
        /// The character after the backslash.
        found: char,
    },
    /// A `\u` escape without four hex digits, e.g. `"\u12"`.
    BadUnicodeEscape {
        /// The first character that is not a hex digit.
        found: char,
    },
    /// A number with a leading zero, e.g. `012`.
    LeadingZero,
    /// A number missing its digits after `-`, `.` or the exponent, e.g. `1.`.
    BadNumber {
        /// The character met instead of a digit (`None` at the end of the text).
        found: Option<char>,
        /// Which part of the number was missing.
        part: NumberPart,
    },
    /// Nesting deeper than [`super::MAX_DEPTH`].
    TooDeep {
        /// The depth reached.
        depth: usize,
    },
    /// Something other than white space after the root value, e.g. `{} x`.
    TrailingContent {
        /// The first character after the value.
        found: char,
    },
}

/// The part of a number that lacks digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberPart {
    /// After the minus sign.
    Integer,
    /// After the decimal point.
    Fraction,
    /// After `e` or `E`.
    Exponent,
}

/// Jackson's description of a place in the text, as it embeds one in some
/// messages: `[Source: (String)"<text>"; line: 1, column: 1]`. The text is cut
/// at 500 characters; lines break at `\n`, `\r` or `\r\n`; columns count
/// UTF-16 units.
pub(crate) fn jackson_location(text: &str, offset: usize) -> String {
    const SNIPPET: usize = 500;
    let mut snippet = String::new();
    let mut units = 0;
    let mut total_units = 0;
    for c in text.chars() {
        total_units += c.len_utf16();
        if units < SNIPPET {
            units += c.len_utf16();
            if c.is_control() && c != '\r' && c != '\n' {
                write!(snippet, "\\u{:04X}", u32::from(c)).ok();
            } else {
                snippet.push(c);
            }
        }
    }
    let truncated =
        if total_units > SNIPPET { format!("[truncated {} chars]", total_units - SNIPPET) } else { String::new() };
    let (mut line, mut column) = (1, 1);
    let mut previous = '\0';
    for c in text.get(..offset).unwrap_or(text).chars() {
        match c {
            '\n' if previous == '\r' => {}
            '\n' | '\r' => {
                line += 1;
                column = 1;
            }
            _ => column += c.len_utf16(),
        }
        previous = c;
    }
    format!("[Source: (String)\"{snippet}\"{truncated}; line: {line}, column: {column}]")
}

/// How Jackson shows a character in a message: `'x' (code 120)`, with control
/// characters named.
pub(crate) fn describe_char(c: char) -> String {
    let code = u32::from(c);
    if c.is_control() {
        format!("(CTRL-CHAR, code {code})")
    } else if code > 255 {
        format!("'{c}' (code {code} / 0x{code:x})")
    } else {
        format!("'{c}' (code {code})")
    }
}

impl std::fmt::Display for JsonErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnexpectedChar { found, expected } => {
                let what = match expected {
                    Expected::Value => "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                    Expected::ValueNotClose => "expected a value",
                    Expected::FieldName => "was expecting double-quote to start field name",
                    Expected::Colon => "was expecting a colon to separate field name and value",
                    Expected::ObjectSeparator => "was expecting comma to separate Object entries",
                    Expected::ArraySeparator => "was expecting comma to separate Array entries",
                };
                write!(f, "Unexpected character ({}): {what}", describe_char(*found))
            }
            Self::UnrecognizedToken { token } => write!(
                f,
                "Unrecognized token '{token}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
            ),
            Self::MismatchedClose { found, expected, container, start } => {
                write!(f, "Unexpected close marker '{found}': expected '{expected}' (for {container} starting at {start})")
            }
            Self::EndInContainer { object, start } => write!(
                f,
                "Unexpected end-of-input: expected close marker for {} (start marker at {start})",
                if *object { "Object" } else { "Array" }
            ),
            Self::EndBetweenEntries { object } => write!(
                f,
                "Unexpected end-of-input within/between {} entries",
                if *object { "Object" } else { "Array" }
            ),
            Self::EndInString => f.write_str("Unexpected end-of-input: was expecting closing quote for a string value"),
            Self::EndInFieldName => f.write_str("Unexpected end-of-input in field name"),
            Self::EndInEscape => f.write_str("Unexpected end-of-input in character escape sequence"),
            Self::Comment => f.write_str(
                "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)",
            ),
            Self::NonStandardNumber { token } => write!(
                f,
                "Non-standard token '{token}': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"
            ),
            Self::PlusSign => f.write_str(
                "Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs: enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow",
            ),
            Self::NumberTooLong { digits } => write!(
                f,
                "Number value length ({digits}) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`)"
            ),
            Self::ControlCharBetweenTokens { code } => write!(
                f,
                "Illegal character ((CTRL-CHAR, code {code})): only regular white space (\\r, \\n, \\t) is allowed between tokens"
            ),
            Self::RootNotSeparated { found } => write!(
                f,
                "Unexpected character ({}): Expected space separating root-level values",
                describe_char(*found)
            ),
            Self::EndInValue => f.write_str("Unexpected end-of-input: expected a value"),
            Self::Empty => f.write_str("No content to map due to end-of-input"),
            Self::ControlCharInString { code, in_name } => write!(
                f,
                "Illegal unquoted character ((CTRL-CHAR, code {code})): has to be escaped using backslash to be included in {}",
                if *in_name { "name" } else { "string value" }
            ),
            Self::BadEscape { found } => {
                write!(f, "Unrecognized character escape {}", describe_char(*found))
            }
            Self::BadUnicodeEscape { found } => write!(
                f,
                "Unexpected character ({}): expected a hex-digit for character escape sequence",
                describe_char(*found)
            ),
            Self::LeadingZero => f.write_str("Invalid numeric value: Leading zeroes not allowed"),
            Self::BadNumber { found, part } => match (found, part) {
                (Some(c), _) => {
                    let what = match part {
                        NumberPart::Integer => "expected digit (0-9) to follow minus sign, for valid numeric value",
                        NumberPart::Fraction => "Decimal point not followed by a digit",
                        NumberPart::Exponent => "Exponent indicator not followed by a digit",
                    };
                    write!(f, "Unexpected character ({}) in numeric value: {what}", describe_char(*c))
                }
                (None, NumberPart::Integer) => f.write_str("Unexpected end-of-inputNo digit following sign"),
                (None, NumberPart::Fraction) => f.write_str(
                    "Unexpected character ('.' (code 46)) in numeric value: Decimal point not followed by a digit",
                ),
                (None, NumberPart::Exponent) => {
                    f.write_str("Unexpected end-of-inputexpected a digit for number exponent")
                }
            },
            Self::TooDeep { depth } => write!(
                f,
                "Document nesting depth ({depth}) exceeds the maximum allowed ({}, from `StreamReadConstraints.getMaxNestingDepth()`)",
                super::MAX_DEPTH
            ),
            Self::TrailingContent { found } => write!(
                f,
                "Unexpected character ({}): expected end of input after the JSON value",
                describe_char(*found)
            ),
        }
    }
}
