//! The events the pattern is tested against: the bundled samples, the
//! user's own (pasted, written, kept with the rule) and archives loaded
//! from files (tested against, not copied into the rule file). Loading runs
//! on a thread with progress and can be cancelled; the list's order and
//! filter are worked out by the analysis, not here.

use super::work::{Executor, Wake};
use crate::document::Expectation;
use crate::samples;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

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
    /// The user's own, saved with the rule (pasted, written, or from a
    /// file of a few events).
    Own,
    /// From an archive loaded from files: tested against, not saved with
    /// the rule.
    Archive,
}

/// One event the pattern is tested against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventEntry {
    /// A short name: the sample's file, or the user's file and line.
    pub name: String,
    /// The event text (shared with the matching threads).
    pub text: Arc<str>,
    /// Where it comes from.
    pub origin: EventOrigin,
    /// The verdict the user expects: saved with the rule for their own
    /// events; for bundled and archive events, a mark for "Suggest a
    /// pattern" kept for the session.
    pub expect: Option<Expectation>,
}

impl EventEntry {
    /// An event of the user's own.
    #[must_use]
    pub fn own(name: &str, text: &str) -> Self {
        Self { name: name.to_owned(), text: text.into(), origin: EventOrigin::Own, expect: None }
    }
}

/// Files with at most this many events in all are kept with the rule, like
/// pasted events; larger loads are archives.
pub const KEPT_WITH_RULE_AT_MOST: usize = 100;

/// What the events side is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum EventsCommand {
    /// Add an event of the user's own.
    AddOwnEvent {
        /// A name for the list.
        name: String,
        /// The event text.
        text: String,
    },
    /// Add the text in the paste box as an own event.
    AddPasted,
    /// Add events already read from files, reporting problems.
    AddOwnEvents {
        /// `(name, text)` per event.
        events: Vec<(String, String)>,
        /// One message per file or line that could not be read.
        problems: Vec<String>,
    },
    /// Read these files (events, JSON Lines archives, folders) on a thread.
    LoadFiles(Vec<PathBuf>),
    /// Stop loading (what was read stays).
    CancelLoading,
    /// The selected own event's editor changed: its new text.
    EditOwnEvent {
        /// The event.
        index: usize,
        /// The whole new text.
        text: String,
    },
    /// Copy an event (a sample, say) into the user's own, to edit it.
    DuplicateAsOwn(usize),
    /// Add the event's variants (one per documented value of each enumerated
    /// field) to the user's own events.
    AddVariants(usize),
    /// Remove an event of the user's own or of an archive.
    RemoveEvent(usize),
    /// Keep an archive event with the rule (it becomes the user's own).
    KeepWithRule(usize),
    /// Select an event (or none).
    Select(Option<usize>),
    /// Select the event this many places down (negative: up) the list.
    Step(isize),
    /// Set the verdict an own event should get.
    SetExpectation {
        /// The event.
        index: usize,
        /// The verdict, or none.
        expect: Option<Expectation>,
    },
    /// The filter text was edited in place.
    FilterEdited,
}

/// Loading in progress.
#[derive(Debug)]
pub struct Loading {
    /// Bytes to read in all (file sizes).
    pub total_bytes: u64,
    /// Bytes read so far.
    pub read_bytes: u64,
    /// Events read so far.
    pub events: usize,
    /// Problems so far (`file:line: what`).
    pub problems: Vec<String>,
    cancel: Arc<AtomicBool>,
    receiver: Receiver<LoadMessage>,
    /// Where this load's events start in the list.
    first: usize,
}

impl Loading {
    /// Progress from 0 to 1.
    #[must_use]
    pub fn fraction(&self) -> f32 {
        fraction(self.read_bytes, self.total_bytes)
    }
}

/// `done / total` from 0 to 1 for a progress bar, in per mille integers so
/// counts and sizes of any magnitude stay exact.
#[must_use]
pub fn fraction(done: u64, total: u64) -> f32 {
    let per_mille = (done.saturating_mul(1000) / total.max(1)).min(1000);
    f32::from(u16::try_from(per_mille).unwrap_or(1000)) / 1000.0
}

