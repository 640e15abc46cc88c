//! Rule files and exports: what a save, an open, a recovery snapshot and an
//! export of every format cost. The export dialog re-exports when the pattern
//! changes, so an export must stay far below a frame (16 ms).

use criterion::{Criterion, criterion_group, criterion_main};
use rulecraft::document::{Expectation, RuleDocument, TestEvent};
use rulecraft::export::{Format, Rule, export};
use std::hint::black_box;

/// A realistic pattern: `$or`, prefix, anything-but, a numeric range, nesting.
const PATTERN: &str = r#"{
  "source": ["aws.ec2", "aws.autoscaling"],
  "detail-type": ["EC2 Instance State-change Notification"],
  "account": ["123456789012"],
  "detail": {
    "state": ["running", "stopped", {"anything-but": ["pending", "terminated"]}],
    "instance-id": [{"prefix": "i-"}],
    "tags": {"env": [{"equals-ignore-case": "prod"}]},
    "cpu": [{"numeric": [">", 0, "<=", 96]}]
  },
  "$or": [{"region": ["us-east-1"]}, {"region": [{"prefix": "eu-"}]}]
}"#;

/// A rule with 20 own events of about 1 KB each.
fn rule() -> RuleDocument {
    let event = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/samples/aws-events/aws.ec2--EC2-Instance-State-change-Notification--running.json"
    ))
    .unwrap_or_default();
    RuleDocument {
        name: "EC2 watcher".to_owned(),
        description: "Benchmark rule".to_owned(),
        events: (0..20)
            .map(|i| TestEvent { name: format!("event {i}"), expect: Some(Expectation::Match), event: event.clone() })
            .collect(),
        ..RuleDocument::untitled(PATTERN)
    }
}

fn exports(c: &mut Criterion) {
    let rule = Rule { name: "EC2 watcher", description: "Watches EC2", pattern: PATTERN, targets: &[], schedule: None };
    c.bench_function("export: all 12 formats of one pattern", |b| {
        b.iter(|| Format::ALL.iter().map(|&f| export(black_box(&rule), f).map_or(0, |e| e.text.len())).sum::<usize>());
    });
}

fn files(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("rulecraft-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok();
    let path = dir.join("rule.rulecraft.json");
    let rule = rule();
    eprintln!("rule file: {} bytes", rule.to_file_text().len());
    c.bench_function("save a rule file with 20 events (atomic, flushed to disk)", |b| {
        b.iter(|| rule.save(black_box(&path)).is_ok());
    });
    c.bench_function("open a rule file with 20 events", |b| {
        b.iter(|| RuleDocument::open(black_box(&path)).map_or(0, |(d, _)| d.events.len()));
    });
    let store = rulecraft::recovery::RecoveryStore::new(dir.join("recovery"));
    if let Ok(slot) = store.claim() {
        let snapshot = rulecraft::recovery::Snapshot { document: rule.clone(), path: None, taken_at: 0 };
        c.bench_function("write a recovery snapshot (20 events)", |b| {
            b.iter(|| slot.write(black_box(&snapshot)).is_ok());
        });
        slot.close();
    }
    std::fs::remove_dir_all(&dir).ok();
}

criterion_group!(benches, exports, files);
criterion_main!(benches);
