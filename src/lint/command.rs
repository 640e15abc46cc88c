//! `rulecraft lint`: the linter's findings on pattern files and rule files,
//! as text for people, JSON for scripts or SARIF for code scanning, and
//! `--fix` to make the quick fixes in place.
//!
//! A rule file (`*.rulecraft.json`, or any file with a `"rulecraft"` format
//! number) gives its pattern and its targets; any other file, and `-`
//! (standard input), is the text of a pattern, valid JSON or not, so pasted
//! text can be linted and repaired. Positions are always in the file named:
//! for a rule file, where the pattern's characters sit in its `"pattern"`
//! string.
//!
//! Exit codes: 0 without errors (and, with `--deny warnings`, without
//! warnings); 1 with errors, or warnings under `--deny warnings`; 2 when a
//! file cannot be read or saved (the others are still linted).

use super::{Context, Edit, Finding, Fix, Place, RuleId, Severity, lint};
use crate::document::{FileKind, OpenError, OpenReason, RuleDocument};
use crate::files::{IoProblem, MAX_TEXT_FILE_BYTES, ReadError};
use crate::json::{Position, Span};
use crate::target::Target;
use std::fmt::Write as _;
use std::io::{Read as _, Write};
use std::path::Path;

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum LintFormat {
    /// `PATH:LINE:COL: SEVERITY [RULE] MESSAGE`, the pattern's line with carets, the fix; for people.
    #[default]
    Text,
    /// One JSON document with every finding, for scripts.
    Json,
    /// SARIF 2.1.0, for code scanning (GitHub and others).
    Sarif,
}

/// What fails the run besides errors (`--deny`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Deny {
    /// Warnings fail the run too (exit 1).
    Warnings,
}

/// The most rounds of lint-and-fix `--fix` makes on one file.
pub const MAX_FIX_ROUNDS: usize = 10;

/// What `rulecraft lint` was asked to do.
#[derive(Debug, Clone, Default)]
#[expect(clippy::struct_excessive_bools, reason = "one per command-line flag")]
pub struct LintArgs {
    /// Pattern files, rule files, or `-` for standard input.
    pub files: Vec<String>,
    /// How to print the findings.
    pub format: LintFormat,
    /// Where the patterns are used.
    pub place: Place,
    /// Whether warnings fail the run.
    pub deny_warnings: bool,
    /// Make the quick fixes.
    pub fix: bool,
    /// With `fix`: print the fixed text instead of writing the file.
    pub stdout: bool,
    /// With `fix`: make the suggested fixes too, not only the safe ones.
    pub suggestions: bool,
}

/// The parser of `--place`: the ids of [`Place::ALL`], each with its description.
#[must_use]
pub fn place_parser() -> impl clap::builder::TypedValueParser<Value = Place> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser as _};
    PossibleValuesParser::new(Place::ALL.map(|place| PossibleValue::new(place.id()).help(place.to_string())))
        .map(|id| Place::from_id(&id).unwrap_or_default())
}

/// The rules, one a line with their summaries: the end of `rulecraft lint --help`.
#[must_use]
pub fn rules_help() -> String {
    let width = RuleId::ALL.iter().map(|rule| rule.id().len()).max().unwrap_or(0);
    let mut text = String::from("Rules:\n");
    for rule in RuleId::ALL {
        writeln!(text, "  {:width$}  {}", rule.id(), rule.summary()).ok();
    }
    text
}

/// A file read for linting.
#[derive(Debug, Clone)]
struct Source {
    /// The path as given (`-` for standard input).
    path: String,
    /// The whole file's text.
    file_text: String,
    /// The rule, for a rule file.
    rule: Option<RuleDocument>,
    /// For a rule found in infrastructure code: its pattern's JSON text and
    /// the byte offset of the rule's line in the file (findings point there).
    embedded: Option<(String, usize)>,
}

impl Source {
    /// The pattern's text: the rule's pattern, or the whole file.
    fn pattern(&self) -> &str {
        if let Some((pattern, _)) = &self.embedded {
            return pattern;
        }
        self.rule.as_ref().map_or(&self.file_text, |rule| &rule.pattern)
    }

