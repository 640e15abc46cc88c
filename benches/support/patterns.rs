//! The two patterns the matching benchmarks measure: A names a service, an
//! event type and two states; B uses prefix, anything-but, `$or` with a
//! numeric range, and a nested field.

/// Exact values only.
pub const PATTERN_A: &str = r#"{"source":["aws.ec2"],"detail-type":["EC2 Instance State-change Notification"],"detail":{"state":["running","stopped"]}}"#;

/// Several operators and an `$or`.
pub const PATTERN_B: &str = r#"{
  "source": [{"prefix": "aws."}],
  "detail-type": [{"anything-but": ["AWS API Call via CloudTrail", "Scheduled Event"]}],
  "detail": {
    "$or": [
      {"state": ["running"]},
      {"count": [{"numeric": [">", 10, "<=", 500]}]}
    ],
    "instance": {"placement": {"zone": [{"prefix": "us-east-1"}]}}
  }
}"#;
