//! Events to test in bulk: files, JSON Lines, folders and standard input.
//!
//! A source is a `.json` file holding one event, a `.jsonl` / `.ndjson` file
//! with one event per line, a folder (its `.json`, `.jsonl` and `.ndjson`
//! files, sorted by name), or `-` for JSON Lines on standard input. Reading
//! goes on past a bad file or line: each problem is reported with where it is.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Where an event came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file (or `-` for standard input).
    pub path: String,
    /// The 1-based line, for JSON Lines input.
    pub line: Option<usize>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path),
            None => f.write_str(&self.path),
        }
    }
}

/// One input read from a source: event text, or why it could not be read.
#[derive(Debug)]
pub struct Item {
    /// Where it came from.
    pub origin: Origin,
    /// The event text, or a message saying why there is none.
    pub text: Result<String, String>,
}

/// How a path will be read.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Single,
    Lines,
}

fn kind_of(path: &Path) -> Option<Kind> {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("json") => Some(Kind::Single),
        Some("jsonl" | "ndjson") => Some(Kind::Lines),
        _ => None,
    }
}

/// Expands sources into the files to read, in order; folders contribute
/// their event files sorted by name. Problems become items of their own.
fn expand(sources: &[String]) -> Vec<Result<(String, Kind), Item>> {
    let mut out = Vec::new();
    for source in sources {
        if source == "-" {
            out.push(Ok((source.clone(), Kind::Lines)));
            continue;
        }
        let path = Path::new(source);
        if path.is_dir() {
            let entries = match std::fs::read_dir(path) {
                Ok(entries) => entries,
                Err(e) => {
                    out.push(Err(problem(source, None, format!("cannot read folder: {e}"))));
                    continue;
                }
            };
            let mut files: Vec<PathBuf> =
                entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_file() && kind_of(p).is_some()).collect();
            files.sort();
            for file in files {
                if let Some(kind) = kind_of(&file) {
                    out.push(Ok((file.display().to_string(), kind)));
                }
            }
        } else {
            // Unknown extensions are read as one event each.
            out.push(Ok((source.clone(), kind_of(path).unwrap_or(Kind::Single))));
        }
    }
    out
}

fn problem(path: &str, line: Option<usize>, message: String) -> Item {
    Item { origin: Origin { path: path.to_owned(), line }, text: Err(message) }
}

/// Calls `visit` for every event in the sources, in order.
pub fn for_each_event(sources: &[String], mut visit: impl FnMut(Item)) {
    for entry in expand(sources) {
        let (path, kind) = match entry {
            Ok(file) => file,
            Err(item) => {
                visit(item);
                continue;
            }
        };
        if path == "-" {
            read_lines(&path, std::io::stdin().lock(), &mut visit);
            continue;
        }
        match (kind, std::fs::File::open(&path)) {
            (_, Err(e)) => visit(problem(&path, None, format!("cannot open: {e}"))),
            (Kind::Single, Ok(file)) => {
                let mut text = String::new();
                let result = BufReader::new(file)
                    .take(crate::MAX_EVENT_FILE_BYTES + 1)
                    .read_to_string(&mut text)
                    .map_err(|e| format!("cannot read: {e}"))
                    .and_then(|n| {
                        if n as u64 > crate::MAX_EVENT_FILE_BYTES {
                            Err(format!("file is larger than {} MB", crate::MAX_EVENT_FILE_BYTES >> 20))
                        } else {
                            Ok(text)
                        }
                    });
                visit(Item { origin: Origin { path, line: None }, text: result });
            }
            (Kind::Lines, Ok(file)) => read_lines(&path, BufReader::with_capacity(1 << 20, file), &mut visit),
        }
    }
}

/// Reads JSON Lines, skipping blank lines; a line that is not UTF-8 is reported.
fn read_lines(path: &str, mut reader: impl BufRead, visit: &mut impl FnMut(Item)) {
    let mut buffer = Vec::new();
    let mut line = 0;
    loop {
        buffer.clear();
        match reader.read_until(b'\n', &mut buffer) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) => {
                visit(problem(path, Some(line + 1), format!("cannot read: {e}")));
                return;
            }
        }
        line += 1;
        while matches!(buffer.last(), Some(b'\n' | b'\r')) {
            buffer.pop();
        }
        if buffer.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let text = match std::str::from_utf8(&buffer) {
            Ok(text) => Ok(text.to_owned()),
            Err(e) => Err(format!("not UTF-8 text (byte {})", e.valid_up_to() + 1)),
        };
        visit(Item { origin: Origin { path: path.to_owned(), line: Some(line) }, text });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_files_lines_and_folders_in_order() {
        let dir = std::env::temp_dir().join(format!("rulecraft-batch-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        assert!(std::fs::create_dir_all(&dir).is_ok());
        let write = |name: &str, text: &[u8]| assert!(std::fs::write(dir.join(name), text).is_ok());
        write("b.jsonl", b"{\"n\": 1}\n\n{\"n\": 2}\r\n\xff\n");
        write("a.json", b"{\"n\": 0}");
        write("notes.txt", b"ignored in folders");
        let mut seen = Vec::new();
        for_each_event(&[dir.display().to_string(), dir.join("missing.json").display().to_string()], |item| {
            let name = Path::new(&item.origin.path).file_name().map(|n| n.to_string_lossy().into_owned());
            seen.push((name, item.origin.line, item.text.is_ok()));
        });
        let _ = std::fs::remove_dir_all(&dir);
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            seen,
            vec![
                (some("a.json"), None, true),
                (some("b.jsonl"), Some(1), true),
                (some("b.jsonl"), Some(3), true),
                (some("b.jsonl"), Some(4), false),
                (some("missing.json"), None, false),
            ]
        );
    }
}
