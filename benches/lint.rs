//! The linter on each edit: the Design mode lints the pattern again when it
//! changes (compile, catalog lookups, and the pattern run over the 326
//! bundled samples for breadth), on the UI thread, so it must stay well
//! inside a frame's 16 ms.

use criterion::{Criterion, criterion_group, criterion_main};
use rulecraft::lint::{Context, lint};
use std::hint::black_box;

fn lint_bench(c: &mut Criterion) {
    let typical = r#"{
  "source": ["aws.codebuild"],
  "detail-type": ["CodeBuild Build State Change"],
  "detail": {"build-status": ["SUCCEDED"], "project_name": ["web"]}
}"#;
    c.bench_function("lint a typical pattern", |b| b.iter(|| black_box(lint(black_box(typical), &Context::default()))));
    let broad = r#"{"source": ["aws.ec2", {"prefix": "aws."}], "detail-type": [{"anything-but": "x"}]}"#;
    c.bench_function("lint a pattern matching many samples", |b| {
        b.iter(|| black_box(lint(black_box(broad), &Context::default())));
    });
    let values: Vec<String> = (0..370).map(|n| format!("\"value-{n:04}\"")).collect();
    let large = format!("{{\"source\": [\"acme.app\"], \"detail\": {{\"x\": [{}]}}}}", values.join(", "));
    c.bench_function("lint a 5 KB pattern", |b| b.iter(|| black_box(lint(black_box(&large), &Context::default()))));
    let pasted = "{ \u{201c}source\u{201d} : \u{201c}acme.payments\u{201d} }";
    c.bench_function("lint a pasted pattern (repair)", |b| {
        b.iter(|| black_box(lint(black_box(pasted), &Context::default())));
    });
}

criterion_group!(benches, lint_bench);
criterion_main!(benches);
