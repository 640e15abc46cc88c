//! Rule documents: a rule's name, description, pattern text exactly as
//! written, the user's own test events with their expected verdicts, and the
//! designer's form. A rule file is therefore also a test suite
//! (`rulecraft test RULEFILE`).
//!
//! On disk a rule file is JSON with a `"rulecraft"` format number; any other
//! JSON object opens as a plain pattern. Files are written by
//! [`write_atomically`], so a crash or a kill mid-save leaves the old file or
//! the new one, never a mix.

use crate::form::Form;
use serde::{Deserialize, Serialize};
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The rule-file format this version writes and the newest it reads.
/// Format 2 added `targets`; format 1 files open unchanged.
pub const FORMAT_VERSION: u32 = 2;

/// A rule being designed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleDocument {
    /// The rule's name (used for exports, e.g. the CloudFormation resource).
    pub name: String,
    /// What the rule is for.
    #[serde(default)]
    pub description: String,
    /// The pattern text exactly as written (valid or not).
    pub pattern: String,
    /// The user's own events, each with the verdict it should get.
    #[serde(default)]
    pub events: Vec<TestEvent>,
    /// Where matched events go and what each target receives (at most
    /// five), as `aws events put-targets` takes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<crate::target::Target>,
    /// When the rule fires on a clock (with or instead of the pattern).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<RuleSchedule>,
    /// What the designer showed, so a reopened rule looks as it was left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub designer: Option<DesignerState>,
}

/// A rule's schedule: the expression, and whether an EventBridge rule
/// (`ScheduleExpression`, UTC) or EventBridge Scheduler (a time zone, a
/// flexible window) runs it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleSchedule {
    /// `rate(...)`, `cron(...)`, or for Scheduler `at(...)`.
    pub expression: String,
    /// Who runs it.
    #[serde(default)]
    pub kind: crate::schedule::Dialect,
    /// Scheduler's `ScheduleExpressionTimezone` (an IANA name; empty: UTC).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub timezone: String,
    /// Scheduler's flexible time window in minutes (1–1,440), or none (OFF).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flexible_window_minutes: Option<u32>,
    /// Scheduler's `StartDate` (UTC, e.g. `2026-12-01T00:00:00Z`; empty:
    /// none): no run before it, and a rate counts from it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub start_date: String,
    /// Scheduler's `EndDate` (UTC; empty: none): no run after it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub end_date: String,
}

/// One of the user's events in a rule file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestEvent {
    /// A short name for lists and reports.
    pub name: String,
    /// The verdict this event should get, if the user said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expect: Option<Expectation>,
    /// The event text exactly as written.
    pub event: String,
}

/// The verdict an event is expected to get.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Expectation {
    /// The pattern must match it.
    Match,
    /// The pattern must not match it.
    NoMatch,
}

impl Expectation {
    /// "match" or "no match".
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Match => "match",
            Self::NoMatch => "no match",
        }
    }

    /// Whether a verdict meets this expectation.
    #[must_use]
    pub fn met_by(self, matched: bool) -> bool {
        matched == (self == Self::Match)
    }
}

/// The designer's state worth keeping with a rule.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct DesignerState {
    /// The form (it follows the pattern when it can show it).
    pub form: Form,
    /// The service search text.
    pub service_query: String,
    /// The event list filter.
    pub event_filter: String,
    /// The name of the selected event.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub selected_event: Option<String>,
}

/// A rule file as stored: the format number, then the document.
#[derive(Serialize, Deserialize)]
struct StoredRule {
    rulecraft: u32,
    #[serde(flatten)]
    document: RuleDocument,
}

/// What kind of file was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A Rulecraft rule file.
    Rule,
    /// A plain JSON pattern; saving it again writes a rule file only if asked.
    Pattern,
}

/// Why a file could not be opened. `Display` is the message for the user.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("Cannot open {path}: {reason}")]
pub struct OpenError {
    /// The file.
    pub path: String,
    /// What is wrong with it.
    pub reason: OpenReason,
}