    /// The rule's targets (none for a plain pattern).
    fn targets(&self) -> &[Target] {
        self.rule.as_ref().map_or(&[], |rule| &rule.targets)
    }

    /// What kind of file it is.
    fn kind(&self) -> FileKind {
        if self.rule.is_some() || self.embedded.is_some() { FileKind::Rule } else { FileKind::Pattern }
    }

    /// The same file with `pattern` as its pattern, and its new text.
    fn with_pattern(&self, pattern: String) -> Self {
        match &self.rule {
            None => Self { path: self.path.clone(), file_text: pattern, rule: None, embedded: None },
            Some(rule) => {
                let mut rule = rule.clone();
                rule.pattern = pattern;
                Self { path: self.path.clone(), file_text: rule.to_file_text(), rule: Some(rule), embedded: None }
            }
        }
    }
}

/// Where a pattern's text sits in its file: the identity for a pattern file;
/// for a rule file, the `"pattern"` string's body, whose escapes make the
/// file's offsets drift from the pattern's.
#[derive(Debug, Clone, Default)]
pub struct Locator {
    /// Where the pattern's first character is in the file.
    start: usize,
    /// How the pattern's offsets become the file's.
    mapping: Mapping,
}

/// How a pattern's offsets become its file's.
#[derive(Debug, Clone, Default)]
enum Mapping {
    /// The file is the pattern.
    #[default]
    Identity,
    /// A JSON string: after each escape, (offset in the pattern, offset in the file after `start`).
    Escaped(Vec<(usize, usize)>),
    /// A JSON string whose body could not be followed: everything is at its start.
    Unknown,
}

impl Locator {
    /// The locator of `source`'s pattern in its file.
    fn of(source: &Source) -> Self {
        if let Some((_, at)) = source.embedded {
            return Self { start: at, mapping: Mapping::Unknown };
        }
        let Some(rule) = &source.rule else { return Self::default() };
        let node = crate::json::parse(&source.file_text).ok().and_then(|tree| tree.get("pattern").map(|n| n.span));
        let Some(span) = node else { return Self { start: 0, mapping: Mapping::Unknown } };
        let start = (span.start + 1).min(span.end);
        let body = source.file_text.get(start..span.end.saturating_sub(1)).unwrap_or_default();
        let mapping = match escape_checkpoints(body) {
            Some((checkpoints, decoded)) if decoded == rule.pattern.len() => Mapping::Escaped(checkpoints),
            _ => Mapping::Unknown,
        };
        Self { start, mapping }
    }

    /// The file offset of the pattern's byte `offset`.
    #[must_use]
    pub fn file_offset(&self, offset: usize) -> usize {
        match &self.mapping {
            Mapping::Identity => self.start + offset,
            Mapping::Unknown => self.start,
            Mapping::Escaped(checkpoints) => {
                let at = checkpoints.partition_point(|&(decoded, _)| decoded <= offset);
                let (decoded, raw) = at.checked_sub(1).and_then(|i| checkpoints.get(i)).copied().unwrap_or((0, 0));
                self.start + raw + (offset - decoded)
            }
        }
    }

    /// `text` as it is written in the file (JSON-escaped in a rule file).
    #[must_use]
    pub fn file_text(&self, text: &str) -> String {
        if matches!(self.mapping, Mapping::Identity) {
            return text.to_owned();
        }
        let quoted = serde_json::to_string(text).unwrap_or_default();
        quoted.get(1..quoted.len().saturating_sub(1)).unwrap_or_default().to_owned()
    }
}

