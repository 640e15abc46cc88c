//! Everything derived from the texts, worked out once per change: the
//! pattern compiled once per revision, and from that one compile every
//! event's verdict, whether the form can show the pattern, the selected
//! event's explanation, the list's order and the summary. Verdicts of large
//! sets are worked out on threads (all cores), a block at a time, and a
//! newer revision cancels an older job.

use super::events::{EventEntry, EventOrigin};
use super::work::Executor;
use crate::EventMatcher;
use crate::event::EventError;
use crate::explain::{Explainer, Explanation};
use crate::json::Position;
use crate::pattern::{Pattern, PatternError};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};

/// An event's verdict against the current pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventVerdict {
    /// It matches.
    Matched,
    /// It does not match.
    NotMatched,
    /// It cannot be read: what is wrong and where.
    Unreadable(Unreadable),
    /// The pattern is invalid, so there is no verdict.
    NoPattern,
    /// Being worked out.
    Pending,
}

/// Why an event cannot be read: where, and the JSON reader's words
/// (Jackson's). `Display` is the English `line L, column C: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong, in the reader's words.
    pub message: String,
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}, column {}: {}", self.line, self.column, self.message)
    }
}

/// Whether the form can show the current pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum FormSync {
    /// The form shows exactly the pattern.
    Follows,
    /// The pattern uses something the form cannot show; the JSON rules.
    CannotShow(crate::form::FormLimit),
    /// The pattern text is invalid; the form shows the last valid pattern.
    PatternInvalid,
}

/// The counts the events panel reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Summary {
    /// The pattern is invalid.
    NoVerdicts,
    /// Verdicts are being worked out: done of total.
    Matching {
        /// Events judged so far.
        done: usize,
        /// Events in all.
        total: usize,
    },
    /// Events are still being loaded (they are judged once all are in).
    Loading {
        /// Events in the list so far.
        events: usize,
    },
    /// No relevant events: matched of all.
    All {
        /// Events that match.
        matched: usize,
        /// Events in all.
        total: usize,
    },
    /// Relevant events (the form's source and detail-types, and the user's own).
    Relevant {
        /// Relevant events that match.
        matched: usize,
        /// Relevant events.
        relevant: usize,
        /// Events that match in all.
        all_matched: usize,
        /// Events in all.
        total: usize,
    },
}

/// Verdicts being worked out on threads.
#[derive(Debug)]
struct MatchJob {
    cancel: Arc<AtomicBool>,
    receiver: Receiver<(usize, Vec<EventVerdict>)>,
    done: usize,
}

/// Everything derived from the texts.
#[derive(Debug)]
pub struct Analysis {
    /// The compiled pattern, or AWS's reason it is invalid.
    pub pattern: Arc<Result<Pattern, PatternError>>,
    /// Where the error is, for invalid patterns.
    pub error_position: Option<Position>,
    /// One verdict per event, in the events' order.
    pub verdicts: Vec<EventVerdict>,
    /// The selected event's explanation.
    pub explanation: Option<Explanation>,
    /// Whether the form follows the pattern.
    pub form_sync: FormSync,
    /// The form read back from the pattern at its last compile, until the
    /// state takes it (read once, not again by the state).
    read_form: Option<crate::form::Form>,
    /// The events to list, in order: relevant first, filtered.
    pub listed: Vec<usize>,
    /// The counts.
    pub summary: Summary,
    job: Option<MatchJob>,
    keys: Keys,
    /// The event texts handed to matching threads, for an events revision.
    texts: Option<(u64, Arc<Vec<Arc<str>>>)>,
}

/// What each derived part was made from.
#[derive(Debug, Default, Clone, PartialEq)]
struct Keys {
    pattern: Option<u64>,
    verdicts: Option<(u64, u64)>,
    explanation: Option<(u64, u64, Option<usize>)>,
    listed: Option<ListKey>,
    summary: Option<(u64, u64, u64)>,
}

