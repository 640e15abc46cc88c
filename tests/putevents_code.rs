//! "Copy as code" for `PutEvents` entries, run or read back with the real
//! tools, and the entries they would send compared with the originals.
//!
//! Python runs in the export checkers' venv with a stub `boto3` that records
//! `put_events`' arguments (and answers that the last of several entries
//! failed, so the retry hint runs too); JavaScript runs in Node.js as an ES
//! module beside a stub `@aws-sdk/client-eventbridge` that records the
//! command's input; bash runs the command with `aws` a function printing its
//! arguments. PowerShell runs when `pwsh` is installed (it writes the request
//! file, and `aws` is a function); without it, the here-string is read as
//! PowerShell reads it, and the test says so. As in `tests/export.rs`, the
//! checkers must be installed (`scripts/export-check/install.sh`, which
//! `scripts/test.sh` and CI run): the test fails, with that message, when
//! they are not.
//!
//! A detail comes back equal as JSON (numbers by value), or as the very
//! string written when it is not JSON; JavaScript's Time comes back as a
//! Date of the same instant.

#![expect(clippy::expect_used, reason = "test helpers stop at the first surprise, with a message")]

use rulecraft::putevents::Entry;
use rulecraft::putevents::code::{Language, code};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

fn entry(source: &str, detail_type: &str, detail: &str) -> Entry {
    Entry {
        source: Some(source.to_owned()),
        detail_type: Some(detail_type.to_owned()),
        detail: Some(detail.to_owned()),
        ..Entry::default()
    }
}

/// Entries around the traps of each language's quoting.
fn entries() -> Vec<Entry> {
    let mut all = vec![
        entry(
            "com.example.orders",
            "Order Placed",
            r#"{"orderId": "o-1", "amount": 12.5, "paid": true, "note": null}"#,
        ),
        entry(
            "com.example.it's",
            r#"say "hi" \ back\slash"#,
            r#"{"q": "it's", "dq": "say \"hi\"", "bs": "back\\slash", "nl": "line\nbreak\r\n", "tab": "a\tb",
                "uni": "김민준 🚀 é", "ctl": "\u0001\u007f\u2028\u2029\ufeff", "tpl": "${var} `tick` $HOME %{if} !hist",
                "ps": "'@ @' $(Get-Date) `n", "it's key": 1, "a-b.c": 2, "__proto__": {"p": 3}, "constructor": 4,
                "1": "digit key", "": "empty key", "\"": "quote key", "none": null}"#,
        ),
        entry(
            "com.example.nested",
            "Nested",
            r#"{"a": {"b": {"c": [1, [2, [3, {"d": []}]], {}]}}, "numbers": [1e3, 1E+2, -0, -0.5, 0.000001, 2.5e-8, 5000000000, 12345678901234567890, 1.50], "empty": {}, "list": [], "mixed": ["x", 1, true, false, null, {"k": "v"}]}"#,
        ),
        Entry {
            resources: vec![
                "arn:aws:s3:::bucket-a".to_owned(),
                "arn:aws:ec2:us-east-1:123456789012:instance/i-1'\"".to_owned(),
            ],
            event_bus_name: Some("arn:aws:events:us-east-1:123456789012:event-bus/orders".to_owned()),
            time: Some("2024-05-01T12:34:56Z".to_owned()),
            trace_header: Some("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1".to_owned()),
            ..entry("com.example.full", "Everything", r#"{"id": 1}"#)
        },
        entry("com.example.array", "Not an object", "[1, 2, 3]"),
        entry("com.example.text", "Not JSON", "just text with 'quotes', \"double\" and \\ and\na newline"),
        entry("com.example.dup", "Repeated key", r#"{"a": 1, "a": 2}"#),
        entry("com.example.pretty", "Pretty detail", "{\n  \"a\": 1,\n  \"b\": [\n    \"x\"\n  ]\n}\n"),
        Entry { detail_type: Some("Only a detail-type".to_owned()), ..Entry::default() },
    ];
    all.push(Entry::default());
    all
}

/// Each entry alone, all of them in one call, and no entry.
fn batches() -> Vec<Vec<Entry>> {
    let all = entries();
    let mut batches: Vec<Vec<Entry>> = all.iter().cloned().map(|e| vec![e]).collect();
    batches.push(all);
    batches.push(Vec::new());
    batches
}

fn checker_folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/export-check")
}