/// The checkpoints of a JSON string body (without its quotes): after each
/// escape, the offset in the decoded text and in the body; and the decoded
/// length. `None` when the body ends inside an escape.
fn escape_checkpoints(body: &str) -> Option<(Vec<(usize, usize)>, usize)> {
    let bytes = body.as_bytes();
    let mut checkpoints = vec![(0, 0)];
    let (mut raw, mut decoded) = (0, 0);
    let hex = |at: usize| body.get(at..at + 4).and_then(|h| u32::from_str_radix(h, 16).ok());
    while raw < bytes.len() {
        if bytes[raw] != b'\\' {
            raw += 1;
            decoded += 1;
            continue;
        }
        let (escape, text) = if *bytes.get(raw + 1)? == b'u' {
            let unit = hex(raw + 2)?;
            let low = (bytes.get(raw + 6..raw + 8) == Some(b"\\u".as_slice())).then(|| hex(raw + 8)).flatten();
            if (0xD800..=0xDBFF).contains(&unit) && low.is_some_and(|low| (0xDC00..=0xDFFF).contains(&low)) {
                // A surrogate pair: one character of four bytes.
                (12, 4)
            } else {
                // A lone surrogate decodes as U+FFFD.
                (6, char::from_u32(unit).map_or(3, char::len_utf8))
            }
        } else {
            (2, 1)
        };
        raw += escape;
        decoded += text;
        checkpoints.push((decoded, raw));
    }
    Some((checkpoints, decoded))
}

/// A line and column range in a file (1-based; columns in characters; the
/// end is just past the last character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Where it starts.
    pub start: Position,
    /// Just past where it ends.
    pub end: Position,
}

/// One replacement of a fix, in the file's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    /// What is replaced in the file.
    pub region: Region,
    /// What goes there, as written in the file.
    pub text: String,
}

/// A finding with where it is in its file.
#[derive(Debug, Clone)]
pub struct Located {
    /// The finding (its span and edits are in the pattern's text).
    pub finding: Finding,
    /// Where it is in the file.
    pub region: Region,
    /// Its fix's edits as replacements in the file.
    pub replacements: Vec<Replacement>,
}

/// One linted file.
#[derive(Debug, Clone)]
pub struct Linted {
    /// The path as given (`-` for standard input).
    pub path: String,
    /// A rule file or a plain pattern.
    pub kind: FileKind,
    /// The pattern's text.
    pub pattern: String,
    /// The findings, in the order [`lint`] gives them.
    pub findings: Vec<Located>,
}

impl Linted {
    /// Lints `source`'s pattern and places the findings in its file.
    fn of(source: &Source, place: Place) -> Self {
        let pattern = source.pattern();
        let findings = lint(pattern, &Context { place, targets: source.targets() });
        let locator = Locator::of(source);
        let region = |span: Span| Region {
            start: Position::of(&source.file_text, locator.file_offset(span.start)),
            end: Position::of(&source.file_text, locator.file_offset(span.end)),
        };
        let findings = findings
            .into_iter()
            .map(|finding| {
                let replacements = finding
                    .fix
                    .iter()
                    .flat_map(|fix| &fix.edits)
                    .map(|edit| Replacement { region: region(edit.span), text: locator.file_text(&edit.text) })
                    .collect();
                Located { region: region(finding.span), replacements, finding }
            })
            .collect();
        Self { path: source.path.clone(), kind: source.kind(), pattern: pattern.to_owned(), findings }
    }

    /// (errors, warnings, advice) in this file.
    #[must_use]
    pub fn counts(&self) -> (usize, usize, usize) {
        let count = |severity: Severity| self.findings.iter().filter(|l| l.finding.severity == severity).count();
        (count(Severity::Error), count(Severity::Warning), count(Severity::Advice))
    }
}

/// A file that could not be read or saved, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The path as given.
    pub path: String,
    /// The message (English).
    pub message: String,
}

