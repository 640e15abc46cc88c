//! Reading a whole text file (a pattern, a rule, one event): one reader,
//! one limit and one set of messages for the command line and the window.
//! Binary and oversized files are refused before they are read; every
//! failure says what is wrong in words a person can act on. (JSON Lines
//! archives are streamed by [`crate::batch`] instead, at any size.)

use std::io::Read as _;
use std::path::Path;

/// The largest single file Rulecraft reads whole. AWS patterns are at most
/// 4 KB and events 1 MB; a rule file also holds its events.
pub const MAX_TEXT_FILE_BYTES: u64 = 32 << 20;

/// What the file was expected to hold, for the message about a file too large.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// A rule file or a pattern.
    RuleOrPattern,
    /// One event.
    Event,
    /// Infrastructure code (a template or a Terraform file).
    Template,
}

/// What went wrong with a file at the system's level, in a person's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoProblem {
    /// No such file.
    NotFound,
    /// No such folder (when saving).
    FolderMissing,
    /// Not allowed.
    PermissionDenied,
    /// A folder where a file was expected.
    IsAFolder,
    /// The disk is full.
    DiskFull,
    /// The disk is read-only.
    ReadOnly,
    /// Anything else: the system's own words.
    Other(String),
}

impl IoProblem {
    /// The problem behind an error while reading or opening.
    #[must_use]
    pub fn of(error: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        match error.kind() {
            ErrorKind::NotFound => IoProblem::NotFound,
            ErrorKind::PermissionDenied => IoProblem::PermissionDenied,
            ErrorKind::IsADirectory => IoProblem::IsAFolder,
            ErrorKind::StorageFull => IoProblem::DiskFull,
            ErrorKind::ReadOnlyFilesystem => IoProblem::ReadOnly,
            _ => IoProblem::Other(error.to_string()),
        }
    }

    /// The problem behind an error while saving: a missing file there
    /// means a missing folder.
    #[must_use]
    pub fn on_save(error: &std::io::Error) -> Self {
        match Self::of(error) {
            IoProblem::NotFound => IoProblem::FolderMissing,
            other => other,
        }
    }
}

impl std::fmt::Display for IoProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IoProblem::NotFound => f.write_str("there is no such file (it may have been moved or deleted)"),
            IoProblem::FolderMissing => f.write_str("the folder does not exist (it may have been moved or deleted)"),
            IoProblem::PermissionDenied => f.write_str("permission denied (you may not read or write it)"),
            IoProblem::IsAFolder => f.write_str("it is a folder, not a file"),
            IoProblem::DiskFull => f.write_str("the disk is full"),
            IoProblem::ReadOnly => f.write_str("the disk is read-only"),
            IoProblem::Other(words) => f.write_str(words),
        }
    }
}

/// Why a text file could not be read. `Display` is the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Opening or reading failed.
    Io(IoProblem),
    /// The path is a folder.
    Folder,
    /// Larger than [`MAX_TEXT_FILE_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: u64,
        /// What it should have held.
        expected: Expected,
    },
    /// A zero byte: not text.
    Binary {
        /// Where the zero byte is.
        offset: usize,
    },
    /// Not UTF-8.
    NotUtf8 {
        /// Where the first invalid byte is.
        offset: usize,
    },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(problem) => problem.fmt(f),
            ReadError::Folder => f.write_str("it is a folder, not a file"),
            ReadError::TooLarge { bytes, expected } => {
                let what = match expected {
                    Expected::RuleOrPattern => "any rule or pattern",
                    Expected::Event => "any event",
                    Expected::Template => "any template Rulecraft reads",
                };
                write!(f, "it is {}, larger than {what} ({} MB at most)", human_size(*bytes), MAX_TEXT_FILE_BYTES >> 20)
            }
            ReadError::Binary { offset } => {
                write!(f, "it is a binary file, not JSON text (a zero byte at offset {offset})")
            }
            ReadError::NotUtf8 { offset } => write!(f, "it is not UTF-8 text (an invalid byte at offset {offset})"),
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads a whole file as UTF-8 text, refusing folders, binary and oversized
/// files (before reading them).
pub fn read_text(path: &Path, expected: Expected) -> Result<String, ReadError> {
    let io = |e: std::io::Error| ReadError::Io(IoProblem::of(&e));
    let file = std::fs::File::open(path).map_err(io)?;
    let metadata = file.metadata().map_err(io)?;
    if metadata.is_dir() {
        return Err(ReadError::Folder);
    }
    if metadata.len() > MAX_TEXT_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: metadata.len(), expected });
    }
    let mut bytes = Vec::new();
    file.take(MAX_TEXT_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > MAX_TEXT_FILE_BYTES {
        // It grew while being read.
        return Err(ReadError::TooLarge { bytes: bytes.len() as u64, expected });
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(ReadError::Binary { offset });
    }
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 { offset: e.utf8_error().valid_up_to() })
}

/// A person's words for an I/O error.
#[must_use]
pub fn io_reason(error: &std::io::Error) -> String {
    IoProblem::of(error).to_string()
}

/// A person's words for an error while saving: a missing file there means
/// a missing folder.
#[must_use]
pub fn save_reason(error: &std::io::Error) -> String {
    IoProblem::on_save(error).to_string()
}

/// "200 MB", "12 KB", "512 bytes".
#[must_use]
pub fn human_size(bytes: u64) -> String {
    match bytes {
        0..1024 => format!("{bytes} bytes"),
        1024..1_048_576 => format!("{} KB", bytes / 1024),
        _ => format!("{} MB", bytes / 1_048_576),
    }
}
