//! The designer's state, free of egui so tests can drive it without a window.
//!
//! Panels read the state and send [`Command`]s; [`AppState::handle`] is the one
//! place state changes. Derived results (the compiled pattern, every event's
//! verdict, the selected event's explanation, whether the form can show the
//! pattern) are computed in [`AppState::analysis`], once per change, never
//! per frame.

use crate::document::Expectation;
use crate::event::EventError;
use crate::explain::{Explainer, Explanation};
use crate::form::Form;
use crate::json::{Position, Span};
use crate::pattern::{Literal, Matcher, Pattern, PatternError};
use crate::{EventMatcher, samples};
use std::path::PathBuf;

pub use super::file_state::{Action, Answer, DialogRequest, FileState, RECOVERY_INTERVAL_SECS};

/// Where an event in the list comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventOrigin {
    /// A bundled sample.
    Sample {
        /// Its `source`.
        source: String,
        /// Its `detail-type`.
        detail_type: String,
    },
    /// Added by the user (pasted, opened or dropped).
    Own,
}

/// One event the pattern is tested against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventEntry {
    /// A short name: the sample's file or the user's file name.
    pub name: String,
    /// The event text.
    pub text: String,
    /// Where it comes from.
    pub origin: EventOrigin,
    /// The verdict the user expects (own events only).
    pub expect: Option<Expectation>,
}

/// An event's verdict against the current pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventVerdict {
    /// It matches.
    Matched,
    /// It does not match.
    NotMatched,
    /// It cannot be read: what is wrong and where.
    Unreadable(String),
    /// The pattern is invalid, so there is no verdict.
    NoPattern,
}

/// Whether the form can show the current pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormSync {
    /// The form shows exactly the pattern.
    Follows,
    /// The pattern uses something the form cannot show; the JSON rules.
    CannotShow(String),
    /// The pattern text is invalid; the form shows the last valid pattern.
    PatternInvalid,
}

/// Everything derived from the texts.
#[derive(Debug)]
pub struct Analysis {
    /// The compiled pattern, or AWS's reason it is invalid.
    pub pattern: Result<Pattern, PatternError>,
    /// Where the error is, for invalid patterns.
    pub error_position: Option<Position>,
    /// One verdict per event in [`AppState::events`].
    pub verdicts: Vec<EventVerdict>,
    /// The selected event's explanation.
    pub explanation: Option<Explanation>,
    /// Whether the form follows the pattern.
    pub form_sync: FormSync,
}

/// What a panel asks the state to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Choose the event source (or none).
    ChooseSource(Option<String>),
    /// Add or remove a detail-type.
    ToggleDetailType(String),
    /// Add or remove an allowed value of a field.
    ToggleValue {
        /// The field's dotted path.
        path: String,
        /// The value.
        value: String,
    },
    /// Set the allowed values of a field (none removes it), e.g. `account`.
    SetValues {
        /// The field's dotted path.
        path: String,
        /// The values.
        values: Vec<String>,
    },
    /// Add a condition with an operator to the form.
    AddCondition(crate::form::FieldCondition),
    /// Remove the form's condition at this index.
    RemoveCondition(usize),
    /// The pattern text was edited in place, at this time (seconds); edits
    /// less than a second apart make one undo step.
    PatternEdited {
        /// When, in seconds on any steady clock.
        at_secs: f64,
    },
    /// Replace the pattern text (undoable).
    SetPattern(String),
    /// Re-indent the pattern (valid JSON only).
    Prettify,
    /// Undo the last pattern change.
    Undo,
    /// Redo an undone pattern change.
    Redo,
    /// Add an event of the user's own.
    AddOwnEvent {
        /// A name for the list.
        name: String,
        /// The event text.
        text: String,
    },
    /// Add events read from files (opened or dropped), reporting problems.
    AddOwnEvents {
        /// `(name, text)` per event.
        events: Vec<(String, String)>,
        /// One message per file or line that could not be read.
        problems: Vec<String>,
    },
    /// The text of the user's own event at this index was edited in place.
    EventEdited(usize),
    /// Remove an event of the user's own.
    RemoveEvent(usize),
    /// Select an event (or none).
    SelectEvent(Option<usize>),
    /// Set the verdict an own event should get.
    SetExpectation {
        /// The event.
        index: usize,
        /// The verdict, or none.
        expect: Option<Expectation>,
    },
    /// Do something that would drop unsaved changes: asks first if there are any.
    Guarded(Action),
    /// The answer to "Save changes?".
    Answer(Answer),
    /// Save the rule (asks where if it has no rule file yet).
    Save,
    /// Save the rule to a file the user chooses.
    SaveAs,
    /// Save the rule to this file, then do `then`.
    SaveRuleTo {
        /// The file.
        path: PathBuf,
        /// What follows a successful save.
        then: Option<Action>,
    },
    /// Save only the pattern, to a file the user chooses.
    SavePatternAs,
    /// Save only the pattern to this file.
    SavePatternTo(PathBuf),
    /// Write a text (an export) to this file, atomically.
    WriteFile {
        /// The file.
        path: PathBuf,
        /// The text.
        text: String,
    },
    /// The rule's name or description was edited in place.
    RuleInfoEdited,
    /// Restore the crashed window's work at this index.
    RestoreOrphan(usize),
    /// Throw away the crashed window's work at this index.
    DiscardOrphan(usize),
    /// Close the alert.
    DismissAlert,
    /// Open the export dialog.
    OpenExport,
    /// Close the export dialog.
    CloseExport,
    /// Show the export in this format.
    ExportFormat(crate::export::Format),
    /// Ask where to save the export shown.
    SaveExport,
    /// Show a message in the toolbar.
    Notice(String),
    /// Open this file now (unsaved changes were already asked about).
    OpenNow(PathBuf),
}

