//! `rulecraft test` as a whole process (start-up, reading, matching and the
//! output) over the matching benchmark's workload: 100,000 events of about
//! 1 KB as JSON Lines (about 100 MB), with each pattern of `matching.rs`.
//!
//! Targets (issue 13), in events per second on a 2-core machine:
//! - `--quiet`: 2,000,000 on every core, 1,200,000 on one core;
//! - the default output (every miss explained) and `--format json`: 1,000,000.
//!
//! `scripts/bench-cli.sh` measures the same from the shell, to compare builds.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[path = "support/events.rs"]
mod events;

#[path = "support/patterns.rs"]
mod patterns;

const EVENTS: usize = 100_000;

/// Writes the events and the patterns once into a folder of their own.
fn workload() -> std::io::Result<PathBuf> {
    let dir = std::env::temp_dir().join("rulecraft-bench-cli");
    std::fs::create_dir_all(&dir)?;
    let events = dir.join("events-100k.jsonl");
    if !events.exists() {
        let partial = dir.join("events-100k.jsonl.partial");
        let mut out = std::io::BufWriter::new(std::fs::File::create(&partial)?);
        for i in 0..EVENTS {
            writeln!(out, "{}", events::event(i))?;
        }
        out.into_inner().map_err(std::io::IntoInnerError::into_error)?.sync_all()?;
        std::fs::rename(&partial, &events)?;
    }
    std::fs::write(dir.join("a.json"), patterns::PATTERN_A)?;
    std::fs::write(dir.join("b.json"), patterns::PATTERN_B)?;
    Ok(dir)
}

/// Runs the command to its end, its output thrown away; it must have read
/// every event (exit 0: none was unreadable).
fn run(command: &mut Command) {
    match command.stdout(Stdio::null()).status() {
        Ok(status) => assert!(status.success(), "rulecraft test failed: {status}"),
        Err(e) => panic!("rulecraft does not run: {e}"),
    }
}

/// `taskset`, to hold a process to one core (Linux), when it is there.
fn one_core() -> Option<&'static str> {
    Path::new("/usr/bin/taskset").exists().then_some("/usr/bin/taskset")
}

fn throughput(c: &mut Criterion) {
    let dir = workload().unwrap_or_else(|e| panic!("cannot write the workload: {e}"));
    let events = dir.join("events-100k.jsonl");
    let binary = env!("CARGO_BIN_EXE_rulecraft");
    let mut group = c.benchmark_group("rulecraft test, 100k events");
    group.sample_size(10);
    group.throughput(Throughput::Elements(EVENTS as u64));
    for name in ["a", "b"] {
        let pattern = dir.join(format!("{name}.json"));
        let test = |extra: &[&str]| {
            let mut command = Command::new(binary);
            command.arg("test").arg("--pattern").arg(&pattern).args(extra).arg(&events);
            command
        };
        for (mode, extra) in
            [("--quiet", &["--quiet"][..]), ("default output", &[]), ("--format json", &["--format", "json"])]
        {
            group.bench_function(format!("pattern {}, {mode}", name.to_uppercase()), |b| {
                b.iter(|| run(&mut test(extra)));
            });
        }
        if let Some(taskset) = one_core() {
            group.bench_function(format!("pattern {}, --quiet, one core", name.to_uppercase()), |b| {
                b.iter(|| {
                    let inner = test(&["--quiet"]);
                    let mut command = Command::new(taskset);
                    command.args(["-c", "0"]).arg(inner.get_program()).args(inner.get_args());
                    run(&mut command);
                });
            });
        }
    }
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
