//! Synthetic EventBridge events of about 1 KB, for benchmarks and load files.
//!
//! Each has a full envelope and a `detail` with strings, numbers, booleans,
//! a null, nested objects, an array of strings and an array of objects.

const SOURCES: [(&str, &str); 4] = [
    ("aws.ec2", "EC2 Instance State-change Notification"),
    ("aws.codebuild", "CodeBuild Build State Change"),
    ("aws.s3", "Object Created"),
    ("custom.orders", "Order Placed"),
];
const STATES: [&str; 5] = ["pending", "running", "stopping", "stopped", "terminated"];
const ZONES: [&str; 3] = ["us-east-1a", "us-west-2b", "eu-west-1c"];

/// Event number `i` (deterministic).
#[must_use]
pub fn event(i: usize) -> String {
    let (source, detail_type) = SOURCES[i % SOURCES.len()];
    let state = STATES[(i / 3) % STATES.len()];
    let zone = ZONES[(i / 7) % ZONES.len()];
    format!(
        concat!(
            r#"{{"version":"0","id":"{id:08x}-1428-4cd3-a780-95db273d{id:04x}","detail-type":"{dt}","source":"{src}","#,
            r#""account":"123456789012","time":"2026-11-24T05:{m:02}:{s:02}Z","region":"us-east-1","#,
            r#""resources":["arn:aws:ec2:us-east-1:123456789012:instance/i-{id:012x}"],"#,
            r#""detail":{{"instance-id":"i-{id:012x}","state":"{state}","count":{count},"ratio":{ratio}.{frac:03},"#,
            r#""spot":{spot},"previous":null,"instance":{{"type":"m5.large","placement":{{"zone":"{zone}","tenancy":"default"}},"#,
            r#""launched":"2026-11-24T05:00:00Z","monitoring":{{"enabled":true,"interval":60}}}},"#,
            r#""tags":["team:platform","env:prod","cost-center:{cc}","owner:alice@example.com"],"#,
            r#""volumes":[{{"id":"vol-{id:08x}a","size":100,"encrypted":true,"device":"/dev/xvda"}},"#,
            r#"{{"id":"vol-{id:08x}b","size":{size},"encrypted":false,"device":"/dev/xvdb"}}],"#,
            r#""note":"Synthetic event number {i} for throughput measurement; text pads it to about one kilobyte, like a typical AWS service event with a moderately sized detail object."}}}}"#
        ),
        id = i,
        dt = detail_type,
        src = source,
        m = (i / 60) % 60,
        s = i % 60,
        state = state,
        count = i % 1000,
        ratio = i % 100,
        frac = i % 1000,
        spot = i.is_multiple_of(2),
        zone = zone,
        cc = 1000 + i % 50,
        size = 200 + i % 300,
        i = i,
    )
}