/// What is wrong with a file that does not open as a rule or a pattern.
/// `Display` is the English; the window says it in the chosen language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenReason {
    /// It cannot be read as text.
    Read(crate::files::ReadError),
    /// It is not JSON: where, and Jackson's words.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The JSON reader's message (Jackson's words).
        message: String,
    },
    /// It is JSON, but not an object: which kind it is.
    NotAnObject {
        /// `array`, `string`, `number`, `boolean` or `null`.
        kind: &'static str,
    },
    /// A rule file of a format this version does not know.
    NewerFormat {
        /// The format number as written.
        version: String,
    },
    /// A rule file whose content does not fit the format.
    BadRuleFile(String),
    /// An event, not a pattern.
    LooksLikeAnEvent,
}

impl std::fmt::Display for OpenReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenReason::Read(error) => error.fmt(f),
            OpenReason::NotJson { line, column, message } => {
                write!(f, "it is not valid JSON (line {line}, column {column}: {message})")
            }
            OpenReason::NotAnObject { kind } => {
                write!(f, "it holds a JSON {kind}, but a rule file or an event pattern is a JSON object")
            }
            OpenReason::NewerFormat { version } => write!(
                f,
                "it is a rule file of format {version}, which this version of Rulecraft does not know (it reads format {FORMAT_VERSION})"
            ),
            OpenReason::BadRuleFile(details) => write!(f, "it is not a valid Rulecraft rule file ({details})"),
            OpenReason::LooksLikeAnEvent => {
                f.write_str("it looks like an event, not a pattern: add it to the events instead")
            }
        }
    }
}

/// The largest rule or pattern file Rulecraft opens (the one limit of
/// [`crate::files`]).
pub const MAX_RULE_FILE_BYTES: u64 = crate::files::MAX_TEXT_FILE_BYTES;

impl RuleDocument {
    /// An empty rule named "Untitled rule" with this pattern.
    #[must_use]
    pub fn untitled(pattern: &str) -> Self {
        Self {
            name: "Untitled rule".to_owned(),
            description: String::new(),
            pattern: pattern.to_owned(),
            events: Vec::new(),
            targets: Vec::new(),
            schedule: None,
            designer: None,
        }
    }

    /// The rule file's text: pretty JSON ending in a newline.
    #[must_use]
    pub fn to_file_text(&self) -> String {
        let stored = StoredRule { rulecraft: FORMAT_VERSION, document: self.clone() };
        let mut text = serde_json::to_string_pretty(&stored).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The file text without the designer's state: what "unsaved" compares.
    #[must_use]
    pub fn to_file_text_without_designer(&self) -> String {
        let mut content = self.clone();
        content.designer = None;
        content.to_file_text()
    }

    /// Reads a rule file's or a plain pattern's text. `file_name` names a
    /// plain pattern's rule (its stem).
    pub fn from_text(text: &str, file_name: &str) -> Result<(Self, FileKind), OpenReason> {
        let tree = crate::json::parse(text).map_err(|e| {
            let at = crate::json::Position::of(text, e.span.start);
            OpenReason::NotJson { line: at.line, column: at.column, message: e.to_string() }
        })?;
        let crate::json::NodeKind::Object(_) = &tree.kind else {
            return Err(OpenReason::NotAnObject { kind: kind_name(&tree.kind) });
        };
        if let Some(version) = tree.get("rulecraft") {
            // The format first: a newer file may differ in any other way.
            let known = matches!(&version.kind, crate::json::NodeKind::Number(n) if n.parse::<u32>().is_ok_and(|v| (1..=FORMAT_VERSION).contains(&v)));
            if !known {
                return Err(OpenReason::NewerFormat { version: version_text(version) });
            }
            let stored: StoredRule = serde_json::from_str(text).map_err(|e| OpenReason::BadRuleFile(e.to_string()))?;
            return Ok((stored.document, FileKind::Rule));
        }
        if crate::Pattern::parse(text).is_err() && looks_like_an_event(&tree) {
            return Err(OpenReason::LooksLikeAnEvent);
        }
        let name = file_name.trim_end_matches(".json").trim_end_matches(".rulecraft");
        let name = if name.is_empty() { "Untitled rule" } else { name };
        Ok((Self::untitled(text).renamed(name), FileKind::Pattern))
    }

    fn renamed(mut self, name: &str) -> Self {
        name.clone_into(&mut self.name);
        self
    }

    /// Opens a rule file or a plain pattern file, with a specific message for
    /// each way it can fail (missing, no permission, too large, binary, not
    /// JSON, not a pattern).
    pub fn open(path: &Path) -> Result<(Self, FileKind), OpenError> {
        let fail = |reason: OpenReason| OpenError { path: path.display().to_string(), reason };
        let text = crate::files::read_text(path, crate::files::Expected::RuleOrPattern)
            .map_err(|e| fail(OpenReason::Read(e)))?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Self::from_text(&text, &file_name).map_err(fail)
    }

    /// Saves the rule file atomically.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        write_atomically(path, self.to_file_text().as_bytes())
    }
}