/// A condition being written in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConditionDraft {
    /// The field's dotted path.
    pub path: String,
    /// The operator.
    pub operator: crate::form::Operator,
    /// The value as typed.
    pub value: String,
}

impl Default for ConditionDraft {
    fn default() -> Self {
        Self { path: String::new(), operator: crate::form::Operator::Equals, value: String::new() }
    }
}

impl ConditionDraft {
    /// The condition, or why it cannot be added yet (AWS's reason where it is AWS's rule).
    pub fn check(&self) -> Result<crate::form::FieldCondition, String> {
        let path = self.path.trim();
        if path.is_empty() {
            return Err("choose or type a field, e.g. detail.state".to_owned());
        }
        if self.operator.takes_value() && self.value.trim().is_empty() {
            return Err("type a value".to_owned());
        }
        crate::form::FieldCondition::new(path, self.operator, &self.value)
    }
}

/// What an analysis was made for: (pattern revision, events revision, selection).
type AnalysisKey = (u64, u64, Option<usize>);

/// Everything the window shows.
#[derive(Debug)]
pub struct AppState {
    /// Filter text for the service list.
    pub service_query: String,
    /// The form: source, detail-types and allowed values.
    pub form: Form,
    /// The pattern text, exactly as typed.
    pub pattern_text: String,
    /// Filter text for the event list.
    pub event_filter: String,
    /// Text in the "paste an event" box.
    pub paste_text: String,
    /// Every event: bundled samples, then the user's own.
    pub events: Vec<EventEntry>,
    /// The selected event.
    pub selected: Option<usize>,
    /// A message for the user about the last action, if any.
    pub notice: Option<String>,
    /// The account filter as typed (comma-separated).
    pub account_input: String,
    /// The region filter as typed (comma-separated).
    pub region_input: String,
    /// The condition being written in "Add condition".
    pub draft: ConditionDraft,
    /// Whether the "About samples" window is open.
    pub about_open: bool,
    /// The service list for [`Self::service_query`], cached: (query, service indices).
    service_hits: Option<(String, Vec<usize>)>,
    /// The pattern text as the state last saw it (for undo of typing).
    committed_text: String,
    undo: Vec<String>,
    redo: Vec<String>,
    /// When the last in-place edit happened, while edits form one undo step.
    typing_since: Option<f64>,
    /// Bumped when the pattern text changes.
    pattern_revision: u64,
    /// Bumped when the events change.
    events_revision: u64,
    /// The analysis and what it was made for.
    analysis: Option<(AnalysisKey, Analysis)>,
    /// The rule as a file: path, name, unsaved changes, recovery, dialogs.
    pub file: FileState,
    /// The export dialog, while open.
    pub export: Option<super::file_state::ExportDialog>,
}

/// The form a new window starts with.
fn starting_form() -> Form {
    let mut form = Form {
        source: Some("aws.ec2".to_owned()),
        detail_types: vec!["EC2 Instance State-change Notification".to_owned()],
        ..Form::default()
    };
    form.set_values("detail.state", vec!["running".to_owned(), "stopped".to_owned()]);
    form
}

impl Default for AppState {
    fn default() -> Self {
        let form = starting_form();
        let mut state = Self::new(&form.pattern_text(), &[]);
        state.form = form;
        state.mark_saved();
        state.selected =
            state.events.iter().position(|e| e.name.contains("Instance-State-change-Notification--running"));
        state
    }
}

