//! What a target receives: one event through an input transformer (the
//! preview), and the survey of every bundled sample (what the Targets mode
//! works out when the template or the events change; it judges at most
//! `SURVEY_LIMIT` = 2,000 events while the window waits).

use criterion::{Criterion, criterion_group, criterion_main};
use rulecraft::target::{InputTransformer, RuleContext, Target, TargetInput, TargetKind};
use std::hint::black_box;

fn target() -> Target {
    let paths = [("instance", "$.detail.instance-id"), ("state", "$.detail.state"), ("detail", "$.detail")];
    Target {
        id: "alerts".into(),
        kind: TargetKind::SnsTopic,
        arn: TargetKind::SnsTopic.example_arn(),
        input: TargetInput::Transformer(InputTransformer {
            paths: paths.iter().map(|(k, p)| ((*k).to_owned(), (*p).to_owned())).collect(),
            template: r#"{"text": "Instance <instance> is now <state>", "detail": <detail>, "rule": <aws.events.rule-name>, "event": <aws.events.event>}"#.into(),
        }),
    }
}

fn transform(c: &mut Criterion) {
    let target = target();
    let context = RuleContext { rule_name: "ec2-alerts", ingestion_time: "2026-01-01T00:00:00Z" };
    let samples = rulecraft::samples::all();
    let ec2 = samples.iter().find(|s| s.file.contains("State-change-Notification--running")).map_or("{}", |s| s.text);
    c.bench_function("deliver one event through a transformer", |b| {
        b.iter(|| black_box(target.deliver(black_box(ec2), &context)));
    });
    c.bench_function("survey the 326 samples", |b| {
        b.iter(|| black_box(target.survey(samples.iter().map(|s| s.text).enumerate(), &context)));
    });
}

criterion_group!(benches, transform);
criterion_main!(benches);
