//! Rules read out of infrastructure code: CloudFormation and SAM templates
//! (YAML with short-form tags, or JSON, including CDK's `cdk.out`), the
//! Serverless Framework's `serverless.yml`, and Terraform.
//!
//! Each file yields [`FoundRule`]s that keep where they were written (file
//! and line), the pattern and schedule as written, and the targets with
//! their input settings. What only a deployment knows (`!Ref`, `!Sub`
//! variables, Terraform references and interpolations) is kept as written:
//! CloudFormation intrinsics in their long JSON form (`{"Ref": "X"}`),
//! Terraform references as `"${var.x}"`. Such a rule is
//! [`Status::Unresolved`]; [`placeholders`] lists the parts and
//! [`substitute`] tests it with values the user supplies. Nothing is
//! guessed, and a file that cannot be read is reported with its line and
//! column while the other files still load.
//!
//! YAML is read with `saphyr-parser` (YAML 1.2, keeps tags and positions),
//! Terraform with `hcl-edit` (keeps byte spans); the templates' JSON with
//! [`crate::json`].

mod cfn;
pub mod command;
mod document;
mod serverless;
mod terraform;
mod value;
mod yaml;

use std::path::{Path, PathBuf};

pub use document::Note;
pub use value::{Placeholder, Value, placeholders, substitute};

/// What kind of definition a rule came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `AWS::Events::Rule` (also in SAM templates and serverless.yml resources).
    CfnRule,
    /// A SAM function or state machine event of type `EventBridgeRule` (or `CloudWatchEvent`).
    SamEventBridgeRule,
    /// A SAM event of type `Schedule` or `ScheduleV2`.
    SamSchedule,
    /// `AWS::Scheduler::Schedule`.
    SchedulerSchedule,
    /// `AWS::Pipes::Pipe` or Terraform `aws_pipes_pipe`: the filter criteria are the patterns.
    Pipe,
    /// A Serverless Framework function's `eventBridge` event.
    ServerlessEventBridge,
    /// A Serverless Framework function's `schedule` event.
    ServerlessSchedule,
    /// Terraform `aws_cloudwatch_event_rule` with its `aws_cloudwatch_event_target`s.
    TfRule,
    /// Terraform `aws_scheduler_schedule`.
    TfScheduler,
}

impl Kind {
    /// The stable name (as `rulecraft rules --format json` writes it).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CfnRule => "cfn-rule",
            Self::SamEventBridgeRule => "sam-eventbridge-rule",
            Self::SamSchedule => "sam-schedule",
            Self::SchedulerSchedule => "scheduler-schedule",
            Self::Pipe => "pipe",
            Self::ServerlessEventBridge => "serverless-eventbridge",
            Self::ServerlessSchedule => "serverless-schedule",
            Self::TfRule => "tf-rule",
            Self::TfScheduler => "tf-scheduler",
        }
    }

    /// Whether rules of this kind run on a schedule rather than on events.
    #[must_use]
    pub fn is_schedule(self) -> bool {
        matches!(self, Self::SamSchedule | Self::SchedulerSchedule | Self::ServerlessSchedule | Self::TfScheduler)
    }
}

/// Whether a pattern, schedule or input is known without deploying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Fully known.
    Static,
    /// Holds something only a deployment knows.
    Unresolved,
    /// Not there.
    Absent,
    /// A pipe with more than one filter: no single pattern.
    MultipleFilters,
    /// A string that should hold JSON and does not.
    InvalidJson,
}

impl Status {
    /// The stable name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Static => "static",
            Self::Unresolved => "unresolved",
            Self::Absent => "absent",
            Self::MultipleFilters => "multiple-filters",
            Self::InvalidJson => "invalid-json",
        }
    }

    /// `Static` or `Unresolved`, from whether `value` holds a placeholder.
    #[must_use]
    pub fn of(value: &Value) -> Self {
        if placeholders(value).is_empty() { Self::Static } else { Self::Unresolved }
    }
}