/// Runs `rulecraft lint`; the exit code.
pub fn run(args: &LintArgs, out: &mut impl Write, err: &mut impl Write) -> u8 {
    if args.files.is_empty() {
        writeln!(err, "rulecraft: give the pattern or rule files to lint (- for standard input)").ok();
        return 2;
    }
    if args.stdout && (!args.fix || args.files.len() != 1) {
        writeln!(err, "rulecraft: --stdout goes with --fix and one FILE").ok();
        return 2;
    }
    if args.files.iter().filter(|path| *path == "-").count() > 1 {
        writeln!(err, "rulecraft: standard input (-) can be read only once").ok();
        return 2;
    }
    // Reading standard input, --fix writes the fixed text to standard output.
    let fixed_to_stdout = args.fix && (args.stdout || args.files.iter().any(|path| path == "-"));
    if fixed_to_stdout && args.files.len() != 1 {
        writeln!(err, "rulecraft: --fix on standard input (-) takes only that one input").ok();
        return 2;
    }
    let mut linted = Vec::new();
    let mut problems = Vec::new();
    let mut fixed = Vec::new();
    let mut report = Vec::new();
    let mut sources = Vec::new();
    for path in &args.files {
        if is_infrastructure(path) {
            sources.extend(infrastructure_sources(path, &mut problems, err).into_iter().map(Ok));
            continue;
        }
        sources.push(read(path).map_err(|message| (path.clone(), message)));
    }
    for source in sources {
        let source = match source {
            Ok(source) => source,
            Err((path, message)) => {
                writeln!(err, "rulecraft: {message}").ok();
                problems.push(Problem { path, message });
                continue;
            }
        };
        let path = &source.path;
        let source = if args.fix && source.embedded.is_some() {
            let message =
                format!("{path}: rules in infrastructure code are linted, never changed: fix them in the file");
            writeln!(err, "rulecraft: {message}").ok();
            source
        } else if args.fix {
            match fix_source(&source, args, fixed_to_stdout, out, err) {
                Ok((source, titles)) => {
                    if !titles.is_empty() {
                        fixed.push((path.clone(), titles));
                    }
                    source
                }
                Err(message) => {
                    writeln!(err, "rulecraft: {message}").ok();
                    problems.push(Problem { path: path.clone(), message });
                    source
                }
            }
        } else {
            source
        };
        let file = Linted::of(&source, args.place);
        if args.format == LintFormat::Text {
            write_text_file(&mut report, &file).ok();
        }
        linted.push(file);
    }
    let (errors, warnings, advice) =
        linted.iter().map(Linted::counts).fold((0, 0, 0), |(e, w, a), (fe, fw, fa)| (e + fe, w + fw, a + fa));
    match args.format {
        LintFormat::Text => {
            report.extend_from_slice(summary(errors, warnings, advice, linted.len(), problems.len()).as_bytes());
            report.push(b'\n');
        }
        LintFormat::Json => {
            let document = json_report(&linted, &problems, &fixed);
            report = serde_json::to_vec_pretty(&document).unwrap_or_default();
            report.push(b'\n');
        }
        LintFormat::Sarif => {
            let log = super::sarif::log(&linted, &problems);
            report = serde_json::to_vec_pretty(&log).unwrap_or_default();
            report.push(b'\n');
        }
    }
    // With the fixed text on standard output, the report goes to standard error.
    if fixed_to_stdout {
        err.write_all(&report).ok()
    } else {
        out.write_all(&report).ok()
    };
    if problems.is_empty() { u8::from(errors > 0 || (args.deny_warnings && warnings > 0)) } else { 2 }
}

/// Whether `path` is infrastructure code (or a folder of it) rather than a
/// pattern or rule file (standard input never is).
fn is_infrastructure(path: &str) -> bool {
    path != "-" && crate::iac::is_infrastructure(Path::new(path))
}

