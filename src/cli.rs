//! The command line: arguments to library calls, results to text, exit codes.
//!
//! - `test-event-pattern` mimics `aws events test-event-pattern` (its output,
//!   its error lines and the AWS CLI's exit codes: 252 for bad parameters,
//!   254 for an error the service would return).
//! - `test` tests a pattern against many events (exit 0; 1 when `--expect`
//!   is not met; 2 for an invalid pattern or unreadable input).
//! - `check` validates a pattern (exit 0 valid, 1 invalid, 2 unreadable).
//! - `lint` lints patterns and rule files (see [`crate::lint::command`]).
//! - `put-events` answers as `aws events put-events` would (see
//!   [`crate::putevents::command`]).

use crate::batch::{self, Item};
use crate::document::{FileKind, RuleDocument};
use crate::explain::{Explainer, Explanation, Reasons};
use crate::pattern::Pattern;
use crate::{EventMatcher, envelope};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, Write};
use std::process::ExitCode;

/// Design, test and explain Amazon EventBridge event patterns. Run with no
/// arguments to open the desktop window.
#[derive(Debug, Parser)]
#[command(name = "rulecraft", version, about)]
pub struct Cli {
    /// What to do; none opens the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the window with a rule or pattern file and event files (what a
    /// file manager's "Open with" runs); the events load as if dropped.
    Open {
        /// A rule or pattern file (optional), then event files: .json,
        /// .jsonl/.ndjson archives, folders.
        #[arg(value_name = "RULE_OR_PATTERN_FILE] [EVENT_FILES...")]
        files: Vec<std::path::PathBuf>,
    },
    /// Test one event against a pattern, like `aws events test-event-pattern`.
    #[command(name = "test-event-pattern")]
    TestEventPattern {
        /// The pattern: JSON text, or `file://PATH`.
        #[arg(long = "event-pattern", value_name = "JSON | file://PATH")]
        event_pattern: String,
        /// The event: JSON text, or `file://PATH`.
        #[arg(long, value_name = "JSON | file://PATH")]
        event: String,
    },
    /// Test a pattern against event files (.json, .jsonl/.ndjson, folders, - for stdin)
    /// or against the bundled sample events; or run a rule file's own events
    /// against their expected verdicts (`rulecraft test RULEFILE`).
    Test {
        /// The pattern file (without it, the one path is a rule file to run).
        #[arg(long, value_name = "FILE")]
        pattern: Option<String>,
        /// Event files, folders, or - for JSON Lines on standard input; or one rule file.
        #[arg(value_name = "PATHS", required_unless_present = "samples")]
        paths: Vec<String>,
        /// Test against the bundled sample events (all, or those of --source).
        #[arg(long)]
        samples: bool,
        /// With --samples: only the samples of this source.
        #[arg(long, requires = "samples", value_name = "SOURCE")]
        source: Option<String>,
        /// Show every condition's verdict for every event.
        #[arg(long, conflicts_with = "quiet")]
        explain: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Print only the closing summary line.
        #[arg(long)]
        quiet: bool,
        /// Fail (exit 1) when any event's verdict differs from this.
        #[arg(long, value_enum)]
        expect: Option<Expect>,
        /// Test every rule found in these infrastructure files or folders (CloudFormation, SAM,
        /// serverless.yml, Terraform) instead of one pattern; PATHS are then the events.
        #[arg(long, value_name = "PATH", conflicts_with = "pattern")]
        rules: Vec<String>,
        /// With --rules: a value for a part only known at deploy time, by its name or as listed
        /// (`AWS::AccountId=123456789012`, `var.prefix=shop`, `Bus=orders`); repeat for more.
        #[arg(long = "value", value_name = "NAME=VALUE", requires = "rules")]
        values: Vec<String>,
    },
    /// Check that a pattern is valid; on error show where, with a caret.
    Check {
        /// The pattern file.
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// List event sources, detail-types and fields with known values; QUERY searches them.
    Catalog {
        /// Words to search for (service, source, detail-type or field; typos are forgiven).
        #[arg(value_name = "QUERY")]
        query: Vec<String>,
        /// Print the catalog (or the matching services) as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List the bundled sample events.
    Samples {
        /// Only samples of this source.
        #[arg(long, value_name = "SOURCE")]
        source: Option<String>,
        /// Only samples of this detail-type.
        #[arg(long, value_name = "DETAIL-TYPE")]
        detail_type: Option<String>,
        /// Print them as JSON lines, with their text.
        #[arg(long)]
        json: bool,
        /// Show where the samples come from and the attribution their licences require.
        #[arg(long, conflicts_with = "json")]
        about: bool,
    },
    /// Write a pattern (or a rule file's pattern) for an infrastructure tool, on standard output.
    Export {
        /// The tool to write it for.
        #[arg(long, value_name = "FORMAT", value_enum)]
        format: crate::export::Format,
        /// The pattern file or rule file.
        #[arg(value_name = "PATTERN_FILE")]
        file: String,
        /// The rule's name (default: the rule file's name, or the file's name).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// The lessons on the pattern language and your progress; `learn check` checks an answer.
    Learn {
        /// Check an answer (none: list the lessons).
        #[command(subcommand)]
        action: Option<crate::learn::command::LearnAction>,
        /// How to print the list.
        #[arg(long, value_enum, default_value = "text")]
        format: crate::learn::command::LearnFormat,
        /// Lesson texts and advice in Korean.
        #[arg(long)]
        korean: bool,
    },
    /// Print what each target of a rule receives for an event, or what a bare input transformer makes of it
    /// (exit 1 when EventBridge would drop the event, 2 when AWS would refuse the target).
    Transform {
        /// A rule file whose targets to run.
        #[arg(
            long,
            value_name = "RULEFILE",
            conflicts_with = "input_transformer",
            required_unless_present = "input_transformer"
        )]
        rule: Option<String>,
        /// A transformer in AWS's JSON shape (`{"InputPathsMap": {...}, "InputTemplate": "..."}`): JSON text or `file://PATH`.
        #[arg(long = "input-transformer", value_name = "JSON | file://PATH")]
        input_transformer: Option<String>,
        /// The event: JSON text or `file://PATH`.
        #[arg(long, value_name = "JSON | file://PATH")]
        event: String,
        /// Only this target of the rule (with --input-transformer: the id AWS's messages name).
        #[arg(long, value_name = "ID")]
        target: Option<String>,
        /// The rule name <aws.events.rule-name> and <aws.events.rule-arn> give (default: the rule's name).
        #[arg(long = "rule-name", value_name = "NAME")]
        rule_name: Option<String>,
        /// The time <aws.events.event.ingestion-time> gives (default: now), e.g. 2026-01-01T00:00:00Z.
        #[arg(long = "ingestion-time", value_name = "TIME")]
        ingestion_time: Option<String>,
    },
    /// Propose patterns from examples: every event of --match matches, none of --no-match does. Prints the
    /// candidates as JSON patterns, one a line, the recommended one first (exit 1 with the reason when no
    /// pattern can separate them).
    Suggest {
        /// Events that should match: files, JSON Lines, folders.
        #[arg(long = "match", value_name = "PATHS", num_args = 1.., required = true)]
        matching: Vec<String>,
        /// Events that should not match.
        #[arg(long = "no-match", value_name = "PATHS", num_args = 1..)]
        not_matching: Vec<String>,
        /// The bundled samples (all but the events that should match) should not match either.
        #[arg(long)]
        samples: bool,
    },
    /// List the rules found in infrastructure code: CloudFormation and SAM templates (YAML or JSON, CDK's
    /// cdk.out), serverless.yml, Terraform (.tf); folders are searched (exit 2 when a file cannot be read).
    Rules {
        /// Files or folders.
        #[arg(value_name = "PATHS", required = true)]
        paths: Vec<String>,
        /// Output format: text for people, json for one JSON object a line (file, line, name, kind, pattern,
        /// schedule, unresolved, targets).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Lint patterns and rule files: what AWS refuses, and what it accepts but the author would regret
    /// (exit 1 on errors, or on warnings with --deny warnings; 2 when a file cannot be read).
    #[command(after_help = crate::lint::command::rules_help())]
    Lint {
        /// Pattern files, rule files (*.rulecraft.json: their pattern and targets), or - for a pattern on standard input.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<String>,
        /// Output format: text for people, json for scripts, sarif for code scanning.
        #[arg(long, value_enum, default_value = "text")]
        format: crate::lint::command::LintFormat,
        /// Where the pattern is used.
        #[arg(long, value_name = "PLACE", default_value = "rule", value_parser = crate::lint::command::place_parser())]
        place: crate::lint::Place,
        /// Fail (exit 1) on warnings too.
        #[arg(long, value_enum, value_name = "WHAT")]
        deny: Option<crate::lint::command::Deny>,
        /// Make the safe quick fixes in the files (pasted text repaired, a documented value's case; each
        /// file saved atomically), then report what remains.
        #[arg(long)]
        fix: bool,
        /// With --fix and one FILE: print the fixed file on standard output instead of saving it
        /// (the report goes to standard error). Standard input (-) is always fixed this way.
        #[arg(long, requires = "fix")]
        stdout: bool,
        /// With --fix: make the suggested fixes too ("did you mean" values and field names, a range
        /// for a list of numbers), which are guesses.
        #[arg(long = "suggestions", requires = "fix")]
        suggestions: bool,
    },
    /// Answer as `aws events put-events --entries` would, offline: AWS's checks and messages, the AWS CLI's
    /// response (exit 0 even when entries fail, as the AWS CLI does; 254 when AWS would refuse the whole request;
    /// 2 when the entries cannot be read or the AWS CLI would refuse them before sending).
    #[command(name = "put-events", after_help = PUT_EVENTS_HELP)]
    PutEvents {
        /// The entries as the AWS CLI takes them: a JSON list (or {"Entries": [...]}), as text or `file://PATH`.
        #[arg(long, value_name = "JSON | file://PATH")]
        entries: String,
        /// The most bytes the entries may total (AWS's count: the UTF-8 bytes of the source, detail-type, detail and
        /// resources, plus 14 for a time). 1 MB since 2026-01-29; 262144 for the old 256 KB.
        #[arg(long = "size-limit", value_name = "BYTES", default_value_t = crate::putevents::DEFAULT_SIZE_LIMIT)]
        size_limit: usize,
        /// Print the events the bus delivers as JSON Lines on standard output, and the response on standard error.
        #[arg(long)]
        emit: bool,
        /// The account the delivered events carry.
        #[arg(long, value_name = "ID", default_value = crate::putevents::DEFAULT_ACCOUNT)]
        account: String,
        /// The region the delivered events carry.
        #[arg(long, value_name = "REGION", default_value = crate::putevents::DEFAULT_REGION)]
        region: String,
    },
    /// Check a schedule expression (rate, cron; at for --scheduler), say what it means, and list its next runs.
    Schedule {
        /// The expression, e.g. 'cron(0 10 * * ? *)' or 'rate(5 minutes)'.
        #[arg(value_name = "EXPRESSION")]
        expression: String,
        /// Also show each run in this IANA time zone (with --scheduler: the zone the schedule runs in).
        #[arg(long, value_name = "ZONE")]
        tz: Option<String>,
        /// How many runs to list.
        #[arg(long, value_name = "N", default_value_t = 10)]
        next: usize,
        /// List runs after this time (default: now), e.g. 2026-01-01T00:00:00Z.
        #[arg(long, value_name = "TIME")]
        after: Option<String>,
        /// Read it as EventBridge Scheduler does (`at()`, a time zone) instead of a rule's `ScheduleExpression`.
        #[arg(long)]
        scheduler: bool,
        /// How to print it.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Print the pattern the designer's form generates for these choices.
    New {
        /// The event source, e.g. aws.ec2.
        #[arg(long, value_name = "SOURCE")]
        source: Option<String>,
        /// A detail-type (repeat for several).
        #[arg(long = "detail-type", value_name = "DETAIL-TYPE")]
        detail_types: Vec<String>,
        /// Allowed values of a field: PATH=VALUE[,VALUE...] (repeatable), e.g. detail.state=running,stopped.
        #[arg(long = "set", value_name = "PATH=VALUES")]
        set: Vec<String>,
    },
}

/// The end of `rulecraft put-events --help`.
const PUT_EVENTS_HELP: &str = "\
Output:
  The AWS CLI's response on standard output: {\"FailedEntryCount\": N, \"Entries\": [...]}, each entry
  {\"EventId\": ...} or {\"ErrorCode\": ..., \"ErrorMessage\": ...}, in request order. With --emit, the
  delivered events of the entries taken go to standard output instead, one per line, and the response
  to standard error, so they can be tested against a pattern:
    rulecraft put-events --entries file://entries.json --emit | rulecraft test --pattern pattern.json -
  Notes (an entry sent to a bus other than the default one, which EventBridge drops silently if the bus
  does not exist) go to standard error as `rulecraft: note: ...`.

Exit codes:
  0    AWS takes the request, even when some or all entries fail (as the AWS CLI exits 0)
  254  AWS refuses the whole request (more than 10 entries, too large, a bad EventBusName ...):
       the AWS CLI's error line on standard error
  2    the entries cannot be read, or the AWS CLI refuses them before sending (an empty list,
       an empty EventBusName or TraceHeader, a Time it cannot read)";

/// Output formats for `test`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One line per event, for people.
    Text,
    /// One JSON object per event, for scripts.
    Json,
}

/// The verdict every event is expected to have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Expect {
    /// Every event matches.
    Match,
    /// No event matches.
    NoMatch,
}

/// AWS CLI exit code for a bad parameter.
const EXIT_PARAMETER: u8 = 252;
/// AWS CLI exit code for an error returned by the service.
const EXIT_SERVICE: u8 = 254;

/// Runs a parsed command and returns the process's exit code.
#[must_use]
pub fn run(command: Command) -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut err = io::stderr().lock();
    let code = match command {
        Command::Open { .. } => {
            writeln!(err, "rulecraft: this build has no window (feature `gui`); see rulecraft --help").ok();
            2
        }
        Command::TestEventPattern { event_pattern, event } => {
            test_event_pattern(&event_pattern, &event, &mut out, &mut err)
        }
        Command::Test { pattern, paths, samples, source, explain, format, quiet, expect, rules, values } => {
            let options = TestOptions { explain, format, quiet, expect };
            if rules.is_empty() {
                match pattern {
                    Some(pattern) => {
                        let events = if samples { Events::Samples(source) } else { Events::Paths(paths) };
                        test(&pattern, &events, options, &mut out, &mut err)
                    }
                    None => test_rule_file(&paths, samples, options, &mut out, &mut err),
                }
            } else {
                let events = if samples { Events::Samples(source) } else { Events::Paths(paths) };
                let pairs: Vec<Option<(String, String)>> =
                    values.iter().map(|v| v.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned()))).collect();
                if let Some(bad) = values.iter().zip(&pairs).find(|(_, p)| p.is_none()).map(|(v, _)| v) {
                    writeln!(err, "rulecraft: --value {bad}: write NAME=VALUE").ok();
                    2
                } else if matches!(&events, Events::Paths(paths) if paths.iter().any(|p| p == "-")) {
                    let why = "--rules tests each rule against the events in turn: give files, not standard input (-)";
                    writeln!(err, "rulecraft: {why}").ok();
                    2
                } else {
                    let values: Vec<(String, String)> = pairs.into_iter().flatten().collect();
                    test_rules(&rules, &values, &events, options, &mut out, &mut err)
                }
            }
        }
        Command::Export { format, file, name } => export_command(format, &file, name, &mut out, &mut err),
        Command::Check { file } => check(&file, &mut out, &mut err),
        Command::Catalog { query, json } => catalog_command(&query.join(" "), json, &mut out, &mut err),
        Command::Samples { source, detail_type, json, about } => {
            samples_command(source.as_deref(), detail_type.as_deref(), json, about, &mut out)
        }
        Command::New { source, detail_types, set } => new_command(source, detail_types, &set, &mut out, &mut err),
        Command::Schedule { expression, tz, next, after, scheduler, format } => {
            let args = crate::schedule::command::ScheduleArgs {
                expression,
                zone: tz,
                next,
                after,
                scheduler,
                json: format == Format::Json,
            };
            crate::schedule::command::run(&args, &mut out, &mut err)
        }
        Command::Transform { rule, input_transformer, event, target, rule_name, ingestion_time } => {
            let args = crate::target::command::TransformArgs {
                rule,
                input_transformer,
                event,
                target,
                rule_name,
                ingestion_time,
            };
            crate::target::command::run(&args, parameter, &mut out, &mut err)
        }
        Command::Suggest { matching, not_matching, samples } => {
            crate::suggest::command::run(&matching, &not_matching, samples, &mut out, &mut err)
        }
        Command::Rules { paths, format } => {
            crate::iac::command::run(&paths, format == Format::Json, &mut out, &mut err)
        }
        Command::Lint { files, format, place, deny, fix, stdout, suggestions } => {
            let args = crate::lint::command::LintArgs {
                files,
                format,
                place,
                deny_warnings: deny.is_some(),
                fix,
                stdout,
                suggestions,
            };
            crate::lint::command::run(&args, &mut out, &mut err)
        }
        Command::PutEvents { entries, size_limit, emit, account, region } => {
            let args = crate::putevents::command::PutEventsArgs { entries, size_limit, emit, account, region };
            let mut ids = crate::putevents::new_event_id;
            crate::putevents::command::run(&args, parameter, &mut ids, jiff::Timestamp::now(), &mut out, &mut err)
        }
        Command::Learn { action, format, korean } => {
            let solved = crate::learn::saved_progress().unwrap_or_default();
            crate::learn::command::run(action, format, korean, &solved, &mut out, &mut err)
        }
    };
    if out.flush().is_err() {
        // The reader went away (e.g. `| head`): nothing more to say.
        return ExitCode::SUCCESS;
    }
    ExitCode::from(code)
}

