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