/// The export checkers' venv Python, after checking they are installed.
fn python() -> PathBuf {
    let folder = checker_folder();
    assert!(
        folder.join("node_modules").exists() && folder.join(".venv").exists(),
        "the export checkers are not installed: run scripts/export-check/install.sh (scripts/test.sh does)"
    );
    // A venv keeps its programs in bin/, or Scripts/ on Windows.
    if cfg!(windows) { folder.join(".venv/Scripts/python.exe") } else { folder.join(".venv/bin/python") }
}

/// A fresh, empty folder for one run.
fn scratch() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("rulecraft-putevents-code-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

/// Runs `command` with `input` on its standard input.
fn run(command: &mut Command, input: &str) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"));
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().expect("the program runs");
    writer.join().expect("writer thread").expect("input written");
    output
}

/// The run's standard output, or why it failed.
fn success(what: &str, output: &Output) -> Result<String, String> {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if output.status.success() && stderr.trim().is_empty() {
        Ok(stdout)
    } else {
        Err(format!("{what} ({}): {stderr} {stdout}", output.status))
    }
}

const PYTHON_STUB: &str = r#"
import json, sys, types

calls = []

class Client:
    def put_events(self, **kwargs):
        calls.append(kwargs)
        n = len(kwargs["Entries"])
        results = [{"EventId": str(i)} for i in range(n)]
        if n > 1:
            results[-1] = {"ErrorCode": "InternalFailure", "ErrorMessage": "stub"}
        return {"FailedEntryCount": 1 if n > 1 else 0, "Entries": results}

def client(name, **kwargs):
    if name != "events" or kwargs:
        raise ValueError("boto3.client(%r, %r)" % (name, kwargs))
    return Client()

boto3 = types.ModuleType("boto3")
boto3.client = client
sys.modules["boto3"] = boto3
namespace = {"__name__": "__main__"}
exec(compile(sys.stdin.buffer.read().decode("utf-8"), "put-events.py", "exec"), namespace)
if len(calls) != 1 or set(calls[0]) != {"Entries"}:
    raise ValueError("expected one put_events(Entries=...) call, got %r" % calls)
entries = calls[0]["Entries"]
failed = namespace.get("failed")
if failed != (entries[-1:] if len(entries) > 1 else None):
    raise ValueError("the retry hint picked %r" % failed)
print(json.dumps(entries))
"#;

/// The entries the Python code hands to `put_events`.
fn python_entries(text: &str) -> Result<serde_json::Value, String> {
    let output = run(Command::new(python()).args(["-c", PYTHON_STUB]), text);
    let stdout = success("python", &output)?;
    serde_json::from_str(&stdout).map_err(|e| format!("{e}: {stdout}"))
}

const JS_STUB: &str = r#"
export class PutEventsCommand {
  constructor(input) { this.input = input; }
}
export class EventBridgeClient {
  constructor(config) { this.config = config; }
  async send(command) {
    if (!(command instanceof PutEventsCommand)) throw new Error('not a PutEventsCommand');
    if (Object.keys(command.input).join() !== 'Entries') throw new Error('input: ' + Object.keys(command.input));
    const entries = command.input.Entries;
    // Dates as {"$date": ISO text} (null when invalid), to tell them from strings.
    process.stdout.write(JSON.stringify(entries, function (key, value) {
      const raw = this[key];
      if (raw instanceof Date) return { $date: Number.isNaN(raw.getTime()) ? null : raw.toISOString() };
      return value;
    }));
    const n = entries.length;
    const results = entries.map((_, i) => ({ EventId: String(i) }));
    if (n > 1) results[n - 1] = { ErrorCode: 'InternalFailure', ErrorMessage: 'stub' };
    return { FailedEntryCount: n > 1 ? 1 : 0, Entries: results };
  }
}
"#;

/// The entries the JavaScript code hands to `PutEventsCommand`.
fn javascript_entries(text: &str) -> Result<serde_json::Value, String> {
    let dir = scratch();
    let package = dir.join("node_modules/@aws-sdk/client-eventbridge");
    std::fs::create_dir_all(&package).expect("the stub's folder");
    let manifest = r#"{"name": "@aws-sdk/client-eventbridge", "type": "module", "exports": "./index.js"}"#;
    std::fs::write(package.join("package.json"), manifest).expect("the stub's package.json");
    std::fs::write(package.join("index.js"), JS_STUB).expect("the stub");
    std::fs::write(dir.join("put-events.mjs"), text).expect("the code");
    let output = run(Command::new("node").arg("put-events.mjs").current_dir(&dir), "");
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = success("node", &output)?;
    serde_json::from_str(&stdout).map_err(|e| format!("{e}: {stdout}"))
}

