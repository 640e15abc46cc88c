//! The bundled catalog and samples, checked whole, and their commands.

use rulecraft::catalog::catalog;
use rulecraft::form::Form;
use rulecraft::{Pattern, matches, samples};
use std::process::Command;

#[test]
fn catalog_counts_match_the_reference_data() {
    let c = catalog();
    assert_eq!(c.services.len(), 99, "sources");
    let from_reference =
        c.services.iter().flat_map(|s| &s.detail_types).filter(|d| !d.added_from_registry_index).count();
    assert_eq!(from_reference, 433, "detail-types of the reference catalog");
    assert_eq!(c.detail_type_count(), 433 + 61, "with CloudTrail entries from the registry index");
    let enumerated: Vec<_> = c.enumerated_fields().collect();
    assert_eq!(enumerated.len(), 71, "fields with documented values");
    let mut services: Vec<&str> = enumerated.iter().map(|(s, _, _)| s.source.as_str()).collect();
    services.dedup();
    assert_eq!(services.len(), 27, "services with documented values");
    for (service, detail_type, field) in enumerated {
        assert!(
            !field.sources.is_empty(),
            "{} {} {} has values without a source",
            service.source,
            detail_type.name,
            field.path
        );
    }
}

#[test]
fn observed_values_are_kept_apart_from_documented_ones() {
    let c = catalog();
    let ec2 = c.detail_type("aws.ec2", "EC2 Instance State-change Notification").expect("EC2 state change");
    let state = ec2.fields.iter().find(|f| f.path == "detail.state").expect("detail.state");
    assert_eq!(state.documented, ["pending", "running", "stopping", "stopped", "shutting-down", "terminated"]);
    assert_eq!(state.observed_only, ["RUNNING"]);
    for service in &c.services {
        for detail_type in &service.detail_types {
            for field in &detail_type.fields {
                assert!(field.observed_only.iter().all(|v| !field.documented.contains(v)));
                assert!(field.observed_only.iter().all(|v| field.observed.contains(v)));
            }
        }
    }
}

#[test]
fn unverified_detail_types_stay_marked() {
    let c = catalog();
    let mut unverified: Vec<(String, String)> = c
        .services
        .iter()
        .flat_map(|s| s.detail_types.iter().filter(|d| !d.verified).map(move |d| (s.source.clone(), d.name.clone())))
        .collect();
    unverified.sort();
    assert_eq!(
        unverified,
        [
            ("aws.amplify".to_owned(), "Amplify Deployment Status Change".to_owned()),
            ("aws.backup".to_owned(), "Backup Job State Change".to_owned()),
            ("aws.backup".to_owned(), "Copy Job State Change".to_owned()),
            ("aws.backup".to_owned(), "Restore Job State Change".to_owned()),
        ]
    );
}

#[test]
fn scheduled_events_and_cloudtrail_are_first_class() {
    let c = catalog();
    let scheduled = c.detail_type("aws.events", "Scheduled Event").expect("Scheduled Event");
    assert_eq!(scheduled.samples.len(), 5);
    let trail = c.detail_type("aws.s3", "AWS API Call via CloudTrail").expect("S3 CloudTrail");
    let paths: Vec<&str> = trail.fields.iter().map(|f| f.path.as_str()).collect();
    assert!(paths.contains(&"detail.eventSource") && paths.contains(&"detail.eventName"), "{paths:?}");
    let source = trail.fields.iter().find(|f| f.path == "detail.eventSource").expect("eventSource");
    assert_eq!(source.suggested, ["s3.amazonaws.com"]);
    assert!(source.documented.is_empty(), "inferred values are not documented");
    let with_cloudtrail =
        c.services.iter().filter(|s| s.detail_types.iter().any(|d| d.name == "AWS API Call via CloudTrail")).count();
    assert_eq!(with_cloudtrail, 83, "the 22 the catalog lists, and 61 more the registry has");
    let acm = c.detail_type("aws.acm", "AWS API Call via CloudTrail").expect("ACM CloudTrail");
    assert!(acm.added_from_registry_index && acm.provenance[0]["schema"] == "aws.acm@AWSAPICallviaCloudTrail");
}

