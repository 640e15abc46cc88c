//! Rule files: save and open, plain patterns, every way a file can be wrong,
//! atomic saves (including a process killed mid-save, again and again), and
//! crash recovery.

#![expect(clippy::expect_used, reason = "test helpers stop at the first surprise, with a message")]

use rulecraft::document::{Expectation, FileKind, RuleDocument, TestEvent, write_atomically};
use rulecraft::recovery::{RecoveryStore, Snapshot};
use std::path::{Path, PathBuf};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rulecraft-doc-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn sample_rule() -> RuleDocument {
    let mut rule = RuleDocument {
        name: "EC2 watcher".to_owned(),
        description: "Watches EC2; 한국어 too".to_owned(),
        ..RuleDocument::untitled("{\n  \"source\": [\"aws.ec2\"],\n  \"detail\": {\"n\": [1e3]}\n}")
    };
    rule.events = vec![
        TestEvent {
            name: "running".to_owned(),
            expect: Some(Expectation::Match),
            event: r#"{"source": "aws.ec2", "detail": {"n": 1000}}"#.to_owned(),
        },
        TestEvent {
            name: "other".to_owned(),
            expect: Some(Expectation::NoMatch),
            event: "{\"source\": \"x\"}".to_owned(),
        },
        TestEvent { name: "unjudged".to_owned(), expect: None, event: "{ not json".to_owned() },
    ];
    rule
}

