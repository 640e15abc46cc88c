use super::*;

fn read_yaml(text: &str) -> FileRules {
    read_text(Path::new("template.yaml"), text)
}

#[test]
fn short_tags_become_long_form_intrinsics_and_make_the_pattern_unresolved() {
    let found = read_yaml(
        "Transform: AWS::Serverless-2016-10-31\nResources:\n  MyRule:\n    Type: AWS::Events::Rule\n    Properties:\n      EventBusName: !Ref Bus\n      EventPattern:\n        account:\n          - !Sub '${AWS::AccountId}'\n        source: [demo.event]\n        detail:\n          size: [{numeric: ['>', 8]}]\n      Targets:\n        - Id: Queue\n          Arn: !GetAtt Queue.Arn\n          Input: '{\"a\": 1}'\n",
    );
    assert_eq!(found.format, Some(Format::Sam));
    let [rule] = found.rules.as_slice() else { panic!("one rule: {found:?}") };
    assert_eq!((rule.id.as_str(), rule.line, rule.kind), ("MyRule", 3, Kind::CfnRule));
    assert_eq!(rule.event_bus.as_ref().map(Value::to_compact_json).as_deref(), Some(r#"{"Ref":"Bus"}"#));
    assert_eq!(rule.pattern_status, Status::Unresolved);
    assert_eq!(
        rule.pattern.as_ref().map(Value::to_compact_json).as_deref(),
        Some(
            r#"{"account":[{"Fn::Sub":"${AWS::AccountId}"}],"source":["demo.event"],"detail":{"size":[{"numeric":[">",8]}]}}"#
        )
    );
    assert_eq!(
        placeholders(rule.pattern.as_ref().unwrap_or(&Value::Null)),
        vec![Placeholder { text: r#"{"Fn::Sub":"${AWS::AccountId}"}"#.to_owned() }]
    );
    let target = &rule.targets[0];
    assert_eq!(target.arn.as_ref().map(Value::to_compact_json).as_deref(), Some(r#"{"Fn::GetAtt":["Queue","Arn"]}"#));
    assert_eq!(target.input.as_ref().map(Value::to_compact_json).as_deref(), Some(r#"{"a":1}"#));
}

#[test]
fn a_sub_json_pattern_is_read_with_its_variables_in_place_and_can_be_substituted() {
    let found = read_yaml(
        "Resources:\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern: !Sub '{\"account\": [\"${AWS::AccountId}\"], \"source\": [\"${!literal}\"]}'\n",
    );
    let rule = &found.rules[0];
    assert_eq!(rule.pattern_form.as_deref(), Some("sub-json-string"));
    assert_eq!(rule.pattern_status, Status::Unresolved);
    let pattern = rule.pattern.clone().unwrap_or(Value::Null);
    let parts = placeholders(&pattern);
    assert_eq!(parts, vec![Placeholder { text: "${AWS::AccountId}".to_owned() }]);
    let tested = substitute(&pattern, &[("${AWS::AccountId}".to_owned(), "123456789012".to_owned())]);
    assert_eq!(tested.to_compact_json(), r#"{"account":["123456789012"],"source":["${!literal}"]}"#);
    assert_eq!(Status::of(&tested), Status::Static);
}

#[test]
fn sam_events_and_schedules_name_their_function() {
    let found = read_yaml(
        "Transform: [AWS::Serverless-2016-10-31]\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Events:\n        OnChange:\n          Type: EventBridgeRule\n          Properties:\n            Pattern:\n              source: [aws.ec2]\n        Every:\n          Type: ScheduleV2\n          Properties:\n            ScheduleExpression: rate(5 minutes)\n",
    );
    let ids: Vec<(&str, usize, Kind)> = found.rules.iter().map(|r| (r.id.as_str(), r.line, r.kind)).collect();
    assert_eq!(ids, [("Fn.OnChange", 7, Kind::SamEventBridgeRule), ("Fn.Every", 12, Kind::SamSchedule)]);
    assert_eq!(found.rules[1].schedule, Some(Value::string("rate(5 minutes)")));
    assert_eq!(found.rules[0].targets[0].implicit_target.as_deref(), Some("Fn"));
}

#[test]
fn bad_yaml_is_reported_at_its_line_and_column() {
    let found = read_yaml("Resources:\n  R:\n    Type: AWS::Events::Rule\n   bad: [\n");
    assert!(found.rules.is_empty());
    let [problem] = found.problems.as_slice() else { panic!("one problem: {found:?}") };
    assert!(problem.line.is_some() && problem.column.is_some(), "{problem}");
    assert!(problem.message.starts_with("not valid YAML"), "{problem}");
}

#[test]
fn plain_scalars_follow_yaml_1_2() {
    let found = read_yaml(
        "Resources:\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern:\n        detail:\n          n: [8, +9, 1.5, 0x1F, 'quoted 8', yes, null, true, 2010-09-09]\n",
    );
    let pattern = found.rules[0].pattern.as_ref().map(Value::to_compact_json);
    assert_eq!(pattern.as_deref(), Some(r#"{"detail":{"n":[8,9,1.5,31,"quoted 8","yes",null,true,"2010-09-09"]}}"#));
}

#[test]
fn serverless_events_are_read_with_their_function() {
    let found = read_text(
        Path::new("serverless.yml"),
        "service: shop\nprovider:\n  name: aws\nfunctions:\n  log:\n    handler: h.js\n    events:\n      - eventBridge:\n          eventBus: ${opt:bus}\n          pattern:\n            source: [shop]\n      - schedule: rate(1 hour)\n",
    );
    assert_eq!(found.format, Some(Format::Serverless));
    let ids: Vec<(&str, usize, Kind)> = found.rules.iter().map(|r| (r.id.as_str(), r.line, r.kind)).collect();
    assert_eq!(
        ids,
        [("log.events[0]", 8, Kind::ServerlessEventBridge), ("log.events[1]", 12, Kind::ServerlessSchedule)]
    );
    assert_eq!(found.rules[0].pattern_status, Status::Static);
    assert_eq!(found.rules[0].event_bus, Some(Value::string("${opt:bus}")));
}

#[test]
fn json_templates_give_lines_from_their_keys() {
    let found = read_text(
        Path::new("Stack.template.json"),
        "{\n  \"Resources\": {\n    \"MyRule\": {\n      \"Type\": \"AWS::Events::Rule\",\n      \"Properties\": {\"EventPattern\": {\"source\": [\"aws.s3\"]}}\n    }\n  }\n}\n",
    );
    assert_eq!(found.format, Some(Format::CloudFormation));
    assert_eq!(found.rules[0].line, 3);
    assert_eq!(found.rules[0].pattern_form.as_deref(), Some("json-object"));
    assert_eq!(found.rules[0].pattern_text().as_deref(), Some("{\n  \"source\": [\"aws.s3\"]\n}"));
}

#[test]
fn files_that_are_not_templates_give_nothing() {
    assert_eq!(read_yaml("name: ci\non: [push]\n"), FileRules::default());
    assert_eq!(read_text(Path::new("package.json"), "{\"name\": \"x\"}"), FileRules::default());
}

#[test]
fn a_found_rule_becomes_a_document_with_stand_in_arns_and_the_values_given() {
    let found = read_yaml(
        "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      Name: orders\n      EventPattern:\n        account: [!Ref AWS::AccountId]\n        source: [shop]\n      Targets:\n        - Id: Q\n          Arn: !GetAtt Queue.Arn\n          InputTransformer:\n            InputPathsMap: {id: $.detail.id}\n            InputTemplate: '{\"id\": <id>}'\n",
    );
    let rule = &found.rules[0];
    let (document, notes) = rule.to_document(&[]);
    assert_eq!(document.name, "orders");
    assert!(document.pattern.contains("\"Ref\": \"AWS::AccountId\""), "{}", document.pattern);
    assert_eq!(notes[0], Note::Unresolved(vec!["AWS::AccountId".to_owned()]));
    assert_eq!(document.targets.len(), 1);
    assert_eq!(document.targets[0].kind, crate::target::TargetKind::SqsQueue);
    assert_eq!(document.targets[0].arn, "arn:aws:sqs:us-east-1:123456789012:Queue");
    assert!(
        matches!(&document.targets[0].input, crate::target::TargetInput::Transformer(t) if t.paths == [("id".to_owned(), "$.detail.id".to_owned())])
    );
    let (document, notes) = rule.to_document(&[("AWS::AccountId".to_owned(), "111122223333".to_owned())]);
    assert!(crate::pattern::Pattern::parse(&document.pattern).is_ok(), "{}", document.pattern);
    assert!(document.pattern.contains("111122223333"));
    assert!(!notes.iter().any(|n| matches!(n, Note::Unresolved(_))));
}
