//! Matching throughput on one core, events given as text (parsing included).
//!
//! Targets (issue 3): pattern A at least 1,000,000 events/s, pattern B at
//! least 700,000 events/s, over 100,000 events of about 1 KB.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rulecraft::{EventMatcher, Pattern};
use std::hint::black_box;

#[path = "support/events.rs"]
mod events;

#[path = "support/patterns.rs"]
mod patterns;
use patterns::{PATTERN_A, PATTERN_B};

const EVENTS: usize = 100_000;

fn throughput(c: &mut Criterion) {
    let events: Vec<String> = (0..EVENTS).map(events::event).collect();
    let bytes: usize = events.iter().map(String::len).sum();
    eprintln!("{EVENTS} events, {} bytes on average", bytes / EVENTS);
    let mut group = c.benchmark_group("match 100k events");
    group.sample_size(10);
    group.throughput(Throughput::Elements(EVENTS as u64));
    for (name, text) in [("pattern A", PATTERN_A), ("pattern B", PATTERN_B)] {
        let pattern = Pattern::parse(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut matcher = EventMatcher::new(&pattern);
        let match_count = events.iter().filter(|e| matcher.matches(e).unwrap_or(false)).count();
        eprintln!("{name}: {match_count} of {EVENTS} match");
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut n = 0usize;
                for e in &events {
                    n += usize::from(matcher.matches(black_box(e)).unwrap_or(false));
                }
                n
            });
        });
    }
    group.finish();
}

fn compile(c: &mut Criterion) {
    c.bench_function("compile pattern B", |b| b.iter(|| Pattern::parse(black_box(PATTERN_B))));
}

criterion_group!(benches, throughput, compile);
criterion_main!(benches);