impl AppState {
    /// State with this pattern text, all bundled samples, and these own events.
    #[must_use]
    pub fn new(pattern: &str, own_events: &[(&str, &str)]) -> Self {
        let mut events: Vec<EventEntry> = samples::all()
            .iter()
            .map(|s| EventEntry {
                name: s.file.trim_end_matches(".json").to_owned(),
                text: s.text.to_owned(),
                origin: EventOrigin::Sample { source: s.source.clone(), detail_type: s.detail_type.clone() },
                expect: None,
            })
            .collect();
        events.extend(own_events.iter().map(|(name, text)| EventEntry {
            name: (*name).to_owned(),
            text: (*text).to_owned(),
            origin: EventOrigin::Own,
            expect: None,
        }));
        let mut state = Self {
            service_query: String::new(),
            form: Form::default(),
            pattern_text: pattern.to_owned(),
            event_filter: String::new(),
            paste_text: String::new(),
            events,
            selected: None,
            notice: None,
            account_input: String::new(),
            region_input: String::new(),
            draft: ConditionDraft::default(),
            about_open: false,
            service_hits: None,
            committed_text: pattern.to_owned(),
            undo: Vec::new(),
            redo: Vec::new(),
            typing_since: None,
            pattern_revision: 0,
            events_revision: 0,
            analysis: None,
            file: FileState::untitled(),
            export: None,
        };
        state.form_follows_pattern();
        state.mark_saved();
        state
    }

    /// Applies a command. The only place state changes.
    #[expect(clippy::too_many_lines, reason = "one short arm per command")]
    pub fn handle(&mut self, command: Command) {
        if !matches!(command, Command::PatternEdited { .. }) {
            self.typing_since = None;
        }
        match command {
            Command::ChooseSource(source) => {
                if self.form.source != source {
                    self.form.source = source;
                    self.form.detail_types.clear();
                    self.form.fields.clear();
                    self.pattern_from_form();
                }
            }
            Command::ToggleDetailType(name) => {
                match self.form.detail_types.iter().position(|d| *d == name) {
                    Some(i) => {
                        self.form.detail_types.remove(i);
                    }
                    None => self.form.detail_types.push(name),
                }
                self.pattern_from_form();
            }
            Command::ToggleValue { path, value } => {
                let mut values =
                    self.form.fields.iter().find(|f| f.path == path).map(|f| f.values.clone()).unwrap_or_default();
                match values.iter().position(|v| *v == value) {
                    Some(i) => {
                        values.remove(i);
                    }
                    None => values.push(value),
                }
                self.form.set_values(&path, values);
                self.pattern_from_form();
            }
            Command::AddCondition(condition) => {
                self.form.conditions.push(condition);
                self.pattern_from_form();
            }
            Command::RemoveCondition(index) => {
                if index < self.form.conditions.len() {
                    self.form.conditions.remove(index);
                    self.pattern_from_form();
                }
            }
            Command::SetValues { path, values } => {
                self.form.set_values(&path, values);
                self.pattern_from_form();
            }
            Command::PatternEdited { at_secs } => {
                if self.pattern_text != self.committed_text {
                    let same_run = self.typing_since.is_some_and(|last| at_secs - last < 1.0);
                    if !same_run {
                        self.undo.push(self.committed_text.clone());
                        self.redo.clear();
                    }
                    self.typing_since = Some(at_secs);
                    self.committed_text.clone_from(&self.pattern_text);
                    self.pattern_revision += 1;
                    self.form_follows_pattern();
                }
            }
            Command::SetPattern(text) => self.replace_pattern(text),
            Command::Prettify => match crate::json::parse(&self.pattern_text) {
                Ok(tree) => {
                    let pretty = prettify(&tree);
                    if pretty != self.pattern_text {
                        self.replace_pattern(pretty);
                    }
                }
                Err(e) => {
                    let at = Position::of(&self.pattern_text, e.span.start);
                    self.notice =
                        Some(format!("Cannot prettify: the JSON is invalid at line {}, column {}", at.line, at.column));
                }
            },
            Command::Undo => {
                if let Some(previous) = self.undo.pop() {
                    self.redo.push(std::mem::replace(&mut self.pattern_text, previous));
                    self.pattern_changed();
                }
            }
            Command::Redo => {
                if let Some(next) = self.redo.pop() {
                    self.undo.push(std::mem::replace(&mut self.pattern_text, next));
                    self.pattern_changed();
                }
            }
            Command::AddOwnEvent { name, text } => {
                self.events.push(EventEntry { name, text, origin: EventOrigin::Own, expect: None });
                self.selected = Some(self.events.len() - 1);
                self.events_revision += 1;
            }
            Command::AddOwnEvents { events, problems } => self.add_own_events(events, &problems),
            Command::RemoveEvent(index) => self.remove_event(index),
            Command::EventEdited(index) => {
                if self.events.get(index).is_some_and(|e| e.origin == EventOrigin::Own) {
                    self.events_revision += 1;
                }
            }
            Command::SelectEvent(index) => self.selected = index.filter(|&i| i < self.events.len()),
            Command::SetExpectation { index, expect } => {
                if let Some(event) = self.events.get_mut(index).filter(|e| e.origin == EventOrigin::Own)
                    && event.expect != expect
                {
                    event.expect = expect;
                    self.events_revision += 1;
                }
            }
            Command::Notice(text) => self.notice = Some(text),
            other => self.handle_file(other),
        }
    }

