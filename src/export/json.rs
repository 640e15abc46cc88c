//! JSON: the pattern alone, pretty-printed or on one line. The pretty form
//! is Rulecraft's one pattern layout (`json::write`), the same as Prettify
//! and the form write.

use super::Prepared;
use super::literals::json::compact_json;

/// The pattern laid out as Prettify lays it out (two spaces; condition
/// lists on one line).
pub(super) fn pretty(rule: &Prepared) -> String {
    let compact = compact(rule);
    let compact = compact.trim_end().to_owned();
    let mut out = crate::json::parse(&compact).map_or(compact, |tree| crate::json::write::pretty(&tree));
    out.push('\n');
    out
}

/// The pattern on one line, without spaces.
/// A rule with only a schedule has no pattern: `{}`.
pub(super) fn compact(rule: &Prepared) -> String {
    rule.pattern.as_ref().map_or_else(|| "{}".to_owned(), |pattern| compact_json(pattern, false)) + "\n"
}

#[cfg(test)]
mod tests {
    use crate::export::{Format, Rule, export};

    #[test]
    fn the_json_export_is_laid_out_as_prettify_and_the_form_lay_it_out() {
        let mut form = crate::form::Form { source: Some("aws.ec2".into()), ..Default::default() };
        form.set_values("detail.state", vec!["running".into()]);
        let typed = r#"{"source":["aws.ec2"],"detail":{"n":[1.50,{"numeric":[">",0]}],"s":[{"anything-but":{"prefix":"x"}}]},"$or":[{"a":[1]},{"b":[2]}]}"#;
        for pattern in [form.pattern_text(), typed.to_owned()] {
            let rule = Rule { name: "r", description: "", pattern: &pattern, targets: &[], schedule: None };
            let Ok(exported) = export(&rule, Format::Json) else { panic!("exports") };
            let Ok(tree) = crate::json::parse(&pattern) else { panic!("valid") };
            assert_eq!(exported.text, crate::json::write::pretty(&tree) + "\n");
        }
    }
}
