//! A test per rule: a pattern that triggers it and one that does not.

use super::*;
use crate::target::{Target, TargetInput, TargetKind};

fn lint_in(text: &str, place: Place, targets: &[Target]) -> Vec<Finding> {
    lint(text, &Context { place, targets })
}

fn findings(text: &str) -> Vec<Finding> {
    lint_in(text, Place::Rule, &[])
}

fn of(text: &str, rule: RuleId) -> Vec<Finding> {
    findings(text).into_iter().filter(|f| f.rule == rule).collect()
}

/// A precise pattern: names source, detail-type, account and region, and a documented value.
const PRECISE: &str = r#"{
  "source": ["aws.codebuild"],
  "detail-type": ["CodeBuild Build State Change"],
  "account": ["123456789012"],
  "region": ["us-east-1"],
  "detail": {"build-status": ["FAILED"], "project-name": ["web"]}
}"#;

#[test]
fn a_precise_pattern_has_no_findings() {
    assert_eq!(findings(PRECISE), Vec::new());
}

#[test]
fn an_invalid_pattern_gets_aws_message() {
    let found = findings(r#"{"source": ["aws.ec2"], "detail": {"state": "running"}}"#);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(matches!(found[0].rule, RuleId::InvalidPattern | RuleId::PastedText));
    assert_eq!(found[0].severity, Severity::Error);
    assert!(found[0].message.to_string().starts_with("Event pattern is not valid. Reason: "));
}

#[test]
fn no_source() {
    let text = r#"{"detail-type": ["CodeBuild Build State Change"]}"#;
    let found = of(text, RuleId::NoSource);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span.slice(text), "{");
    assert!(of(PRECISE, RuleId::NoSource).is_empty());
    // One $or alternative without a source is enough.
    let or = r#"{"$or": [{"source": ["aws.ec2"]}, {"detail-type": ["x"]}]}"#;
    assert_eq!(of(or, RuleId::NoSource).len(), 1);
}

#[test]
fn source_without_detail_type() {
    let text = r#"{"source": ["acme.payments"]}"#;
    let found = of(text, RuleId::NoDetailType);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span.slice(text), "\"source\"");
    assert!(found[0].message.to_string().starts_with("acme.payments without a detail-type"));
    assert!(
        of(r#"{"source": ["acme.payments"], "detail-type": ["Payment accepted"]}"#, RuleId::NoDetailType).is_empty()
    );
}

#[test]
fn cloudtrail_without_event_name() {
    let text = r#"{"source": ["aws.s3"], "detail-type": ["AWS API Call via CloudTrail"], "detail": {"eventSource": ["s3.amazonaws.com"]}}"#;
    let found = of(text, RuleId::CloudTrailWithoutEventName);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.to_string().contains("s3.amazonaws.com"));
    let named = r#"{"source": ["aws.s3"], "detail-type": ["AWS API Call via CloudTrail"], "detail": {"eventName": ["PutBucketAcl"]}}"#;
    assert!(of(named, RuleId::CloudTrailWithoutEventName).is_empty());
    // A prefix that takes CloudTrail's detail-type counts too.
    let prefix = r#"{"source": ["aws.s3"], "detail-type": [{"prefix": "AWS API Call"}]}"#;
    assert_eq!(of(prefix, RuleId::CloudTrailWithoutEventName).len(), 1);
}

#[test]
fn a_misspelt_documented_value_gets_the_intended_one() {
    let text = PRECISE.replace("\"FAILED\"", "\"SUCCEDED\"");
    let found = of(&text, RuleId::UnknownValue);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].span.slice(&text), "\"SUCCEDED\"");
    assert!(found[0].message.to_string().contains("did you mean \"SUCCEEDED\""), "{}", found[0].message);
    let fixed = found[0].fix.as_ref().expect("a fix").apply(&text);
    assert_eq!(fixed, PRECISE.replace("\"FAILED\"", "\"SUCCEEDED\""));
    assert!(of(&fixed, RuleId::UnknownValue).is_empty());
}