#[test]
fn every_sample_parses_is_indexed_and_is_in_the_catalog() {
    let all = samples::all();
    assert_eq!(all.len(), 326);
    assert_eq!(samples::embedded_file_count(), 326, "every file is indexed and every index entry has a file");
    let c = catalog();
    let mut problems = Vec::new();
    for sample in all {
        let parsed: Result<serde_json::Value, _> = serde_json::from_str(sample.text);
        let Ok(event) = parsed else {
            problems.push(format!("{} does not parse", sample.file));
            continue;
        };
        if event["source"] != sample.source.as_str() || event["detail-type"] != sample.detail_type.as_str() {
            problems.push(format!("{}: index says {} / {}", sample.file, sample.source, sample.detail_type));
        }
        match c.detail_type(&sample.source, &sample.detail_type) {
            None => {
                problems
                    .push(format!("{}: {} / {} not in the catalog", sample.file, sample.source, sample.detail_type));
            }
            Some(d) if !d.samples.contains(&sample.file) => {
                problems.push(format!("{} not linked from its catalog entry", sample.file));
            }
            Some(_) => {}
        }
        if sample.attribution().is_empty() || sample.license.is_empty() {
            problems.push(format!("{} has no licence or attribution", sample.file));
        }
        // Rulecraft's own reader agrees.
        if rulecraft::json::parse(sample.text).is_err() {
            problems.push(format!("{}: rulecraft cannot read it", sample.file));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn cc_by_sa_samples_carry_their_attribution() {
    let sample = samples::all().iter().find(|s| s.license == "CC-BY-SA-4.0").expect("a CC BY-SA sample");
    assert!(sample.attribution().contains("licensed under CC BY-SA 4.0"), "{}", sample.attribution());
    assert!(sample.attribution().contains(&sample.origin.repository));
}

/// How many bundled samples a generated pattern matches.
fn matched_files(form: &Form) -> Vec<String> {
    let pattern = Pattern::parse(&form.pattern_text()).unwrap_or_else(|e| panic!("the form's pattern is invalid: {e}"));
    samples::all().iter().filter(|s| matches(&pattern, s.text).unwrap_or(false)).map(|s| s.file.clone()).collect()
}

#[test]
fn generated_patterns_match_exactly_the_expected_samples() {
    let mut form = Form {
        source: Some("aws.ec2".into()),
        detail_types: vec!["EC2 Instance State-change Notification".into()],
        ..Form::default()
    };
    form.set_values("detail.state", vec!["running".into(), "stopped".into()]);
    assert_eq!(
        matched_files(&form),
        [
            "aws.ec2--EC2-Instance-State-change-Notification--running.json",
            "aws.ec2--EC2-Instance-State-change-Notification--stopped.json"
        ]
    );
    form.set_values("detail.state", Vec::new());
    assert_eq!(matched_files(&form).len(), 10, "all EC2 state-change samples");
    let codebuild = Form { source: Some("aws.codebuild".into()), detail_types: vec![], ..Form::default() };
    assert_eq!(matched_files(&codebuild).len(), 4);
    let scheduled =
        Form { source: Some("aws.events".into()), detail_types: vec!["Scheduled Event".into()], ..Form::default() };
    assert_eq!(matched_files(&scheduled).len(), 5);
}

fn rulecraft(args: &[&str]) -> (String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_rulecraft"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run rulecraft: {e}"));
    (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code())
}

#[test]
fn catalog_command_searches_and_lists() {
    let (text, code) = rulecraft(&["catalog", "code", "build"]);
    assert_eq!(code, Some(0));
    assert!(text.starts_with("aws.codebuild  AWS CodeBuild\n"), "{text}");
    assert!(text.contains("detail.build-status: IN_PROGRESS, SUCCEEDED, FAILED, STOPPED"), "{text}");
    let (all, _) = rulecraft(&["catalog"]);
    assert_eq!(all.lines().filter(|l| !l.starts_with(' ')).count(), 99);
    let (json, _) = rulecraft(&["catalog", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("JSON: {e}"));
    assert_eq!(value["services"].as_array().map(Vec::len), Some(99));
    let (ec2, _) = rulecraft(&["catalog", "EC2 Instance State"]);
    assert!(ec2.contains("detail.state: pending, running, stopping, stopped, shutting-down, terminated  (also seen in samples: RUNNING)"), "{ec2}");
    let (_, none) = rulecraft(&["catalog", "zzzzqqqq"]);
    assert_eq!(none, Some(1));
}

#[test]
fn samples_command_lists_filters_and_credits() {
    let (text, code) = rulecraft(&["samples", "--source", "aws.events"]);
    assert_eq!(code, Some(0));
    assert!(text.ends_with("5 samples\n"), "{text}");
    let (json, _) = rulecraft(&["samples", "--json"]);
    assert_eq!(json.lines().count(), 326);
    let first: serde_json::Value =
        serde_json::from_str(json.lines().next().unwrap_or("")).unwrap_or_else(|e| panic!("JSON: {e}"));
    assert!(first["event"].as_str().is_some_and(|e| e.contains("\"source\"")));
    let (about, _) = rulecraft(&["samples", "--about"]);
    assert!(about.contains("licensed under CC BY-SA 4.0. (89 events)"), "{about}");
}

#[test]
fn new_prints_the_form_pattern_and_test_samples_counts_it() {
    let (text, code) = rulecraft(&[
        "new",
        "--source",
        "aws.ec2",
        "--detail-type",
        "EC2 Instance State-change Notification",
        "--set",
        "detail.state=running,stopped",
    ]);
    assert_eq!(code, Some(0));
    assert_eq!(
        text,
        "{\n  \"source\": [\"aws.ec2\"],\n  \"detail-type\": [\"EC2 Instance State-change Notification\"],\n  \"detail\": {\n    \"state\": [\"running\", \"stopped\"]\n  }\n}\n"
    );
    let dir = std::env::temp_dir().join(format!("rulecraft-catalog-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let pattern = dir.join("ec2.json");
    std::fs::write(&pattern, &text).expect("write pattern");
    let p = pattern.display().to_string();
    let (all, _) = rulecraft(&["test", "--pattern", &p, "--samples", "--quiet"]);
    assert_eq!(all, "2 matched, 324 did not match, 0 unreadable\n");
    let (ec2, _) = rulecraft(&["test", "--pattern", &p, "--samples", "--source", "aws.ec2", "--quiet"]);
    assert_eq!(ec2, "2 matched, 31 did not match, 0 unreadable\n");
    let (_, unknown) = rulecraft(&["test", "--pattern", &p, "--samples", "--source", "aws.nothing"]);
    assert_eq!(unknown, Some(2));
    let (_, empty) = rulecraft(&["new"]);
    assert_eq!(empty, Some(1), "an empty form is not a valid pattern");
}