/// What the list's order depends on: events, filter, source, detail-types.
type ListKey = (u64, String, Option<String>, Vec<String>);

/// Events whose texts add up to more than this are judged on threads (when
/// the state runs work in the background).
const INLINE_BYTES: usize = 2 << 20;

/// Events per block a matching thread sends back.
const MATCH_BLOCK: usize = 2048;

/// What the analysis reads.
pub(super) struct Inputs<'a> {
    pub pattern_text: &'a str,
    pub pattern_revision: u64,
    pub events: &'a [EventEntry],
    pub events_revision: u64,
    pub total_bytes: usize,
    pub selected: Option<usize>,
    pub filter: &'a str,
    pub source: Option<&'a str>,
    pub detail_types: &'a [String],
    pub executor: &'a Executor,
    /// Whether events are still being loaded.
    pub loading: bool,
}

impl Default for Analysis {
    fn default() -> Self {
        Self {
            pattern: Arc::new(Pattern::parse("")),
            error_position: None,
            verdicts: Vec::new(),
            explanation: None,
            form_sync: FormSync::PatternInvalid,
            read_form: None,
            listed: Vec::new(),
            summary: Summary::NoVerdicts,
            job: None,
            keys: Keys::default(),
            texts: None,
        }
    }
}

impl Analysis {
    /// The form read back from the pattern at its last compile, once.
    pub(super) fn take_read_form(&mut self) -> Option<crate::form::Form> {
        self.read_form.take()
    }

    /// Brings everything up to date with `inputs`; returns whether the
    /// pattern was compiled anew.
    pub(super) fn refresh(&mut self, inputs: &Inputs<'_>) -> bool {
        let recompiled = self.keys.pattern != Some(inputs.pattern_revision);
        if recompiled {
            let pattern = Pattern::parse(inputs.pattern_text);
            self.error_position = pattern.as_ref().err().map(|e| e.position(inputs.pattern_text));
            self.read_form = None;
            self.form_sync = match &pattern {
                Err(_) => FormSync::PatternInvalid,
                Ok(p) => match crate::form::form_from_pattern(p, inputs.pattern_text) {
                    Ok(form) => {
                        self.read_form = Some(form);
                        FormSync::Follows
                    }
                    Err(reason) => FormSync::CannotShow(reason),
                },
            };
            self.pattern = Arc::new(pattern);
            self.keys.pattern = Some(inputs.pattern_revision);
        }
        let verdict_key = (inputs.pattern_revision, inputs.events_revision);
        if self.keys.verdicts != Some(verdict_key) {
            if inputs.loading {
                // Events are still arriving: judging each batch anew would
                // start over and over; the new ones wait, the rest stay.
                self.cancel_matching();
                if self.verdicts.len() > inputs.events.len() {
                    self.verdicts.clear();
                }
                self.verdicts.resize(inputs.events.len(), EventVerdict::Pending);
            } else {
                self.start_matching(inputs);
                self.keys.verdicts = Some(verdict_key);
            }
        }
        self.poll_matching();
        let explanation_key = (inputs.pattern_revision, inputs.events_revision, inputs.selected);
        if self.keys.explanation.as_ref() != Some(&explanation_key) {
            self.explanation = explain(&self.pattern, inputs.selected.and_then(|i| inputs.events.get(i)));
            self.keys.explanation = Some(explanation_key);
        }
        // Compared in place, so an idle frame allocates nothing.
        let list_fresh = self.keys.listed.as_ref().is_some_and(|(events, filter, source, types)| {
            *events == inputs.events_revision
                && filter == inputs.filter
                && source.as_deref() == inputs.source
                && types.as_slice() == inputs.detail_types
        });
        if !list_fresh {
            self.listed = listed(inputs);
            self.keys.listed = Some((
                inputs.events_revision,
                inputs.filter.to_owned(),
                inputs.source.map(str::to_owned),
                inputs.detail_types.to_vec(),
            ));
        }
        let done = self.job.as_ref().map_or(u64::MAX, |j| j.done as u64);
        let done = if inputs.loading { u64::MAX - 1 } else { done };
        let summary_key = (inputs.pattern_revision, inputs.events_revision, done);
        if !list_fresh || self.keys.summary != Some(summary_key) {
            self.summary = self.count(inputs);
            self.keys.summary = Some(summary_key);
        }
        recompiled
    }