    fn add_own_events(&mut self, events: Vec<(String, String)>, problems: &[String]) {
        let added = events.len();
        for (name, text) in events {
            self.events.push(EventEntry { name, text, origin: EventOrigin::Own, expect: None });
        }
        if added > 0 {
            self.selected = Some(self.events.len() - added);
            self.events_revision += 1;
        }
        let plural = if added == 1 { "" } else { "s" };
        self.notice = if problems.is_empty() {
            Some(format!("Added {added} event{plural}"))
        } else {
            Some(format!("Added {added}; {} could not be read: {}", problems.len(), problems.join("; ")))
        };
    }

    fn remove_event(&mut self, index: usize) {
        if self.events.get(index).is_some_and(|e| e.origin == EventOrigin::Own) {
            self.events.remove(index);
            self.selected = match self.selected {
                Some(s) if s == index => None,
                Some(s) if s > index => Some(s - 1),
                other => other,
            };
            self.events_revision += 1;
        }
    }

    /// The catalog services matching [`Self::service_query`], best first;
    /// searched again only when the query changes.
    pub fn service_results(&mut self) -> &[usize] {
        if self.service_hits.as_ref().is_none_or(|(query, _)| *query != self.service_query) {
            let mut services: Vec<usize> = Vec::new();
            for hit in crate::catalog::catalog().search(&self.service_query) {
                if !services.contains(&hit.service) {
                    services.push(hit.service);
                }
            }
            self.service_hits = Some((self.service_query.clone(), services));
        }
        self.service_hits.as_ref().map_or(&[], |(_, hits)| hits.as_slice())
    }

    /// Whether there is something to undo / redo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn replace_pattern(&mut self, text: String) {
        if text == self.pattern_text {
            return;
        }
        self.undo.push(std::mem::replace(&mut self.pattern_text, text));
        self.redo.clear();
        self.pattern_changed();
    }

    /// Replaces the pattern with a new history (a document was opened).
    pub(super) fn reset_pattern(&mut self, text: String) {
        self.pattern_text = text;
        self.undo.clear();
        self.redo.clear();
        self.typing_since = None;
        self.pattern_changed();
        self.events_revision += 1;
    }

    /// Bumped whenever the pattern text changes.
    pub(super) fn pattern_revision(&self) -> u64 {
        self.pattern_revision
    }

    /// Bumped whenever the events change.
    pub(super) fn events_revision(&self) -> u64 {
        self.events_revision
    }

    fn pattern_changed(&mut self) {
        self.committed_text.clone_from(&self.pattern_text);
        self.pattern_revision += 1;
        self.form_follows_pattern();
    }

    /// Regenerates the pattern from the form (undoable).
    fn pattern_from_form(&mut self) {
        let text = self.form.pattern_text();
        self.replace_pattern(text);
    }

    /// Updates the form from the pattern text when the form can show it.
    fn form_follows_pattern(&mut self) {
        if let Ok(pattern) = Pattern::parse(&self.pattern_text)
            && let Ok(form) = form_from_pattern(&pattern)
        {
            let joined = |path: &str| {
                form.fields.iter().find(|f| f.path == path).map(|f| f.values.join(", ")).unwrap_or_default()
            };
            self.account_input = joined("account");
            self.region_input = joined("region");
            self.form = form;
        }
    }

    /// The analysis of the current texts, computed after any change.
    pub fn analysis(&mut self) -> &Analysis {
        let key = (self.pattern_revision, self.events_revision, self.selected);
        let fresh = self.analysis.as_ref().is_some_and(|(k, _)| *k == key);
        if !fresh {
            let previous = self.analysis.take().filter(|((p, e, _), _)| *p == key.0 && *e == key.1);
            let analysis = match previous {
                // Only the selection changed: keep the verdicts, explain anew.
                Some((_, mut analysis)) => {
                    analysis.explanation = self.explain_selected(&analysis.pattern);
                    analysis
                }
                None => self.analyse(),
            };
            self.analysis = Some((key, analysis));
        }
        match &self.analysis {
            Some((_, analysis)) => analysis,
            None => unreachable!("the analysis was just stored"),
        }
    }

    fn explain_selected(&self, pattern: &Result<Pattern, PatternError>) -> Option<Explanation> {
        let pattern = pattern.as_ref().ok()?;
        let event = self.events.get(self.selected?)?;
        Explainer::new(pattern).explain(&event.text).ok()
    }

    fn analyse(&self) -> Analysis {
        let pattern = Pattern::parse(&self.pattern_text);
        let error_position = pattern.as_ref().err().map(|e| e.position(&self.pattern_text));
        let verdicts = match &pattern {
            Ok(p) => {
                let mut matcher = EventMatcher::new(p);
                self.events
                    .iter()
                    .map(|e| match matcher.matches(&e.text) {
                        Ok(true) => EventVerdict::Matched,
                        Ok(false) => EventVerdict::NotMatched,
                        Err(error) => EventVerdict::Unreadable(describe_event_error(&error, &e.text)),
                    })
                    .collect()
            }
            Err(_) => vec![EventVerdict::NoPattern; self.events.len()],
        };
        let form_sync = match &pattern {
            Err(_) => FormSync::PatternInvalid,
            Ok(p) => match form_from_pattern(p) {
                Ok(_) => FormSync::Follows,
                Err(reason) => FormSync::CannotShow(reason),
            },
        };
        let explanation = self.explain_selected(&pattern);
        Analysis { pattern, error_position, verdicts, explanation, form_sync }
    }

    /// Indices of the events to list: those of the form's source and
    /// detail-types first, then the rest, then the user's own; filtered by
    /// [`Self::event_filter`].
    #[must_use]
    pub fn listed_events(&self) -> Vec<usize> {
        let filter = self.event_filter.to_lowercase();
        let relevance = |e: &EventEntry| match &e.origin {
            EventOrigin::Own => 0,
            EventOrigin::Sample { source, detail_type } => {
                let same_source = self.form.source.as_deref() == Some(source.as_str());
                let same_type = self.form.detail_types.is_empty() || self.form.detail_types.contains(detail_type);
                match (same_source, same_type) {
                    (true, true) => 1,
                    (true, false) => 2,
                    _ => 3,
                }
            }
        };
        let mut listed: Vec<usize> = (0..self.events.len())
            .filter(|&i| filter.is_empty() || self.events[i].name.to_lowercase().contains(&filter))
            .collect();
        listed.sort_by_key(|&i| relevance(&self.events[i]));
        listed
    }

    /// "7 of 12" for the relevant samples (those of the chosen source and
    /// detail-types) and the user's own events.
    pub fn summary(&mut self) -> String {
        let relevant: Vec<usize> = (0..self.events.len())
            .filter(|&i| match &self.events[i].origin {
                EventOrigin::Own => true,
                EventOrigin::Sample { source, detail_type } => {
                    self.form.source.as_deref() == Some(source.as_str())
                        && (self.form.detail_types.is_empty() || self.form.detail_types.contains(detail_type))
                }
            })
            .collect();
        let verdicts = &self.analysis().verdicts;
        if matches!(verdicts.first(), Some(EventVerdict::NoPattern)) {
            return "No verdicts while the pattern is invalid".to_owned();
        }
        let matched = |ids: &mut dyn Iterator<Item = usize>| {
            ids.filter(|&i| verdicts.get(i) == Some(&EventVerdict::Matched)).count()
        };
        let total_matched = matched(&mut (0..verdicts.len()));
        if relevant.is_empty() {
            return format!("{total_matched} of {} events match", verdicts.len());
        }
        let relevant_matched = matched(&mut relevant.iter().copied());
        format!(
            "{relevant_matched} of {} relevant events match ({total_matched} of {} in all)",
            relevant.len(),
            verdicts.len()
        )
    }
}