#[test]
fn a_value_in_the_wrong_case_says_how_the_values_are_written() {
    let text = r#"{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["Running"]}}"#;
    let found = of(text, RuleId::UnknownValue);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        Message::UnknownValue {
            path: "detail.state".into(),
            value: "Running".into(),
            hint: ValueHint::Case("running".into())
        }
    );
}

#[test]
fn misspelt_sources_and_detail_types_get_the_catalog_one() {
    let source = r#"{"source": ["aws.codebiuld"], "detail-type": ["CodeBuild Build State Change"]}"#;
    let found = of(source, RuleId::UnknownValue);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        matches!(&found[0].message, Message::UnknownValue { hint: ValueHint::Closest(s), .. } if s == "aws.codebuild")
    );
    let detail_type = r#"{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State Change Notification"]}"#;
    let found = of(detail_type, RuleId::UnknownValue);
    assert_eq!(found.len(), 1, "{found:?}");
    // An application's own source is nobody's typo.
    assert!(of(r#"{"source": ["acme.codebuild"], "detail-type": ["x"]}"#, RuleId::UnknownValue).is_empty());
}

#[test]
fn a_field_not_in_the_schema_gets_the_closest_one() {
    let text = PRECISE.replace("build-status", "build_status");
    let found = of(&text, RuleId::UnknownField);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].span.slice(&text), "\"build_status\"");
    assert!(found[0].message.to_string().contains("did you mean \"build-status\""));
    assert_eq!(found[0].fix.as_ref().expect("a fix").apply(&text), PRECISE);
    // Envelope fields are checked for every pattern.
    let envelope = r#"{"source": ["acme.app"], "detail_type": ["Order"]}"#;
    let found = of(envelope, RuleId::UnknownField);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(matches!(&found[0].message, Message::UnknownField { closest: Some(c), .. } if c == "detail-type"));
}

#[test]
fn breadth_counts_samples_of_other_event_types() {
    // Meant for EC2, but the prefix also takes Auto Scaling's "EC2 Instance ..." events.
    let text = r#"{"source": ["aws.ec2", {"prefix": "aws.auto"}], "detail-type": [{"prefix": "EC2 Instance"}]}"#;
    let found = of(text, RuleId::BroaderThanNamed);
    assert_eq!(found.len(), 1, "{found:?}");
    let Message::BroaderThanNamed { samples, kinds } = &found[0].message else { panic!("{found:?}") };
    let expected = crate::samples::all()
        .iter()
        .filter(|s| s.source == "aws.autoscaling" && s.detail_type.starts_with("EC2 Instance"))
        .count();
    assert_eq!(*samples, expected);
    assert!(kinds.iter().all(|(source, _)| source == "aws.autoscaling"), "{kinds:?}");
    // Naming the source exactly leaves the others out.
    let exact = r#"{"source": ["aws.ec2"], "detail-type": [{"prefix": "EC2 Instance"}]}"#;
    assert!(of(exact, RuleId::BroaderThanNamed).is_empty());
}

fn target(kind: TargetKind, arn: &str) -> Target {
    Target { id: "t1".into(), kind, arn: arn.into(), input: TargetInput::default() }
}

#[test]
fn a_lambda_fixing_what_cloudtrail_reports_can_loop() {
    let lambda = target(TargetKind::LambdaFunction, "arn:aws:lambda:us-east-1:123456789012:function:fix-acl");
    let acl = r#"{"source": ["aws.s3"], "detail-type": ["AWS API Call via CloudTrail"], "detail": {"eventName": ["PutBucketAcl"]}}"#;
    let found: Vec<_> = lint_in(acl, Place::Rule, std::slice::from_ref(&lambda))
        .into_iter()
        .filter(|f| f.rule == RuleId::InfiniteLoop)
        .collect();
    assert_eq!(found.len(), 1);
    assert!(matches!(&found[0].message, Message::InfiniteLoop { why: LoopReason::ApiCalls, .. }));
    // Leaving out the target's own calls breaks the loop; so does a rule on reads only.
    let excluded = acl.replace(
        "\"eventName\"",
        "\"userIdentity\": {\"sessionContext\": {\"sessionIssuer\": {\"arn\": [{\"anything-but\": \"arn:aws:iam::123456789012:role/fix-acl\"}]}}}, \"eventName\"",
    );
    assert!(
        lint_in(&excluded, Place::Rule, std::slice::from_ref(&lambda)).iter().all(|f| f.rule != RuleId::InfiniteLoop)
    );
    let reads = acl.replace("PutBucketAcl", "GetBucketAcl");
    assert!(lint_in(&reads, Place::Rule, std::slice::from_ref(&lambda)).iter().all(|f| f.rule != RuleId::InfiniteLoop));
    // Without the target there is nothing to say.
    assert!(of(acl, RuleId::InfiniteLoop).is_empty());
}