    /// Whether verdicts are still being worked out: (done, total).
    #[must_use]
    pub fn matching(&self) -> Option<(usize, usize)> {
        self.job.as_ref().map(|j| (j.done, self.verdicts.len()))
    }

    /// Stops working out verdicts (they stay pending).
    pub(super) fn cancel_matching(&mut self) {
        if let Some(job) = self.job.take() {
            job.cancel.store(true, Ordering::Relaxed);
        }
    }

    fn start_matching(&mut self, inputs: &Inputs<'_>) {
        self.cancel_matching();
        let n = inputs.events.len();
        let Ok(_) = self.pattern.as_ref() else {
            self.verdicts = vec![EventVerdict::NoPattern; n];
            return;
        };
        let background = matches!(inputs.executor, Executor::Background(_)) && inputs.total_bytes > INLINE_BYTES;
        if !background {
            self.verdicts = judge_all(&self.pattern, inputs.events.iter().map(|e| &*e.text));
            return;
        }
        // Verdicts of the old revision stay visible until replaced, unless
        // events were removed (then they would sit beside the wrong events).
        if self.verdicts.len() > n {
            self.verdicts.clear();
        }
        self.verdicts.resize(n, EventVerdict::Pending);
        let Executor::Background(wake) = inputs.executor else { return };
        let texts = match &self.texts {
            Some((revision, texts)) if *revision == inputs.events_revision => texts.clone(),
            _ => {
                let texts: Arc<Vec<Arc<str>>> = Arc::new(inputs.events.iter().map(|e| e.text.clone()).collect());
                self.texts = Some((inputs.events_revision, texts.clone()));
                texts
            }
        };
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, receiver) = channel();
        let pattern = self.pattern.clone();
        let (wake, stop) = (wake.clone(), cancel.clone());
        let spawned = std::thread::Builder::new().name("rulecraft-matcher".to_owned()).spawn(move || {
            let Ok(pattern) = pattern.as_ref() else { return };
            let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get).clamp(1, 8);
            let share = texts.len().div_ceil(threads).max(1);
            std::thread::scope(|scope| {
                for (part, chunk) in texts.chunks(share).enumerate() {
                    let (sender, stop, wake) = (sender.clone(), &stop, &wake);
                    scope.spawn(move || {
                        let mut matcher = EventMatcher::new(pattern);
                        for (block, texts) in chunk.chunks(MATCH_BLOCK).enumerate() {
                            let mut verdicts = Vec::with_capacity(texts.len());
                            for text in texts {
                                if stop.load(Ordering::Relaxed) {
                                    return;
                                }
                                verdicts.push(verdict(&mut matcher, text));
                            }
                            if sender.send((part * share + block * MATCH_BLOCK, verdicts)).is_err() {
                                return;
                            }
                            wake();
                        }
                    });
                }
            });
        });
        if spawned.is_ok() {
            self.job = Some(MatchJob { cancel, receiver, done: 0 });
        } else {
            self.verdicts = judge_all(&self.pattern, inputs.events.iter().map(|e| &*e.text));
        }
    }

    fn poll_matching(&mut self) {
        let Some(job) = &mut self.job else { return };
        for (start, verdicts) in job.receiver.try_iter() {
            job.done += verdicts.len();
            for (offset, verdict) in verdicts.into_iter().enumerate() {
                if let Some(slot) = self.verdicts.get_mut(start + offset) {
                    *slot = verdict;
                }
            }
        }
        if job.done >= self.verdicts.len() {
            self.job = None;
        }
    }

    fn count(&self, inputs: &Inputs<'_>) -> Summary {
        if self.pattern.is_err() {
            return Summary::NoVerdicts;
        }
        if let Some((done, total)) = self.matching() {
            return Summary::Matching { done, total };
        }
        if inputs.loading {
            return Summary::Loading { events: inputs.events.len() };
        }
        let is_match = |i: usize| self.verdicts.get(i) == Some(&EventVerdict::Matched);
        let all_matched = (0..self.verdicts.len()).filter(|&i| is_match(i)).count();
        let relevant: Vec<usize> =
            (0..inputs.events.len()).filter(|&i| relevance(inputs, &inputs.events[i]) <= 1).collect();
        if relevant.is_empty() {
            return Summary::All { matched: all_matched, total: self.verdicts.len() };
        }
        Summary::Relevant {
            matched: relevant.iter().filter(|&&i| is_match(i)).count(),
            relevant: relevant.len(),
            all_matched,
            total: self.verdicts.len(),
        }
    }
}

