//! The Targets mode: the rule's targets (at most five), the one being
//! edited, its input settings (kept per kind of input while the user tries
//! another), and what it receives: for the selected event, and across every
//! matched event (worked out when something it depends on changes, not per
//! frame).

use super::work::Executor;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;

use crate::target::{
    InputChoice, InputTransformer, RuleContext, Survey, Target, TargetInput, TargetKind, TargetProblem,
    path::{FieldRow, key_for, rows},
};

/// Up to this many matched events are surveyed while the window waits
/// (about 20 µs each for the bundled samples: 4 ms); more go to a thread
/// when the state works in the background.
pub const SURVEY_INLINE_LIMIT: usize = 200;

/// And at most this many bytes of them (a 256 KB event alone takes a few
/// milliseconds to read).
pub const SURVEY_INLINE_BYTES: usize = 128 * 1024;

/// What the Targets mode is asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetsCommand {
    /// A new target (a Lambda function, until the kind is chosen).
    Add,
    /// Removes a target.
    Remove(usize),
    /// Shows a target.
    Select(usize),
    /// Changes the selected target.
    Edit(TargetEdit),
    /// Shows what the target receives for the schedule's event (true) or
    /// the selected event (false).
    ShowScheduled(bool),
}

/// A change to the selected target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetEdit {
    /// Its id.
    Id(String),
    /// Its kind.
    Kind(TargetKind),
    /// Its ARN.
    Arn(String),
    /// What it receives (settings of each kind of input are kept).
    Input(InputChoice),
    /// The `InputPath`.
    InputPath(String),
    /// The constant input.
    Constant(String),
    /// The template.
    Template(String),
    /// A new row of the paths map.
    AddPath {
        /// The variable's name (made unique).
        key: String,
        /// The JSON path.
        path: String,
    },
    /// A row's key.
    PathKey(usize, String),
    /// A row's path.
    Path(usize, String),
    /// Removes a row.
    RemovePath(usize),
    /// Puts `<name>` at the end of the template.
    InsertVariable(String),
}

/// Each kind of input's settings, kept while another is tried.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct InputDrafts {
    part: Option<String>,
    constant: Option<String>,
    transformer: Option<InputTransformer>,
}

/// What the selected target receives, worked out for the selected event
/// and across the matched events.
#[derive(Debug, Clone, Default)]
pub struct TargetPreview {
    /// What the target receives for the selected event (if it matched).
    pub delivery: Option<crate::target::Delivery>,
    /// Whether the selected event matches the pattern.
    pub selected_matches: bool,
    /// The matched events' fate.
    pub survey: Survey,
    /// Whether the survey is being worked out on a thread.
    pub surveying: bool,
    /// How many events match (the survey judges them all; it may still be
    /// under way: `survey.judged` is then 0 and `surveying` true).
    pub matched: usize,
    /// The selected target's problems.
    pub problems: Vec<TargetProblem>,
    /// The problems of the targets together: (target index, problem).
    pub rule_problems: Vec<(usize, crate::target::RuleTargetsProblem)>,
    /// The selected event's fields, for clicking values into paths (at
    /// most [`EVENT_ROWS_LIMIT`]), shared with the state's copy.
    pub event_rows: std::sync::Arc<[FieldRow]>,
}

/// How many of an event's fields the Targets mode lists.
pub const EVENT_ROWS_LIMIT: usize = 1_500;

/// What a preview was worked out from: (targets revision, selected
/// target, events revision, selected event, verdicts seen).
type PreviewKey = (u64, usize, u64, Option<usize>, u64);

/// The Targets mode's state.
#[derive(Debug, Clone, Default)]
pub struct TargetsState {
    /// The rule's targets.
    pub targets: Vec<Target>,
    /// The target shown.
    pub selected: usize,
    drafts: Vec<InputDrafts>,
    /// Whether the preview shows the schedule's event.
    pub show_scheduled: bool,
    revision: u64,
    preview: TargetPreview,
    preview_key: Option<PreviewKey>,
    survey_job: Option<SurveyJob>,
    /// The shown event's rows, and what they were read from.
    event_rows: std::sync::Arc<[FieldRow]>,
    rows_key: Option<(u64, Option<usize>, bool)>,
}

/// A survey being worked out on a thread.
#[derive(Debug)]
struct SurveyJob {
    cancel: Arc<AtomicBool>,
    receiver: Receiver<Survey>,
}

impl Clone for SurveyJob {
    fn clone(&self) -> Self {
        // A copy of the state does not share the thread's answer.
        let (_, receiver) = std::sync::mpsc::channel();
        Self { cancel: Arc::new(AtomicBool::new(true)), receiver }
    }
}

