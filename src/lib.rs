//! Rulecraft: design, test and explain Amazon EventBridge event patterns.
//!
//! The pipeline: pattern text is read by [`json`] (keeping byte spans) and
//! compiled by [`pattern`] into a typed [`pattern::Pattern`], or rejected with
//! AWS's exact message. An event is read by [`event`] into the leaf values the
//! pattern asks about; [`matcher`] decides match or no match, and [`explain`]
//! says why, condition by condition, with spans into both texts. [`cli`] is
//! the command line, [`app`] the desktop window's state and panels.

pub mod app;
pub mod batch;
pub mod catalog;
pub mod cli;
pub mod document;
pub mod envelope;
pub mod event;
pub mod explain;
pub mod export;
pub mod form;
pub mod json;
pub mod matcher;
pub mod pattern;
pub mod recovery;
pub mod samples;

pub use matcher::{EventMatcher, matches};
pub use pattern::{Pattern, PatternError};

/// Largest single file (a pattern, or one event) the command line reads.
/// EventBridge's own limits are 4 KB patterns and 256 KB events; this leaves
/// room for pretty-printed or annotated files while refusing runaway input.
pub const MAX_INPUT_FILE_BYTES: u64 = 64 << 20;

/// Reads a whole text file, with a specific message for each way it can fail:
/// missing, unreadable, too large, or not UTF-8 text.
pub fn read_text_file(path: &std::path::Path) -> Result<String, String> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_INPUT_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
    if bytes.len() as u64 > MAX_INPUT_FILE_BYTES {
        return Err(format!("file is larger than {} MB", MAX_INPUT_FILE_BYTES >> 20));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("not UTF-8 text: invalid byte at offset {at}")
    })
}
