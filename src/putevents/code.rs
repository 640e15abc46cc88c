//! "Copy as code": `PutEvents` entries as a program or command that sends
//! them, in Python (Boto3), JavaScript (AWS SDK v3), and the AWS CLI for
//! bash and for PowerShell.
//!
//! Only the fields an entry sets are written, in the order `Source`,
//! `DetailType`, `Detail`, `Resources`, `EventBusName`, `Time`, `TraceHeader`. The SDKs
//! get the detail as their language's object, turned into JSON by
//! `json.dumps` or `JSON.stringify`, when the detail is a JSON object the
//! language keeps as it is: no repeated keys, not nested too deep, and every
//! number the same value once the language has read it (Python reads
//! integers exactly and other numbers as doubles; JavaScript reads every
//! number as a double). Otherwise the detail is written as the string it is.
//! The CLI gets the detail as a JSON string, on one line when it is such an
//! object (numbers keep their text), as written otherwise.

use crate::export::Value;
use crate::export::literals::code::{Code, code_value};
use crate::export::literals::json::{compact_json, json};
use crate::export::literals::pad;
use crate::json::{Node, NodeKind};
use crate::putevents::Entry;
use std::fmt;
use std::fmt::Write as _;

/// A language "Copy as code" writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// Python with Boto3.
    Boto3,
    /// JavaScript with the AWS SDK v3 (an ES module).
    JavaScriptV3,
    /// `aws events put-events` for bash and other POSIX shells.
    AwsCli,
    /// `aws events put-events` for PowerShell (5 and 7).
    AwsCliPowerShell,
}

impl Language {
    /// Every language, in menu order.
    pub const ALL: [Self; 4] = [Self::Boto3, Self::JavaScriptV3, Self::AwsCli, Self::AwsCliPowerShell];

    /// The name for menus, in English.
    #[must_use]
    pub fn title(self) -> &'static str {
        match self {
            Self::Boto3 => "Python (Boto3)",
            Self::JavaScriptV3 => "JavaScript (AWS SDK v3)",
            Self::AwsCli => "AWS CLI (bash)",
            Self::AwsCliPowerShell => "AWS CLI (PowerShell)",
        }
    }

    /// The usual file extension (`mjs`: the JavaScript is an ES module with
    /// a top-level `await`).
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Boto3 => "py",
            Self::JavaScriptV3 => "mjs",
            Self::AwsCli => "sh",
            Self::AwsCliPowerShell => "ps1",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.title())
    }
}

/// The entries as code in `language` that sends them in one `PutEvents` call.
#[must_use]
pub fn code(entries: &[Entry], language: Language) -> String {
    match language {
        Language::Boto3 => boto3(entries),
        Language::JavaScriptV3 => javascript(entries),
        Language::AwsCli => aws_cli(entries),
        Language::AwsCliPowerShell => aws_cli_powershell(entries),
    }
}

/// How a language reads the numbers of a detail written as its own literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Numbers {
    /// Integers exactly (up to Python's 4,300 digits), other numbers as doubles.
    Python,
    /// Every number as a double.
    JavaScript,
    /// Not read: the text goes on as it is (a JSON string's content).
    Text,
}

/// Deepest nesting of a detail written as a literal; deeper details are
/// written as their string (Python stops at 200 nested brackets).
const MAX_LITERAL_DEPTH: usize = 100;

/// The detail as a value to write as a literal, when it is a JSON object
/// that `numbers` keeps as it is (see the module's notes).
fn detail_literal(detail: &str, numbers: Numbers) -> Option<Value> {
    // Strict JSON by serde's reading too, so the literal means what AWS reads.
    serde_json::from_str::<serde::de::IgnoredAny>(detail).ok()?;
    let tree = crate::json::parse(detail).ok()?;
    matches!(tree.kind, NodeKind::Object(_)).then_some(())?;
    literal(&tree, 0, numbers)
}

fn literal(node: &Node, depth: usize, numbers: Numbers) -> Option<Value> {
    if depth > MAX_LITERAL_DEPTH {
        return None;
    }
    Some(match &node.kind {
        NodeKind::Null => Value::Null,
        NodeKind::Bool(b) => Value::Bool(*b),
        NodeKind::Number(text) => {
            kept(text, numbers).then_some(())?;
            Value::Number(text.clone())
        }
        NodeKind::String(s) => Value::String(s.clone()),
        NodeKind::Array(items) => {
            Value::Array(items.iter().map(|item| literal(item, depth + 1, numbers)).collect::<Option<_>>()?)
        }
        NodeKind::Object(members) => {
            let mut out: Vec<(String, Value)> = Vec::with_capacity(members.len());
            for member in members {
                if out.iter().any(|(key, _)| *key == member.key) {
                    return None; // Which one AWS keeps is not ours to decide.
                }
                out.push((member.key.clone(), literal(&member.value, depth + 1, numbers)?));
            }
            Value::Object(out)
        }
    })
}

