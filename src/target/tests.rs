//! Every behaviour `notes/aws-facts.md` §2 records of AWS, as a case.

use super::*;

const EVENT: &str = r#"{"version": "0", "id": "7f1b", "detail-type": "core.update-account-command", "source": "core.update-account-command", "account": "123456789012", "time": "2024-03-01T10:00:00Z", "region": "us-east-1", "resources": ["arn:aws:ec2:us-east-1:123456789012:instance/i-1"], "detail": {"command": "update-account", "payload": {"acc_id": "0a787ecb-4015", "sf_id": "baz"}, "userId": "0a787ecb-4015", "valid": true, "level": ["HIGH"], "levels": ["ACTIVE", "INACTIVE"], "quote": "say \"hi\""}}"#;

const CONTEXT: RuleContext<'static> =
    RuleContext { rule_name: "account-updates", ingestion_time: "2024-03-01T10:00:01Z" };

fn paths() -> Vec<(String, String)> {
    [
        ("detail-type", "$.detail-type"),
        ("timestamp", "$.time"),
        ("command", "$.detail.command"),
        ("missing", "$.detail.notexist"),
        ("userId", "$.detail.userId"),
        ("payload", "$.detail.payload"),
        ("valid", "$.detail.valid"),
        ("level", "$.detail.level"),
        ("levels", "$.detail.levels"),
        ("quote", "$.detail.quote"),
    ]
    .into_iter()
    .map(|(k, p)| (k.to_owned(), p.to_owned()))
    .collect()
}

fn transformer_target(template: &str) -> Target {
    Target {
        id: "t1".into(),
        kind: TargetKind::SqsQueue,
        arn: TargetKind::SqsQueue.example_arn(),
        input: TargetInput::Transformer(InputTransformer { paths: paths(), template: template.into() }),
    }
}

fn deliver(template: &str) -> Delivery {
    transformer_target(template).deliver(EVENT, &CONTEXT)
}

fn delivered(template: &str) -> String {
    let delivery = deliver(template);
    assert_eq!(delivery.dropped, None, "{template}");
    delivery.text
}

