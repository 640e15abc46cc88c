//! Suggesting a pattern from 1,000 labelled events (500 that should match,
//! 500 that should not), the size the window must answer within a second,
//! off the UI thread.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn event(n: usize, status: &str) -> String {
    format!(
        r#"{{"version": "0", "id": "{n:08}-1428-4cd3-a780-95db273d0000", "detail-type": "CodeBuild Build State Change", "source": "aws.codebuild", "account": "123456789012", "time": "2026-11-24T05:00:00Z", "region": "us-east-1", "resources": ["arn:aws:codebuild:us-east-1:123456789012:build/p{}:{n}"], "detail": {{"build-status": "{status}", "project-name": "p{}", "build-id": "arn:aws:codebuild:us-east-1:123456789012:build/p:{n}", "additional-information": {{"build-complete": true, "initiator": "user{}", "logs": {{"group-name": "/aws/codebuild/p{}"}}, "phases": [{{"phase-type": "SUBMITTED", "phase-status": "SUCCEEDED"}}, {{"phase-type": "BUILD", "phase-status": "{status}"}}]}}}}}}"#,
        n % 7,
        n % 7,
        n % 13,
        n % 7
    )
}

fn suggest_bench(c: &mut Criterion) {
    let statuses = ["FAILED", "STOPPED", "SUCCEEDED", "IN_PROGRESS"];
    let events: Vec<(String, bool)> = (0..1000).map(|n| (event(n, statuses[n % 4]), n % 4 < 2)).collect();
    let wanted: Vec<&str> = events.iter().filter(|e| e.1).map(|e| e.0.as_str()).collect();
    let unwanted: Vec<&str> = events.iter().filter(|e| !e.1).map(|e| e.0.as_str()).collect();
    let mut group = c.benchmark_group("suggest");
    group.sample_size(10);
    group.bench_function("1,000 labelled events", |b| {
        b.iter(|| black_box(rulecraft::suggest::suggest(black_box(&wanted), black_box(&unwanted))));
    });
    group.finish();
}

criterion_group!(benches, suggest_bench);
criterion_main!(benches);