/// Whether the number `text` has the same value once `numbers` has read it.
fn kept(text: &str, numbers: Numbers) -> bool {
    match numbers {
        Numbers::Text => true,
        Numbers::Python if !text.contains(['.', 'e', 'E']) => text.len() <= 4300,
        Numbers::Python | Numbers::JavaScript => text.parse::<f64>().is_ok_and(|double| {
            // `{:e}` writes the shortest digits that read back as the same
            // double, as Python's repr and JavaScript's toString do.
            double.is_finite() && decimal(text).is_some_and(|value| decimal(&format!("{double:e}")) == Some(value))
        }),
    }
}

/// A decimal number as its sign, significant digits, and the power of ten
/// of the last digit; zero is `(false, "", 0)`.
fn decimal(text: &str) -> Option<(bool, String, i64)> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match rest.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, exponent.parse::<i64>().ok()?),
        None => (rest, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{whole}{fraction}");
    let significant = all.trim_end_matches('0');
    let trailing = i64::try_from(all.len() - significant.len()).ok()?;
    let exponent = exponent.checked_sub(i64::try_from(fraction.len()).ok()?)?.checked_add(trailing)?;
    let digits = significant.trim_start_matches('0');
    if digits.is_empty() {
        return Some((false, String::new(), 0));
    }
    Some((negative, digits.to_owned(), exponent))
}

/// Python's and JavaScript's entries: a list of dictionaries or objects.
fn sdk_entries(out: &mut String, entries: &[Entry], code: Code, numbers: Numbers) {
    let (step, stringify) = match code {
        Code::Python => (4, "json.dumps"),
        Code::JavaScript => (2, "JSON.stringify"),
    };
    if entries.is_empty() {
        out.push_str("[]");
        return;
    }
    out.push_str("[\n");
    for entry in entries {
        pad(out, step);
        out.push_str("{\n");
        let field = |out: &mut String, key: &str| {
            pad(out, step * 2);
            out.push_str(&code.key(key));
            out.push_str(": ");
        };
        let string = |out: &mut String, key: &str, value: &Option<String>| {
            if let Some(value) = value {
                field(out, key);
                out.push_str(&code.string(value));
                out.push_str(",\n");
            }
        };
        string(out, "Source", &entry.source);
        string(out, "DetailType", &entry.detail_type);
        if let Some(detail) = &entry.detail {
            field(out, "Detail");
            match detail_literal(detail, numbers) {
                Some(value) => {
                    out.push_str(stringify);
                    out.push('(');
                    code_value(out, &value, step * 2, false, code);
                    out.push(')');
                }
                None => out.push_str(&code.string(detail)),
            }
            out.push_str(",\n");
        }
        if !entry.resources.is_empty() {
            field(out, "Resources");
            let resources = Value::Array(entry.resources.iter().cloned().map(Value::String).collect());
            code_value(out, &resources, step * 2, true, code);
            out.push_str(",\n");
        }
        string(out, "EventBusName", &entry.event_bus_name);
        match (&entry.time, code) {
            // The SDK for JavaScript takes a Date, and reads nothing else.
            (Some(time), Code::JavaScript) => {
                field(out, "Time");
                let _ = writeln!(out, "new Date({}),", code.string(time));
            }
            (time, _) => string(out, "Time", time),
        }
        string(out, "TraceHeader", &entry.trace_header);
        pad(out, step);
        out.push_str("},\n");
    }
    out.push(']');
}

/// Python with Boto3, then the failed entries picked out by their index.
fn boto3(entries: &[Entry]) -> String {
    let dumps =
        entries.iter().any(|e| e.detail.as_deref().is_some_and(|d| detail_literal(d, Numbers::Python).is_some()));
    let mut out = String::new();
    if dumps {
        out.push_str("import json\n");
    }
    out.push_str("import boto3\n\nevents = boto3.client(\"events\")\n\nentries = ");
    sdk_entries(&mut out, entries, Code::Python, Numbers::Python);
    out.push_str(concat!(
        "\nresponse = events.put_events(Entries=entries)\n",
        "if response[\"FailedEntryCount\"]:\n",
        "    # Results are in the entries' order; a failed entry's result has an ErrorCode.\n",
        "    failed = [\n",
        "        entry for entry, result in zip(entries, response[\"Entries\"]) if \"ErrorCode\" in result\n",
        "    ]\n",
        "    # Retry them after a pause: events.put_events(Entries=failed)\n",
    ));
    out
}

