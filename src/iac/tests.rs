use super::*;
use std::fmt::Write as _;

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

fn read_tf(text: &str) -> FileRules {
    read_text(Path::new("main.tf"), text)
}

fn compact(value: Option<&Value>) -> Option<String> {
    value.map(Value::to_compact_json)
}

#[test]
fn terraform_jsonencode_keeps_interpolations_and_targets_attach_by_reference_or_name() {
    let found = read_tf(
        r#"locals {
  bus = "orders"
}

resource "aws_cloudwatch_event_target" "early" { # before its rule
  rule = aws_cloudwatch_event_rule.orders.name
  arn  = aws_sqs_queue.q.arn
  input = jsonencode({ a = 1 })
}

resource "aws_cloudwatch_event_rule" "orders" {
  name           = "orders-rule"
  event_bus_name = local.bus
  event_pattern = jsonencode({
    source      = ["${var.prefix}.orders"]
    detail-type = ["Created"]
    "account":[data.aws_caller_identity.me.account_id]
    detail      = { size = [{ numeric = [">", -8] }] }
  })
}

resource "aws_cloudwatch_event_target" "by_name" {
  rule      = "orders-rule"
  target_id = "Second"
  arn       = var.arn
  input     = "{\"b\": true}"
  input_transformer {
    input_paths    = { id = "$.id" }
    input_template = "\"<id>\""
  }
}
"#,
    );
    assert_eq!(found.format, Some(Format::Terraform));
    assert!(found.problems.is_empty(), "{:?}", found.problems);
    let [rule] = found.rules.as_slice() else { panic!("one rule: {found:?}") };
    assert_eq!((rule.id.as_str(), rule.line, rule.kind), ("aws_cloudwatch_event_rule.orders", 11, Kind::TfRule));
    assert_eq!(rule.name, Some(Value::string("orders-rule")));
    assert_eq!(rule.event_bus, Some(Value::string("orders")), "a static local is substituted");
    assert_eq!(rule.pattern_form.as_deref(), Some("jsonencode"));
    assert_eq!(rule.pattern_status, Status::Unresolved);
    assert_eq!(
        compact(rule.pattern.as_ref()).as_deref(),
        Some(
            r#"{"source":["${var.prefix}.orders"],"detail-type":["Created"],"account":["${data.aws_caller_identity.me.account_id}"],"detail":{"size":[{"numeric":[">",-8]}]}}"#
        )
    );
    let texts: Vec<String> =
        placeholders(rule.pattern.as_ref().unwrap_or(&Value::Null)).into_iter().map(|p| p.text).collect();
    assert_eq!(texts, ["${var.prefix}", "${data.aws_caller_identity.me.account_id}"]);
    let [early, by_name] = rule.targets.as_slice() else { panic!("two targets: {:?}", rule.targets) };
    assert_eq!(early.resource, Some(("aws_cloudwatch_event_target.early".to_owned(), 5)));
    assert_eq!(early.arn, Some(Value::string("${aws_sqs_queue.q.arn}")));
    assert_eq!(
        (compact(early.input.as_ref()).as_deref(), early.input_form.as_deref()),
        (Some(r#"{"a":1}"#), Some("jsonencode"))
    );
    assert_eq!(by_name.id, Some(Value::string("Second")));
    assert_eq!(by_name.arn, Some(Value::string("${var.arn}")));
    assert_eq!(
        (compact(by_name.input.as_ref()).as_deref(), by_name.input_form.as_deref()),
        (Some(r#"{"b":true}"#), Some("string(json)"))
    );
    let (paths, template) = by_name.input_transformer.clone().unwrap_or((Value::Null, Value::Null));
    assert_eq!((paths.to_compact_json().as_str(), template), (r#"{"id":"$.id"}"#, Value::string("\"<id>\"")));
}

#[test]
fn terraform_heredocs_are_json_text_and_locals_of_jsonencode_are_evaluated() {
    // `PATTERN  `: blanks after a closing marker, which Terraform accepts.
    let found = read_tf(
        "locals {\n  bucket = \"my-bucket\"\n  pattern = jsonencode({ source = [var.source] })\n}\n\nresource \"aws_cloudwatch_event_rule\" \"plain\" {\n  event_pattern = <<PATTERN\n{\n  \"source\": [\"aws.s3\"],\n  \"detail\": {\"bucket\": {\"name\": [\"${local.bucket}\"]}}\n}\nPATTERN  \n}\n\nresource \"aws_cloudwatch_event_rule\" \"trimmed\" {\n  event_pattern = <<-EOT\n    {\"account\": [\"${data.aws_caller_identity.current.account_id}\"]}\n    EOT\n  schedule_expression = var.rate\n}\n\nresource \"aws_cloudwatch_event_rule\" \"shared\" {\n  event_pattern = local.pattern\n}\n",
    );
    assert!(found.problems.is_empty(), "{:?}", found.problems);
    let [plain, trimmed, shared] = found.rules.as_slice() else { panic!("three rules: {found:?}") };
    assert_eq!((plain.line, plain.pattern_form.as_deref(), plain.pattern_status), (6, Some("heredoc"), Status::Static));
    assert_eq!(
        compact(plain.pattern.as_ref()).as_deref(),
        Some(r#"{"source":["aws.s3"],"detail":{"bucket":{"name":["my-bucket"]}}}"#),
        "a static local is substituted"
    );
    assert!(plain.details.contains(&(
        "event_pattern_resolved_locals".to_owned(),
        Value::Object(vec![("bucket".to_owned(), Value::string("my-bucket"))])
    )));
    assert_eq!((trimmed.pattern_form.as_deref(), trimmed.pattern_status), (Some("heredoc-trim"), Status::Unresolved));
    assert_eq!(
        compact(trimmed.pattern.as_ref()).as_deref(),
        Some(r#"{"account":["${data.aws_caller_identity.current.account_id}"]}"#)
    );
    assert_eq!(
        (trimmed.schedule.clone(), trimmed.schedule_status),
        (Some(Value::string("${var.rate}")), Status::Unresolved)
    );
    assert_eq!(shared.pattern_form.as_deref(), Some("local:jsonencode"));
    assert_eq!(compact(shared.pattern.as_ref()).as_deref(), Some(r#"{"source":["${var.source}"]}"#));
}

#[test]
fn terraform_schedules_and_pipes_are_read() {
    let found = read_tf(
        "resource \"aws_scheduler_schedule\" \"every\" {\n  name = \"every\"\n  schedule_expression = \"rate(5 minutes)\"\n  schedule_expression_timezone = \"UTC\"\n  target {\n    arn   = aws_lambda_function.f.arn\n    input = jsonencode({ task = local.missing })\n  }\n}\nresource \"aws_pipes_pipe\" \"p\" {\n  source = aws_sqs_queue.s.arn\n  target = aws_sqs_queue.t.arn\n  source_parameters {\n    filter_criteria {\n      filter {\n        pattern = jsonencode({ body = { type = [\"NEW\"] } })\n      }\n    }\n  }\n}\n",
    );
    let [schedule, pipe] = found.rules.as_slice() else { panic!("two rules: {found:?}") };
    assert_eq!((schedule.kind, schedule.schedule_status), (Kind::TfScheduler, Status::Static));
    assert_eq!(schedule.schedule_timezone, Some(Value::string("UTC")));
    assert_eq!(compact(schedule.targets[0].input.as_ref()).as_deref(), Some(r#"{"task":"${local.missing}"}"#));
    assert_eq!((pipe.id.as_str(), pipe.kind, pipe.pattern_status), ("aws_pipes_pipe.p", Kind::Pipe, Status::Static));
    assert_eq!(compact(pipe.pattern.as_ref()).as_deref(), Some(r#"{"body":{"type":["NEW"]}}"#));
    assert_eq!(pipe.targets[0].arn, Some(Value::string("${aws_sqs_queue.t.arn}")));
}

#[test]
fn bad_terraform_is_reported_at_its_line_and_column() {
    let found = read_tf(
        "resource \"aws_cloudwatch_event_rule\" \"r\" {\n  name = \"r\"\n  event_pattern = jsonencode({ a = })\n}\n",
    );
    assert_eq!(found.format, Some(Format::Terraform));
    assert!(found.rules.is_empty());
    let [problem] = found.problems.as_slice() else { panic!("one problem: {found:?}") };
    assert_eq!(problem.line, Some(3), "{problem}");
    assert!(problem.column.is_some() && problem.message.starts_with("not valid HCL"), "{problem}");
}

#[test]
fn odd_terraform_never_panics() {
    let inputs = [
        "",
        "locals {\n  a = local.b\n  b = local.a\n}\nresource \"aws_cloudwatch_event_rule\" \"r\" {\n  event_pattern = local.a\n  name = \"${local.b}\"\n}\n",
        "resource \"aws_cloudwatch_event_rule\" \"r\" {\n  event_pattern = \"%{ if var.x }{}%{ endif }\"\n  schedule_expression = var.x ? \"a\" : \"b\"\n}\n",
        "resource \"aws_cloudwatch_event_rule\" \"r\" {\n  event_pattern = \"not json\"\n}\nresource \"aws_cloudwatch_event_target\" \"t\" {\n  for_each = aws_cloudwatch_event_rule.r\n  rule = each.value.name\n  input = \"plain text\"\n}\n",
        "resource \"aws_cloudwatch_event_rule\" {\n}\nresource \"aws_pipes_pipe\" \"p\" {\n}\n",
        "x = <<EOF\n",
        "é = 1 ☃",
    ];
    for text in inputs {
        let found = read_tf(text);
        assert_eq!(found.format, Some(Format::Terraform), "{text}");
    }
    let found = read_tf(inputs[1]);
    let form = found.rules[0].pattern_form.as_deref().unwrap_or_default();
    assert!(form.starts_with("local:local:") && form.ends_with(":reference"), "a cycle ends: {form}");
    assert_eq!(found.rules[0].name, Some(Value::string("${local.b}")));
    let found = read_tf(inputs[2]);
    assert_eq!(found.rules[0].pattern_status, Status::Unresolved);
    assert_eq!(found.rules[0].schedule, Some(Value::string("${var.x ? \"a\" : \"b\"}")));
    let found = read_tf(inputs[3]);
    assert_eq!(found.rules[0].pattern_status, Status::InvalidJson);
    let [target] = found.rules[0].targets.as_slice() else { panic!("attached through for_each: {found:?}") };
    assert_eq!((target.input.clone(), target.input_form.as_deref()), (Some(Value::string("plain text")), Some("text")));
}

#[test]
fn aliases_are_expanded_within_a_limit_and_merge_keys_merged() {
    let found = read_yaml(
        "base: &base\n  source: [shop]\n  detail-type: [order]\nResources:\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern:\n        <<: *base\n        detail-type: [refund]\n",
    );
    let pattern = found.rules[0].pattern.as_ref().map(Value::to_compact_json);
    assert_eq!(pattern.as_deref(), Some(r#"{"source":["shop"],"detail-type":["refund"]}"#));
    // A "billion laughs" file: refused, not expanded.
    let mut bomb = String::from("Resources: {}\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for level in 0..8u8 {
        let (this, previous) = ((b'b' + level) as char, (b'a' + level) as char);
        let refs = vec![format!("*{previous}"); 10].join(", ");
        writeln!(bomb, "{this}: &{this} [{refs}]").ok();
    }
    let found = read_yaml(&bomb);
    assert!(found.problems.iter().any(|p| p.message.contains("aliases")), "{found:?}");
}

#[test]
fn a_transformer_without_paths_and_a_literal_sub_variable_come_through() {
    let found = read_yaml(
        "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n  R:\n    Type: AWS::Events::Rule\n    Properties:\n      EventPattern: !Sub '{\"detail\": {\"tag\": [\"${!literal}\"]}}'\n      Targets:\n        - Id: T\n          Arn: !GetAtt Q.Arn\n          InputTransformer:\n            InputTemplate: '\"<aws.events.rule-name>\"'\n",
    );
    let rule = &found.rules[0];
    let (document, _) = rule.to_document(&[]);
    assert!(document.pattern.contains("\"${literal}\""), "{}", document.pattern);
    assert!(
        matches!(&document.targets[0].input, crate::target::TargetInput::Transformer(t) if t.paths.is_empty() && t.template == "\"<aws.events.rule-name>\"")
    );
}

#[test]
fn a_json_template_of_many_lines_is_read_in_one_pass() {
    let mut text = String::from("{\"Resources\": {\n");
    for k in 0..20_000 {
        writeln!(text, "\"Q{k}\": {{\"Type\": \"AWS::SQS::Queue\"}},").ok();
    }
    text.push_str(
        "\"R\": {\"Type\": \"AWS::Events::Rule\", \"Properties\": {\"EventPattern\": {\"source\": [\"x\"]}}}\n}}\n",
    );
    let found = read_text(Path::new("big.template.json"), &text);
    assert_eq!(found.rules.len(), 1);
    assert_eq!(found.rules[0].line, 20_002);
}

#[cfg(unix)]
#[test]
fn a_folder_search_does_not_follow_links_back_up() {
    let dir = std::env::temp_dir().join(format!("rulecraft-iac-links-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(std::fs::create_dir_all(&dir).is_ok());
    assert!(std::fs::write(dir.join("t.yaml"), "Resources:\n  R:\n    Type: AWS::Events::Rule\n").is_ok());
    assert!(std::os::unix::fs::symlink(&dir, dir.join("loop")).is_ok());
    assert!(std::os::unix::fs::symlink("..", dir.join("up")).is_ok());
    let files = files_of(std::slice::from_ref(&dir));
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(files, [dir.join("t.yaml")]);
}

#[test]
fn terraform_targets_in_another_file_of_the_folder_reach_their_rule() {
    let dir = std::env::temp_dir().join(format!("rulecraft-iac-module-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(std::fs::create_dir_all(dir.join("other")).is_ok());
    let write = |name: &str, text: &str| assert!(std::fs::write(dir.join(name), text).is_ok(), "{name}");
    write(
        "rules.tf",
        "resource \"aws_cloudwatch_event_rule\" \"orders\" {\n  name = \"orders-rule\"\n  event_pattern = jsonencode({ source = [\"shop\"] })\n}\n\nresource \"aws_cloudwatch_event_target\" \"here\" {\n  rule = aws_cloudwatch_event_rule.orders.name\n  arn  = \"arn:aws:sqs:us-east-1:123456789012:here\"\n}\n",
    );
    write(
        "targets.tf",
        "resource \"aws_cloudwatch_event_target\" \"by_reference\" {\n  rule = aws_cloudwatch_event_rule.orders.name\n  arn  = \"arn:aws:sqs:us-east-1:123456789012:by-reference\"\n}\n\nresource \"aws_cloudwatch_event_target\" \"by_name\" {\n  rule = \"orders-rule\"\n  arn  = \"arn:aws:sqs:us-east-1:123456789012:by-name\"\n}\n\nresource \"aws_cloudwatch_event_target\" \"elsewhere\" {\n  rule = aws_cloudwatch_event_rule.missing.name\n  arn  = \"arn:aws:sqs:us-east-1:123456789012:elsewhere\"\n}\n",
    );
    // Another folder is another module: its target is not this rule's.
    write(
        "other/main.tf",
        "resource \"aws_cloudwatch_event_target\" \"other_module\" {\n  rule = aws_cloudwatch_event_rule.orders.name\n  arn  = \"arn:aws:sqs:us-east-1:123456789012:other-module\"\n}\n",
    );
    let files = read_paths(std::slice::from_ref(&dir));
    let alone = read_paths(&[dir.join("rules.tf")]);
    let _ = std::fs::remove_dir_all(&dir);
    let arns = |rule: &FoundRule| -> Vec<String> {
        rule.targets.iter().filter_map(|t| t.arn.as_ref().and_then(Value::as_str).map(str::to_owned)).collect()
    };
    let rules: Vec<&FoundRule> = files.iter().flat_map(|(_, found)| &found.rules).collect();
    let [rule] = rules.as_slice() else { panic!("one rule: {files:?}") };
    assert_eq!(
        arns(rule),
        [
            "arn:aws:sqs:us-east-1:123456789012:here",
            "arn:aws:sqs:us-east-1:123456789012:by-reference",
            "arn:aws:sqs:us-east-1:123456789012:by-name"
        ]
    );
    let by_reference = &rule.targets[1];
    assert_eq!(by_reference.resource, Some(("aws_cloudwatch_event_target.by_reference".to_owned(), 1)));
    // Read on its own, a file has only its own targets.
    let [(_, found)] = alone.as_slice() else { panic!("one file: {alone:?}") };
    assert_eq!(arns(&found.rules[0]), ["arn:aws:sqs:us-east-1:123456789012:here"]);
}

#[test]
fn a_serverless_schedule_with_a_list_of_rates_is_one_rule_per_rate() {
    let found = read_text(
        Path::new("serverless.yml"),
        "service: shop\nprovider:\n  name: aws\nfunctions:\n  report:\n    handler: h.js\n    events:\n      - schedule:\n          rate:\n            - rate(10 minutes)\n            - cron(0 12 * * ? *)\n          input: {kind: report}\n      - schedule:\n          rate: [rate(1 hour)]\n",
    );
    let rules: Vec<(&str, usize, Option<String>)> = found
        .rules
        .iter()
        .map(|r| (r.id.as_str(), r.line, r.schedule.as_ref().and_then(Value::as_str).map(str::to_owned)))
        .collect();
    assert_eq!(
        rules,
        [
            ("report.events[0].rate[0]", 10, Some("rate(10 minutes)".to_owned())),
            ("report.events[0].rate[1]", 11, Some("cron(0 12 * * ? *)".to_owned())),
            ("report.events[1]", 13, Some("rate(1 hour)".to_owned())),
        ]
    );
    // Each rule of the list keeps the event's settings.
    for rule in &found.rules[..2] {
        assert_eq!(rule.targets[0].implicit_target.as_deref(), Some("report"));
        assert_eq!(rule.targets[0].input.as_ref().map(Value::to_compact_json).as_deref(), Some(r#"{"kind":"report"}"#));
    }
}
