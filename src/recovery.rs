//! Crash recovery. While a window has unsaved work it writes a snapshot to a
//! recovery file of its own; a lock file held for the window's lifetime tells
//! a live window's files from those of a window that crashed or was killed
//! (the operating system releases the lock when the process ends, however it
//! ends). At start-up, snapshots whose lock can be taken are offered back.

use crate::document::RuleDocument;
use serde::{Deserialize, Serialize};
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};

/// What a recovery file holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The unsaved document.
    pub document: RuleDocument,
    /// The file it belongs to, if it was ever saved or opened.
    pub path: Option<PathBuf>,
    /// When the snapshot was taken, in seconds since 1970.
    pub taken_at: u64,
}

/// The folder of recovery files.
#[derive(Debug, Clone)]
pub struct RecoveryStore {
    folder: PathBuf,
}

/// This window's recovery file, claimed with a held lock.
#[derive(Debug)]
pub struct RecoverySlot {
    /// Held (locked) until the slot is dropped.
    lock: File,
    lock_path: PathBuf,
    snapshot_path: PathBuf,
}

/// Unsaved work left by a window that ended without saving it.
#[derive(Debug)]
pub struct Orphan {
    /// The work.
    pub snapshot: Snapshot,
    snapshot_path: PathBuf,
    lock_path: PathBuf,
    /// Held so no other window offers the same work at the same time.
    _lock: File,
}

impl RecoveryStore {
    /// A store in `folder` (created when first written).
    #[must_use]
    pub fn new(folder: impl Into<PathBuf>) -> Self {
        Self { folder: folder.into() }
    }

    /// The folder.
    #[must_use]
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Claims a recovery file for this window.
    pub fn claim(&self) -> std::io::Result<RecoverySlot> {
        std::fs::create_dir_all(&self.folder)?;
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let stem = format!("window-{}-{nanos}", std::process::id());
        let lock_path = self.folder.join(format!("{stem}.lock"));
        let lock = File::create(&lock_path)?;
        // Another window starting at this moment may hold it briefly while
        // it looks for orphans: try a few times.
        let mut attempt = 0;
        while let Err(e) = lock.try_lock() {
            attempt += 1;
            if attempt == 500 {
                return Err(std::io::Error::other(e));
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        Ok(RecoverySlot { lock, lock_path, snapshot_path: self.folder.join(format!("{stem}.json")) })
    }

    /// Snapshots left by windows that are no longer running, newest first.
    /// Each stays on disk until [`Orphan::discard`] (after restoring it or
    /// declining it), so a second crash loses nothing.
    #[must_use]
    pub fn orphans(&self) -> Vec<Orphan> {
        let Ok(entries) = std::fs::read_dir(&self.folder) else { return Vec::new() };
        let mut found = Vec::new();
        for entry in entries.flatten() {
            let lock_path = entry.path();
            if lock_path.extension().is_none_or(|e| e != "lock") {
                continue;
            }
            let Ok(lock) = File::options().write(true).open(&lock_path) else { continue };
            match lock.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock | TryLockError::Error(_)) => continue,
            }
            let snapshot_path = lock_path.with_extension("json");
            let snapshot = std::fs::read_to_string(&snapshot_path)
                .ok()
                .and_then(|text| serde_json::from_str::<Snapshot>(&text).ok());
            if let Some(snapshot) = snapshot {
                found.push(Orphan { snapshot, snapshot_path, lock_path, _lock: lock });
            } else if is_stale(&lock_path) {
                // A window that ended with nothing unsaved: nothing to offer.
                // (A fresh lock file may belong to a window that is starting
                // and has not locked it yet: it is left alone.)
                std::fs::remove_file(&snapshot_path).ok();
                std::fs::remove_file(&lock_path).ok();
            }
        }
        found.sort_by_key(|o| std::cmp::Reverse(o.snapshot.taken_at));
        found
    }
}

impl RecoverySlot {
    /// Replaces this window's snapshot. Written to a temporary file and
    /// renamed, so a kill mid-write leaves the previous snapshot whole. Not
    /// flushed to disk: it guards against crashes and kills, not power cuts,
    /// and must cost the window nothing.
    pub fn write(&self, snapshot: &Snapshot) -> std::io::Result<()> {
        let text = serde_json::to_string(snapshot).map_err(std::io::Error::other)?;
        let temporary = self.snapshot_path.with_extension("json.writing");
        std::fs::write(&temporary, text)?;
        std::fs::rename(&temporary, &self.snapshot_path)
    }

    /// Removes the snapshot (the work was saved or deliberately discarded).
    pub fn clear(&self) {
        std::fs::remove_file(&self.snapshot_path).ok();
    }

    /// Ends the slot when the window closes normally: nothing is left behind.
    /// (A crash or a kill skips this; the OS releases the lock and the
    /// snapshot becomes an [`Orphan`] for the next window.)
    pub fn close(self) {
        self.clear();
        self.lock.unlock().ok();
        drop(self.lock);
        std::fs::remove_file(&self.lock_path).ok();
    }

    /// Whether a snapshot is on disk.
    #[must_use]
    pub fn has_snapshot(&self) -> bool {
        self.snapshot_path.exists()
    }
}

impl Orphan {
    /// Deletes the orphaned snapshot and its lock.
    pub fn discard(self) {
        std::fs::remove_file(&self.snapshot_path).ok();
        std::fs::remove_file(&self.lock_path).ok();
    }
}

/// Whether a file was last changed more than a minute ago.
fn is_stale(path: &Path) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age.as_secs() > 60)
}

/// Seconds since 1970, now.
#[must_use]
pub fn now_secs() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}