/// Reads a rule file or a plain pattern file, reporting failure on `err`.
fn open_rule(path: &str, err: &mut impl Write) -> Option<(RuleDocument, FileKind)> {
    match RuleDocument::open(std::path::Path::new(path)) {
        Ok(opened) => Some(opened),
        Err(e) => {
            writeln!(err, "rulecraft: {e}").ok();
            None
        }
    }
}

fn export_command(
    format: crate::export::Format,
    file: &str,
    name: Option<String>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let Some((document, _)) = open_rule(file, err) else { return 2 };
    let name = name.unwrap_or_else(|| document.name.clone());
    let rule = crate::export::Rule {
        name: &name,
        description: &document.description,
        pattern: &document.pattern,
        targets: &document.targets,
        schedule: document.schedule.as_ref(),
    };
    match crate::export::export(&rule, format) {
        Ok(exported) => {
            out.write_all(exported.text.as_bytes()).ok();
            for warning in &exported.warnings {
                writeln!(err, "rulecraft: warning: {warning}").ok();
            }
            0
        }
        Err(error) if error.part == crate::export::RulePart::Schedule => {
            writeln!(err, "rulecraft: {file}: {error}").ok();
            1
        }
        Err(_) => {
            // Show the error as `check` does: where, with a caret.
            match Pattern::parse(&document.pattern) {
                Err(e) => writeln!(err, "{}", e.render(file, &document.pattern)).ok(),
                Ok(_) => writeln!(err, "rulecraft: {file}: cannot export").ok(),
            };
            1
        }
    }
}