/// What the loading thread sends.
#[derive(Debug)]
enum LoadMessage {
    /// Events read: `(name, text)`, and the bytes they took. The text is
    /// allocated once, where it is read, in the form the list keeps.
    Batch(Vec<(String, Arc<str>)>, u64),
    /// A file or line that could not be read.
    Problem(String),
    /// All read (or cancelled).
    Done,
}

/// What an events command did, for the rest of the state.
#[derive(Debug, Clone, PartialEq)]
pub enum EventsOutcome {
    /// Nothing to report.
    Quiet,
    /// Events were added from files: how many, and what could not be read.
    Added {
        /// Events added.
        count: usize,
        /// Problems.
        problems: Vec<String>,
        /// Whether they were kept with the rule (few) or are an archive.
        archive: bool,
    },
    /// Loading was cancelled after this many events.
    Cancelled(usize),
    /// An event was copied into the user's own under this name.
    Duplicated(String),
    /// This many variants of the named event were added.
    VariantsAdded {
        /// The event they were derived from.
        of: String,
        /// How many.
        count: usize,
    },
}

/// The events side of the state.
#[derive(Debug)]
pub struct EventsState {
    /// Every event: bundled samples, then the user's own and archives.
    pub events: Vec<EventEntry>,
    /// The selected event.
    pub selected: Option<usize>,
    /// Filter text for the list (the filter box's buffer).
    pub filter: String,
    /// Text in the "paste an event" box.
    pub paste_text: String,
    /// The editor's buffer for the selected own event.
    pub edit_text: String,
    /// Loading in progress, if any.
    pub loading: Option<Loading>,
    /// Bumped when the events change.
    revision: u64,
    /// Bytes of all event texts.
    total_bytes: usize,
    executor: Executor,
}

impl EventsState {
    /// All bundled samples, then these own events.
    #[must_use]
    pub fn new(own_events: &[(&str, &str)]) -> Self {
        let mut events: Vec<EventEntry> = samples::all()
            .iter()
            .map(|s| EventEntry {
                name: s.file.trim_end_matches(".json").to_owned(),
                text: s.text.into(),
                origin: EventOrigin::Sample { source: s.source.clone(), detail_type: s.detail_type.clone() },
                expect: None,
            })
            .collect();
        events.extend(own_events.iter().map(|(name, text)| EventEntry::own(name, text)));
        let total_bytes = events.iter().map(|e| e.text.len()).sum();
        Self {
            events,
            selected: None,
            filter: String::new(),
            paste_text: String::new(),
            edit_text: String::new(),
            loading: None,
            revision: 0,
            total_bytes,
            executor: Executor::Inline,
        }
    }

    /// Runs loading on threads from now on; `wake` repaints.
    pub fn load_in_background(&mut self, wake: Wake) {
        self.executor = Executor::Background(wake);
    }

    /// Bumped whenever the events change.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Bytes of all event texts.
    #[must_use]
    pub fn total_bytes(&self) -> usize {
        self.total_bytes
    }

    /// Adds events derived from one: a copy, or its variants.
    fn derive(&mut self, command: &EventsCommand) -> EventsOutcome {
        match command {
            EventsCommand::DuplicateAsOwn(index) => {
                if let Some(event) = self.events.get(*index) {
                    let name =
                        crate::app::i18n::tr_args("duplicate-event-name", &[("name", event.name.clone().into())]);
                    let text = event.text.to_string();
                    self.push(EventEntry::own(&name, &text));
                    self.select(Some(self.events.len() - 1));
                    return EventsOutcome::Duplicated(name);
                }
            }
            EventsCommand::AddVariants(index) => {
                let Some(event) = self.events.get(*index) else { return EventsOutcome::Quiet };
                let of = event.name.clone();
                let derived = crate::variants::variants(&event.text);
                let count = derived.len();
                for variant in derived {
                    let field = variant.path.rsplit('.').next().unwrap_or(&variant.path).to_owned();
                    let name = crate::app::i18n::tr_args(
                        "variant-event-name",
                        &[("name", of.clone().into()), ("field", field.into()), ("value", variant.value.into())],
                    );
                    self.push(EventEntry::own(&name, &variant.text));
                }
                if count > 0 {
                    self.select(Some(self.events.len() - count));
                }
                return EventsOutcome::VariantsAdded { of, count };
            }
            _ => {}
        }
        EventsOutcome::Quiet
    }