/// One source per rule with a pattern found in infrastructure code under
/// `path`; files that cannot be read become problems. A pattern only known
/// at deploy time is left out with a note on `err`.
fn infrastructure_sources(path: &str, problems: &mut Vec<Problem>, err: &mut impl Write) -> Vec<Source> {
    let mut sources = Vec::new();
    for (file, found) in crate::iac::read_paths(&[std::path::PathBuf::from(path)]) {
        for problem in found.problems {
            problems.push(Problem { path: file.display().to_string(), message: problem.to_string() });
            writeln!(err, "rulecraft: {problem}").ok();
        }
        let Ok(file_text) = crate::files::read_text(&file, crate::files::Expected::Template) else { continue };
        for rule in found.rules {
            // A pipe with several filters: each is a pattern of its own.
            let patterns: Vec<(&crate::iac::Value, crate::iac::Status)> = match &rule.pattern {
                Some(pattern) => vec![(pattern, rule.pattern_status)],
                None => rule.filters.iter().map(|(pattern, status, _)| (pattern, *status)).collect(),
            };
            for (pattern, status) in patterns {
                if status == crate::iac::Status::Unresolved {
                    let (file, line, id) = (file.display(), rule.line, &rule.id);
                    writeln!(
                        err,
                        "rulecraft: {file}:{line}: {id}: not linted, its pattern is only known at deploy time"
                    )
                    .ok();
                    continue;
                }
                let at = file_text.split_inclusive('\n').take(rule.line.saturating_sub(1)).map(str::len).sum();
                let text = match pattern {
                    // A string that is not JSON: the linter says why.
                    crate::iac::Value::String(text) => text.clone(),
                    _ => pattern.to_pretty_json(),
                };
                let embedded = Some((text, at));
                sources.push(Source {
                    path: file.display().to_string(),
                    file_text: file_text.clone(),
                    rule: None,
                    embedded,
                });
            }
        }
    }
    sources
}

/// Reads a file (or standard input for `-`) as a rule or a pattern; the
/// message naming the file when it cannot be.
fn read(path: &str) -> Result<Source, String> {
    let (text, file_name) = if path == "-" {
        (read_stdin()?, String::new())
    } else {
        let file = Path::new(path);
        let text = crate::files::read_text(file, crate::files::Expected::RuleOrPattern)
            .map_err(|e| OpenError { path: path.to_owned(), reason: OpenReason::Read(e) }.to_string())?;
        (text, file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
    };
    let claims_rule = file_name.to_ascii_lowercase().ends_with(".rulecraft.json");
    match RuleDocument::from_text(&text, &file_name) {
        Ok((rule, FileKind::Rule)) => {
            Ok(Source { path: path.to_owned(), file_text: text, rule: Some(rule), embedded: None })
        }
        // A rule file that is not one is unreadable; anything else is a
        // pattern's text, however broken, for the linter to judge.
        Err(reason @ (OpenReason::NewerFormat { .. } | OpenReason::BadRuleFile(_) | OpenReason::Read(_))) => {
            Err(OpenError { path: path.to_owned(), reason }.to_string())
        }
        Err(reason) if claims_rule => Err(OpenError { path: path.to_owned(), reason }.to_string()),
        Ok((_, FileKind::Pattern)) | Err(_) => {
            Ok(Source { path: path.to_owned(), file_text: text, rule: None, embedded: None })
        }
    }
}

/// Standard input, whole, with the limits of [`crate::files::read_text`].
fn read_stdin() -> Result<String, String> {
    let fail = |reason: String| format!("cannot read standard input: {reason}");
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_TEXT_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(IoProblem::of(&e).to_string()))?;
    if bytes.len() as u64 > MAX_TEXT_FILE_BYTES {
        return Err(fail(format!(
            "it holds more than {} MB, larger than any rule or pattern",
            MAX_TEXT_FILE_BYTES >> 20
        )));
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(fail(ReadError::Binary { offset }.to_string()));
    }
    String::from_utf8(bytes).map_err(|e| fail(ReadError::NotUtf8 { offset: e.utf8_error().valid_up_to() }.to_string()))
}

