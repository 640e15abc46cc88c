//! Writing files without making the window wait: each save is a job for a
//! writer thread, done in order, and its outcome comes back to the document
//! side, which then marks the rule saved, says what failed, or goes on with
//! what the save was for (closing, opening another file). Tests and the
//! command line can write inline instead, with the same outcomes.

use super::document::{Action, DocumentOutcome, FileState, Revisions};
use crate::app::i18n::Message;
use crate::document::{FileKind, save_reason, write_atomically};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

/// What a write is for, and so what its success means.
#[derive(Debug)]
pub(super) enum Purpose {
    /// The rule file: the content it saved (without the designer's state),
    /// and what follows a success.
    Rule {
        /// The document's content when the save started.
        content: String,
        /// What to do once saved.
        then: Option<Action>,
    },
    /// Only the pattern.
    Pattern,
    /// An export.
    Export,
}

/// One file to write.
#[derive(Debug)]
pub(super) struct Job {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    pub purpose: Purpose,
}

/// A finished write.
type Done = (Job, Result<(), String>);

/// Where writes happen.
#[derive(Debug, Default)]
pub(super) enum Writer {
    /// At once, on the caller's thread (tests, scripts).
    #[default]
    Inline,
    /// On a writer thread, in order.
    Background {
        /// Jobs to the thread.
        jobs: Sender<Job>,
        /// Outcomes from it.
        done: Receiver<Done>,
    },
}

impl Writer {
    /// A writer thread; `wake` is called after each write (to repaint).
    #[must_use]
    pub fn background(wake: impl Fn() + Send + 'static) -> Self {
        let (jobs, job_queue) = channel::<Job>();
        let (finished, done) = channel::<Done>();
        std::thread::Builder::new()
            .name("rulecraft-writer".to_owned())
            .spawn(move || {
                for job in job_queue {
                    let result = write_atomically(&job.path, &job.bytes).map_err(|e| save_reason(&e));
                    if finished.send((job, result)).is_err() {
                        break;
                    }
                    wake();
                }
            })
            .map_or(Self::Inline, |_| Self::Background { jobs, done })
    }
}

impl FileState {
    /// Whether a write has not finished yet.
    #[must_use]
    pub fn is_saving(&self) -> bool {
        self.writes_in_flight > 0
    }

    /// The outcomes of finished writes.
    pub(super) fn poll_writes(&mut self, revisions: Revisions) -> Vec<DocumentOutcome> {
        let finished: Vec<Done> = match &self.writer {
            Writer::Inline => return Vec::new(),
            Writer::Background { done, .. } => done.try_iter().collect(),
        };
        finished
            .into_iter()
            .map(|(job, result)| {
                self.writes_in_flight = self.writes_in_flight.saturating_sub(1);
                self.finish_write(job, result, revisions)
            })
            .collect()
    }

    /// Starts a write; inline writers finish it at once.
    pub(super) fn start_write(&mut self, job: Job, revisions: Revisions) -> DocumentOutcome {
        let job = match &self.writer {
            Writer::Background { jobs, .. } => match jobs.send(job) {
                Ok(()) => {
                    self.writes_in_flight += 1;
                    return DocumentOutcome::Notice(Message::new("notice-saving"));
                }
                // The thread is gone: write here rather than lose the save.
                Err(returned) => returned.0,
            },
            Writer::Inline => job,
        };
        let result = write_atomically(&job.path, &job.bytes).map_err(|e| save_reason(&e));
        self.finish_write(job, result, revisions)
    }

    fn finish_write(&mut self, job: Job, result: Result<(), String>, revisions: Revisions) -> DocumentOutcome {
        let Job { path, purpose, .. } = job;
        let shown = path.display().to_string();
        match (purpose, result) {
            (Purpose::Rule { content, then }, Ok(())) => {
                self.path = Some(path.clone());
                self.kind = Some(FileKind::Rule);
                self.recent.touch(&path);
                self.mark_saved(content);
                match then {
                    Some(action) => match self.perform(action, revisions) {
                        DocumentOutcome::Quiet => {
                            DocumentOutcome::Notice(Message::new("notice-saved").with("path", shown))
                        }
                        other => other,
                    },
                    None => DocumentOutcome::Notice(Message::new("notice-saved").with("path", shown)),
                }
            }
            (Purpose::Rule { .. }, Err(reason)) => {
                self.alert = Some(Message::new("alert-cannot-save-rule").with("path", shown).with("reason", reason));
                DocumentOutcome::Quiet
            }
            (Purpose::Pattern, Ok(())) => {
                DocumentOutcome::Notice(Message::new("notice-saved-pattern").with("path", shown))
            }
            (Purpose::Export, Ok(())) => DocumentOutcome::Notice(Message::new("notice-saved").with("path", shown)),
            (Purpose::Pattern | Purpose::Export, Err(reason)) => {
                self.alert = Some(Message::new("alert-cannot-save").with("path", shown).with("reason", reason));
                DocumentOutcome::Quiet
            }
        }
    }

    /// Writes files on a writer thread from now on.
    pub fn write_in_background(&mut self, wake: impl Fn() + Send + 'static) {
        self.writer = Writer::background(wake);
    }
}