impl TargetsState {
    /// Changes when the targets do (for unsaved changes and recovery).
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The target shown, if there is one.
    #[must_use]
    pub fn current(&self) -> Option<&Target> {
        self.targets.get(self.selected)
    }

    /// The preview as of the last refresh.
    #[must_use]
    pub fn preview(&self) -> &TargetPreview {
        &self.preview
    }

    /// Replaces the targets (a document was opened).
    pub fn replace(&mut self, targets: Vec<Target>) {
        self.drafts = vec![InputDrafts::default(); targets.len()];
        self.targets = targets;
        self.selected = 0;
        self.revision += 1;
    }

    /// Carries out a command.
    pub fn handle(&mut self, command: TargetsCommand) {
        match command {
            TargetsCommand::Add => {
                if self.targets.len() >= crate::target::MAX_TARGETS {
                    return;
                }
                let id = (1..=crate::target::MAX_TARGETS + 1)
                    .map(|n| format!("target-{n}"))
                    .find(|id| self.targets.iter().all(|t| t.id != *id));
                self.targets.push(Target::new(&id.unwrap_or_default(), TargetKind::LambdaFunction));
                self.drafts.push(InputDrafts::default());
                self.selected = self.targets.len() - 1;
            }
            TargetsCommand::Remove(index) => {
                if index >= self.targets.len() {
                    return;
                }
                self.targets.remove(index);
                self.drafts.remove(index);
                self.selected = self.selected.min(self.targets.len().saturating_sub(1));
            }
            TargetsCommand::Select(index) => {
                if index < self.targets.len() {
                    self.selected = index;
                }
                return;
            }
            TargetsCommand::ShowScheduled(on) => {
                self.show_scheduled = on;
                self.preview_key = None;
                return;
            }
            TargetsCommand::Edit(edit) => {
                let Some(target) = self.targets.get_mut(self.selected) else { return };
                let drafts = &mut self.drafts[self.selected];
                if !edit_target(target, drafts, edit) {
                    return;
                }
            }
        }
        self.revision += 1;
    }

    /// Works the preview out again if the targets, the events, the
    /// selection or the verdicts changed.
    pub(super) fn refresh(&mut self, inputs: &PreviewInputs<'_>) {
        if let Some(job) = &self.survey_job
            && let Ok(survey) = job.receiver.try_recv()
        {
            self.preview.survey = survey;
            self.preview.surveying = false;
            self.survey_job = None;
        }
        let key = (self.revision, self.selected, inputs.events_revision, inputs.selected_event, inputs.verdicts_seen);
        if self.preview_key == Some(key) {
            return;
        }
        self.preview_key = Some(key);
        if let Some(job) = self.survey_job.take() {
            job.cancel.store(true, Ordering::Relaxed);
        }
        let scheduled = inputs.scheduled.filter(|_| self.show_scheduled);
        let shown: Option<&str> =
            scheduled.or_else(|| inputs.selected_event.and_then(|i| inputs.events.get(i)).map(|e| e.text.as_ref()));
        // The shown event's rows change only with the shown event, not with the target.
        let rows_key = (inputs.events_revision, inputs.selected_event, scheduled.is_some());
        if self.rows_key != Some(rows_key) {
            self.rows_key = Some(rows_key);
            self.event_rows = shown
                .and_then(|text| crate::json::parse(text).ok())
                .map_or_else(|| Vec::new().into(), |tree| rows(&tree, EVENT_ROWS_LIMIT).into());
        }
        let event_rows = self.event_rows.clone();
        let rule_problems = crate::target::rule_problems(&self.targets);
        let Some(target) = self.targets.get(self.selected) else {
            self.preview = TargetPreview { rule_problems, event_rows, ..TargetPreview::default() };
            return;
        };
        let context = RuleContext { rule_name: inputs.rule_name, ingestion_time: inputs.now };
        let matched: Vec<usize> = (0..inputs.events.len()).filter(|&i| (inputs.matched)(i)).collect();
        let selected_matches = scheduled.is_some() || inputs.selected_event.is_some_and(|i| (inputs.matched)(i));
        let delivery = shown.map(|text| target.deliver(text, &context));
        let (survey, surveying) = match inputs.executor {
            Executor::Background(wake)
                if matched.len() > SURVEY_INLINE_LIMIT
                    || matched.iter().map(|&i| inputs.events[i].text.len()).sum::<usize>() > SURVEY_INLINE_BYTES =>
            {
                self.survey_job = Some(survey_on_a_thread(target, &matched, inputs, wake.clone()));
                (Survey::default(), true)
            }
            _ => (target.survey(matched.iter().map(|&i| (i, inputs.events[i].text.as_ref())), &context), false),
        };
        // The schedule's event counts too, as the index past the last event.
        let mut survey = survey;
        if let Some(text) = inputs.scheduled
            && !surveying
        {
            let part = target.survey([(inputs.events.len(), text)], &context);
            survey.judged += part.judged;
            survey.delivered += part.delivered;
            survey.dropped.extend(part.dropped);
            survey.with_empty.extend(part.with_empty);
        }
        self.preview = TargetPreview {
            delivery,
            selected_matches,
            survey,
            surveying,
            matched: matched.len() + usize::from(inputs.scheduled.is_some()),
            problems: target.problems(),
            rule_problems,
            event_rows,
        };
    }
}