/// `rulecraft test RULEFILE`: each of the rule's own events against the
/// verdict it expects. Exit 0 when all are as expected, 1 when any is not,
/// 2 when the file, its pattern or an event cannot be read.
fn test_rule_file(
    paths: &[String],
    samples: bool,
    options: TestOptions,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let [path] = paths else {
        writeln!(err, "rulecraft: give --pattern FILE with event files, or one rule file to run its own events").ok();
        return 2;
    };
    if samples || options.explain || options.expect.is_some() || options.format != Format::Text {
        writeln!(
            err,
            "rulecraft: --samples, --explain, --expect and --format apply with --pattern FILE; a rule file carries its own events and expected verdicts"
        )
        .ok();
        return 2;
    }
    let Some((document, kind)) = open_rule(path, err) else { return 2 };
    if kind == FileKind::Pattern {
        writeln!(err, "rulecraft: {path} is a plain pattern, not a rule file: give event files too, as in rulecraft test --pattern {path} EVENTS").ok();
        return 2;
    }
    let pattern = match Pattern::parse(&document.pattern) {
        Ok(p) => p,
        Err(e) => {
            writeln!(err, "{}", e.render(&format!("{path} (pattern)"), &document.pattern)).ok();
            return 2;
        }
    };
    let mut matcher = EventMatcher::new(&pattern);
    let mut explainer = Explainer::new(&pattern);
    let (mut as_expected, mut unexpected, mut unreadable, mut unchecked) = (0, 0, 0, 0);
    for event in &document.events {
        let verdict = match matcher.matches(&event.event) {
            Ok(v) => v,
            Err(e) => {
                unreadable += 1;
                let at = crate::json::Position::of(&event.event, e.span().start);
                writeln!(out, "{}: unreadable: {at}: {e}", event.name).ok();
                continue;
            }
        };
        let got = if verdict { "matched" } else { "no match" };
        let reasons = if verdict {
            String::new()
        } else {
            explainer.explain(&event.event).ok().map(|x| miss_reasons(&x).join("; ")).unwrap_or_default()
        };
        let reasons = if reasons.is_empty() { reasons } else { format!(" ({reasons})") };
        match event.expect {
            Some(expect) if expect.met_by(verdict) => {
                as_expected += 1;
                if !options.quiet {
                    writeln!(out, "{}: {got}, as expected", event.name).ok();
                }
            }
            Some(expect) => {
                unexpected += 1;
                writeln!(out, "{}: {got}, but expected {}{reasons}", event.name, expect.label()).ok();
            }
            None => {
                unchecked += 1;
                if !options.quiet {
                    writeln!(out, "{}: {got} (no expected verdict){reasons}", event.name).ok();
                }
            }
        }
    }
    let count = document.events.len();
    let events = if count == 1 { "event" } else { "events" };
    writeln!(
        out,
        "{}: {count} {events}: {as_expected} as expected, {unexpected} not as expected, {unchecked} without an expected verdict, {unreadable} unreadable",
        document.name,
    )
    .ok();
    match (unreadable, unexpected) {
        (0, 0) => 0,
        (0, _) => 1,
        _ => 2,
    }
}