/// Every verdict, on this thread.
fn judge_all<'t>(pattern: &Result<Pattern, PatternError>, texts: impl Iterator<Item = &'t str>) -> Vec<EventVerdict> {
    let Ok(pattern) = pattern else { return texts.map(|_| EventVerdict::NoPattern).collect() };
    let mut matcher = EventMatcher::new(pattern);
    texts.map(|text| verdict(&mut matcher, text)).collect()
}

fn verdict(matcher: &mut EventMatcher<'_>, text: &str) -> EventVerdict {
    match matcher.matches(text) {
        Ok(true) => EventVerdict::Matched,
        Ok(false) => EventVerdict::NotMatched,
        Err(error) => EventVerdict::Unreadable(describe_event_error(&error, text)),
    }
}

fn describe_event_error(error: &EventError, text: &str) -> Unreadable {
    let at = Position::of(text, error.span().start);
    Unreadable { line: at.line, column: at.column, message: error.to_string() }
}

fn explain(pattern: &Result<Pattern, PatternError>, event: Option<&EventEntry>) -> Option<Explanation> {
    let pattern = pattern.as_ref().ok()?;
    Explainer::new(pattern).explain(&event?.text).ok()
}

/// 0 for the user's own events, 1 for samples of the form's source and
/// detail-types, 2 for the source's other samples, 3 for the rest.
fn relevance(inputs: &Inputs<'_>, event: &EventEntry) -> u8 {
    match &event.origin {
        EventOrigin::Own | EventOrigin::Archive => 0,
        EventOrigin::Sample { source, detail_type } => {
            let same_source = inputs.source == Some(source.as_str());
            let same_type = inputs.detail_types.is_empty() || inputs.detail_types.contains(detail_type);
            match (same_source, same_type) {
                (true, true) => 1,
                (true, false) => 2,
                _ => 3,
            }
        }
    }
}

/// Indices of the events to list: the user's own first, then the samples of
/// the form's source and detail-types, then the rest; filtered by name.
/// Within a group the events keep their order (one pass, no sort).
fn listed(inputs: &Inputs<'_>) -> Vec<usize> {
    let filter = inputs.filter.to_lowercase();
    let mut groups: [Vec<usize>; 4] = Default::default();
    for (i, event) in inputs.events.iter().enumerate() {
        if filter.is_empty() || contains_ignoring_case(&event.name, &filter) {
            groups[usize::from(relevance(inputs, event))].push(i);
        }
    }
    groups.concat()
}

fn contains_ignoring_case(name: &str, lower_filter: &str) -> bool {
    if name.is_ascii() && lower_filter.is_ascii() {
        let (name, filter) = (name.as_bytes(), lower_filter.as_bytes());
        return filter.len() <= name.len()
            && name.windows(filter.len()).any(|w| w.iter().zip(filter).all(|(a, b)| a.to_ascii_lowercase() == *b));
    }
    name.to_lowercase().contains(lower_filter)
}
