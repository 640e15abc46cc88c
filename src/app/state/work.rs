//! Where long work runs: at once on the caller's thread (tests, scripts:
//! deterministic), or on threads that wake the window when they have news.

use std::sync::Arc;

/// Called by a worker thread when it has something for the window (repaints).
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// Where work runs.
#[derive(Clone, Default)]
pub enum Executor {
    /// On the caller's thread, finished before the command returns.
    #[default]
    Inline,
    /// On threads; `Wake` is called with news.
    Background(Wake),
}

impl std::fmt::Debug for Executor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Executor::Inline => "Inline",
            Executor::Background(_) => "Background",
        })
    }
}

/// Work started by [`Executor::start`]: done already (inline), or pending
/// on a thread.
#[derive(Debug)]
pub enum Started<T> {
    /// Finished on the caller's thread.
    Done(T),
    /// Running on a thread; take its result with [`Pending::take`].
    Pending(Pending<T>),
}

/// A result being worked out on a thread.
#[derive(Debug)]
pub struct Pending<T>(std::sync::mpsc::Receiver<T>);

impl Executor {
    /// Runs `work` where this executor runs work: at once, or on a thread
    /// that wakes the window when the result is ready.
    pub fn start<T: Send + 'static>(&self, work: impl FnOnce() -> T + Send + 'static) -> Started<T> {
        match self {
            Executor::Inline => Started::Done(work()),
            Executor::Background(wake) => {
                let (send, receive) = std::sync::mpsc::channel();
                let wake = wake.clone();
                std::thread::spawn(move || {
                    send.send(work()).ok();
                    wake();
                });
                Started::Pending(Pending(receive))
            }
        }
    }
}

impl<T> Pending<T> {
    /// The result in `slot` once it is ready; the slot is emptied then (or
    /// when the thread ended without one).
    pub fn take(slot: &mut Option<Self>) -> Option<T> {
        let result = match slot.as_ref()?.0.try_recv() {
            Ok(result) => Some(result),
            Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
            Err(std::sync::mpsc::TryRecvError::Empty) => return None,
        };
        *slot = None;
        result
    }
}