fn open_error(path: &Path) -> String {
    match RuleDocument::open(path) {
        Ok(_) => panic!("{} opened", path.display()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn a_rule_file_keeps_everything_as_written() {
    let dir = scratch("roundtrip");
    let path = dir.join("watcher.rulecraft.json");
    let rule = sample_rule();
    rule.save(&path).expect("saved");
    let (opened, kind) = RuleDocument::open(&path).expect("opened");
    assert_eq!(kind, FileKind::Rule);
    assert_eq!(opened, rule, "name, description, pattern text (1e3 and all), events and expectations");
    let text = std::fs::read_to_string(&path).expect("readable");
    assert!(text.starts_with("{\n  \"rulecraft\": 2,"), "{text}");
}

#[test]
fn a_plain_pattern_opens_with_its_text_untouched() {
    let dir = scratch("plain");
    let path = dir.join("ec2-states.json");
    let text = "{\"source\": [\"aws.ec2\"],   \"detail\": {\"state\": [\"running\"]}}\n";
    std::fs::write(&path, text).expect("written");
    let (rule, kind) = RuleDocument::open(&path).expect("opened");
    assert_eq!(kind, FileKind::Pattern);
    assert_eq!(rule.pattern, text);
    assert_eq!(rule.name, "ec2-states");
    // An invalid pattern still opens: it is JSON, and the editor shows AWS's message.
    std::fs::write(&path, "{\"source\": \"aws.ec2\"}").expect("written");
    assert!(RuleDocument::open(&path).is_ok());
}

#[test]
fn broken_and_foreign_files_get_clear_messages() {
    let dir = scratch("broken");
    let bad_json = dir.join("bad.json");
    std::fs::write(&bad_json, "{\n  \"source\": [\"aws.ec2\",]\n}").expect("written");
    let message = open_error(&bad_json);
    assert!(
        message.starts_with(&format!("Cannot open {}: it is not valid JSON (line 2, column ", bad_json.display())),
        "{message}"
    );

    let binary = dir.join("picture.json");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("written");
    assert!(open_error(&binary).contains("it is a binary file, not JSON text (a zero byte at offset 8)"));

    let latin1 = dir.join("latin1.json");
    std::fs::write(&latin1, b"{\"a\": [\"caf\xe9\"]}").expect("written");
    assert!(open_error(&latin1).contains("it is not UTF-8 text (an invalid byte at offset 11)"));

    let huge = dir.join("huge.json");
    let file = std::fs::File::create(&huge).expect("created");
    file.set_len(200 << 20).expect("a sparse 200 MB file");
    let message = open_error(&huge);
    assert!(message.ends_with("it is 200 MB, larger than any rule or pattern (32 MB at most)"), "{message}");

    let missing = dir.join("missing.json");
    assert!(open_error(&missing).ends_with("there is no such file (it may have been moved or deleted)"));

    assert!(open_error(&dir).ends_with("it is a folder, not a file"));

    let array = dir.join("array.json");
    std::fs::write(&array, "[1, 2]").expect("written");
    assert!(
        open_error(&array).ends_with("it holds a JSON array, but a rule file or an event pattern is a JSON object")
    );

    let event = dir.join("event.json");
    std::fs::write(
        &event,
        r#"{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {}}"#,
    )
    .expect("written");
    assert!(open_error(&event).ends_with("it looks like an event, not a pattern: add it to the events instead"));

    let future = dir.join("future.json");
    std::fs::write(&future, r#"{"rulecraft": 7, "title": "fields renamed in format 7"}"#).expect("written");
    assert!(open_error(&future).contains("format 7, which this version of Rulecraft does not know"));

    let torn = dir.join("torn.json");
    std::fs::write(&torn, r#"{"rulecraft": 1, "name": "x"}"#).expect("written");
    assert!(open_error(&torn).contains("it is not a valid Rulecraft rule file (missing field `pattern`"));
}

#[test]
fn an_unreadable_file_says_permission_denied() {
    let dir = scratch("permission");
    let locked = dir.join("locked.json");
    std::fs::write(&locked, "{}").expect("written");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    }
    match RuleDocument::open(&locked) {
        // Root (as in CI containers) may read anything: the words are checked on the error itself.
        Ok(_) => {}
        Err(e) => assert!(e.to_string().ends_with("permission denied (you may not read or write it)"), "{e}"),
    }
    let error = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
    assert_eq!(rulecraft::document::io_reason(&error), "permission denied (you may not read or write it)");
}

#[test]
fn a_failed_save_leaves_no_trace_and_says_why() {
    let dir = scratch("failed-save");
    let target = dir.join("no-such-folder").join("rule.json");
    let error = sample_rule().save(&target).expect_err("the folder does not exist");
    assert_eq!(error.kind(), std::io::ErrorKind::NotFound);
    assert_eq!(std::fs::read_dir(&dir).expect("listable").count(), 0, "no temporary file left behind");
}

#[cfg(unix)]
#[test]
fn saving_through_a_link_updates_its_target_and_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = scratch("link");
    let real = dir.join("real.json");
    std::fs::write(&real, "old").expect("written");
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let link = dir.join("link.json");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    write_atomically(&link, b"new").expect("saved");
    assert!(std::fs::symlink_metadata(&link).expect("exists").file_type().is_symlink(), "still a link");
    assert_eq!(std::fs::read_to_string(&real).expect("readable"), "new");
    assert_eq!(std::fs::metadata(&real).expect("exists").permissions().mode() & 0o777, 0o640);
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("listable")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
}

/// The two versions the save loop writes: big enough that a write takes a
/// while, and each recognisable whole.
fn version(n: u8) -> Vec<u8> {
    let mut text = format!("{{\"version\": {n}, \"padding\": \"").into_bytes();
    text.extend(std::iter::repeat_n(b'a' + n, 6 << 20));
    text.extend_from_slice(b"\"}\n");
    text
}

/// Run by [`a_process_killed_mid_save_leaves_the_old_or_the_new_file_whole`]
/// in a child process: for each line on stdin, saves the next version (1, 2,
/// 1, 2, ...) and then prints `saved N`, so the parent knows what the file
/// holds without guessing how fast this machine writes.
#[test]
#[ignore = "a helper process for the kill test, not a test of its own"]
fn save_loop_child() {
    use std::io::{BufRead, Write};
    let Some(path) = std::env::var_os("RULECRAFT_SAVE_LOOP") else { return };
    let versions = [version(1), version(2)];
    let mut out = std::io::stdout().lock();
    for (turn, line) in std::io::stdin().lock().lines().enumerate() {
        if line.is_err() {
            break;
        }
        write_atomically(Path::new(&path), &versions[turn % 2]).expect("save");
        writeln!(out, "saved {}", turn % 2 + 1).expect("reported");
        out.flush().expect("reported");
    }
}

/// The save loop in a child process, driven one save at a time.
struct SaveLoop {
    child: std::process::Child,
    go: std::process::ChildStdin,
    reports: std::io::Lines<std::io::BufReader<std::process::ChildStdout>>,
}

impl SaveLoop {
    fn start(path: &Path) -> Self {
        use std::io::BufRead;
        use std::process::Stdio;
        let exe = std::env::current_exe().expect("the test binary");
        let mut child = std::process::Command::new(&exe)
            .args(["save_loop_child", "--exact", "--ignored", "--nocapture", "--test-threads=1", "-q"])
            .env("RULECRAFT_SAVE_LOOP", path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("child started");
        let go = child.stdin.take().expect("stdin");
        let reports = std::io::BufReader::new(child.stdout.take().expect("stdout")).lines();
        Self { child, go, reports }
    }

    /// Asks for one more save, without waiting for it.
    fn start_save(&mut self) {
        use std::io::Write;
        writeln!(self.go, "go").expect("asked");
        self.go.flush().expect("asked");
    }

    /// Waits until the child reports a finished save; returns its version.
    fn finished_save(&mut self) -> usize {
        loop {
            let line = self.reports.next().expect("the child reports each save").expect("readable");
            if let Some(n) = line.strip_prefix("saved ") {
                return n.trim().parse().expect("a version");
            }
        }
    }

    fn kill(mut self) {
        self.child.kill().expect("killed (SIGKILL)");
        self.child.wait().expect("reaped");
    }
}

#[test]
fn a_process_killed_mid_save_leaves_the_old_or_the_new_file_whole() {
    let dir = scratch("kill");
    let path = dir.join("rule.json");
    let whole = [version(0), version(1), version(2)];
    std::fs::write(&path, &whole[0]).expect("first version");
    let mut seen = std::collections::BTreeSet::new();
    let which = |round: u64| {
        let bytes = std::fs::read(&path).expect("the file is still there");
        let found = whole.iter().position(|w| *w == bytes);
        assert!(found.is_some(), "round {round}: a torn file of {} bytes", bytes.len());
        found.unwrap_or_default()
    };
    for round in 0..25u64 {
        let mut child = SaveLoop::start(&path);
        // One or two whole saves, timed by the child's own reports.
        let mut last = 0;
        let started = std::time::Instant::now();
        for _ in 0..=round % 2 {
            child.start_save();
            last = child.finished_save();
        }
        let save_time = started.elapsed() / (round % 2 + 1) as u32;
        assert_eq!(which(round), last, "round {round}: a finished save is on disk");
        seen.insert(last);
        // Then kill during the next save, at a different point each round:
        // from before it starts to after it ends. Whenever the kill lands,
        // the file must be that save's old or new version, whole.
        child.start_save();
        std::thread::sleep(save_time * (round % 8) as u32 / 5);
        child.kill();
        let next = last % 2 + 1;
        let found = which(round);
        assert!(found == last || found == next, "round {round}: version {found} after saves of {last} and {next}");
        seen.insert(found);
    }
    assert!(seen.len() >= 2, "the loop saved between kills (versions seen: {seen:?})");
}

#[test]
fn crashed_windows_leave_work_that_a_new_window_finds() {
    let dir = scratch("recovery");
    let store = RecoveryStore::new(&dir);
    let live = store.claim().expect("claimed");
    let crashed = store.claim().expect("claimed");
    let snapshot = |name: &str| Snapshot {
        document: RuleDocument { name: name.to_owned(), ..sample_rule() },
        path: Some(PathBuf::from("/somewhere/rule.json")),
        taken_at: 1,
    };
    live.write(&snapshot("live")).expect("written");
    crashed.write(&snapshot("crashed")).expect("written");
    // A crash: the process ends without closing its slot; the OS drops the lock.
    drop(crashed);
    let orphans = store.orphans();
    assert_eq!(orphans.len(), 1, "the live window's work is not offered");
    assert_eq!(orphans[0].snapshot.document.name, "crashed");
    assert_eq!(orphans[0].snapshot, snapshot("crashed"));
    // While one window holds it, another does not offer the same work.
    assert!(store.orphans().is_empty());
    for orphan in orphans {
        orphan.discard();
    }
    assert!(store.orphans().is_empty(), "discarded work is gone");
    // A normal close leaves nothing behind.
    live.close();
    assert_eq!(std::fs::read_dir(&dir).expect("listable").count(), 0);
}