/// Reads a `--event-pattern`/`--event` value: inline JSON or `file://PATH`.
fn parameter(name: &str, value: &str) -> Result<String, String> {
    let Some(path) = value.strip_prefix("file://") else {
        return Ok(value.to_owned());
    };
    let expected =
        if name == "--event" { crate::files::Expected::Event } else { crate::files::Expected::RuleOrPattern };
    crate::files::read_text(std::path::Path::new(path), expected)
        .map_err(|e| format!("Error parsing parameter '{name}': Unable to load paramfile {value}: {e}"))
}

fn test_event_pattern(pattern_arg: &str, event_arg: &str, out: &mut impl Write, err: &mut impl Write) -> u8 {
    const OPERATION: &str = "when calling the TestEventPattern operation";
    let (pattern_text, event_text) = match (parameter("--event-pattern", pattern_arg), parameter("--event", event_arg))
    {
        (Ok(p), Ok(e)) => (p, e),
        (Err(message), _) | (_, Err(message)) => {
            writeln!(err, "\n{message}").ok();
            return EXIT_PARAMETER;
        }
    };
    let pattern = match Pattern::parse(&pattern_text) {
        Ok(p) => p,
        Err(e) => {
            writeln!(err, "\nAn error occurred (InvalidEventPatternException) {OPERATION}: {e}").ok();
            let at = e.position(&pattern_text);
            writeln!(err, "  --> event pattern, line {}, column {}", at.line, at.column).ok();
            writeln!(err, "{}", crate::json::caret_snippet(&pattern_text, e.span)).ok();
            return EXIT_SERVICE;
        }
    };
    if let Err(problem) = envelope::check(&event_text) {
        writeln!(err, "\nAn error occurred (ValidationException) {OPERATION}: Parameter Event is not valid.").ok();
        writeln!(err, "Rulecraft: {problem}").ok();
        return EXIT_SERVICE;
    }
    match EventMatcher::new(&pattern).matches(&event_text) {
        Ok(matched) => {
            writeln!(out, "{{\"Result\": {matched}}}").ok();
            0
        }
        Err(e) => {
            writeln!(err, "\nAn error occurred (ValidationException) {OPERATION}: Parameter Event is not valid.").ok();
            writeln!(err, "Rulecraft: {e}").ok();
            EXIT_SERVICE
        }
    }
}