#[test]
fn a_text_template_keeps_its_quotes() {
    assert_eq!(
        delivered(r#""Event of <detail-type> type, at time <timestamp>, info extracted from detail <command>""#),
        r#""Event of core.update-account-command type, at time 2024-03-01T10:00:00Z, info extracted from detail update-account""#
    );
}

#[test]
fn a_missing_path_is_empty_text_in_a_string_and_an_empty_string_in_json() {
    let text = deliver(r#""Detail <missing>""#);
    assert_eq!(text.text, r#""Detail ""#);
    assert_eq!(text.empty, vec!["missing".to_owned()]);
    assert_eq!(delivered(r#"{"command": <missing>}"#), r#"{"command": ""}"#);
}

#[test]
fn strings_are_quoted_by_context() {
    assert_eq!(delivered(r#"{"id": <userId>}"#), r#"{"id": "0a787ecb-4015"}"#);
    assert_eq!(delivered(r#"{"id":"<userId>"}"#), r#"{"id":"0a787ecb-4015"}"#);
}

#[test]
fn objects_embed_flatten_or_drop() {
    assert_eq!(delivered(r#"{"payload": <payload>}"#), r#"{"payload": {"acc_id":"0a787ecb-4015","sf_id":"baz"}}"#);
    assert_eq!(delivered(r#""Payload of <payload>""#), r#""Payload of {acc_id:0a787ecb-4015,sf_id:baz}""#);
    for template in [r#"{"payload":"<payload>"}"#, r#"{"path": "users/<payload>"}"#] {
        let delivery = deliver(template);
        match delivery.dropped {
            Some(DropReason::NotJson { culprit: Some((name, Insertion::ContainerInQuotes)), .. }) => {
                assert_eq!(name, "payload");
            }
            other => panic!("{template}: {other:?}"),
        }
    }
}

#[test]
fn lists_embed_flatten_or_drop() {
    assert_eq!(delivered(r#"{"x": <levels>}"#), r#"{"x": ["ACTIVE","INACTIVE"]}"#);
    assert_eq!(delivered(r#""Level <level>""#), r#""Level [HIGH]""#);
    assert_eq!(delivered(r#""Levels <levels>""#), r#""Levels [ACTIVE,INACTIVE]""#);
    assert!(matches!(deliver(r#"{"x":"<levels>"}"#).dropped, Some(DropReason::NotJson { .. })));
}

#[test]
fn booleans_repeats_and_arrays() {
    assert_eq!(delivered(r#""Command is <valid>!""#), r#""Command is true!""#);
    assert_eq!(
        delivered(r#"{"a": <userId>, "b": "<userId>/<userId>"}"#),
        r#"{"a": "0a787ecb-4015", "b": "0a787ecb-4015/0a787ecb-4015"}"#
    );
    assert_eq!(delivered(r#"{"ids": [<userId>,"hardcoded"]}"#), r#"{"ids": ["0a787ecb-4015","hardcoded"]}"#);
    assert_eq!(delivered(r#"{"deep": {"er": [{"id": <userId>}]}}"#), r#"{"deep": {"er": [{"id": "0a787ecb-4015"}]}}"#);
}

#[test]
fn a_quote_inside_quotes_breaks_the_json_and_says_which_variable() {
    let delivery = deliver(r#"{"said": "<quote>"}"#);
    assert!(
        matches!(delivery.dropped, Some(DropReason::NotJson { culprit: Some((ref n, Insertion::UnescapedInQuotes)), .. }) if n == "quote")
    );
    assert_eq!(delivered(r#"{"said": <quote>}"#), r#"{"said": "say \"hi\""}"#);
}

#[test]
fn an_undeclared_placeholder_is_refused_with_aws_message() {
    let target = transformer_target(r#"{"x": <notdefinedkey>}"#);
    let messages: Vec<String> = target.problems().iter().map(|p| p.kind.to_string()).collect();
    assert!(
        messages.contains(&"InputTemplate for target t1 contains invalid placeholder notdefinedkey.".to_owned()),
        "{messages:?}"
    );
    assert_eq!(target.deliver(EVENT, &CONTEXT).dropped, Some(DropReason::Refused));
}

#[test]
fn reserved_variables_need_no_paths() {
    let target = Target {
        input: TargetInput::Transformer(InputTransformer {
            paths: Vec::new(),
            template: r#"{"rule": <aws.events.rule-name>, "arn": "<aws.events.rule-arn>", "at": "<aws.events.event.ingestion-time>", "event": <aws.events.event>, "whole": <aws.events.event.json>}"#.into(),
        }),
        ..transformer_target("")
    };
    assert_eq!(target.problems(), vec![]);
    let text = target.deliver(EVENT, &CONTEXT).text;
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["rule"], "account-updates");
    assert_eq!(value["arn"], "arn:aws:events:us-east-1:123456789012:rule/account-updates");
    assert_eq!(value["at"], "2024-03-01T10:00:01Z");
    assert_eq!(value["whole"]["detail"]["command"], "update-account");
    let event = &value["event"];
    assert_eq!(event["detailType"], "core.update-account-command");
    assert!(event.get("detail").is_none() && event.get("detail-type").is_none());
    let keys_in_order: Vec<usize> = [
        "\"id\"",
        "\"account\"",
        "\"detailType\"",
        "\"time\"",
        "\"source\"",
        "\"region\"",
        "\"resources\"",
        "\"version\"",
    ]
    .iter()
    .map(|k| text.find(&format!("{k}:")).unwrap())
    .collect();
    assert!(keys_in_order.is_sorted(), "{text}");
}

#[test]
fn input_path_passes_part_of_the_event_on() {
    let target = |path: &str| Target { input: TargetInput::Part(path.into()), ..transformer_target("") };
    assert_eq!(target("$.detail.payload.sf_id").deliver(EVENT, &CONTEXT).text, r#""baz""#);
    assert_eq!(target("$.detail.payload").deliver(EVENT, &CONTEXT).text, r#"{"acc_id":"0a787ecb-4015","sf_id":"baz"}"#);
    let nothing = target("$.detail.nothing").deliver(EVENT, &CONTEXT);
    assert_eq!((nothing.text.as_str(), nothing.empty.len()), ("", 1));
    let bad = target("detail");
    assert_eq!(bad.problems()[0].at, ProblemAt::InputPath);
}

#[test]
fn constant_input_must_be_json_and_the_event_is_delivered_as_written_by_default() {
    let target = |text: &str| Target { input: TargetInput::Constant(text.into()), ..transformer_target("") };
    assert_eq!(target(r#"{"a": 1}"#).problems(), vec![]);
    assert_eq!(target(r#"{"a": 1}"#).deliver(EVENT, &CONTEXT).text, r#"{"a": 1}"#);
    let problems = target("{'a': 1}").problems();
    assert!(matches!(problems[0].kind, ProblemKind::ConstantNotJson { .. }), "{problems:?}");
    assert_eq!(problems[0].span.start, 1);
    let long = format!("\"{}\"", "a".repeat(8191));
    assert!(matches!(target(&long).problems()[0].kind, ProblemKind::ConstantTooLong { chars: 8193 }));
    let whole = Target { input: TargetInput::MatchedEvent, ..transformer_target("") };
    assert_eq!(whole.deliver(EVENT, &CONTEXT).text, EVENT);
}

#[test]
fn the_documented_limits_point_at_the_offending_text() {
    let with = |paths: Vec<(String, String)>, template: &str| Target {
        input: TargetInput::Transformer(InputTransformer { paths, template: template.into() }),
        ..transformer_target("")
    };
    let pair = |k: &str, p: &str| (k.to_owned(), p.to_owned());
    let kinds = |t: Target| t.problems().into_iter().map(|p| (p.at, p.kind)).collect::<Vec<_>>();
    assert!(
        kinds(with(vec![pair("AWSRegion", "$.region")], "<AWSRegion>"))
            .contains(&(ProblemAt::Key(0), ProblemKind::KeyStartsWithAws))
    );
    assert!(
        kinds(with(vec![pair("my key", "$.region")], "x"))
            .contains(&(ProblemAt::Key(0), ProblemKind::KeyCharacter { found: ' ' }))
    );
    assert!(
        kinds(with(vec![pair("a", "$.a"), pair("a", "$.b")], "<a>"))
            .contains(&(ProblemAt::Key(1), ProblemKind::KeyRepeated))
    );
    let many: Vec<_> = (0..101).map(|i| pair(&format!("k{i}"), "$.a")).collect();
    assert!(kinds(with(many, "x")).iter().any(|(_, k)| *k == ProblemKind::TooManyPaths { count: 101 }));
    let long_path = format!("$.{}", "a".repeat(300));
    assert!(
        kinds(with(vec![pair("a", &long_path)], "<a>"))
            .contains(&(ProblemAt::Path(0), ProblemKind::Path(PathErrorKind::TooLong { chars: 302 })))
    );
    let long_template = "x".repeat(8193);
    assert!(
        kinds(with(vec![], &long_template))
            .contains(&(ProblemAt::Template, ProblemKind::TemplateTooLong { chars: 8193 }))
    );
    assert!(kinds(with(vec![], "")).contains(&(ProblemAt::Template, ProblemKind::TemplateEmpty)));
    let key = with(vec![pair("name", "$.detail.name")], r#"{"<name>": 1}"#);
    let problem = key.problems().into_iter().find(|p| p.kind == ProblemKind::PlaceholderAsKey).unwrap();
    assert_eq!(problem.span.slice(r#"{"<name>": 1}"#), "<name>");
    assert!(kinds(with(vec![pair("unused", "$.a")], "\"x\"")).contains(&(ProblemAt::Key(0), ProblemKind::UnusedPath)));
}

#[test]
fn a_rule_file_target_is_put_targets_shape_and_refuses_two_inputs() {
    let target = transformer_target(r#"{"id": <userId>}"#);
    let json = serde_json::to_string(&target).unwrap();
    assert!(json.starts_with(r#"{"Id":"t1","Kind":"sqs-queue","Arn":"#), "{json}");
    assert!(
        json.contains(r#""InputTransformer":{"InputPathsMap":{"detail-type":"$.detail-type","timestamp""#),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<Target>(&json).unwrap(), target);
    let two = r#"{"Id": "t1", "Arn": "arn:aws:sqs:us-east-1:123456789012:q", "Input": "{}", "InputPath": "$.detail"}"#;
    let error = serde_json::from_str::<Target>(two).unwrap_err().to_string();
    assert!(
        error.starts_with("Only one of Input, InputPath, or InputTransformer must be provided for target t1."),
        "{error}"
    );
    let kindless: Target =
        serde_json::from_str(r#"{"Id": "t", "Arn": "arn:aws:sns:us-east-1:123456789012:alerts"}"#).unwrap();
    assert_eq!(kindless.kind, TargetKind::SnsTopic);
}

#[test]
fn aws_json_transformers_read_in_order() {
    let t =
        InputTransformer::from_aws_json(r#"{"InputPathsMap": {"z": "$.a", "b": "$.b"}, "InputTemplate": "<z> <b>"}"#)
            .unwrap();
    assert_eq!(t.paths, vec![("z".to_owned(), "$.a".to_owned()), ("b".to_owned(), "$.b".to_owned())]);
    assert_eq!(InputTransformer::from_aws_json(&t.to_aws_json()).unwrap(), t);
    assert!(InputTransformer::from_aws_json(r#"{"InputPathsMap": {}}"#).unwrap_err().contains("InputTemplate"));
    assert!(InputTransformer::from_aws_json(r#"{"Template": "x"}"#).unwrap_err().contains("unknown member Template"));
}

#[test]
fn surveys_count_delivered_dropped_and_empty() {
    let events = [EVENT, r#"{"detail": {"payload": "plain"}}"#, r#"{"detail": {}}"#];
    let target = transformer_target(r#"{"p": "<payload>"}"#);
    let survey = target.survey(events.iter().copied().enumerate(), &CONTEXT);
    assert_eq!(survey, Survey { judged: 3, delivered: 2, dropped: vec![0], with_empty: vec![2] });
}

#[test]
fn more_than_one_target_is_advised_against_and_ids_must_differ() {
    let one = transformer_target("x");
    assert_eq!(rule_problems(std::slice::from_ref(&one)), vec![]);
    let problems = rule_problems(&[one.clone(), one.clone()]);
    assert!(
        problems.contains(&(1, RuleTargetsProblem::MoreThanOne))
            && problems.contains(&(1, RuleTargetsProblem::IdRepeated))
    );
    let six = vec![one; 6];
    assert!(rule_problems(&six).contains(&(5, RuleTargetsProblem::TooMany { count: 6 })));
}

#[test]
fn a_target_without_its_arn_yet_still_shows_what_it_would_receive() {
    let target = Target { arn: String::new(), ..transformer_target(r#"{"id": <userId>}"#) };
    assert!(target.problems().iter().any(|p| p.at == ProblemAt::Arn));
    assert_eq!(target.deliver(EVENT, &CONTEXT).dropped, None);
}
