//! A test per rule: a pattern that triggers it and one that does not.

use super::*;

fn findings(text: &str) -> Vec<Finding> {
    lint(text, &Context::default())
}

#[test]
fn an_invalid_pattern_gets_aws_message() {
    let found = findings(r#"{"source": "aws.ec2"}"#);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].rule, RuleId::InvalidPattern);
    assert!(found[0].message.to_string().starts_with("Event pattern is not valid. Reason: "));
}