/// Options of the `test` subcommand.
#[derive(Debug, Clone, Copy)]
struct TestOptions {
    explain: bool,
    format: Format,
    quiet: bool,
    expect: Option<Expect>,
}

/// Counts for the closing summary.
#[derive(Debug, Default)]
struct Tally {
    matched: usize,
    unmatched: usize,
    unreadable: usize,
    unexpected: usize,
}

/// Warns when AWS may refuse the pattern as too complex (a score of 8 to 10).
fn warn_complexity(pattern: &Pattern, err: &mut impl Write) {
    if let Some(notice) = pattern.complexity_notice() {
        writeln!(err, "rulecraft: warning: {notice}").ok();
    }
}

fn read_pattern(path: &str, err: &mut impl Write) -> Option<(String, Pattern)> {
    let text = match crate::files::read_text(std::path::Path::new(path), crate::files::Expected::RuleOrPattern) {
        Ok(t) => t,
        Err(e) => {
            writeln!(err, "rulecraft: pattern {path}: {e}").ok();
            return None;
        }
    };
    match Pattern::parse(&text) {
        Ok(p) => {
            warn_complexity(&p, err);
            Some((text, p))
        }
        Err(e) => {
            writeln!(err, "{}", e.render(path, &text)).ok();
            None
        }
    }
}

/// The events `test` reads.
enum Events {
    /// Files, folders and `-`.
    Paths(Vec<String>),
    /// The bundled samples, of one source if given.
    Samples(Option<String>),
}

fn for_each_input(events: &Events, visit: impl FnMut(Item<'_>)) {
    match events {
        Events::Paths(paths) => batch::for_each_event(paths, visit),
        Events::Samples(source) => {
            let mut visit = visit;
            for sample in crate::samples::matching(source.as_deref(), None) {
                let path = format!("samples/{}", sample.file);
                visit(Item { origin: batch::Origin { path: &path, line: None }, text: Ok(sample.text) });
            }
        }
    }
}

/// Judges events against one pattern and writes each one's line of output:
/// the one definition of `test`'s output, whichever thread runs it.
struct Judge<'p> {
    matcher: EventMatcher<'p>,
    explainer: Explainer<'p>,
    options: TestOptions,
    pattern_text: &'p str,
    /// The last miss's reasons, their buffers kept for the next.
    reasons: Reasons,
    /// The last source path, and it as a JSON string without its closing quote.
    json_path: (String, Vec<u8>),
}

impl<'p> Judge<'p> {
    fn new(pattern: &'p Pattern, pattern_text: &'p str, options: TestOptions) -> Self {
        Self {
            matcher: EventMatcher::new(pattern),
            explainer: Explainer::new(pattern),
            options,
            pattern_text,
            reasons: Reasons::default(),
            json_path: (String::new(), b"\"".to_vec()),
        }
    }

    /// Judges one input, counts it in `tally` and writes its output to `out`.
    fn judge(&mut self, item: Item<'_>, tally: &mut Tally, out: &mut impl Write) {
        let options = self.options;
        let Item { origin, text } = item;
        let text: &str = match text {
            Ok(t) => t,
            Err(message) => {
                tally.unreadable += 1;
                report_unreadable(&origin, &message, options, out);
                return;
            }
        };
        let matched = match self.matcher.matches(text) {
            Ok(verdict) => verdict,
            Err(e) => {
                tally.unreadable += 1;
                let at = crate::json::Position::of(text, e.span().start);
                report_unreadable(&origin, &format!("{at}: {e}"), options, out);
                return;
            }
        };
        if matched {
            tally.matched += 1;
        } else {
            tally.unmatched += 1;
        }
        if options.expect.is_some_and(|x| (x == Expect::Match) != matched) {
            tally.unexpected += 1;
        }
        if options.quiet {
            return;
        }
        if !options.explain {
            // The common case, without building a whole explanation: the
            // closest branch's reasons for a miss, from the values the
            // matcher has already read.
            if matched {
                self.reasons.clear();
            } else {
                self.explainer.miss_reasons_into(self.matcher.extraction(), text, &mut self.reasons);
            }
            match options.format {
                Format::Text => write_text_verdict(out, &origin, matched, &self.reasons).ok(),
                Format::Json => {
                    if self.json_path.0 != origin.path {
                        let quoted = serde_json::to_vec(origin.path).unwrap_or_default();
                        self.json_path = (origin.path.to_owned(), quoted[..quoted.len().saturating_sub(1)].to_vec());
                    }
                    write_json_verdict(out, &self.json_path.1, origin.line, matched, &self.reasons).ok()
                }
            };
            return;
        }
        let explanation = self.explainer.explain(text).ok();
        let report = Report {
            origin: &origin,
            matched,
            explanation: explanation.as_ref(),
            every_condition: true,
            pattern: self.pattern_text,
            event: text,
        };
        match options.format {
            Format::Text => write_text(out, &report),
            Format::Json => write_json(out, &report),
        }
    }
}