/// The entries bash hands to `aws events put-events --entries`.
fn bash_entries(text: &str) -> Result<serde_json::Value, String> {
    let script = format!("aws() {{ printf '%s\\0' \"$@\"; }}\n{text}");
    let output = run(Command::new("bash").args(["--noprofile", "--norc", "-c", &script, "put-events"]), "");
    let stdout = success("bash", &output)?;
    let arguments: Vec<&str> = stdout.split_terminator('\0').collect();
    match arguments.as_slice() {
        ["events", "put-events", "--entries", entries] => {
            serde_json::from_str(entries).map_err(|e| format!("--entries is not JSON: {e}: {entries}"))
        }
        _ => Err(format!("unexpected aws arguments {arguments:?}")),
    }
}

/// Whether `pwsh` runs here.
fn pwsh() -> bool {
    Command::new("pwsh")
        .args(["-NoProfile", "-NonInteractive", "-Command", "exit 0"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

const AWS_LINE: &str = "aws events put-events --cli-input-json file://put-events.json";

/// The request PowerShell writes to `put-events.json`, run by `pwsh` with
/// `aws` a function that says it was called (the command line itself is
/// plain words, checked by [`powershell_request_read`]).
fn powershell_request_run(text: &str) -> Result<String, String> {
    let dir = scratch();
    let script = format!("function aws {{ [Console]::Out.WriteLine('aws: ' + ($args -join ' ')) }}\n{text}");
    std::fs::write(dir.join("put-events.ps1"), script).expect("the script");
    let output = run(
        Command::new("pwsh")
            .args(["-NoProfile", "-NonInteractive", "-ExecutionPolicy", "Bypass", "-File", "put-events.ps1"])
            .current_dir(&dir),
        "",
    );
    let request = std::fs::read(dir.join("put-events.json"));
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = success("pwsh", &output)?;
    if stdout.lines().count() != 1 || !stdout.starts_with("aws: events put-events") {
        return Err(format!("aws was called as {stdout:?}"));
    }
    let request = request.map_err(|e| format!("no put-events.json: {e}"))?;
    if !request.is_ascii() {
        return Err("put-events.json is not ASCII".to_owned());
    }
    Ok(String::from_utf8_lossy(&request).into_owned())
}

/// The request in the script's here-string, read as PowerShell reads a
/// single-quoted here-string: `@'` ends its line, the text runs to the first
/// line that starts with `'@`, and nothing in it is special.
fn powershell_request_read(text: &str) -> Result<String, String> {
    let lines: Vec<&str> = text.lines().collect();
    let open = lines.iter().position(|l| *l == "$request = @'").ok_or("no `$request = @'`")?;
    let close = open + 1 + lines[open + 1..].iter().position(|l| l.starts_with("'@")).ok_or("no closing '@")?;
    if lines[close] != "'@" || !lines[..open].iter().all(|l| l.starts_with('#')) {
        return Err("unexpected text around the here-string".to_owned());
    }
    let after: Vec<&str> = lines[close + 1..].iter().copied().filter(|l| !l.starts_with('#')).collect();
    if after != ["Set-Content -Path put-events.json -Value $request -Encoding ascii", AWS_LINE] {
        return Err(format!("unexpected lines after the here-string: {after:?}"));
    }
    Ok(lines[open + 1..close].join("\n"))
}

/// The entries of the PowerShell script's request.
fn powershell_entries(text: &str, run_pwsh: bool) -> Result<serde_json::Value, String> {
    if !text.is_ascii() {
        return Err("the script is not ASCII".to_owned());
    }
    let read = powershell_request_read(text)?;
    let request = if run_pwsh { powershell_request_run(text)? } else { read };
    let mut request: serde_json::Value =
        serde_json::from_str(&request).map_err(|e| format!("the request is not JSON: {e}: {request}"))?;
    match request.as_object_mut() {
        Some(members) if members.len() == 1 => members.remove("Entries").ok_or_else(|| "no Entries".to_owned()),
        _ => Err(format!("the request is not {{\"Entries\": ...}}: {request}")),
    }
}

/// Whether two JSON values are equal, numbers by value.
fn same_json(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value::{Array, Number, Object};
    match (a, b) {
        (Number(x), Number(y)) => x.as_f64() == y.as_f64(),
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_json(x, y)),
        (Object(x), Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same_json(v, w)))
        }
        _ => a == b,
    }
}

/// Whether the detail sent means the detail written: the same JSON, or when
/// it is not JSON, the same text.
fn same_detail(wrote: &str, sent: &str) -> bool {
    match (serde_json::from_str(wrote), serde_json::from_str(sent)) {
        (Ok(wrote), Ok(sent)) => same_json(&wrote, &sent),
        _ => wrote == sent,
    }
}