#[test]
fn a_state_machine_on_its_own_status_changes_loops() {
    let machine = target(TargetKind::StateMachine, "arn:aws:states:us-east-1:123456789012:stateMachine:m");
    let text = r#"{"source": ["aws.states"], "detail-type": ["Step Functions Execution Status Change"]}"#;
    let found: Vec<_> = lint_in(text, Place::Rule, std::slice::from_ref(&machine))
        .into_iter()
        .filter(|f| f.rule == RuleId::InfiniteLoop)
        .collect();
    assert_eq!(found.len(), 1);
    let other = r#"{"source": ["aws.states"], "detail-type": ["Step Functions Execution Status Change"], "detail": {"stateMachineArn": ["arn:aws:states:us-east-1:123456789012:stateMachine:other"]}}"#;
    assert!(lint_in(other, Place::Rule, &[machine]).iter().all(|f| f.rule != RuleId::InfiniteLoop));
}

#[test]
fn forwarding_to_the_default_bus_can_loop() {
    let bus = target(TargetKind::EventBus, "arn:aws:events:us-east-1:123456789012:event-bus/default");
    assert!(lint_in(PRECISE, Place::Rule, &[bus]).iter().any(|f| f.rule == RuleId::InfiniteLoop));
    let other = target(TargetKind::EventBus, "arn:aws:events:us-east-1:123456789012:event-bus/audit");
    assert!(lint_in(PRECISE, Place::Rule, &[other]).iter().all(|f| f.rule != RuleId::InfiniteLoop));
}

