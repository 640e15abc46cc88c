//! The AWS CLI: `aws events put-rule` for POSIX shells and for PowerShell,
//! and the shells' quoting.

use super::literals::json::{compact_json, json};
use super::{Prepared, Value};
use std::fmt::Write as _;

/// A POSIX shell word in single quotes: nothing inside is special, and a
/// single quote is written as `'\''`.
fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

/// `aws events put-rule` for bash and other POSIX shells.
pub(super) fn aws_cli(rule: &Prepared) -> String {
    let (pattern, names) = (&rule.pattern, &rule.names);
    let mut out = String::from("aws events put-rule \\\n");
    let _ = writeln!(out, "  --name {} \\", shell_quote(&names.rule));
    if !names.description.is_empty() {
        let _ = writeln!(out, "  --description {} \\", shell_quote(&names.description));
    }
    let _ = writeln!(out, "  --event-pattern {}", shell_quote(&compact_json(pattern, false)));
    out
}

/// PowerShell before 7.3 strips the double quotes of arguments passed to a
/// native program, and reads typographic quotes as quote marks, so nothing
/// is passed on the command line: the whole request (name, description and
/// the pattern as a JSON string) goes through `--cli-input-json`, from a file
/// written from a literal here-string. The JSON is ASCII-only (other
/// characters as `\u` escapes), so neither the file's encoding nor the
/// AWS CLI's locale can garble it.
pub(super) fn aws_cli_powershell(rule: &Prepared) -> String {
    let (pattern, names) = (&rule.pattern, &rule.names);
    let mut request = vec![("Name".to_owned(), Value::String(names.rule.clone()))];
    if !names.description.is_empty() {
        request.push(("Description".to_owned(), Value::String(names.description.clone())));
    }
    request.push(("EventPattern".to_owned(), Value::String(compact_json(pattern, false))));
    let mut out = String::from("$request = @'\n");
    json(&mut out, &Value::Object(request), 0, true);
    out.push_str("\n'@\nSet-Content -Path put-rule.json -Value $request -Encoding ascii\n");
    out.push_str("aws events put-rule --cli-input-json file://put-rule.json\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shells_quote_single_quotes() {
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }
}
