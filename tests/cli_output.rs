//! `rulecraft test` prints exactly what it printed before it was made fast:
//! the same verdicts, reasons and line order, in every output format. The
//! expected outputs in `tests/data/cli/` were written by the binary of
//! commit "Output-equivalence test" (before the speed work of issue 13);
//! `UPDATE_GOLDEN=1` rewrites them, for a deliberate change of output.
//!
//! The input is a mixed JSON Lines file, generated here: the benchmark's
//! synthetic events (matches and misses of both patterns), with blank lines,
//! CRLF line ends, invalid JSON, a non-object, a line that is not UTF-8,
//! escaped strings and IP addresses mixed in, and long enough to span many
//! of the reader's blocks.

use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "../benches/support/events.rs"]
mod events;

const PATTERN_B: &str = r#"{
  "source": [{"prefix": "aws."}],
  "detail-type": [{"anything-but": ["AWS API Call via CloudTrail", "Scheduled Event"]}],
  "detail": {
    "$or": [
      {"state": ["running"]},
      {"count": [{"numeric": [">", 10, "<=", 500]}]}
    ],
    "instance": {"placement": {"zone": [{"prefix": "us-east-1"}]}}
  }
}"#;

const PATTERN_Q: &str = r#"{
  "source": ["aws.ec2", {"equals-ignore-case": "CUSTOM.ORDERS"}],
  "detail": {
    "state": [{"wildcard": "*ing"}, {"prefix": {"equals-ignore-case": "ST"}}],
    "addr": [{"cidr": "10.0.0.0/8"}, {"exists": false}],
    "volumes": {"size": [{"numeric": [">=", 250]}], "encrypted": [false]}
  }
}"#;

/// The mixed input, line by line (bytes: one line is not UTF-8).
fn mixed_lines(count: usize) -> Vec<Vec<u8>> {
    let mut lines = Vec::new();
    for i in 0..count {
        let mut event = events::event(i);
        if i % 11 == 0 {
            // An address for the cidr condition, of either family.
            let addr = if i % 22 == 0 { "10.1.2.3" } else { "a00::1" };
            event = event.replacen(r#""detail":{"#, &format!(r#""detail":{{"addr":"{addr}","#), 1);
        }
        if i % 199 == 0 {
            event = event.replacen(r#""source":"aws."#, r#""source":"aws\u002e"#, 1);
        }
        let mut line = event.into_bytes();
        if i % 89 == 0 {
            line.push(b'\r');
        }
        lines.push(line);
        match i % 250 {
            17 => lines.push(b"   ".to_vec()),
            41 => lines.push(br#"{"source": "aws.ec2", "detail": "#.to_vec()),
            61 => lines.push(b"[1, 2, 3]".to_vec()),
            83 => lines.push(b"{\"source\": \"aws.\xff\"}".to_vec()),
            111 => lines.push(Vec::new()),
            _ => {}
        }
    }
    lines
}

fn write_input(dir: &Path, name: &str, count: usize) -> PathBuf {
    let mut bytes = Vec::new();
    for line in mixed_lines(count) {
        bytes.extend_from_slice(&line);
        bytes.push(b'\n');
    }
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
    path
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/cli").join(name)
}

/// Runs `rulecraft` in `dir`: its output, then its exit code.
fn run(dir: &Path, args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"));
    let mut got = out.stdout.clone();
    got.extend_from_slice(format!("exit {:?}\n", out.status.code()).as_bytes());
    got
}

/// FNV-1a, 64 bits: a fingerprint of an output too long to keep whole.
fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("fnv1a64 {hash:016x}, {} lines, {} bytes\n", bytes.split(|&b| b == b'\n').count() - 1, bytes.len())
}

/// Like [`check`], for the long input: compares fingerprints.
fn check_long(dir: &Path, args: &[&str], name: &str) {
    let got = fingerprint(&run(dir, args));
    let path = golden(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(got, want, "rulecraft {args:?} differs from {name} (the short inputs' files show lines)");
}

/// Runs `rulecraft` in `dir` and compares its output (stdout, then the exit
/// code) with the golden file, naming the first line that differs.
fn check(dir: &Path, args: &[&str], name: &str) {
    let got = run(dir, args);
    let path = golden(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).unwrap_or_else(|e| panic!("{e}"));
        return;
    }
    let want = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if got != want {
        let (g, w) = (String::from_utf8_lossy(&got), String::from_utf8_lossy(&want));
        let at = g
            .lines()
            .zip(w.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| g.lines().count().min(w.lines().count()));
        panic!(
            "rulecraft {args:?} differs from {name} at line {}:\n  got:  {:?}\n  want: {:?}\n({} lines got, {} wanted)",
            at + 1,
            g.lines().nth(at),
            w.lines().nth(at),
            g.lines().count(),
            w.lines().count()
        );
    }
}

fn setup(name: &str) -> PathBuf {
    std::fs::create_dir_all(golden("")).unwrap_or_else(|e| panic!("{e}"));
    let dir = std::env::temp_dir().join(format!("rulecraft-output-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("b.json"), PATTERN_B).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(dir.join("q.json"), PATTERN_Q).unwrap_or_else(|e| panic!("{e}"));
    // About 12 MB: several of the reader's 4 MB blocks.
    write_input(&dir, "mixed.jsonl", 12_000);
    write_input(&dir, "small.jsonl", 300);
    write_input(&dir, "tiny.jsonl", 80);
    dir
}

#[test]
fn test_output_is_unchanged_in_every_format() {
    let dir = setup("formats");
    for (pattern, tag) in [("b.json", "b"), ("q.json", "q")] {
        let formats: [(&[&str], &str); 4] = [
            (&[], "text"),
            (&["--format", "json"], "json"),
            (&["--quiet"], "quiet"),
            (&["--quiet", "--expect", "match"], "expect"),
        ];
        for (options, name) in formats {
            let args = |file: &'static str| {
                let mut args = vec!["test", "--pattern", pattern];
                args.extend_from_slice(options);
                args.push(file);
                args
            };
            check(&dir, &args("small.jsonl"), &format!("{tag}-{name}.out"));
            check_long(&dir, &args("mixed.jsonl"), &format!("{tag}-{name}-long.fnv"));
        }
        check(&dir, &["test", "--pattern", pattern, "--explain", "tiny.jsonl"], &format!("{tag}-explain.out"));
        check(
            &dir,
            &["test", "--pattern", pattern, "--explain", "--format", "json", "tiny.jsonl"],
            &format!("{tag}-explain-json.out"),
        );
    }
    // Several sources in order, a single-event file among them, and standard input.
    std::fs::write(dir.join("one.json"), events::event(3)).unwrap_or_else(|e| panic!("{e}"));
    check(&dir, &["test", "--pattern", "b.json", "tiny.jsonl", "one.json", "tiny.jsonl"], "b-several.out");
    let stdin = std::fs::File::open(dir.join("tiny.jsonl")).unwrap_or_else(|e| panic!("{e}"));
    let out = Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .args(["test", "--pattern", "b.json", "-"])
        .current_dir(&dir)
        .stdin(stdin)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let from_file = run(&dir, &["test", "--pattern", "b.json", "tiny.jsonl"]);
    let mut from_stdin = out.stdout.clone();
    from_stdin.extend_from_slice(format!("exit {:?}\n", out.status.code()).as_bytes());
    assert_eq!(String::from_utf8_lossy(&from_stdin), String::from_utf8_lossy(&from_file).replace("tiny.jsonl:", "-:"));
    let _ = std::fs::remove_dir_all(&dir);
}