/// A target of a rule, as written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FoundTarget {
    /// CloudFormation `Id`, Terraform `target_id`.
    pub id: Option<Value>,
    /// The target's ARN (`None` for SAM and Serverless events, whose target is implied).
    pub arn: Option<Value>,
    /// The function or state machine a SAM or Serverless event invokes.
    pub implicit_target: Option<String>,
    /// Constant input: JSON when the text is JSON, else the text.
    pub input: Option<Value>,
    /// How the input was written (`jsonencode`, `json-string`, `text`...).
    pub input_form: Option<String>,
    /// `InputPath`.
    pub input_path: Option<Value>,
    /// The input transformer's paths map (an object) and template (text, never parsed).
    pub input_transformer: Option<(Value, Value)>,
    /// Terraform: the `aws_cloudwatch_event_target` resource and its line
    /// (in its own file, which may be another file of the rule's folder).
    pub resource: Option<(String, usize)>,
}

/// A rule found in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundRule {
    /// The file, as given.
    pub file: PathBuf,
    /// 1-based line of the definition: the logical id's key (CloudFormation),
    /// the event's key (SAM), the `- eventBridge:` item (Serverless), the
    /// `resource` keyword (Terraform).
    pub line: usize,
    /// The definition's identity: a logical id, `Function.Event`,
    /// `function.events[0]`, `aws_cloudwatch_event_rule.name`.
    pub id: String,
    /// What defined it.
    pub kind: Kind,
    /// The written name (`Name`, `name`), if any: a string or an intrinsic.
    pub name: Option<Value>,
    /// The event bus, if written.
    pub event_bus: Option<Value>,
    /// The SAM function or state machine, or Serverless function, it belongs to.
    pub parent: Option<String>,
    /// The event pattern (for a pipe: its one filter), as written.
    pub pattern: Option<Value>,
    /// Whether the pattern is known.
    pub pattern_status: Status,
    /// How the pattern was written (`yaml`, `json-object`, `json-string`,
    /// `sub-json-string`, `jsonencode`, `heredoc`, `local:jsonencode`...).
    pub pattern_form: Option<String>,
    /// A pipe's filters: each pattern with its status and form.
    pub filters: Vec<(Value, Status, String)>,
    /// The schedule expression, as written.
    pub schedule: Option<Value>,
    /// Whether the schedule is known.
    pub schedule_status: Status,
    /// The schedule's time zone, if written.
    pub schedule_timezone: Option<Value>,
    /// The targets.
    pub targets: Vec<FoundTarget>,
    /// Other settings as written, by the names `rulecraft rules --format
    /// json` gives them (`state`, `enabled`, `sam_event_type`, `source`...).
    pub details: Vec<(String, Value)>,
    /// The types of the file's resources, by logical id (CloudFormation),
    /// so a target written as `!GetAtt Queue.Arn` can be told a queue.
    pub resource_types: Vec<(String, String)>,
}

impl FoundRule {
    /// A rule of `kind` at `file:line` with nothing read yet.
    #[must_use]
    pub fn new(file: &Path, line: usize, id: String, kind: Kind) -> Self {
        Self {
            file: file.to_path_buf(),
            line,
            id,
            kind,
            name: None,
            event_bus: None,
            parent: None,
            pattern: None,
            pattern_status: Status::Absent,
            pattern_form: None,
            filters: Vec::new(),
            schedule: None,
            schedule_status: Status::Absent,
            schedule_timezone: None,
            targets: Vec::new(),
            details: Vec::new(),
            resource_types: Vec::new(),
        }
    }

    /// Sets the pattern, its form and its status (from its placeholders).
    pub fn set_pattern(&mut self, pattern: Value, form: &str) {
        self.pattern_status = Status::of(&pattern);
        self.pattern = Some(pattern);
        self.pattern_form = Some(form.to_owned());
    }

    /// Sets the schedule and its status.
    pub fn set_schedule(&mut self, schedule: Value) {
        self.schedule_status = Status::of(&schedule);
        self.schedule = Some(schedule);
    }

    /// Whether anything of the rule is only known at deploy time.
    #[must_use]
    pub fn unresolved(&self) -> bool {
        self.pattern_status == Status::Unresolved || self.schedule_status == Status::Unresolved
    }

    /// The name to list the rule under: its written name when it is a
    /// string, else its id.
    #[must_use]
    pub fn display_name(&self) -> &str {
        match &self.name {
            Some(Value::String(name)) => name,
            _ => &self.id,
        }
    }