fn describe_event_error(error: &EventError, text: &str) -> String {
    let at = Position::of(text, error.span().start);
    format!("line {}, column {}: {error}", at.line, at.column)
}

/// The form that shows `pattern`, or why there is none: the form shows one
/// source, detail-types, plain string values per field, and conditions with
/// the operators it offers.
pub fn form_from_pattern(pattern: &Pattern) -> Result<Form, String> {
    use crate::form::{FieldCondition, Operator};
    use crate::pattern::AnythingBut;
    if pattern.branches.len() != 1 {
        return Err("the pattern uses $or".to_owned());
    }
    let mut form = Form::default();
    for field in pattern.branch_fields(0) {
        let path = field.path.as_str();
        let mut values = Vec::new();
        for condition in &field.conditions {
            let (operator, value) = match &condition.matcher {
                Matcher::Equals(Literal::String { text, .. }) => {
                    values.push(text.clone());
                    continue;
                }
                _ if matches!(path, "source" | "detail-type") => {
                    return Err(format!("{path} uses {}", crate::explain::describe(&condition.matcher)));
                }
                Matcher::Equals(Literal::Number(n)) => (Operator::Equals, n.text.clone()),
                Matcher::Equals(Literal::Bool(b)) => (Operator::Equals, b.to_string()),
                Matcher::Equals(Literal::Null) => (Operator::Equals, "null".to_owned()),
                Matcher::Prefix(p) => (Operator::Prefix, p.clone()),
                Matcher::Suffix(s) => (Operator::Suffix, s.clone()),
                Matcher::EqualsIgnoreCase(s) => (Operator::EqualsIgnoreCase, s.text.clone()),
                Matcher::Wildcard(w) => (Operator::Wildcard, w.text.clone()),
                Matcher::Cidr(range) => (Operator::Cidr, range.to_string()),
                Matcher::Exists(true) => (Operator::Exists, String::new()),
                Matcher::Exists(false) => (Operator::DoesNotExist, String::new()),
                Matcher::Numeric(range) => (Operator::Numeric, range.to_string()),
                Matcher::AnythingBut(AnythingBut::Strings(set)) if set.iter().all(|s| !s.contains(',')) => {
                    (Operator::AnythingBut, set.join(", "))
                }
                Matcher::AnythingBut(AnythingBut::Numbers(set)) => {
                    (Operator::AnythingBut, set.iter().map(|n| n.text.as_str()).collect::<Vec<_>>().join(", "))
                }
                other => return Err(format!("{path} uses {}", crate::explain::describe(other))),
            };
            form.conditions.push(FieldCondition::new(path, operator, &value)?);
        }
        match path {
            "source" if values.len() == 1 => form.source = values.pop(),
            "source" => return Err("the pattern lists several sources".to_owned()),
            "detail-type" => form.detail_types = values,
            _ => form.set_values(path, values),
        }
    }
    // Keep the form's field order the pattern's written order.
    form.fields.sort_by_key(|f| pattern.fields.iter().position(|p| p.path == f.path));
    Ok(form)
}