/// Writes a line number in decimal, as `{line}` does.
fn write_line_number(out: &mut impl Write, line: usize) -> io::Result<()> {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = line;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.write_all(&digits[at..])
}

/// `{origin}: matched` or `{origin}: no match: {reasons joined by "; "}`,
/// written piece by piece.
fn write_text_verdict(
    out: &mut impl Write,
    origin: &batch::Origin<'_>,
    matched: bool,
    reasons: &Reasons,
) -> io::Result<()> {
    out.write_all(origin.path.as_bytes())?;
    if let Some(line) = origin.line {
        out.write_all(b":")?;
        write_line_number(out, line)?;
    }
    if matched {
        return out.write_all(b": matched\n");
    }
    out.write_all(b": no match: ")?;
    for (k, reason) in reasons.iter().enumerate() {
        if k > 0 {
            out.write_all(b"; ")?;
        }
        out.write_all(reason.as_bytes())?;
    }
    out.write_all(b"\n")
}

/// `{"matched":…,"reasons":[…],"source":…}`, byte for byte as `serde_json`
/// writes the record (keys in order, reasons only for a miss). `json_path`
/// is the source's path as a JSON string without its closing quote (a line
/// number after it needs no escaping).
fn write_json_verdict(
    out: &mut impl Write,
    json_path: &[u8],
    line: Option<usize>,
    matched: bool,
    reasons: &Reasons,
) -> io::Result<()> {
    out.write_all(if matched { b"{\"matched\":true" } else { b"{\"matched\":false,\"reasons\":[" })?;
    if !matched {
        for (k, reason) in reasons.iter().enumerate() {
            if k > 0 {
                out.write_all(b",")?;
            }
            serde_json::to_writer(&mut *out, reason)?;
        }
        out.write_all(b"]")?;
    }
    out.write_all(b",\"source\":")?;
    out.write_all(json_path)?;
    if let Some(line) = line {
        out.write_all(b":")?;
        write_line_number(out, line)?;
    }
    out.write_all(b"\"}\n")
}

impl Tally {
    fn add(&mut self, other: &Tally) {
        self.matched += other.matched;
        self.unmatched += other.unmatched;
        self.unreadable += other.unreadable;
        self.unexpected += other.unexpected;
    }
}

/// How many threads judge JSON Lines: one per core this process may use.
fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// Judges a JSON Lines source on every core, writing results in order.
fn test_lines(
    path: &str,
    reader: impl io::Read + Send,
    pattern: &Pattern,
    pattern_text: &str,
    options: TestOptions,
    tally: &mut Tally,
    out: &mut impl Write,
) {
    batch::process_lines(
        reader,
        workers(),
        // Quiet output shows no line numbers (read failures are not shown either).
        !options.quiet,
        || Judge::new(pattern, pattern_text, options),
        |judge, block| {
            let (mut text, mut counts) = (Vec::new(), Tally::default());
            block.for_each_line(path, &mut |item| judge.judge(item, &mut counts, &mut text));
            (text, counts)
        },
        |result| match result {
            Ok((text, counts)) => {
                out.write_all(&text).ok();
                tally.add(&counts);
            }
            Err((line, message)) => {
                tally.unreadable += 1;
                report_unreadable(&batch::Origin { path, line: Some(line) }, &message, options, out);
            }
        },
    );
}

fn test(pattern_path: &str, events: &Events, options: TestOptions, out: &mut impl Write, err: &mut impl Write) -> u8 {
    let Some((pattern_text, pattern)) = read_pattern(pattern_path, err) else {
        return 2;
    };
    test_pattern(&pattern_text, &pattern, events, options, out, err)
}

/// `rulecraft test --rules`: every rule found in infrastructure code, each
/// tested as `test --pattern` would test it, under a line naming it. Rules
/// without a pattern (schedules) are listed as such; a pattern only known at
/// deploy time is skipped with what it waits for; an invalid pattern is an
/// error with AWS's message. Exit code: the worst of the rules' (2 when a
/// file cannot be read).
fn test_rules(
    paths: &[String],
    values: &[(String, String)],
    events: &Events,
    options: TestOptions,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let (files, failed) = crate::iac::read_paths_reporting(paths, err);
    let mut code = if failed { 2 } else { 0 };
    let (mut tested, mut skipped, mut invalid) = (0, 0, 0);
    for (_, found) in &files {
        for rule in &found.rules {
            let place = format!("{}:{}", rule.file.display(), rule.line);
            let Some(pattern) = rule.resolved_pattern(values) else {
                let why = match rule.pattern_status {
                    crate::iac::Status::MultipleFilters => "several filters, each a pattern of its own",
                    _ if rule.kind.is_schedule() || rule.schedule.is_some() => "a schedule, no pattern",
                    _ => "no pattern",
                };
                writeln!(out, "== {place} {}: not tested ({why})", rule.id).ok();
                skipped += 1;
                continue;
            };
            let parts = crate::iac::placeholders(&pattern);
            if !parts.is_empty() {
                let parts: Vec<String> = parts.into_iter().map(|p| p.name().unwrap_or(p.text)).collect();
                writeln!(
                    out,
                    "== {place} {}: skipped, only known at deploy time (give --value NAME=VALUE): {}",
                    rule.id,
                    parts.join(", ")
                )
                .ok();
                skipped += 1;
                continue;
            }
            let text = pattern.to_pretty_json();
            writeln!(out, "== {place} {}", rule.id).ok();
            match Pattern::parse(&text) {
                Ok(pattern) => {
                    warn_complexity(&pattern, err);
                    tested += 1;
                    code = code.max(test_pattern(&text, &pattern, events, options, out, err));
                }
                Err(e) => {
                    invalid += 1;
                    writeln!(out, "{place}: {}: {e}\n{}", rule.id, crate::json::caret_snippet(&text, e.span)).ok();
                    code = code.max(1);
                }
            }
        }
    }
    writeln!(out, "{tested} rules tested, {invalid} with an invalid pattern, {skipped} not tested").ok();
    // Expecting verdicts of rules none of which could be tested is a failure, not a pass.
    if tested == 0 && options.expect.is_some() {
        code = code.max(1);
    }
    code
}

