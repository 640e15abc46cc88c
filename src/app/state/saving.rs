//! Writing files without making the window wait: each save is a job for a
//! writer thread, done in order, and its outcome comes back to the document
//! side, which then marks the rule saved, says what failed, or goes on with
//! what the save was for (closing, opening another file). Tests and the
//! command line can write inline instead, with the same outcomes.

use crate::document::write_atomically;
use crate::files::IoProblem;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

/// One file to write, and what it is for (`P`: the caller's to interpret).
#[derive(Debug)]
pub(super) struct Job<P> {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    pub purpose: P,
}

/// A finished write: the job and why it failed, if it did.
pub(super) type Done<P> = (Job<P>, Result<(), IoProblem>);

/// Where writes happen.
#[derive(Debug, Default)]
pub(super) enum Writer<P> {
    /// At once, on the caller's thread (tests, scripts).
    #[default]
    Inline,
    /// On a writer thread, in order.
    Background {
        /// Jobs to the thread.
        jobs: Sender<Job<P>>,
        /// Outcomes from it.
        done: Receiver<Done<P>>,
    },
}

impl<P: Send + 'static> Writer<P> {
    /// A writer thread; `wake` is called after each write (to repaint).
    #[must_use]
    pub fn background(wake: impl Fn() + Send + 'static) -> Self {
        let (jobs, job_queue) = channel::<Job<P>>();
        let (finished, done) = channel::<Done<P>>();
        std::thread::Builder::new()
            .name("rulecraft-writer".to_owned())
            .spawn(move || {
                for job in job_queue {
                    let result = write_atomically(&job.path, &job.bytes).map_err(|e| IoProblem::on_save(&e));
                    if finished.send((job, result)).is_err() {
                        break;
                    }
                    wake();
                }
            })
            .map_or(Self::Inline, |_| Self::Background { jobs, done })
    }

    /// Outcomes of finished writes (none for an inline writer).
    pub fn finished(&self) -> Vec<Done<P>> {
        match self {
            Self::Inline => Vec::new(),
            Self::Background { done, .. } => done.try_iter().collect(),
        }
    }

    /// Hands `job` to the writer thread; an inline writer (or one whose
    /// thread is gone) writes it at once and returns the outcome.
    pub fn start(&self, job: Job<P>) -> Option<Done<P>> {
        let job = match self {
            Self::Background { jobs, .. } => match jobs.send(job) {
                Ok(()) => return None,
                // The thread is gone: write here rather than lose the save.
                Err(returned) => returned.0,
            },
            Self::Inline => job,
        };
        let result = write_atomically(&job.path, &job.bytes).map_err(|e| IoProblem::on_save(&e));
        Some((job, result))
    }
}
