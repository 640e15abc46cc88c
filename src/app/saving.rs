//! Writing files without making the window wait: each save is a job for a
//! writer thread, done in order, and its outcome comes back to the state,
//! which then marks the rule saved, says what failed, or goes on with what
//! the save was for (closing, opening another file). Tests and the command
//! line can write inline instead, with the same outcomes.

use super::file_state::Action;
use super::state::AppState;
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

impl AppState {
    /// Writes files on a writer thread from now on.
    pub fn write_in_background(&mut self, wake: impl Fn() + Send + 'static) {
        self.file.writer = Writer::background(wake);
    }

    /// Whether a write has not finished yet.
    #[must_use]
    pub fn is_saving(&self) -> bool {
        self.file.writes_in_flight > 0
    }

    /// Applies the outcomes of finished writes. Called every frame.
    pub fn poll_writes(&mut self) {
        let finished: Vec<Done> = match &self.file.writer {
            Writer::Inline => return,
            Writer::Background { done, .. } => done.try_iter().collect(),
        };
        for (job, result) in finished {
            self.file.writes_in_flight = self.file.writes_in_flight.saturating_sub(1);
            self.finish_write(job, result);
        }
    }

    /// Starts a write; inline writers finish it at once.
    pub(super) fn start_write(&mut self, job: Job) {
        let job = match &self.file.writer {
            Writer::Background { jobs, .. } => match jobs.send(job) {
                Ok(()) => {
                    self.file.writes_in_flight += 1;
                    self.notice = Some("Saving…".to_owned());
                    return;
                }
                // The thread is gone: write here rather than lose the save.
                Err(returned) => returned.0,
            },
            Writer::Inline => job,
        };
        let result = write_atomically(&job.path, &job.bytes).map_err(|e| save_reason(&e));
        self.finish_write(job, result);
    }

    fn finish_write(&mut self, job: Job, result: Result<(), String>) {
        let Job { path, purpose, .. } = job;
        match (purpose, result) {
            (Purpose::Rule { content, then }, Ok(())) => {
                self.file.path = Some(path.clone());
                self.file.kind = Some(FileKind::Rule);
                self.file.recent.touch(&path);
                self.saved_as(content);
                self.notice = Some(format!("Saved {}", path.display()));
                if let Some(action) = then {
                    self.perform(action);
                }
            }
            (Purpose::Rule { .. }, Err(reason)) => {
                self.file.alert = Some(format!(
                    "Cannot save {}: {reason}. Your work is still open here; save it somewhere else.",
                    path.display()
                ));
            }
            (Purpose::Pattern, Ok(())) => self.notice = Some(format!("Saved the pattern to {}", path.display())),
            (Purpose::Export, Ok(())) => self.notice = Some(format!("Saved {}", path.display())),
            (Purpose::Pattern | Purpose::Export, Err(reason)) => {
                self.file.alert = Some(format!("Cannot save {}: {reason}", path.display()));
            }
        }
    }
}
