//! The bundled sample events: real events published by AWS, with provenance.
//!
//! The texts are compiled into the binary (see `build.rs`); their index
//! (source, detail-type, origin, licence) is read once, on first use.

use serde::Deserialize;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/sample_files.rs"));

const INDEX: &str = include_str!("../samples/aws-events/index.json");
const PROVENANCE: &str = include_str!("../samples/aws-events/PROVENANCE.md");

/// Where a sample was published.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Origin {
    /// Repository, e.g. `github.com/awsdocs/amazon-ec2-user-guide`.
    pub repository: String,
    /// File in the repository.
    pub path: String,
    /// Commit the text was taken from.
    pub commit: String,
    /// Line of the code block or file, when known.
    #[serde(default)]
    pub line: Option<u32>,
}

/// One bundled sample event.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Sample {
    /// File name under `samples/aws-events/`.
    pub file: String,
    /// The event's `source`.
    pub source: String,
    /// The event's `detail-type`.
    pub detail_type: String,
    /// The value that tells this sample apart (often a state), if any.
    #[serde(default)]
    pub discriminator: Option<String>,
    /// Where it was published.
    pub origin: Origin,
    /// Its licence (SPDX name).
    pub license: String,
    /// Other places the identical event is published.
    #[serde(default)]
    pub also_published_at: Vec<Origin>,
    /// The event text, exactly as published.
    #[serde(skip)]
    pub text: &'static str,
}

impl Sample {
    /// The attribution its licence asks for, as the provenance table words it.
    #[must_use]
    pub fn attribution(&self) -> String {
        let repository = format!("https://{}", self.origin.repository);
        licence_table()
            .into_iter()
            .find(|row| row.repository == repository)
            .map_or_else(|| format!("{repository} ({})", self.license), |row| row.attribution)
    }
}

/// One row of the provenance table's licence section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LicenceRow {
    /// Repository URL.
    pub repository: String,
    /// Licence (SPDX name).
    pub license: String,
    /// The attribution to show.
    pub attribution: String,
}

/// The licence rows of `PROVENANCE.md`: `| URL (commits) | licence | notes |`.
/// The attribution is the quoted sentence in the notes where there is one,
/// otherwise the copyright line and the licence.
#[must_use]
pub fn licence_table() -> Vec<LicenceRow> {
    PROVENANCE
        .lines()
        .filter(|line| line.starts_with("| https://"))
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            let [repository, license, notes, ..] = cells[..] else { return None };
            let repository = repository.split_whitespace().next()?.to_owned();
            let attribution = if let Some((quoted, _)) = notes.strip_prefix('"').and_then(|rest| rest.split_once('"')) {
                quoted.to_owned()
            } else {
                // "© Amazon.com, Inc. or its affiliates. Keep the ..." → the copyright line.
                let copyright = notes.find(" affiliates").map_or(notes, |i| &notes[..i + " affiliates".len()]);
                format!("Sample event from {repository}, {copyright}, licensed under {license}.")
            };
            Some(LicenceRow { repository, license: license.to_owned(), attribution })
        })
        .collect()
}

/// Every bundled sample, in file-name order.
#[must_use]
pub fn all() -> &'static [Sample] {
    static SAMPLES: OnceLock<Vec<Sample>> = OnceLock::new();
    SAMPLES.get_or_init(parse_index)
}

/// Reads the samples' index and attaches the embedded texts (what [`all`]
/// does once; public for the load-time benchmark).
#[must_use]
pub fn parse_index() -> Vec<Sample> {
    let mut index: Vec<Sample> = serde_json::from_str(INDEX).unwrap_or_default();
    for sample in &mut index {
        sample.text = SAMPLE_FILES
            .binary_search_by(|(name, _)| (*name).cmp(sample.file.as_str()))
            .map_or("", |i| SAMPLE_FILES[i].1);
    }
    index.sort_by(|a, b| a.file.cmp(&b.file));
    index
}

/// The samples of one source (and detail-type, if given).
pub fn matching<'a>(
    source: Option<&'a str>,
    detail_type: Option<&'a str>,
) -> impl Iterator<Item = &'static Sample> + 'a {
    all().iter().filter(move |s| {
        source.is_none_or(|want| s.source.eq_ignore_ascii_case(want))
            && detail_type.is_none_or(|want| s.detail_type.eq_ignore_ascii_case(want))
    })
}

/// The provenance table and licence notes of all samples (Markdown).
#[must_use]
pub fn provenance() -> &'static str {
    PROVENANCE
}

/// The attribution the samples' licences require: one line per source
/// repository, with how many samples come from it.
#[must_use]
pub fn attributions() -> Vec<(String, usize)> {
    let mut lines: Vec<(String, usize)> = Vec::new();
    for sample in all() {
        let line = sample.attribution();
        match lines.iter_mut().find(|(l, _)| *l == line) {
            Some((_, n)) => *n += 1,
            None => lines.push((line, 1)),
        }
    }
    lines.sort();
    lines
}

/// How many embedded files there are (index or not), for consistency checks.
#[must_use]
pub fn embedded_file_count() -> usize {
    SAMPLE_FILES.len()
}