/// JavaScript with the AWS SDK v3, then the failed entries picked out by
/// their index.
fn javascript(entries: &[Entry]) -> String {
    let mut out = String::from(concat!(
        "import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';\n\n",
        "const client = new EventBridgeClient({});\n\n",
        "const entries = ",
    ));
    sdk_entries(&mut out, entries, Code::JavaScript, Numbers::JavaScript);
    out.push_str(concat!(
        ";\nconst response = await client.send(new PutEventsCommand({ Entries: entries }));\n",
        "if (response.FailedEntryCount) {\n",
        "  // Results are in the entries' order; a failed entry's result has an ErrorCode.\n",
        "  const failed = entries.filter((_, i) => response.Entries[i].ErrorCode);\n",
        "  // Retry them after a pause: await client.send(new PutEventsCommand({ Entries: failed }));\n",
        "}\n",
    ));
    out
}

/// The entries as the AWS CLI takes them: `PutEventsRequestEntry` objects,
/// the detail a JSON string.
fn cli_entries(entries: &[Entry]) -> Value {
    Value::Array(
        entries
            .iter()
            .map(|entry| {
                let detail = entry.detail.as_ref().map(|detail| match detail_literal(detail, Numbers::Text) {
                    Some(value) => compact_json(&value, false),
                    None => detail.clone(),
                });
                let resources = (!entry.resources.is_empty())
                    .then(|| Value::Array(entry.resources.iter().cloned().map(Value::String).collect()));
                let strings =
                    |key: &str, value: &Option<String>| value.clone().map(|v| (key.to_owned(), Value::String(v)));
                let members = [
                    strings("Source", &entry.source),
                    strings("DetailType", &entry.detail_type),
                    strings("Detail", &detail),
                    resources.map(|r| ("Resources".to_owned(), r)),
                    strings("EventBusName", &entry.event_bus_name),
                    strings("Time", &entry.time),
                    strings("TraceHeader", &entry.trace_header),
                ];
                Value::Object(members.into_iter().flatten().collect())
            })
            .collect(),
    )
}

/// `aws events put-events` for bash and other POSIX shells: the entries as
/// JSON in one single-quoted word (a `'` in it is written `'\''`).
fn aws_cli(entries: &[Entry]) -> String {
    let mut text = String::new();
    json(&mut text, &cli_entries(entries), 0, false);
    format!(
        "# Results are in the entries' order; a failed entry's result has an ErrorCode.\naws events put-events --entries '{}'\n",
        text.replace('\'', r"'\''")
    )
}