    /// Applies an events command; `listed` is the list's current order.
    pub fn handle(&mut self, command: EventsCommand, listed: &[usize]) -> EventsOutcome {
        match command {
            EventsCommand::AddOwnEvent { name, text } => {
                self.push(EventEntry::own(&name, &text));
                self.select(Some(self.events.len() - 1));
            }
            EventsCommand::AddPasted => {
                if !self.paste_text.trim().is_empty() {
                    let count = self.events.iter().filter(|e| e.origin == EventOrigin::Own).count();
                    let text = std::mem::take(&mut self.paste_text);
                    let name = crate::app::i18n::tr_args("pasted-event-name", &[("number", (count + 1).into())]);
                    self.push(EventEntry::own(&name, &text));
                    self.select(Some(self.events.len() - 1));
                }
            }
            EventsCommand::DuplicateAsOwn(_) | EventsCommand::AddVariants(_) => return self.derive(&command),
            EventsCommand::AddOwnEvents { events, problems } => {
                let count = events.len();
                for (name, text) in events {
                    self.push(EventEntry::own(&name, &text));
                }
                if count > 0 {
                    self.select(Some(self.events.len() - count));
                }
                return EventsOutcome::Added { count, problems, archive: false };
            }
            EventsCommand::LoadFiles(paths) => self.start_loading(&paths),
            EventsCommand::CancelLoading => {
                if let Some(loading) = &self.loading {
                    loading.cancel.store(true, Ordering::Relaxed);
                    let count = loading.events;
                    self.loading = None;
                    return EventsOutcome::Cancelled(count);
                }
            }
            EventsCommand::EditOwnEvent { index, text } => {
                if let Some(event) = self.events.get_mut(index).filter(|e| e.origin == EventOrigin::Own) {
                    self.total_bytes = self.total_bytes - event.text.len() + text.len();
                    event.text = text.as_str().into();
                    if self.selected == Some(index) {
                        self.edit_text = text;
                    }
                    self.revision += 1;
                }
            }
            EventsCommand::RemoveEvent(index) => self.remove(index),
            EventsCommand::KeepWithRule(index) => {
                if let Some(event) = self.events.get_mut(index).filter(|e| e.origin == EventOrigin::Archive) {
                    event.origin = EventOrigin::Own;
                    self.revision += 1;
                    self.select(Some(index));
                }
            }
            EventsCommand::Select(index) => self.select(index.filter(|&i| i < self.events.len())),
            EventsCommand::Step(step) => {
                let here = self.selected.and_then(|s| listed.iter().position(|&i| i == s));
                let next = match here {
                    Some(at) => at.checked_add_signed(step).filter(|&n| n < listed.len()).unwrap_or(at),
                    None => 0,
                };
                if let Some(&index) = listed.get(next) {
                    self.select(Some(index));
                }
            }
            EventsCommand::SetExpectation { index, expect } => {
                if let Some(event) = self.events.get_mut(index)
                    && event.expect != expect
                {
                    event.expect = expect;
                    self.revision += 1;
                }
            }
            EventsCommand::FilterEdited => {}
        }
        EventsOutcome::Quiet
    }

    /// Selects an event and fills the editor's buffer with its text.
    pub fn select(&mut self, index: Option<usize>) {
        self.selected = index;
        self.edit_text = index.and_then(|i| self.events.get(i)).map(|e| e.text.to_string()).unwrap_or_default();
    }

    fn push(&mut self, event: EventEntry) {
        self.total_bytes += event.text.len();
        self.events.push(event);
        self.revision += 1;
    }

    fn remove(&mut self, index: usize) {
        if self.events.get(index).is_some_and(|e| !matches!(e.origin, EventOrigin::Sample { .. })) {
            let removed = self.events.remove(index);
            self.total_bytes -= removed.text.len();
            let selected = match self.selected {
                Some(s) if s == index => None,
                Some(s) if s > index => Some(s - 1),
                other => other,
            };
            self.select(selected);
            self.revision += 1;
        }
    }

    /// Replaces the user's own events (a document was opened); archives stay.
    pub fn replace_own(&mut self, own: impl IntoIterator<Item = EventEntry>) {
        self.events.retain(|e| e.origin != EventOrigin::Own);
        self.events.extend(own);
        self.total_bytes = self.events.iter().map(|e| e.text.len()).sum();
        self.revision += 1;
    }

