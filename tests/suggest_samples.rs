//! The suggester over the bundled samples: for every detail-type with at
//! least two samples, its samples should match and every other sample should
//! not. The recommended candidate must compile, separate them (checked by
//! the matcher) and name `source` and `detail-type`; `--nocapture` prints
//! how often it needed more than those two fields. And `rulecraft suggest`
//! on files: the candidates as JSON lines, exit 1 with the pair when none
//! separates.

use std::collections::BTreeMap;
use std::process::Command;

#[test]
fn every_detail_type_with_two_samples_is_told_from_the_rest() {
    let samples = rulecraft::samples::all();
    let mut groups: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, sample) in samples.iter().enumerate() {
        groups.entry((sample.source.as_str(), sample.detail_type.as_str())).or_default().push(i);
    }
    let (mut tried, mut more, mut problems) = (0, 0, Vec::new());
    for ((source, detail_type), members) in groups.iter().filter(|(_, m)| m.len() >= 2) {
        tried += 1;
        let wanted: Vec<&str> = members.iter().map(|&i| samples[i].text).collect();
        // Other samples with the very same text (a sample published twice) cannot be told apart.
        let unwanted: Vec<&str> = (0..samples.len())
            .filter(|i| !members.contains(i))
            .map(|i| samples[i].text)
            .filter(|t| !wanted.contains(t))
            .collect();
        match rulecraft::suggest::suggest(&wanted, &unwanted) {
            Ok(candidates) => {
                let best = &candidates[0];
                let compiled = rulecraft::Pattern::parse(&best.pattern).expect("the recommended pattern compiles");
                let matches = |t: &str| rulecraft::matches(&compiled, t).unwrap_or(false);
                if !wanted.iter().all(|t| matches(t)) || unwanted.iter().any(|t| matches(t)) {
                    problems.push(format!("{source} / {detail_type}: does not separate: {}", best.pattern));
                }
                let fields: usize = best.branches.iter().map(Vec::len).max().unwrap_or(0);
                let names = |path: &str| best.branches.iter().all(|b| b.iter().any(|c| c.path == path));
                if !names("source") || !names("detail-type") {
                    problems.push(format!("{source} / {detail_type}: does not name source and detail-type"));
                }
                if fields > 2 {
                    more += 1;
                    eprintln!("  needs more than source and detail-type: {source} / {detail_type}");
                }
            }
            Err(reason) => problems.push(format!("{source} / {detail_type}: {reason}")),
        }
    }
    eprintln!("{tried} detail-types with two samples or more; {more} needed more than source and detail-type");
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(tried > 20);
}

#[test]
fn the_command_line_prints_candidates_or_the_pair() {
    let dir = std::env::temp_dir().join(format!("rulecraft-suggest-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let event = |state: &str, id: u32| {
        format!(
            r#"{{"id": "{id}", "source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {{"state": "{state}"}}}}"#
        )
    };
    std::fs::write(dir.join("want.jsonl"), format!("{}\n{}\n", event("stopped", 1), event("terminated", 2)))
        .expect("write");
    std::fs::write(dir.join("other.jsonl"), format!("{}\n", event("running", 3))).expect("write");
    std::fs::write(dir.join("same.jsonl"), format!("{}\n", event("stopped", 4))).expect("write");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_rulecraft")).args(args).current_dir(&dir).output().expect("run")
    };
    let output = run(&["suggest", "--match", "want.jsonl", "--no-match", "other.jsonl"]);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8_lossy(&output.stdout);
    let first = text.lines().next().expect("a candidate");
    assert!(first.contains(r#""state":["stopped","terminated"]"#), "{text}");
    assert!(text.lines().all(|l| rulecraft::Pattern::parse(l).is_ok()), "{text}");
    // The same event on both sides (only its id differs): exit 1, naming the pair.
    let output = run(&["suggest", "--match", "want.jsonl", "--no-match", "same.jsonl"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("want.jsonl:1") && stderr.contains("same.jsonl:1"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