/// Pretty JSON with two-space indentation; short arrays of scalars stay on
/// one line. Numbers keep the text they were written with.
#[must_use]
pub fn prettify(node: &crate::json::Node) -> String {
    let mut out = String::new();
    write_pretty(node, 0, &mut out);
    out
}

fn write_pretty(node: &crate::json::Node, indent: usize, out: &mut String) {
    use crate::json::NodeKind;
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let pad = |n: usize| "  ".repeat(n);
    match &node.kind {
        NodeKind::Null => out.push_str("null"),
        NodeKind::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        NodeKind::Number(n) => out.push_str(n),
        NodeKind::String(s) => out.push_str(&quote(s)),
        NodeKind::Array(items) if items.is_empty() => out.push_str("[]"),
        NodeKind::Array(items) => {
            // Condition lists stay on one line: scalars and one-key operator objects.
            let inline = items.iter().all(|i| match &i.kind {
                NodeKind::Array(_) => false,
                NodeKind::Object(m) => m.len() == 1 && !matches!(m[0].value.kind, NodeKind::Object(_)),
                _ => true,
            });
            if inline {
                write_inline(node, out);
            } else {
                out.push_str("[\n");
                for (k, item) in items.iter().enumerate() {
                    out.push_str(&pad(indent + 1));
                    write_pretty(item, indent + 1, out);
                    out.push_str(if k + 1 < items.len() { ",\n" } else { "\n" });
                }
                out.push_str(&pad(indent));
                out.push(']');
            }
        }
        NodeKind::Object(members) if members.is_empty() => out.push_str("{}"),
        NodeKind::Object(members) => {
            out.push_str("{\n");
            for (k, member) in members.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                out.push_str(&quote(&member.key));
                out.push_str(": ");
                write_pretty(&member.value, indent + 1, out);
                out.push_str(if k + 1 < members.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push('}');
        }
    }
}

/// A value on one line: `{"prefix": "a"}`, `[1, 2]`.
fn write_inline(node: &crate::json::Node, out: &mut String) {
    use crate::json::NodeKind;
    match &node.kind {
        NodeKind::Array(items) => {
            out.push('[');
            for (k, item) in items.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                write_inline(item, out);
            }
            out.push(']');
        }
        NodeKind::Object(members) => {
            out.push('{');
            for (k, member) in members.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                out.push_str(&serde_json::to_string(&member.key).unwrap_or_default());
                out.push_str(": ");
                write_inline(&member.value, out);
            }
            out.push('}');
        }
        _ => write_pretty(node, 0, out),
    }
}

/// The spans in `text` of the selected event that decided its verdict:
/// `(span, satisfied)`.
#[must_use]
pub fn decisive_spans(explanation: &Explanation) -> Vec<(Span, bool)> {
    let branch = explanation
        .branches
        .iter()
        .find(|b| b.matched)
        .or_else(|| explanation.branches.iter().max_by_key(|b| b.fields.iter().filter(|f| f.matched).count()));
    let Some(branch) = branch else { return Vec::new() };
    let mut spans: Vec<(Span, bool)> =
        branch.fields.iter().flat_map(|f| f.deciding.iter().map(move |s| (*s, f.matched))).collect();
    spans.sort_by_key(|(s, _)| s.start);
    spans.dedup();
    spans
}

/// Splits a comma-separated filter into values.
#[must_use]
pub fn split_values(text: &str) -> Vec<String> {
    text.split(',').map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned).collect()
}

