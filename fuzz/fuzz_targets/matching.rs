//! Matching: input is a pattern and an event separated by a NUL byte. The
//! fast scanner and the tokenizer path extract the same values, and the
//! explanation agrees with the matcher.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rulecraft::event::{Extraction, Extractor};
use rulecraft::explain::explain;
use rulecraft::{Pattern, matches};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (pattern_text, event) = text.split_once('\0').unwrap_or((r#"{"detail": {"state": [{"exists": true}]}}"#, text));
    let Ok(pattern) = Pattern::parse(pattern_text) else { return };

    let mut extractor = Extractor::new(&pattern.paths);
    let mut fast = Extraction::default();
    let mut careful = Extraction::default();
    let fast_ok = extractor.extract_fast(event, &mut fast);
    let careful_ok = extractor.extract_with_tokenizer(event, &mut careful).is_ok();
    if fast_ok {
        assert!(careful_ok, "fast path accepted an event the tokenizer rejects: {event:?}");
        let spans = |x: &Extraction| -> Vec<Vec<(usize, usize, Vec<(u32, u32)>)>> {
            x.values.iter().map(|vs| vs.iter().map(|v| (v.span.start, v.span.end, x.arrays_of(v).to_vec())).collect()).collect()
        };
        assert_eq!(spans(&fast), spans(&careful), "paths disagree on {event:?}");
    }
    let verdict = matches(&pattern, event);
    assert_eq!(verdict.is_ok(), careful_ok);
    let explained = explain(&pattern, event).map(|e| e.matched);
    assert_eq!(verdict, explained);
});