#[test]
fn a_long_list_of_numbers_becomes_a_range() {
    let text =
        r#"{"source": ["acme.app"], "detail-type": ["Order"], "detail": {"code": [500, 501, 502, 503, 504, 505]}}"#;
    let found = of(text, RuleId::LongValueList);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Advice);
    let fixed = found[0].fix.as_ref().expect("consecutive integers have a fix").apply(text);
    assert!(fixed.contains(r#"[{"numeric": [">=", 500, "<=", 505]}]"#), "{fixed}");
    assert!(crate::Pattern::parse(&fixed).is_ok());
    // Numbers with gaps get the advice but no fix; a short list gets nothing.
    let gaps = text.replace("505", "599");
    assert!(of(&gaps, RuleId::LongValueList)[0].fix.is_none());
    assert!(of(r#"{"detail": {"code": [500, 501]}}"#, RuleId::LongValueList).is_empty());
}

#[test]
fn a_long_list_sharing_a_prefix_and_an_or_on_one_field() {
    let text =
        r#"{"detail": {"zone": ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d", "us-east-1e", "us-east-1f"]}}"#;
    let found = of(text, RuleId::LongValueList);
    assert!(matches!(&found[0].message, Message::LongValueList { better: Better::Prefix(p), .. } if p == "us-east-1"));
    let or = r#"{"detail": {"$or": [{"currency": ["EUR"]}, {"currency": ["USD"]}]}}"#;
    let found = of(or, RuleId::LongValueList);
    assert!(matches!(&found[0].message, Message::LongValueList { better: Better::Array, count: 2, .. }));
    let two_fields = r#"{"detail": {"$or": [{"currency": ["EUR"]}, {"amount": [5]}]}}"#;
    assert!(of(two_fields, RuleId::LongValueList).is_empty());
}

#[test]
fn pattern_size_against_both_limits() {
    let values: Vec<String> = (0..300).map(|n| format!("\"value-{n:04}\"")).collect();
    let long = format!("{{\"detail\": {{\"x\": [{}]}}}}", values.join(", "));
    assert!(long.len() > API_PATTERN_LIMIT);
    assert_eq!(of(&long, RuleId::PatternSize)[0].severity, Severity::Error);
    let medium = format!("{{\"detail\": {{\"x\": [{}]}}}}", values[..200].join(", "));
    assert!((QUOTA_PATTERN_LIMIT..API_PATTERN_LIMIT).contains(&medium.len()));
    assert_eq!(of(&medium, RuleId::PatternSize)[0].severity, Severity::Warning);
    assert!(of(PRECISE, RuleId::PatternSize).is_empty());
}

#[test]
fn many_or_combinations() {
    let group = |field: &str| {
        let alternatives: Vec<String> = (0..5).map(|n| format!("{{\"{field}\": [{n}], \"o{n}\": [1]}}")).collect();
        format!("{{\"$or\": [{}]}}", alternatives.join(", "))
    };
    let text = format!("{{\"detail\": {{\"a\": {}, \"b\": {}, \"c\": {}}}}}", group("x"), group("y"), group("z"));
    let found = of(&text, RuleId::OrCombinations);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].message, Message::OrCombinations { count: 125 });
    let few = format!("{{\"detail\": {{\"a\": {}}}}}", group("x"));
    assert!(of(&few, RuleId::OrCombinations).is_empty());
}

#[test]
fn wildcard_complexity_is_shown_from_four() {
    let some = r#"{"detail": {"key": [{"wildcard": "*a*b*"}]}}"#;
    let score = crate::Pattern::parse(some).unwrap().complexity();
    let found = of(some, RuleId::WildcardComplexity);
    assert_eq!(found.is_empty(), score < 4, "score {score}: {found:?}");
    assert!(of(r#"{"detail": {"key": [{"wildcard": "a*"}]}}"#, RuleId::WildcardComplexity).is_empty());
}

#[test]
fn numbers_compared_as_text() {
    let found = of(r#"{"detail": {"n": [6000000000, 5]}}"#, RuleId::NumberComparedAsText);
    assert_eq!(found.len(), 1);
    assert!(found[0].message.to_string().starts_with("6000000000 is beyond"));
    assert!(of(r#"{"detail": {"n": [1.123456]}}"#, RuleId::NumberComparedAsText).is_empty());
    assert_eq!(of(r#"{"detail": {"n": [1.1234567]}}"#, RuleId::NumberComparedAsText).len(), 1);
}

#[test]
fn account_and_region() {
    let text = r#"{"source": ["acme.app"], "detail-type": ["Order"], "region": ["eu-west-1"]}"#;
    let found = of(text, RuleId::NoAccountOrRegion);
    assert_eq!(found[0].message, Message::NoAccountOrRegion { account: true, region: false });
    assert_eq!(found[0].severity, Severity::Advice);
    assert!(of(PRECISE, RuleId::NoAccountOrRegion).is_empty());
}

#[test]
fn every_rule_has_a_lesson_that_exists_and_a_stable_id() {
    let lessons = crate::learn::lessons();
    for rule in RuleId::ALL {
        assert_eq!(RuleId::from_id(rule.id()), Some(rule));
        assert!(lessons.iter().any(|l| l.id == rule.lesson()), "{rule:?}: no lesson {}", rule.lesson());
    }
}

#[test]
fn filters_on_records_get_no_envelope_advice() {
    let record = r#"{"dynamodb": {"NewImage": {"status": {"S": ["FAILED"]}}}}"#;
    assert!(of(record, RuleId::NoSource).len() + of(record, RuleId::UnknownField).len() == 2);
    for place in [Place::Pipe, Place::LambdaFilter] {
        assert!(lint_in(record, place, &[]).is_empty(), "{place:?}");
    }
}

#[test]
fn pasted_text_gets_aws_message_and_a_repair() {
    // AWS's own example on the best-practices page: typographic quotes and a bare value.
    let text = "{ \u{201c}source\u{201d} : \u{201c}acme.payments\u{201d} }";
    let found = of(text, RuleId::PastedText);
    assert_eq!(found.len(), 1, "{:?}", findings(text));
    let fixed = found[0].fix.as_ref().expect("a repair").apply(text);
    assert_eq!(fixed, r#"{ "source" : ["acme.payments"] }"#);
    // Once valid, only the advice about the pattern remains.
    assert!(findings(&fixed).iter().all(|f| f.severity != Severity::Error));
    // Not every invalid pattern is a paste.
    assert!(of(r#"{"detail": {"n": [{"numeric": [">", "x"]}]}}"#, RuleId::PastedText).is_empty());
}

#[test]
fn unsupported_operators_depend_on_the_place() {
    let text = r#"{"source": ["acme.app"], "detail": {"file": [{"wildcard": "*.csv"}]}}"#;
    assert!(lint_in(text, Place::Rule, &[]).iter().all(|f| f.rule != RuleId::UnsupportedHere));
    for place in [Place::Pipe, Place::BusSubscriber, Place::LambdaFilter] {
        let found: Vec<_> =
            lint_in(text, place, &[]).into_iter().filter(|f| f.rule == RuleId::UnsupportedHere).collect();
        assert_eq!(found.len(), 1, "{place:?}");
        assert_eq!(found[0].severity, Severity::Error);
        assert_eq!(found[0].span.slice(text), r#"{"wildcard": "*.csv"}"#);
    }
}

#[test]
fn the_reviews_false_alarms_stay_quiet() {
    // Real services the catalog lacks, short and alike: not called typos.
    for source in ["aws.iam", "aws.sts", "aws.sns", "aws.sqs", "aws.eks", "aws.macie2", "aws.appsync"] {
        let text = format!(
            r#"{{"source": ["{source}"], "detail-type": ["AWS API Call via CloudTrail"], "detail": {{"eventName": ["X"]}}}}"#
        );
        assert!(of(&text, RuleId::UnknownValue).is_empty(), "{source}");
    }
    // A value documented for one named event type and seen in another's samples.
    let two = r#"{"source": ["aws.autoscaling"], "detail-type": ["EC2 Instance Launch Successful", "EC2 Instance Launch Unsuccessful"], "detail": {"StatusCode": ["Failed"]}}"#;
    assert!(of(two, RuleId::UnknownValue).is_empty());
    // CloudTrail's schemas are a few recorded calls; exists:false means "absent".
    let kms = r#"{"source": ["aws.kms"], "detail-type": ["AWS API Call via CloudTrail"], "detail": {"eventName": ["ScheduleKeyDeletion"], "errorCode": [{"exists": false}]}}"#;
    assert!(of(kms, RuleId::UnknownField).is_empty());
    // A branch without a source is not judged by another branch's schema.
    let or = r#"{"$or": [{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"]}, {"detail": {"foo": ["x"]}}]}"#;
    assert!(of(or, RuleId::UnknownField).is_empty());
    // An $or of $or is not "one field".
    let nested = r#"{"$or": [{"$or": [{"a": ["1"]}, {"b": ["2"]}]}, {"$or": [{"c": ["3"]}, {"d": ["4"]}]}]}"#;
    assert!(of(nested, RuleId::LongValueList).is_empty());
    // No rename onto a key written beside it.
    let beside =
        PRECISE.replace("\"project-name\": [\"web\"]", "\"project-name\": [\"web\"], \"project_name\": [\"x\"]");
    let found = of(&beside, RuleId::UnknownField);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].fix.is_none());
}

#[test]
fn only_certain_fixes_are_safe() {
    let case = r#"{"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": {"state": ["Running"]}}"#;
    assert!(of(case, RuleId::UnknownValue)[0].fix.as_ref().is_some_and(|f| f.safe));
    let typo = PRECISE.replace("\"FAILED\"", "\"SUCCEDED\"");
    assert!(of(&typo, RuleId::UnknownValue)[0].fix.as_ref().is_some_and(|f| !f.safe));
    let pasted = r#"{"source": "aws.ec2"}"#;
    assert!(of(pasted, RuleId::PastedText)[0].fix.as_ref().is_some_and(|f| f.safe));
}