/// Whether two times are the same instant.
fn same_instant(wrote: &str, sent: &str) -> bool {
    match (wrote.parse::<jiff::Timestamp>(), sent.parse::<jiff::Timestamp>()) {
        (Ok(wrote), Ok(sent)) => wrote == sent,
        _ => false,
    }
}

/// Why the entries sent differ from those written, if they do.
fn compare(wrote: &[Entry], mut sent: serde_json::Value, language: Language) -> Result<(), String> {
    let items = sent.as_array_mut().ok_or("Entries is not a list")?;
    if language == Language::JavaScriptV3 {
        // The SDK takes a Date; the stub writes it as {"$date": ISO text}.
        for item in items.iter_mut() {
            if let Some(time) = item.get_mut("Time") {
                let iso = time.get("$date").and_then(serde_json::Value::as_str).ok_or("Time is not a valid Date")?;
                *time = serde_json::Value::String(iso.to_owned());
            }
        }
    }
    let sent: Vec<Entry> = items
        .iter()
        .map(|item| {
            let known = ["Source", "DetailType", "Detail", "Resources", "EventBusName", "Time", "TraceHeader"];
            match item.as_object() {
                Some(members) if members.keys().all(|k| known.contains(&k.as_str())) => {
                    serde_json::from_value(item.clone()).map_err(|e| format!("{e}: {item}"))
                }
                _ => Err(format!("not an entry: {item}")),
            }
        })
        .collect::<Result<_, _>>()?;
    if sent.len() != wrote.len() {
        return Err(format!("{} entries sent for {} written", sent.len(), wrote.len()));
    }
    for (wrote, sent) in wrote.iter().zip(&sent) {
        let detail = match (&wrote.detail, &sent.detail) {
            (Some(w), Some(s)) => same_detail(w, s),
            (w, s) => w == s,
        };
        let time = match (&wrote.time, &sent.time) {
            (Some(w), Some(s)) if language == Language::JavaScriptV3 => same_instant(w, s),
            (w, s) => w == s,
        };
        let rest =
            Entry { detail: None, time: None, ..wrote.clone() } == Entry { detail: None, time: None, ..sent.clone() };
        if !(detail && time && rest) {
            return Err(format!("sent {sent:?}\nfor   {wrote:?}"));
        }
    }
    Ok(())
}

fn check(language: Language, read_back: impl Fn(&str) -> Result<serde_json::Value, String>) {
    let mut failures = Vec::new();
    let batches = batches();
    for batch in &batches {
        let text = code(batch, language);
        if let Err(why) = read_back(&text).and_then(|sent| compare(batch, sent, language)) {
            failures.push(format!("{language}: {why}\n--- code:\n{text}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), batches.len(), failures.join("\n\n"));
}

#[test]
fn boto3_code_sends_the_entries() {
    check(Language::Boto3, python_entries);
}

#[test]
fn javascript_code_sends_the_entries() {
    let _ = python(); // The same installed-checkers rule as the other languages.
    check(Language::JavaScriptV3, javascript_entries);
}

#[test]
fn aws_cli_for_bash_sends_the_entries() {
    let _ = python();
    check(Language::AwsCli, bash_entries);
}

#[test]
fn aws_cli_for_powershell_sends_the_entries() {
    let _ = python();
    let run_pwsh = pwsh();
    if !run_pwsh {
        eprintln!(
            "note: pwsh is not installed, so the PowerShell script is not run: its here-string is read as PowerShell reads it"
        );
    }
    check(Language::AwsCliPowerShell, |text| powershell_entries(text, run_pwsh));
}

/// The Python code's detail is `json.dumps` of a literal (not the string),
/// and the JavaScript's `JSON.stringify` of one, when the detail allows it;
/// the test above checks they send what was written.
#[test]
fn the_sdks_write_the_detail_as_an_object() {
    let batch = [entries()[1].clone()];
    assert!(code(&batch, Language::Boto3).contains("\"Detail\": json.dumps({\n"));
    assert!(code(&batch, Language::JavaScriptV3).contains("Detail: JSON.stringify({\n"));
}

#[test]
fn every_language_has_a_title_and_an_extension() {
    let titles: Vec<String> = Language::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(titles, ["Python (Boto3)", "JavaScript (AWS SDK v3)", "AWS CLI (bash)", "AWS CLI (PowerShell)"]);
    let extensions: Vec<&str> = Language::ALL.iter().map(|l| l.extension()).collect();
    assert_eq!(extensions, ["py", "mjs", "sh", "ps1"]);
}