/// Tests one compiled pattern against the events; the exit code.
fn test_pattern(
    pattern_text: &str,
    pattern: &Pattern,
    events: &Events,
    options: TestOptions,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let (pattern_text, pattern) = (pattern_text.to_owned(), pattern);
    let mut judge = Judge::new(pattern, &pattern_text, options);
    let mut tally = Tally::default();
    if let Events::Samples(Some(source)) = events
        && crate::catalog::catalog().service(source).is_none()
    {
        writeln!(err, "rulecraft: no source {source:?} in the catalog (see rulecraft catalog)").ok();
        return 2;
    }
    match events {
        Events::Paths(paths) => {
            for entry in batch::expand(paths) {
                match entry {
                    Err((path, message)) => judge.judge(batch::problem(&path, None, message), &mut tally, out),
                    Ok((path, batch::Kind::Lines)) if path == "-" => {
                        test_lines(&path, io::stdin(), pattern, &pattern_text, options, &mut tally, out);
                    }
                    Ok((path, batch::Kind::Lines)) => match std::fs::File::open(&path) {
                        Ok(file) => test_lines(&path, file, pattern, &pattern_text, options, &mut tally, out),
                        Err(e) => {
                            judge.judge(batch::problem(&path, None, format!("cannot open: {e}")), &mut tally, out);
                        }
                    },
                    Ok((path, batch::Kind::Single)) => {
                        batch::for_each_event(std::slice::from_ref(&path), |item| judge.judge(item, &mut tally, out));
                    }
                }
            }
        }
        Events::Samples(_) => for_each_input(events, |item| judge.judge(item, &mut tally, out)),
    }
    let summary =
        format!("{} matched, {} did not match, {} unreadable", tally.matched, tally.unmatched, tally.unreadable);
    match options.format {
        Format::Text => writeln!(out, "{summary}").ok(),
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::json!({"summary": summary, "matched": tally.matched, "not_matched": tally.unmatched, "unreadable": tally.unreadable})
        )
        .ok(),
    };
    match (tally.unreadable, tally.unexpected) {
        (0, 0) => 0,
        (0, _) => 1,
        _ => 2,
    }
}

fn report_unreadable(origin: &batch::Origin<'_>, message: &str, options: TestOptions, out: &mut impl Write) {
    if options.quiet {
        return;
    }
    match options.format {
        Format::Text => writeln!(out, "{origin}: unreadable: {message}").ok(),
        Format::Json => writeln!(out, "{}", serde_json::json!({"source": origin.to_string(), "error": message})).ok(),
    };
}

/// The reasons a missed event gives, from the branch that came closest.
fn miss_reasons(explanation: &Explanation) -> Vec<String> {
    explanation.miss_reasons()
}

/// One event's result, as the writers need it.
struct Report<'a> {
    origin: &'a batch::Origin<'a>,
    matched: bool,
    explanation: Option<&'a Explanation>,
    every_condition: bool,
    pattern: &'a str,
    event: &'a str,
}

fn write_text(out: &mut impl Write, report: &Report<'_>) {
    let Report { origin, matched, explanation, every_condition, pattern, event } = *report;
    if matched {
        writeln!(out, "{origin}: matched").ok();
    } else {
        let reasons = explanation.map(miss_reasons).unwrap_or_default();
        writeln!(out, "{origin}: no match: {}", reasons.join("; ")).ok();
    }
    if !every_condition {
        return;
    }
    let Some(explanation) = explanation else { return };
    let several = explanation.branches.len() > 1;
    for (i, branch) in explanation.branches.iter().enumerate() {
        if several {
            let verdict = if branch.matched { "matched" } else { "no match" };
            writeln!(out, "  $or branch {}: {verdict}", i + 1).ok();
        }
        for field in &branch.fields {
            for c in &field.conditions {
                let mark = if c.matched { "✓" } else { "✗" };
                let by: Vec<&str> = c.satisfied_by.iter().map(|s| s.slice(event)).collect();
                let by = if by.is_empty() { String::new() } else { format!(" (by {})", by.join(", ")) };
                writeln!(out, "    {mark} {}: {}{by}   [{}]", field.path, c.description, c.span.slice(pattern)).ok();
            }
            if let Some(quirk) = &field.quirk {
                writeln!(out, "      note: {quirk}").ok();
            }
        }
        if let Some(reason) = &branch.reason {
            writeln!(out, "    {reason}").ok();
        }
    }
}

fn write_json(out: &mut impl Write, report: &Report<'_>) {
    let Report { origin, matched, explanation, every_condition, pattern, event } = *report;
    let mut record = serde_json::json!({"source": origin.to_string(), "matched": matched});
    if let Some(e) = explanation {
        if !matched {
            record["reasons"] = serde_json::json!(miss_reasons(e));
        }
        if every_condition {
            let conditions: Vec<serde_json::Value> = e
                .branches
                .iter()
                .enumerate()
                .flat_map(|(b, branch)| {
                    branch.fields.iter().flat_map(move |f| {
                        f.conditions.iter().map(move |c| {
                            serde_json::json!({
                                "branch": b + 1,
                                "path": f.path,
                                "condition": c.span.slice(pattern),
                                "description": c.description,
                                "matched": c.matched,
                                "values": c.satisfied_by.iter().map(|s| s.slice(event)).collect::<Vec<_>>(),
                            })
                        })
                    })
                })
                .collect();
            record["conditions"] = serde_json::Value::Array(conditions);
            let notes: Vec<String> = e
                .branches
                .iter()
                .flat_map(|b| b.fields.iter().filter_map(|f| f.quirk.as_ref().map(ToString::to_string)))
                .collect();
            if !notes.is_empty() {
                record["notes"] = serde_json::json!(notes);
            }
        }
    }
    writeln!(out, "{record}").ok();
}

