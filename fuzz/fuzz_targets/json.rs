//! The JSON reader on arbitrary bytes: never panics, and the tree reader and
//! the tokenizer agree on what is valid.
#![no_main]

use libfuzzer_sys::fuzz_target;
use rulecraft::json::{self, Tokenizer};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let tree = json::parse(text);
    let mut tokens = Tokenizer::new(text);
    let streamed = loop {
        match tokens.next_token() {
            Ok(Some(_)) => {}
            Ok(None) => break tokens.finish(),
            Err(e) => break Err(e),
        }
    };
    assert_eq!(tree.is_ok(), streamed.is_ok(), "tree and tokenizer disagree on {text:?}");
    if let (Err(a), Err(b)) = (&tree, &streamed) {
        assert_eq!(a, b);
        assert!(a.span.start <= text.len() && a.span.end <= text.len());
        let _ = a.to_string();
    }
});