/// Makes `source`'s quick fixes: writes the fixed file (or prints it), says
/// what was fixed on `err`, and returns the file as it now is with the
/// fixes' titles (none when nothing was fixed; the file is then not written).
fn fix_source(
    source: &Source,
    args: &LintArgs,
    to_stdout: bool,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<(Source, Vec<String>), String> {
    let context = Context { place: args.place, targets: source.targets() };
    let (pattern, titles) = fix_text(source.pattern(), &context, args.suggestions);
    let fixed = if titles.is_empty() { source.clone() } else { source.with_pattern(pattern) };
    if to_stdout {
        out.write_all(fixed.file_text.as_bytes()).ok();
    } else if !titles.is_empty() {
        crate::document::write_atomically(Path::new(&source.path), fixed.file_text.as_bytes())
            .map_err(|e| format!("Cannot save {}: {}; it is unchanged", source.path, crate::files::save_reason(&e)))?;
    }
    if !titles.is_empty() {
        writeln!(err, "fixed {}: {}", source.path, titles.join("; ")).ok();
    }
    Ok((fixed, titles))
}

/// `text` with the quick fixes made, round after round (at most
/// [`MAX_FIX_ROUNDS`]): each round lints, makes every fix that does not
/// overlap an earlier one in text order, and lints again. Also the titles of
/// the fixes made, in order.
#[must_use]
pub fn fix_text(text: &str, context: &Context<'_>, suggestions: bool) -> (String, Vec<String>) {
    let mut text = text.to_owned();
    let mut titles = Vec::new();
    for _ in 0..MAX_FIX_ROUNDS {
        let mut fixes: Vec<&Fix> = Vec::new();
        let findings = lint(&text, context);
        let mut candidates: Vec<&Fix> = findings
            .iter()
            .filter_map(|f| f.fix.as_ref())
            .filter(|fix| (fix.safe || suggestions) && applicable(fix, &text))
            .collect();
        candidates.sort_by_key(|fix| fix.edits.iter().map(|e| e.span.start).min().unwrap_or(usize::MAX));
        for fix in candidates {
            if fixes.iter().all(|chosen| !overlap(chosen, fix)) {
                fixes.push(fix);
            }
        }
        let mut edits: Vec<Edit> = fixes.iter().flat_map(|fix| fix.edits.iter().cloned()).collect();
        edits.sort_by_key(|edit| edit.span.start);
        let Some(first) = fixes.first() else { break };
        let next = Fix { title: first.title.clone(), edits, safe: first.safe }.apply(&text);
        if next == text {
            break;
        }
        titles.extend(fixes.iter().map(|fix| fix.title.to_string()));
        text = next;
    }
    (text, titles)
}

/// Whether a fix's edits fit `text`: in order, not overlapping, on character boundaries.
fn applicable(fix: &Fix, text: &str) -> bool {
    let fits = |edit: &Edit| {
        edit.span.start <= edit.span.end
            && edit.span.end <= text.len()
            && text.is_char_boundary(edit.span.start)
            && text.is_char_boundary(edit.span.end)
    };
    !fix.edits.is_empty()
        && fix.edits.iter().all(fits)
        && fix.edits.windows(2).all(|pair| pair[0].span.end <= pair[1].span.start && pair[0].span != pair[1].span)
}

/// Whether two fixes touch the same text (two insertions at one place count:
/// their order would be a guess).
fn overlap(a: &Fix, b: &Fix) -> bool {
    a.edits.iter().any(|x| {
        b.edits.iter().any(|y| (x.span.start < y.span.end && y.span.start < x.span.end) || x.span.start == y.span.start)
    })
}

/// One file's findings as text: location, severity, rule and message; the
/// pattern's line with carets; the fix's title.
fn write_text_file(out: &mut impl Write, file: &Linted) -> std::io::Result<()> {
    for located in &file.findings {
        let finding = &located.finding;
        writeln!(
            out,
            "{}:{}: {} [{}] {}",
            file.path,
            located.region.start,
            finding.severity,
            finding.rule.id(),
            finding.message
        )?;
        writeln!(out, "{}", crate::json::caret_snippet(&file.pattern, finding.span))?;
        if let Some(fix) = &finding.fix {
            writeln!(out, "  fix: {}", fix.title)?;
        }
    }
    Ok(())
}

/// `2 errors, 1 warning, 0 advice in 3 files` (and how many could not be read).
fn summary(errors: usize, warnings: usize, advice: usize, files: usize, problems: usize) -> String {
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut line = format!(
        "{}, {}, {advice} advice in {}",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
        plural(files, "file", "files")
    );
    if problems > 0 {
        write!(line, ", {} not read", plural(problems, "file", "files")).ok();
    }
    line
}

/// The JSON report: totals, the findings, the files not read and what `--fix` made.
fn json_report(linted: &[Linted], problems: &[Problem], fixed: &[(String, Vec<String>)]) -> serde_json::Value {
    use serde_json::json;
    let (mut errors, mut warnings, mut advice) = (0, 0, 0);
    let mut findings = Vec::new();
    for file in linted {
        let (e, w, a) = file.counts();
        (errors, warnings, advice) = (errors + e, warnings + w, advice + a);
        for located in &file.findings {
            let finding = &located.finding;
            let fix = finding.fix.as_ref().map(|fix| {
                json!({
                    "title": fix.title.to_string(),
                    "edits": fix.edits.iter().map(|edit| json!({
                        "start": edit.span.start,
                        "end": edit.span.end,
                        "text": edit.text,
                    })).collect::<Vec<_>>(),
                    "fixed": fix.apply(&file.pattern),
                })
            });
            findings.push(json!({
                "file": file.path,
                "kind": if file.kind == FileKind::Rule { "rule" } else { "pattern" },
                "rule": finding.rule.id(),
                "severity": finding.severity.name(),
                "line": located.region.start.line,
                "column": located.region.start.column,
                "end_line": located.region.end.line,
                "end_column": located.region.end.column,
                "start": finding.span.start,
                "end": finding.span.end,
                "message": finding.message.to_string(),
                "lesson": finding.rule.lesson(),
                "fix": fix,
            }));
        }
    }
    json!({
        "files": linted.len(),
        "errors": errors,
        "warnings": warnings,
        "advice": advice,
        "findings": findings,
        "unreadable": problems.iter().map(|p| json!({"file": p.path, "message": p.message})).collect::<Vec<_>>(),
        "fixed": fixed.iter().map(|(file, titles)| json!({"file": file, "fixes": titles})).collect::<Vec<_>>(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule_source(pattern: &str) -> Source {
        let rule = RuleDocument::untitled(pattern);
        Source { path: "r.rulecraft.json".to_owned(), file_text: rule.to_file_text(), rule: Some(rule), embedded: None }
    }

    #[test]
    fn a_rule_files_pattern_offsets_map_into_its_escaped_string() {
        let pattern = "{\n  \"source\": [\"é\\u00e9😀\"], \"x\": 1}";
        let source = rule_source(pattern);
        let locator = Locator::of(&source);
        for (offset, _) in pattern.char_indices().chain([(pattern.len(), ' ')]) {
            let in_file = locator.file_offset(offset);
            let before = &source.file_text[locator.start..in_file];
            let decoded: String = serde_json::from_str(&format!("\"{before}\"")).unwrap_or_default();
            assert_eq!(decoded, pattern[..offset], "offset {offset}");
        }
        assert_eq!(locator.file_text("a\"b\n"), "a\\\"b\\n");
    }

    #[test]
    fn a_plain_pattern_is_its_own_file() {
        let locator = Locator::default();
        assert_eq!(locator.file_offset(7), 7);
        assert_eq!(locator.file_text("\"x\""), "\"x\"");
    }

    #[test]
    fn the_summary_counts_in_words() {
        assert_eq!(summary(2, 1, 0, 3, 0), "2 errors, 1 warning, 0 advice in 3 files");
        assert_eq!(summary(1, 0, 4, 1, 2), "1 error, 0 warnings, 4 advice in 1 file, 2 files not read");
    }

    #[test]
    fn overlapping_fixes_are_made_one_at_a_time() {
        let fix = |start, end, text: &str| Fix {
            title: super::super::FixTitle::ReplaceValue { from: String::new(), to: text.to_owned() },
            edits: vec![Edit { span: Span::new(start, end), text: text.to_owned() }],
            safe: true,
        };
        assert!(overlap(&fix(0, 3, "a"), &fix(2, 5, "b")));
        assert!(overlap(&fix(2, 2, "a"), &fix(2, 2, "b")));
        assert!(!overlap(&fix(0, 2, "a"), &fix(2, 5, "b")));
        assert!(applicable(&fix(0, 2, "a"), "abc"));
        assert!(!applicable(&fix(0, 9, "a"), "abc"));
        assert!(!applicable(&fix(0, 1, "a"), "éa"));
    }
}