/// What the preview is worked out from.
pub struct PreviewInputs<'a> {
    /// Every event.
    pub events: &'a [super::EventEntry],
    /// Whether event `i` matches the pattern.
    pub matched: &'a dyn Fn(usize) -> bool,
    /// Changes when the events do.
    pub events_revision: u64,
    /// The selected event.
    pub selected_event: Option<usize>,
    /// Changes when verdicts arrive or the pattern changes.
    pub verdicts_seen: u64,
    /// The rule's name.
    pub rule_name: &'a str,
    /// Now, ISO 8601 (the ingestion time).
    pub now: &'a str,
    /// Where long work runs.
    pub executor: &'a Executor,
    /// The event the rule's schedule sends, when it has one.
    pub scheduled: Option<&'a str>,
}

/// Surveys the matched events on a thread; the answer comes back through
/// the job's receiver unless a newer survey cancelled it.
fn survey_on_a_thread(target: &Target, matched: &[usize], inputs: &PreviewInputs<'_>, wake: super::Wake) -> SurveyJob {
    let cancel = Arc::new(AtomicBool::new(false));
    let (sender, receiver) = std::sync::mpsc::channel();
    let target = target.clone();
    let events: Vec<(usize, Arc<str>)> = matched.iter().map(|&i| (i, inputs.events[i].text.clone())).collect();
    let (rule_name, now) = (inputs.rule_name.to_owned(), inputs.now.to_owned());
    let stop = cancel.clone();
    std::thread::spawn(move || {
        let context = RuleContext { rule_name: &rule_name, ingestion_time: &now };
        let mut survey = Survey::default();
        for chunk in events.chunks(256) {
            if stop.load(Ordering::Relaxed) {
                return;
            }
            let part = target.survey(chunk.iter().map(|(i, text)| (*i, text.as_ref())), &context);
            survey.judged += part.judged;
            survey.delivered += part.delivered;
            survey.dropped.extend(part.dropped);
            survey.with_empty.extend(part.with_empty);
        }
        if sender.send(survey).is_ok() {
            wake();
        }
    });
    SurveyJob { cancel, receiver }
}

/// Applies `edit`; false when nothing changed.
fn edit_target(target: &mut Target, drafts: &mut InputDrafts, edit: TargetEdit) -> bool {
    match edit {
        TargetEdit::Id(id) => target.id = id,
        TargetEdit::Kind(kind) => target.kind = kind,
        TargetEdit::Arn(arn) => {
            if let Some(kind) = crate::target::TargetKind::of_arn(&arn) {
                target.kind = kind;
            }
            target.arn = arn;
        }
        TargetEdit::Input(choice) => {
            if target.input.choice() == choice {
                return false;
            }
            match std::mem::take(&mut target.input) {
                TargetInput::MatchedEvent => {}
                TargetInput::Part(path) => drafts.part = Some(path),
                TargetInput::Constant(text) => drafts.constant = Some(text),
                TargetInput::Transformer(t) => drafts.transformer = Some(t),
            }
            target.input = match choice {
                InputChoice::MatchedEvent => TargetInput::MatchedEvent,
                InputChoice::Part => TargetInput::Part(drafts.part.take().unwrap_or_else(|| "$.detail".to_owned())),
                InputChoice::Constant => {
                    TargetInput::Constant(drafts.constant.take().unwrap_or_else(|| "{}".to_owned()))
                }
                InputChoice::Transformer => TargetInput::Transformer(drafts.transformer.take().unwrap_or_default()),
            };
        }
        TargetEdit::InputPath(path) => match &mut target.input {
            TargetInput::Part(p) => *p = path,
            _ => return false,
        },
        TargetEdit::Constant(text) => match &mut target.input {
            TargetInput::Constant(c) => *c = text,
            _ => return false,
        },
        edit => {
            let TargetInput::Transformer(transformer) = &mut target.input else { return false };
            return edit_transformer(transformer, edit);
        }
    }
    true
}