    fn start_loading(&mut self, paths: &[PathBuf]) {
        if let Some(previous) = self.loading.take() {
            previous.cancel.store(true, Ordering::Relaxed);
        }
        let sources: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        let total_bytes = paths.iter().map(|p| size_of_source(p)).sum();
        let cancel = Arc::new(AtomicBool::new(false));
        let (sender, receiver) = channel();
        let first = self.events.len();
        self.loading = Some(Loading {
            total_bytes,
            read_bytes: 0,
            events: 0,
            problems: Vec::new(),
            cancel: cancel.clone(),
            receiver,
            first,
        });
        match &self.executor {
            Executor::Inline => read_sources(&sources, &cancel, &sender, &|| {}),
            Executor::Background(wake) => {
                let wake = wake.clone();
                let spawned = std::thread::Builder::new()
                    .name("rulecraft-loader".to_owned())
                    .spawn(move || read_sources(&sources, &cancel, &sender, &*wake));
                if spawned.is_err() {
                    self.loading = None;
                }
            }
        }
    }

    /// Applies what the loading thread has read so far. Called every frame
    /// (and at once for inline loading).
    pub fn poll_loading(&mut self) -> EventsOutcome {
        let Some(loading) = &mut self.loading else { return EventsOutcome::Quiet };
        let mut finished = false;
        let mut added = Vec::new();
        for message in loading.receiver.try_iter() {
            match message {
                LoadMessage::Batch(events, bytes) => {
                    loading.read_bytes += bytes;
                    loading.events += events.len();
                    added.extend(events);
                }
                LoadMessage::Problem(problem) => loading.problems.push(problem),
                LoadMessage::Done => finished = true,
            }
        }
        let first = loading.first;
        self.events.reserve(added.len());
        for (name, text) in added {
            self.total_bytes += text.len();
            self.events.push(EventEntry { name, text, origin: EventOrigin::Archive, expect: None });
            self.revision += 1;
        }
        if !finished {
            return EventsOutcome::Quiet;
        }
        let Some(loading) = self.loading.take() else { return EventsOutcome::Quiet };
        let count = self.events.len().saturating_sub(first);
        let archive = count > KEPT_WITH_RULE_AT_MOST;
        if !archive {
            for event in &mut self.events[first..] {
                event.origin = EventOrigin::Own;
            }
            self.revision += 1;
        }
        if count > 0 {
            self.select(Some(first));
        }
        EventsOutcome::Added { count, problems: loading.problems, archive }
    }
}

/// Bytes a source will take to read: a file's size, a folder's event files.
fn size_of_source(path: &std::path::Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path).map_or(0, |entries| {
            entries
                .flatten()
                .filter_map(|e| e.metadata().ok())
                .filter(std::fs::Metadata::is_file)
                .map(|m| m.len())
                .sum()
        })
    } else {
        std::fs::metadata(path).map_or(0, |m| m.len())
    }
}

/// Events per message from the loading thread.
const LOAD_BATCH: usize = 2048;

/// Reads every event of `sources` with the command line's reader, sending
/// batches until done or cancelled.
fn read_sources(
    sources: &[String],
    cancel: &AtomicBool,
    sender: &Sender<LoadMessage>,
    wake: &(dyn Fn() + Send + Sync),
) {
    let mut batch = Vec::with_capacity(LOAD_BATCH);
    let mut bytes = 0u64;
    crate::batch::for_each_event_until(
        sources,
        || cancel.load(Ordering::Relaxed),
        |item| match item.text {
            Ok(text) => {
                bytes += text.len() as u64 + 1;
                batch.push((crate::batch::event_name(&item.origin), Arc::from(text)));
                if batch.len() == LOAD_BATCH {
                    sender.send(LoadMessage::Batch(std::mem::take(&mut batch), std::mem::take(&mut bytes))).ok();
                    wake();
                }
            }
            Err(message) => {
                sender.send(LoadMessage::Problem(format!("{}: {message}", item.origin))).ok();
            }
        },
    );
    if !batch.is_empty() {
        sender.send(LoadMessage::Batch(batch, bytes)).ok();
    }
    sender.send(LoadMessage::Done).ok();
    wake();
}
