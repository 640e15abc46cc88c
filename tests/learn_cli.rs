//! `rulecraft learn`: the lessons and the window's saved progress in a
//! terminal, and `learn check` judging an answer from a file.

use std::process::{Command, Output};

fn learn(args: &[&str], data_home: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .arg("learn")
        .args(args)
        .env("XDG_DATA_HOME", data_home)
        .output()
        .unwrap_or_else(|e| panic!("cannot run rulecraft: {e}"))
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rulecraft-learn-cli-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    dir
}

#[test]
fn the_list_shows_every_lesson_and_the_windows_progress() {
    let home = scratch("list");
    // What the window saves: eframe's RON map, the progress as JSON under learn_progress.
    std::fs::create_dir_all(home.join("rulecraft")).unwrap_or_else(|e| panic!("{e}"));
    let progress = r#"{"solved":["envelope/ec2-only"],"answers":{},"at":null}"#;
    let ron = format!("{{\"learn_progress\":{progress:?}}}");
    std::fs::write(home.join("rulecraft/app.ron"), ron).unwrap_or_else(|e| panic!("{e}"));
    let listed = learn(&[], &home);
    let text = String::from_utf8_lossy(&listed.stdout);
    assert_eq!(listed.status.code(), Some(0));
    assert!(text.lines().count() >= 16, "{text}");
    assert!(text.starts_with(" 1. Events and patterns (envelope) 1/2"), "{text}");
    let json = learn(&["--format", "json"], &home);
    let Ok(serde_json::Value::Array(lessons)) = serde_json::from_slice::<serde_json::Value>(&json.stdout) else {
        panic!("JSON: {}", String::from_utf8_lossy(&json.stdout))
    };
    assert_eq!(lessons[0]["title"]["ko"], "이벤트와 패턴");
    assert_eq!(lessons[0]["exercises"][0]["solved"], true);
    assert!(lessons.iter().all(|l| l["exercises"].as_array().is_some_and(|e| e.len() >= 2)));
}

#[test]
fn check_judges_an_answer_with_the_windows_feedback() {
    let home = scratch("check");
    let right = home.join("right.json");
    std::fs::write(&right, r#"{"source": ["aws.codebuild"], "detail": {"build-status": ["FAILED"]}}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    let solved = learn(&["check", "1", "failed-builds", &right.display().to_string()], &home);
    assert_eq!(solved.status.code(), Some(0), "{}", String::from_utf8_lossy(&solved.stdout));
    assert!(String::from_utf8_lossy(&solved.stdout).contains("solved:"));
    let wrong = home.join("wrong.json");
    std::fs::write(&wrong, r#"{"source": ["aws.codebuild"], "build-status": ["FAILED"]}"#)
        .unwrap_or_else(|e| panic!("{e}"));
    let not = learn(&["check", "envelope", "2", &wrong.display().to_string()], &home);
    let text = String::from_utf8_lossy(&not.stdout);
    assert_eq!(not.status.code(), Some(1), "{text}");
    assert!(text.contains("fail: build failed (must match): "), "{text}");
    assert!(text.contains("advice: build-status is not at the top of the event"), "{text}");
    let korean = learn(&["--korean", "check", "envelope", "2", &wrong.display().to_string()], &home);
    assert!(String::from_utf8_lossy(&korean.stdout).contains("build-status는 이벤트의 최상위가 아니라"));
    let missing = learn(&["check", "99", "1", &wrong.display().to_string()], &home);
    assert_eq!(missing.status.code(), Some(2));
}
