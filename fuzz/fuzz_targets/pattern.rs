//! Pattern compilation on arbitrary text: never panics; errors point inside
//! the text and read like AWS's; compiled patterns are well formed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rulecraft::Pattern;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Pattern::parse(text) {
        Ok(pattern) => {
            assert!(!pattern.branches.is_empty());
            for branch in &pattern.branches {
                assert!(!branch.is_empty());
                assert!(branch.iter().all(|&i| i < pattern.fields.len()));
                assert!(branch.windows(2).all(|w| pattern.fields[w[0]].path < pattern.fields[w[1]].path));
            }
            for field in &pattern.fields {
                assert!(!field.conditions.is_empty());
                assert_eq!(pattern.paths[field.path_id], field.path);
            }
        }
        Err(e) => {
            assert!(e.span.start <= e.span.end && e.span.end <= text.len(), "{e:?}");
            assert!(e.to_string().starts_with("Event pattern is not valid. Reason: "));
            let _ = e.render("fuzz", text);
        }
    }
});
