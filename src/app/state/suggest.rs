//! "Suggest a pattern": events marked "should match" / "should not match"
//! (own, bundled or archive), the candidates the suggester proposes for
//! them, each with how many other loaded events it also matches and what
//! the linter says, worked out off the UI thread; one is adopted as an
//! undoable edit of the pattern.

use super::events::EventEntry;
use super::work::{Executor, Pending, Started};
use crate::document::Expectation;
use crate::suggest::{Candidate, Inseparable};

/// What the suggestion window can be asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SuggestCommand {
    /// Propose patterns for the marked events.
    Run,
    /// Show or hide the window.
    Show(bool),
    /// Put candidate `n` in the editor.
    Adopt(usize),
}

/// A candidate as the window shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// The suggester's candidate (pattern text and its conditions).
    pub candidate: Candidate,
    /// The names of the unmarked events it also matches.
    pub also_matches: Vec<String>,
    /// The linter's (errors, warnings, advice) on it.
    pub lint: (usize, usize, usize),
}

/// The outcome of a run.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Candidates, best first.
    Proposals(Vec<Proposal>),
    /// None can separate the examples: why, and the pair's names when there is one.
    Inseparable(Inseparable, Option<(String, String)>),
}

/// The window's state.
#[derive(Debug, Default)]
pub struct SuggestState {
    /// Whether the window is shown.
    pub open: bool,
    /// How many events were marked each way in the last run: (match, no match).
    pub marked: (usize, usize),
    /// The last run's outcome.
    pub outcome: Option<Outcome>,
    running: Option<Pending<Outcome>>,
}

/// Runs the suggester over `events`: the marked ones are the examples, the
/// rest are counted as "also matches".
#[must_use]
pub fn propose(events: &[(String, String, Option<Expectation>)]) -> Outcome {
    let pick = |wanted: Expectation| -> Vec<usize> {
        events.iter().enumerate().filter(|(_, e)| e.2 == Some(wanted)).map(|(i, _)| i).collect()
    };
    let (wanted, unwanted) = (pick(Expectation::Match), pick(Expectation::NoMatch));
    let texts = |indices: &[usize]| -> Vec<&str> { indices.iter().map(|&i| events[i].1.as_str()).collect() };
    match crate::suggest::suggest(&texts(&wanted), &texts(&unwanted)) {
        Ok(candidates) => Outcome::Proposals(
            candidates
                .into_iter()
                .map(|candidate| {
                    let compiled = crate::Pattern::parse(&candidate.pattern).ok();
                    let also_matches = events
                        .iter()
                        .filter(|e| e.2.is_none())
                        .filter(|e| compiled.as_ref().is_some_and(|p| crate::matches(p, &e.1).unwrap_or(false)))
                        .map(|e| e.0.clone())
                        .collect();
                    let findings = crate::lint::lint(
                        &candidate.pattern,
                        &crate::lint::Context { place: crate::lint::Place::default(), targets: &[] },
                    );
                    Proposal { candidate, also_matches, lint: crate::lint::counts(&findings) }
                })
                .collect(),
        ),
        Err(reason) => {
            let pair = match &reason {
                Inseparable::Same { wanted: w, unwanted: u } => {
                    wanted.get(*w).zip(unwanted.get(*u)).map(|(&w, &u)| (events[w].0.clone(), events[u].0.clone()))
                }
                _ => None,
            };
            Outcome::Inseparable(reason, pair)
        }
    }
}

impl SuggestState {
    /// Starts a run over `events` (off the UI thread with a background executor).
    pub fn start(&mut self, events: &[EventEntry], executor: &Executor) {
        let examples: Vec<(String, String, Option<Expectation>)> =
            events.iter().map(|e| (e.name.clone(), e.text.to_string(), e.expect)).collect();
        let count = |x: Expectation| examples.iter().filter(|e| e.2 == Some(x)).count();
        self.marked = (count(Expectation::Match), count(Expectation::NoMatch));
        self.open = true;
        self.outcome = None;
        self.running = None;
        match executor.start(move || propose(&examples)) {
            Started::Done(outcome) => self.outcome = Some(outcome),
            Started::Pending(pending) => self.running = Some(pending),
        }
    }

    /// Takes a finished run's outcome.
    pub fn poll(&mut self) {
        if let Some(outcome) = Pending::take(&mut self.running) {
            self.outcome = Some(outcome);
        }
    }

    /// Whether a run is under way.
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Candidate `n`'s pattern text.
    #[must_use]
    pub fn pattern(&self, n: usize) -> Option<&str> {
        match &self.outcome {
            Some(Outcome::Proposals(proposals)) => proposals.get(n).map(|p| p.candidate.pattern.as_str()),
            _ => None,
        }
    }
}
