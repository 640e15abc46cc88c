//! `rulecraft suggest --match PATHS --no-match PATHS [--samples]`: the
//! candidates as JSON patterns, one a line, best (the recommended one)
//! first. Exit 0 with candidates; 1 with the reason when no pattern can
//! separate the events; 2 when an input cannot be read.

use super::{Inseparable, suggest};
use std::io::Write;

/// Reads every event of `paths` (files, JSON Lines, folders): (names, texts),
/// or the first problem.
fn read(paths: &[String]) -> Result<(Vec<String>, Vec<String>), String> {
    let (mut names, mut texts, mut problem) = (Vec::new(), Vec::new(), None);
    crate::batch::for_each_event(paths, |item| match item.text {
        Ok(text) => {
            names.push(item.origin.to_string());
            texts.push(text.to_owned());
        }
        Err(message) => {
            problem.get_or_insert_with(|| format!("{}: {message}", item.origin));
        }
    });
    problem.map_or(Ok((names, texts)), Err)
}

/// Runs `rulecraft suggest`; the exit code.
pub fn run(
    matching: &[String],
    not_matching: &[String],
    samples: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let (wanted_names, wanted) = match read(matching) {
        Ok(read) => read,
        Err(message) => {
            writeln!(err, "rulecraft: {message}").ok();
            return 2;
        }
    };
    let (mut unwanted_names, mut unwanted) = match read(not_matching) {
        Ok(read) => read,
        Err(message) => {
            writeln!(err, "rulecraft: {message}").ok();
            return 2;
        }
    };
    if samples {
        // Every bundled sample not among the wanted events should not match.
        for sample in crate::samples::matching(None, None) {
            if !wanted.iter().any(|w| w.trim() == sample.text.trim()) {
                unwanted_names.push(format!("samples/{}", sample.file));
                unwanted.push(sample.text.to_owned());
            }
        }
    }
    let wanted_refs: Vec<&str> = wanted.iter().map(String::as_str).collect();
    let unwanted_refs: Vec<&str> = unwanted.iter().map(String::as_str).collect();
    match suggest(&wanted_refs, &unwanted_refs) {
        Ok(candidates) => {
            for candidate in candidates {
                let compact = crate::json::parse(&candidate.pattern)
                    .map(|node| crate::json::write::compact(&node))
                    .unwrap_or(candidate.pattern);
                writeln!(out, "{compact}").ok();
            }
            0
        }
        Err(reason) => {
            let detail = match &reason {
                Inseparable::Same { wanted, unwanted } => format!(
                    " ({} should match, {} should not)",
                    wanted_names.get(*wanted).map_or("?", String::as_str),
                    unwanted_names.get(*unwanted).map_or("?", String::as_str)
                ),
                _ => String::new(),
            };
            writeln!(err, "rulecraft: {reason}{detail}").ok();
            1
        }
    }
}