fn edit_transformer(transformer: &mut InputTransformer, edit: TargetEdit) -> bool {
    match edit {
        TargetEdit::Template(text) => transformer.template = text,
        TargetEdit::AddPath { key, path } => {
            let base = key_for(&key);
            let key = std::iter::once(base.clone())
                .chain((2..=transformer.paths.len() + 2).map(|n| format!("{base}{n}")))
                .find(|k| transformer.paths.iter().all(|(existing, _)| existing != k))
                .unwrap_or(base);
            transformer.paths.push((key, path));
        }
        TargetEdit::PathKey(row, key) => match transformer.paths.get_mut(row) {
            Some(slot) => slot.0 = key,
            None => return false,
        },
        TargetEdit::Path(row, path) => match transformer.paths.get_mut(row) {
            Some(slot) => slot.1 = path,
            None => return false,
        },
        TargetEdit::RemovePath(row) => {
            if row >= transformer.paths.len() {
                return false;
            }
            transformer.paths.remove(row);
        }
        TargetEdit::InsertVariable(name) => {
            transformer.template.push('<');
            transformer.template.push_str(&name);
            transformer.template.push('>');
        }
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_keep_their_settings_while_another_is_tried() {
        let mut state = TargetsState::default();
        state.handle(TargetsCommand::Add);
        state.handle(TargetsCommand::Edit(TargetEdit::Input(InputChoice::Transformer)));
        state.handle(TargetsCommand::Edit(TargetEdit::AddPath { key: "state".into(), path: "$.detail.state".into() }));
        state.handle(TargetsCommand::Edit(TargetEdit::AddPath { key: "state".into(), path: "$.detail.x".into() }));
        state.handle(TargetsCommand::Edit(TargetEdit::InsertVariable("state2".into())));
        state.handle(TargetsCommand::Edit(TargetEdit::Input(InputChoice::MatchedEvent)));
        assert_eq!(state.current().unwrap().input, TargetInput::MatchedEvent);
        state.handle(TargetsCommand::Edit(TargetEdit::Input(InputChoice::Transformer)));
        let transformer = state.current().unwrap().transformer().unwrap();
        assert_eq!(transformer.paths[1].0, "state2");
        assert_eq!(transformer.template, "<state2>");
    }

    #[test]
    fn many_matched_events_are_surveyed_on_a_thread_and_the_answer_arrives() {
        use super::super::{EventEntry, EventOrigin};
        let events: Vec<EventEntry> = (0..SURVEY_INLINE_LIMIT * 3)
            .map(|i| EventEntry {
                name: format!("e{i}"),
                text: format!(
                    r#"{{"detail": {{"n": {i}, "tags": {}}}}}"#,
                    if i % 2 == 0 { r#"{"a": 1}"# } else { r#"["x"]"# }
                )
                .into(),
                origin: EventOrigin::Own,
                expect: None,
            })
            .collect();
        let mut state = TargetsState::default();
        state.handle(TargetsCommand::Add);
        state.handle(TargetsCommand::Edit(TargetEdit::Input(InputChoice::Transformer)));
        state.handle(TargetsCommand::Edit(TargetEdit::AddPath { key: "tags".into(), path: "$.detail.tags".into() }));
        state.handle(TargetsCommand::Edit(TargetEdit::Template(r#"{"t": "<tags>"}"#.into())));
        let woken = Arc::new(std::sync::Mutex::new(false));
        let flag = woken.clone();
        let executor = Executor::Background(Arc::new(move || *flag.lock().unwrap() = true));
        let matched = |_: usize| true;
        let inputs = PreviewInputs {
            events: &events,
            matched: &matched,
            events_revision: 1,
            selected_event: Some(0),
            verdicts_seen: 1,
            rule_name: "r",
            now: "2026-01-01T00:00:00Z",
            executor: &executor,
            scheduled: None,
        };
        state.refresh(&inputs);
        assert!(state.preview().surveying, "{} events wait for a thread", events.len());
        assert_eq!(
            state.preview().delivery.as_ref().map(|d| d.dropped.is_some()),
            Some(true),
            "the selected one at once"
        );
        // The thread's answer arrives whenever it is done: wait for it, however busy the machine.
        while state.preview().surveying {
            std::thread::sleep(std::time::Duration::from_millis(5));
            state.refresh(&inputs);
        }
        assert!(*woken.lock().unwrap(), "the window is woken");
        let survey = &state.preview().survey;
        assert_eq!((survey.judged, survey.delivered, survey.dropped.len()), (600, 0, 600));
    }

    #[test]
    fn at_most_five_targets_with_their_own_ids() {
        let mut state = TargetsState::default();
        for _ in 0..7 {
            state.handle(TargetsCommand::Add);
        }
        assert_eq!(state.targets.len(), 5);
        state.handle(TargetsCommand::Remove(0));
        state.handle(TargetsCommand::Add);
        let mut ids: Vec<&str> = state.targets.iter().map(|t| t.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 5);
    }
}