fn kind_name(kind: &crate::json::NodeKind) -> &'static str {
    use crate::json::NodeKind;
    match kind {
        NodeKind::Null => "null",
        NodeKind::Bool(_) => "boolean",
        NodeKind::Number(_) => "number",
        NodeKind::String(_) => "string",
        NodeKind::Array(_) => "array",
        NodeKind::Object(_) => "object",
    }
}

fn version_text(node: &crate::json::Node) -> String {
    match &node.kind {
        crate::json::NodeKind::Number(n) => n.clone(),
        other => kind_name(other).to_owned(),
    }
}

/// An event has string `source` and `detail-type` members; a pattern has arrays.
fn looks_like_an_event(tree: &crate::json::Node) -> bool {
    tree.get("source").and_then(crate::json::Node::as_str).is_some()
        && tree.get("detail-type").and_then(crate::json::Node::as_str).is_some()
}

/// Whether the file opens as a document: a Rulecraft rule file, a file
/// holding a valid pattern (an event never is one: its values are not
/// lists), or infrastructure code (whose rules are listed). JSON Lines files
/// and folders are always events and are not read.
#[must_use]
pub fn opens_as_rule_or_pattern(path: &Path) -> bool {
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if path.is_dir() || matches!(extension.as_deref(), Some("jsonl" | "ndjson")) {
        return false;
    }
    // Infrastructure code: a template or Terraform file (its rules are listed).
    if crate::iac::is_infrastructure(path) {
        return true;
    }
    RuleDocument::open(path)
        .is_ok_and(|(document, kind)| kind == FileKind::Rule || crate::Pattern::parse(&document.pattern).is_ok())
}

/// The first rule or pattern file among `paths` (checked by reading it),
/// and the rest, as event files: how dropped files and `rulecraft open`
/// arguments are sorted. A second rule file is tried as events, so its
/// problem is reported rather than lost.
#[must_use]
pub fn split_rule_and_events(paths: Vec<std::path::PathBuf>) -> (Option<std::path::PathBuf>, Vec<std::path::PathBuf>) {
    let (rules, events): (Vec<_>, Vec<_>) = paths.into_iter().partition(|p| opens_as_rule_or_pattern(p));
    let mut rules = rules.into_iter();
    let rule = rules.next();
    (rule, rules.chain(events).collect())
}

pub use crate::files::{human_size, io_reason, save_reason};

/// Writes `bytes` to `path` so that `path` always holds either its old
/// content or the new content whole: a temporary file in the same folder is
/// written, flushed to disk, then renamed over `path`. A symbolic link is
/// followed (its target is replaced, the link kept); an existing file's
/// permissions are kept. On failure the temporary file is removed and `path`
/// is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = folder.join(format!(".{file_name}.{}.rulecraft-saving", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        if let Ok(old) = std::fs::metadata(&target) {
            file.set_permissions(old.permissions())?;
        }
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temporary, &target)?;
        sync_folder(&folder);
        Ok(())
    })();
    if result.is_err() {
        std::fs::remove_file(&temporary).ok();
    }
    result
}

/// Flushes a folder's entries (the rename) to disk where the OS allows it.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        dir.sync_all().ok();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// The most recently used files, newest first, without duplicates.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentFiles(Vec<PathBuf>);

impl RecentFiles {
    /// How many are remembered.
    pub const LIMIT: usize = 10;

    /// Puts `path` first.
    pub fn touch(&mut self, path: &Path) {
        self.0.retain(|p| p != path);
        self.0.insert(0, path.to_path_buf());
        self.0.truncate(Self::LIMIT);
    }

    /// Forgets `path` (e.g. it no longer opens).
    pub fn forget(&mut self, path: &Path) {
        self.0.retain(|p| p != path);
    }

    /// The paths, newest first.
    #[must_use]
    pub fn paths(&self) -> &[PathBuf] {
        &self.0
    }
}