/// `aws events put-events` for PowerShell. PowerShell before 7.3 strips the
/// double quotes of arguments passed to a native program, so the JSON does
/// not go on the command line: the whole request goes through
/// `--cli-input-json`, from a file written from a literal here-string
/// (nothing in it is special, and no JSON line starts with `'@`). The JSON is
/// ASCII-only (other characters as `\u` escapes), so neither the file's
/// encoding nor the AWS CLI's locale can garble it.
fn aws_cli_powershell(entries: &[Entry]) -> String {
    let mut out = String::from(concat!(
        "# The request goes through a file: PowerShell before 7.3 drops the double quotes\n",
        "# of JSON passed to a native program such as aws.\n",
        "$request = @'\n",
    ));
    json(&mut out, &Value::Object(vec![("Entries".to_owned(), cli_entries(entries))]), 0, true);
    out.push_str(concat!(
        "\n'@\n",
        "Set-Content -Path put-events.json -Value $request -Encoding ascii\n",
        "# Results are in the entries' order; a failed entry's result has an ErrorCode.\n",
        "aws events put-events --cli-input-json file://put-events.json\n",
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(detail: &str) -> Entry {
        Entry {
            source: Some("com.example.orders".to_owned()),
            detail_type: Some("Order Placed".to_owned()),
            detail: Some(detail.to_owned()),
            ..Entry::default()
        }
    }

    #[test]
    fn boto3_writes_the_detail_as_a_python_literal() {
        let text = code(&[entry(r#"{"id": "a\"b", "ok": true, "none": null, "n": [1.5, -2]}"#)], Language::Boto3);
        assert_eq!(
            text,
            concat!(
                "import json\n",
                "import boto3\n\n",
                "events = boto3.client(\"events\")\n\n",
                "entries = [\n",
                "    {\n",
                "        \"Source\": \"com.example.orders\",\n",
                "        \"DetailType\": \"Order Placed\",\n",
                "        \"Detail\": json.dumps({\n",
                "            \"id\": \"a\\\"b\",\n",
                "            \"ok\": True,\n",
                "            \"none\": None,\n",
                "            \"n\": [1.5, -2],\n",
                "        }),\n",
                "    },\n",
                "]\n",
                "response = events.put_events(Entries=entries)\n",
                "if response[\"FailedEntryCount\"]:\n",
                "    # Results are in the entries' order; a failed entry's result has an ErrorCode.\n",
                "    failed = [\n",
                "        entry for entry, result in zip(entries, response[\"Entries\"]) if \"ErrorCode\" in result\n",
                "    ]\n",
                "    # Retry them after a pause: events.put_events(Entries=failed)\n",
            )
        );
    }

    #[test]
    fn javascript_writes_the_detail_as_an_object_and_the_time_as_a_date() {
        let mut one = entry(r#"{"__proto__": {"x": 1}, "a-b": "it's"}"#);
        one.time = Some("2024-05-01T12:00:00Z".to_owned());
        let text = code(&[one], Language::JavaScriptV3);
        assert!(
            text.contains(concat!(
                "    Detail: JSON.stringify({\n",
                "      ['__proto__']: {\n",
                "        x: 1,\n",
                "      },\n",
                "      'a-b': 'it\\'s',\n",
                "    }),\n",
                "    Time: new Date('2024-05-01T12:00:00Z'),\n",
            )),
            "{text}"
        );
    }

    #[test]
    fn a_detail_a_language_would_change_is_written_as_its_string() {
        for detail in [
            r#"{"a": 1, "a": 2}"#,
            r#"{"big": 12345678901234567890}"#,
            r#"{"x": 1e400}"#,
            r#"{"x": 1.00000000000000000001}"#,
            "[1, 2]",
            "not json",
            r#"{"a": 1,}"#,
        ] {
            let text = code(&[entry(detail)], Language::JavaScriptV3);
            assert!(!text.contains("JSON.stringify"), "{detail}");
        }
        // Python keeps integers exactly, and the CLI passes numbers as text.
        let big = r#"{"big": 12345678901234567890}"#;
        assert!(
            code(&[entry(big)], Language::Boto3).contains("json.dumps({\n            \"big\": 12345678901234567890,")
        );
        assert!(code(&[entry(r#"{"x": 1.00000000000000000001}"#)], Language::Boto3).contains("\"Detail\": \"{"));
        assert!(code(&[entry(r#"{"x": 1e400}"#)], Language::AwsCli).contains(r#""Detail": "{\"x\":1e400}""#));
        assert!(
            code(&[entry(r#"{"a": 1, "a": 2}"#)], Language::AwsCli).contains(r#""Detail": "{\"a\": 1, \"a\": 2}""#)
        );
        let deep = format!("{}{}", "{\"a\":".repeat(150), "}".repeat(150));
        let deep = deep.replacen("{\"a\":}", "{}", 1);
        assert!(!code(&[entry(&deep)], Language::Boto3).contains("json.dumps"));
    }

    #[test]
    fn numbers_keep_their_value() {
        for (text, python, javascript) in [
            ("1", true, true),
            ("-0", true, true),
            ("1.50", true, true),
            ("1e3", true, true),
            ("0.1", true, true),
            ("9007199254740993", true, false),
            ("1e400", false, false),
            ("1e-400", false, false),
            ("2.5e-8", true, true),
        ] {
            assert_eq!(kept(text, Numbers::Python), python, "{text}");
            assert_eq!(kept(text, Numbers::JavaScript), javascript, "{text}");
        }
    }

    #[test]
    fn the_cli_quotes_for_bash_and_powershell_reads_a_file() {
        let one =
            Entry { source: Some("it's".to_owned()), detail: Some("{\"k\": \"한\"}".to_owned()), ..Entry::default() };
        let bash = code(std::slice::from_ref(&one), Language::AwsCli);
        assert!(bash.contains(r#""Source": "it'\''s""#), "{bash}");
        assert!(bash.contains(r#""Detail": "{\"k\":\"한\"}""#), "{bash}");
        let powershell = code(&[one], Language::AwsCliPowerShell);
        assert!(powershell.is_ascii());
        assert!(powershell.contains(r#""Detail": "{\"k\":\"\ud55c\"}""#), "{powershell}");
    }

    #[test]
    fn only_set_fields_are_written_and_languages_have_names() {
        let text = code(&[Entry::default()], Language::Boto3);
        assert!(text.starts_with("import boto3\n"));
        assert!(text.contains("entries = [\n    {\n    },\n]\n"));
        assert_eq!(code(&[], Language::AwsCli).lines().nth(1), Some("aws events put-events --entries '[]'"));
        for language in Language::ALL {
            assert!(!language.to_string().is_empty() && !language.extension().is_empty());
        }
    }
}