    /// What the rule fires on, in one line: its pattern (compact JSON) or
    /// its schedule; `None` when it has neither.
    #[must_use]
    pub fn summary(&self) -> Option<String> {
        match (&self.pattern, &self.schedule) {
            (Some(pattern), _) => Some(pattern.to_compact_json()),
            (None, Some(Value::String(schedule))) => Some(schedule.clone()),
            (None, Some(schedule)) => Some(schedule.to_compact_json()),
            (None, None) => None,
        }
    }

    /// The pattern as JSON text (indented), when there is one.
    #[must_use]
    pub fn pattern_text(&self) -> Option<String> {
        self.pattern.as_ref().map(Value::to_pretty_json)
    }
}

/// The language a file is written in, as far as rules go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A CloudFormation template (YAML or JSON).
    CloudFormation,
    /// A SAM template (CloudFormation with `Transform: AWS::Serverless-2016-10-31`).
    Sam,
    /// A Serverless Framework `serverless.yml`.
    Serverless,
    /// Terraform (`.tf`).
    Terraform,
}

impl Format {
    /// The stable name.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CloudFormation => "cloudformation",
            Self::Sam => "sam",
            Self::Serverless => "serverless",
            Self::Terraform => "terraform",
        }
    }
}

/// Why (part of) a file could not be read: the message and, when known,
/// the 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// What one file held.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FileRules {
    /// The file's format, when it is one Rulecraft reads.
    pub format: Option<Format>,
    /// The rules found, in the file's order.
    pub rules: Vec<FoundRule>,
    /// What could not be read.
    pub problems: Vec<Problem>,
}

impl FileRules {
    /// A file that could not be read at all: one problem, at `at` (1-based
    /// line and column) when known.
    #[must_use]
    pub fn unreadable(file: &Path, format: Option<Format>, at: Option<(usize, usize)>, message: String) -> Self {
        let problem = Problem { file: file.to_path_buf(), line: at.map(|a| a.0), column: at.map(|a| a.1), message };
        Self { format, rules: Vec::new(), problems: vec![problem] }
    }
}

/// Reads the rules of `text`, the content of `file`. A file that is not
/// infrastructure code (no `Resources`, no Serverless `service`, not `.tf`)
/// gives no format and no rules.
#[must_use]
pub fn read_text(file: &Path, text: &str) -> FileRules {
    read_text_with_targets(file, text).0
}

/// [`read_text`], with a Terraform file's event targets (see
/// [`terraform::attach_across_files`]).
fn read_text_with_targets(file: &Path, text: &str) -> (FileRules, Vec<terraform::NamedTarget>) {
    let extension = file.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let rules = match extension.as_deref() {
        Some("tf") => return terraform::read(file, text),
        Some("json") if !text.contains("\"Resources\"") => FileRules::default(),
        Some("json") => cfn::read_json(file, text),
        _ => yaml::read(file, text),
    };
    (rules, Vec::new())
}

/// Whether `path` is infrastructure code Rulecraft reads (or a folder to
/// search for it) rather than a rule, pattern or event file: a folder, a
/// `.tf`, `.yaml` or `.yml` file, or a JSON template.
#[must_use]
pub fn is_infrastructure(path: &Path) -> bool {
    if path.is_dir() {
        return true;
    }
    if path.to_string_lossy().to_ascii_lowercase().ends_with(".rulecraft.json") {
        return false;
    }
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if matches!(extension.as_deref(), Some("tf" | "yaml" | "yml")) {
        return true;
    }
    extension.as_deref() == Some("json") && looks_like_a_json_template(path)
}

/// Whether a JSON file looks like a CloudFormation template from its first
/// 64 KB (`"Resources"` and an `"AWS::` type): a cheap test, so an event
/// file dropped on the window is not parsed twice.
#[must_use]
pub fn looks_like_a_json_template(path: &Path) -> bool {
    use std::io::Read as _;
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(64 << 10).read_to_end(&mut head));
    let text = String::from_utf8_lossy(&head);
    read.is_ok() && text.contains("\"Resources\"") && text.contains("\"AWS::")
}

/// Reads the rules of one file from disk.
#[must_use]
pub fn read_file(file: &Path) -> FileRules {
    read_file_with_targets(file).0
}