fn check(path: &str, out: &mut impl Write, err: &mut impl Write) -> u8 {
    let text = match crate::files::read_text(std::path::Path::new(path), crate::files::Expected::RuleOrPattern) {
        Ok(t) => t,
        Err(e) => {
            writeln!(err, "rulecraft: {path}: {e}").ok();
            return 2;
        }
    };
    match Pattern::parse(&text) {
        Ok(pattern) => {
            writeln!(out, "ok").ok();
            warn_complexity(&pattern, err);
            0
        }
        Err(e) => {
            writeln!(out, "{}", e.render(path, &text)).ok();
            1
        }
    }
}

fn catalog_command(query: &str, json: bool, out: &mut impl Write, err: &mut impl Write) -> u8 {
    let catalog = crate::catalog::catalog();
    let hits = catalog.search(query);
    if hits.is_empty() {
        writeln!(err, "rulecraft: nothing in the catalog matches {query:?}").ok();
        return 1;
    }
    let mut services: Vec<usize> = Vec::new();
    for hit in &hits {
        if !services.contains(&hit.service) {
            services.push(hit.service);
        }
    }
    if json {
        let chosen: Vec<&crate::catalog::Service> = services.iter().map(|&i| &catalog.services[i]).collect();
        let value = serde_json::json!({"about": catalog.about, "services": chosen});
        writeln!(out, "{}", serde_json::to_string_pretty(&value).unwrap_or_default()).ok();
        return 0;
    }
    for &index in &services {
        let service = &catalog.services[index];
        writeln!(out, "{}  {}", service.source, service.name).ok();
        // With a query, show the detail-types it found (or all of a matched service).
        let found: Vec<usize> = hits.iter().filter(|h| h.service == index).filter_map(|h| h.detail_type).collect();
        let whole_service =
            query.trim().is_empty() || hits.iter().any(|h| h.service == index && h.detail_type.is_none());
        for (d, detail_type) in service.detail_types.iter().enumerate() {
            if !whole_service && !found.contains(&d) {
                continue;
            }
            let unverified = if detail_type.verified { "" } else { "  (unverified: no published event)" };
            let samples = match detail_type.samples.len() {
                0 => String::new(),
                n => format!("  [{n} sample{}]", if n == 1 { "" } else { "s" }),
            };
            writeln!(out, "  {}{samples}{unverified}", detail_type.name).ok();
            for field in detail_type
                .fields
                .iter()
                .filter(|f| !f.documented.is_empty() || !f.observed_only.is_empty() || !f.suggested.is_empty())
            {
                write!(out, "    {}: {}", field.path, field.documented.join(", ")).ok();
                if !field.observed_only.is_empty() {
                    write!(out, "  (also seen in samples: {})", field.observed_only.join(", ")).ok();
                }
                if !field.suggested.is_empty() {
                    write!(out, "(suggested: {})", field.suggested.join(", ")).ok();
                }
                writeln!(out).ok();
            }
        }
    }
    0
}

fn samples_command(
    source: Option<&str>,
    detail_type: Option<&str>,
    json: bool,
    about: bool,
    out: &mut impl Write,
) -> u8 {
    if about {
        let all = crate::samples::all();
        writeln!(out, "Rulecraft bundles {} published AWS sample events, each exactly as published.", all.len()).ok();
        writeln!(out, "Attribution required by their licences:\n").ok();
        for (line, count) in crate::samples::attributions() {
            writeln!(out, "- {line} ({count} event{})", if count == 1 { "" } else { "s" }).ok();
        }
        writeln!(
            out,
            "\nEvery sample's origin (repository, file, commit, line) is listed by `rulecraft samples --json`."
        )
        .ok();
        return 0;
    }
    let chosen: Vec<&crate::samples::Sample> = crate::samples::matching(source, detail_type).collect();
    for sample in &chosen {
        if json {
            let record = serde_json::json!({
                "file": sample.file,
                "source": sample.source,
                "detail-type": sample.detail_type,
                "discriminator": sample.discriminator,
                "license": sample.license,
                "origin": format!("{}/{} @ {} line {}", sample.origin.repository, sample.origin.path, sample.origin.commit, sample.origin.line.unwrap_or(0)),
                "attribution": sample.attribution(),
                "event": sample.text,
            });
            writeln!(out, "{record}").ok();
        } else {
            let discriminator = sample.discriminator.as_deref().unwrap_or("");
            writeln!(
                out,
                "{}  {}  {}  {}  [{}]",
                sample.source, sample.detail_type, discriminator, sample.file, sample.license
            )
            .ok();
        }
    }
    if !json {
        writeln!(out, "{} sample{}", chosen.len(), if chosen.len() == 1 { "" } else { "s" }).ok();
    }
    u8::from(chosen.is_empty())
}

fn new_command(
    source: Option<String>,
    detail_types: Vec<String>,
    set: &[String],
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let mut form = crate::form::Form { source, detail_types, ..crate::form::Form::default() };
    for assignment in set {
        let Some((path, values)) = assignment.split_once('=') else {
            writeln!(err, "rulecraft: --set takes PATH=VALUE[,VALUE...], got {assignment:?}").ok();
            return 2;
        };
        let values: Vec<String> =
            values.split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect();
        form.set_values(path.trim(), values);
    }
    let text = form.pattern_text();
    writeln!(out, "{text}").ok();
    if let Err(e) = Pattern::parse(&text) {
        writeln!(err, "rulecraft: note: EventBridge would reject this pattern: {e}").ok();
        return 1;
    }
    0
}