/// Why an account filter is not a list of 12-digit AWS account IDs, if it is not.
#[must_use]
pub fn check_accounts(values: &[String]) -> Option<String> {
    let bad: Vec<&str> =
        values.iter().filter(|v| v.len() != 12 || !v.bytes().all(|b| b.is_ascii_digit())).map(String::as_str).collect();
    (!bad.is_empty()).then(|| format!("AWS account IDs have 12 digits: {}", bad.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict_of(state: &mut AppState, name: &str) -> EventVerdict {
        let index = state.events.iter().position(|e| e.name.contains(name)).unwrap_or(usize::MAX);
        state.analysis().verdicts.get(index).cloned().unwrap_or(EventVerdict::NoPattern)
    }

    #[test]
    fn the_form_drives_the_pattern() {
        let mut state = AppState::default();
        assert!(state.pattern_text.contains(r#""state": ["running", "stopped"]"#));
        assert_eq!(verdict_of(&mut state, "Instance-State-change-Notification--running"), EventVerdict::Matched);
        state.handle(Command::ToggleValue { path: "detail.state".into(), value: "running".into() });
        assert!(state.pattern_text.contains(r#""state": ["stopped"]"#));
        assert_eq!(verdict_of(&mut state, "Instance-State-change-Notification--running"), EventVerdict::NotMatched);
        state.handle(Command::Undo);
        assert!(state.pattern_text.contains(r#""state": ["running", "stopped"]"#));
        state.handle(Command::Redo);
        assert!(state.pattern_text.contains(r#""state": ["stopped"]"#));
        assert_eq!(state.summary(), "1 of 10 relevant events match (1 of 326 in all)");
    }

    #[test]
    fn the_form_follows_hand_edits_it_can_show() {
        let mut state = AppState::default();
        state.pattern_text = state.pattern_text.replace(r#"["running", "stopped"]"#, r#"["pending"]"#);
        state.handle(Command::PatternEdited { at_secs: 0.0 });
        assert_eq!(state.form.fields[0].values, ["pending"]);
        assert_eq!(state.analysis().form_sync, FormSync::Follows);
        state.pattern_text = state.pattern_text.replace(r#"["pending"]"#, r#"[{"prefix": "pend"}]"#);
        state.handle(Command::PatternEdited { at_secs: 10.0 });
        assert_eq!(state.analysis().form_sync, FormSync::Follows);
        assert_eq!(state.form.conditions[0].json, r#"{"prefix": "pend"}"#);
        assert!(state.form.fields.iter().all(|f| f.path != "detail.state"));
        // Something the form cannot show: it keeps the last pattern it could.
        state.pattern_text =
            state.pattern_text.replace(r#"[{"prefix": "pend"}]"#, r#"[{"prefix": {"equals-ignore-case": "pend"}}]"#);
        state.handle(Command::PatternEdited { at_secs: 15.0 });
        assert_eq!(
            state.analysis().form_sync,
            FormSync::CannotShow("detail.state uses a string starting with \"pend\" in any case".into())
        );
        assert_eq!(state.form.conditions[0].json, r#"{"prefix": "pend"}"#);
        state.pattern_text.push_str(" {");
        state.handle(Command::PatternEdited { at_secs: 20.0 });
        state.pattern_text.insert(0, 'x');
        state.handle(Command::PatternEdited { at_secs: 20.4 });
        assert_eq!(state.analysis().form_sync, FormSync::PatternInvalid);
        // Edits less than a second apart are one undo step.
        state.handle(Command::Undo);
        assert!(state.pattern_text.contains("equals-ignore-case") && state.pattern_text.ends_with("}\n}"));
        state.handle(Command::Undo);
        state.handle(Command::Undo);
        assert!(state.pattern_text.contains(r#"["pending"]"#));
    }

    #[test]
    fn own_events_get_verdicts_and_explanations() {
        let mut state = AppState::default();
        state.handle(Command::AddOwnEvent { name: "mine".into(), text: r#"{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {"state": "Running"}}"#.into() });
        let analysis = state.analysis();
        assert_eq!(analysis.verdicts.last(), Some(&EventVerdict::NotMatched));
        let reasons: Vec<String> = analysis
            .explanation
            .iter()
            .flat_map(|e| e.branches.iter().flat_map(|b| b.fields.iter().filter_map(|f| f.reason.clone())))
            .collect();
        assert_eq!(
            reasons,
            [r#"detail.state is "Running": "Running" differs from "running" only in case: use equals-ignore-case"#]
        );
        state.handle(Command::AddOwnEvent { name: "broken".into(), text: "{".into() });
        assert!(
            matches!(state.analysis().verdicts.last(), Some(EventVerdict::Unreadable(m)) if m.starts_with("line 1, column 2:"))
        );
        let own = state.events.len() - 1;
        state.events[own].text = r#"{"detail": {"state": "running"}, "source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification"}"#.into();
        state.handle(Command::EventEdited(own));
        assert_eq!(state.analysis().verdicts.last(), Some(&EventVerdict::Matched));
        state.handle(Command::RemoveEvent(own));
        assert_eq!(state.events.len(), 327);
        assert_eq!(state.listed_events().first().map(|&i| state.events[i].name.as_str()), Some("mine"));
    }

    #[test]
    fn events_from_files_are_added_with_their_problems_reported() {
        let dir = std::env::temp_dir().join(format!("rulecraft-app-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let lines = dir.join("two.jsonl");
        std::fs::write(&lines, "{\"source\": \"aws.ec2\"}\n\n{\"source\": \"x\"}\n").unwrap_or_else(|e| panic!("{e}"));
        let paths = vec![lines.display().to_string(), dir.join("missing.json").display().to_string()];
        let (events, problems) = crate::batch::load_events(&paths);
        let mut state = AppState::default();
        state.handle(Command::AddOwnEvents { events, problems });
        let own: Vec<&str> =
            state.events.iter().filter(|e| e.origin == EventOrigin::Own).map(|e| e.name.as_str()).collect();
        assert_eq!(own, ["two.jsonl:1", "two.jsonl:3"]);
        assert!(
            state
                .notice
                .as_deref()
                .is_some_and(|n| n.starts_with("Added 2; 1 could not be read:") && n.contains("missing.json"))
        );
        assert_eq!(state.selected, Some(326));
    }

    #[test]
    fn account_and_region_filters_write_top_level_fields() {
        let mut state = AppState::default();
        state.handle(Command::SetValues { path: "account".into(), values: split_values("123456789012, 111122223333") });
        state.handle(Command::SetValues { path: "region".into(), values: split_values("us-east-1") });
        assert!(state.pattern_text.contains(r#""account": ["123456789012", "111122223333"]"#));
        assert!(state.pattern_text.contains(r#""region": ["us-east-1"]"#));
        assert_eq!(state.account_input, "123456789012, 111122223333");
        assert_eq!(
            check_accounts(&split_values("1234, 123456789012")),
            Some("AWS account IDs have 12 digits: 1234".into())
        );
        assert_eq!(check_accounts(&split_values("123456789012")), None);
    }

    #[test]
    fn conditions_are_added_checked_and_removed() {
        use crate::form::Operator;
        let draft =
            ConditionDraft { path: "detail.count".into(), operator: Operator::Numeric, value: "> 5, < 1".into() };
        let mut state = AppState { draft, ..AppState::default() };
        assert_eq!(state.draft.check(), Err("Bottom must be less than top".into()));
        state.draft.value = "> 0, <= 5".into();
        let Ok(condition) = state.draft.check() else { panic!("valid") };
        state.handle(Command::AddCondition(condition));
        assert!(state.pattern_text.contains(r#""count": [{"numeric": [">", 0, "<=", 5]}]"#), "{}", state.pattern_text);
        assert_eq!(state.analysis().form_sync, FormSync::Follows);
        state.handle(Command::RemoveCondition(0));
        assert!(!state.pattern_text.contains("count"));
    }

    #[test]
    fn deciding_spans_mark_satisfied_and_failing_values() {
        let event = r#"{"source": "aws.ec2", "detail": {"state": "pending"}}"#;
        let mut state = AppState::new(r#"{"source": ["aws.ec2"], "detail": {"state": ["running"]}}"#, &[("e", event)]);
        state.handle(Command::SelectEvent(Some(326)));
        let Some(explanation) = state.analysis().explanation.clone() else { panic!("explained") };
        let marked: Vec<(&str, bool)> =
            decisive_spans(&explanation).iter().map(|(s, ok)| (s.slice(event), *ok)).collect();
        assert_eq!(marked, [(r#""aws.ec2""#, true), (r#""pending""#, false)]);
    }

    #[test]
    fn service_results_follow_the_query() {
        let mut state = AppState::default();
        assert_eq!(state.service_results().len(), 99);
        state.service_query = "code build".into();
        let first = state.service_results().first().map(|&i| crate::catalog::catalog().services[i].source.clone());
        assert_eq!(first.as_deref(), Some("aws.codebuild"));
    }

    #[test]
    fn prettify_keeps_numbers_and_lays_out_conditions() {
        let mut state = AppState::new(r#"{"a":[1.50,{"prefix":"x"}],"b":{"c":[true]}}"#, &[]);
        state.handle(Command::Prettify);
        assert_eq!(
            state.pattern_text,
            "{\n  \"a\": [1.50, {\"prefix\": \"x\"}],\n  \"b\": {\n    \"c\": [true]\n  }\n}"
        );
        let mut broken = AppState::new("{", &[]);
        broken.handle(Command::Prettify);
        assert_eq!(broken.pattern_text, "{");
        assert!(broken.notice.as_deref().is_some_and(|n| n.contains("line 1, column 2")));
    }
}