/// [`read_file`], with a Terraform file's event targets (see
/// [`terraform::attach_across_files`]).
fn read_file_with_targets(file: &Path) -> (FileRules, Vec<terraform::NamedTarget>) {
    match crate::files::read_text(file, crate::files::Expected::Template) {
        Ok(text) => read_text_with_targets(file, &text),
        Err(e) => (FileRules::unreadable(file, None, None, e.to_string()), Vec::new()),
    }
}

/// Whether a file's name says it may hold rules: `.yaml`, `.yml`, `.json`
/// (not package manifests or CDK's own bookkeeping) or `.tf`.
#[must_use]
pub fn is_candidate(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let lower = name.to_ascii_lowercase();
    let extension = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("tf" | "yaml" | "yml") => return true,
        Some("json") => {}
        _ => return false,
    }
    !matches!(
        lower.as_str(),
        "package.json"
            | "package-lock.json"
            | "tsconfig.json"
            | "cdk.json"
            | "cdk.context.json"
            | "manifest.json"
            | "tree.json"
    ) && !lower.ends_with(".assets.json")
        && !lower.ends_with(".asl.json")
}

/// Folders never searched: dependencies and build output other than CDK's templates.
fn is_skipped_folder(name: &str) -> bool {
    matches!(name, "node_modules" | ".git" | ".terraform" | ".aws-sam" | ".serverless" | "target" | ".venv")
        || name.starts_with("asset.")
}

/// The files to read for `paths`: files as given, folders searched
/// (sorted, skipping dependencies and build output).
#[must_use]
pub fn files_of(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect(path, &mut out);
        } else {
            out.push(path.clone());
        }
    }
    out
}

/// How deep a folder search goes, and how many files it takes at most.
const MAX_FOLDER_DEPTH: usize = 32;
const MAX_FILES: usize = 20_000;

fn collect(folder: &Path, out: &mut Vec<PathBuf>) {
    collect_at(folder, 0, out);
}

/// Searches `folder`: linked folders are not followed (a link to `.` or
/// `..` would loop), nor folders deeper than [`MAX_FOLDER_DEPTH`].
fn collect_at(folder: &Path, depth: usize, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    let mut entries: Vec<(PathBuf, bool)> =
        entries.filter_map(Result::ok).map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_symlink()))).collect();
    entries.sort();
    for (entry, link) in entries {
        if out.len() >= MAX_FILES {
            return;
        }
        let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if entry.is_dir() {
            if !link && depth < MAX_FOLDER_DEPTH && !is_skipped_folder(name) {
                collect_at(&entry, depth + 1, out);
            }
        } else if is_candidate(&entry) {
            out.push(entry);
        }
    }
}

/// [`read_paths`] for the command line: paths that do not exist and every
/// file's problems are written to `err`; the files read, and whether
/// anything could not be read.
pub fn read_paths_reporting(paths: &[String], err: &mut impl std::io::Write) -> (Vec<(PathBuf, FileRules)>, bool) {
    let mut failed = false;
    let mut existing = Vec::new();
    for path in paths.iter().map(PathBuf::from) {
        if path.exists() {
            existing.push(path);
        } else {
            writeln!(err, "rulecraft: {}: no such file or folder", path.display()).ok();
            failed = true;
        }
    }
    let files = read_paths(&existing);
    for problem in files.iter().flat_map(|(_, f)| &f.problems) {
        writeln!(err, "rulecraft: {problem}").ok();
        failed = true;
    }
    (files, failed)
}

/// Reads every file of `paths` (folders searched): each file's rules and
/// problems, in order. Files that are not infrastructure code are left out
/// unless named directly.
#[must_use]
pub fn read_paths(paths: &[PathBuf]) -> Vec<(PathBuf, FileRules)> {
    let mut files = Vec::new();
    // Terraform event targets, by index in `files`, for rules in other files.
    let mut targets = Vec::new();
    for file in files_of(paths) {
        let (rules, named_targets) = read_file_with_targets(&file);
        let named = paths.contains(&file);
        if named || rules.format.is_some() || !rules.problems.is_empty() {
            if !named_targets.is_empty() {
                targets.push((files.len(), named_targets));
            }
            files.push((file, rules));
        }
    }
    terraform::attach_across_files(&mut files, &targets);
    files
}

#[cfg(test)]
mod tests;
