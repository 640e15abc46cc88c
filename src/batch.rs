//! Events to test in bulk: files, JSON Lines, folders and standard input.
//!
//! A source is a `.json` file holding one event, a `.jsonl` / `.ndjson` file
//! with one event per line, a folder (its `.json`, `.jsonl` and `.ndjson`
//! files, sorted by name), or `-` for JSON Lines on standard input. Reading
//! goes on past a bad file or line: each problem is reported with where it is.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

/// Where an event came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin<'a> {
    /// The file (or `-` for standard input).
    pub path: &'a str,
    /// The 1-based line, for JSON Lines input.
    pub line: Option<usize>,
}

impl std::fmt::Display for Origin<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path),
            None => f.write_str(self.path),
        }
    }
}

/// One input read from a source: event text, or why it could not be read.
#[derive(Debug)]
pub struct Item<'a> {
    /// Where it came from.
    pub origin: Origin<'a>,
    /// The event text, or a message saying why there is none.
    pub text: Result<&'a str, String>,
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

/// A source that could not be listed, and why.
type Unlisted = (String, String);

/// Expands sources into the files to read, in order; folders contribute
/// their event files sorted by name. Problems become entries of their own.
fn expand(sources: &[String]) -> Vec<Result<(String, Kind), Unlisted>> {
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
                    out.push(Err((source.clone(), format!("cannot read folder: {e}"))));
                    continue;
                }
            };
            let mut files: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && kind_of(p).is_some())
                .collect();
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

fn problem(path: &str, line: Option<usize>, message: String) -> Item<'_> {
    Item { origin: Origin { path, line }, text: Err(message) }
}

/// Calls `visit` for every event in the sources, in order.
pub fn for_each_event(sources: &[String], visit: impl FnMut(Item<'_>)) {
    for_each_event_until(sources, || false, visit);
}

/// Like [`for_each_event`], stopping early once `stop` says so (checked
/// between events): the window cancels a load this way.
pub fn for_each_event_until(sources: &[String], stop: impl Fn() -> bool, mut visit: impl FnMut(Item<'_>)) {
    for entry in expand(sources) {
        if stop() {
            return;
        }
        let (path, kind) = match entry {
            Ok(file) => file,
            Err((path, message)) => {
                visit(problem(&path, None, message));
                continue;
            }
        };
        if path == "-" {
            read_lines(&path, std::io::stdin(), &stop, &mut visit);
            continue;
        }
        match (kind, std::fs::File::open(&path)) {
            (_, Err(e)) => visit(problem(&path, None, format!("cannot open: {e}"))),
            (Kind::Single, Ok(_)) => {
                let text =
                    crate::files::read_text(Path::new(&path), crate::files::Expected::Event).map_err(|e| e.to_string());
                visit(Item { origin: Origin { path: &path, line: None }, text: text.as_deref().map_err(Clone::clone) });
            }
            (Kind::Lines, Ok(file)) => read_lines(&path, file, &stop, &mut visit),
        }
    }
}

/// Size of the blocks a reader thread hands over.
const BLOCK: usize = 4 << 20;

/// A block of whole lines, or the read error that ended the input.
type Block = Result<Vec<u8>, String>;

/// Reads `reader` on another thread, sending blocks that end at a line end
/// (the last may not), so reading overlaps with matching. Used buffers come
/// back through `recycle` to be filled again.
fn spawn_reader(mut reader: impl Read + Send + 'static) -> (mpsc::Receiver<Block>, mpsc::Sender<Vec<u8>>) {
    let (blocks, received) = mpsc::sync_channel::<Block>(2);
    let (recycle, recycled) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut carry: Vec<u8> = Vec::new();
        loop {
            let mut block = recycled.try_recv().unwrap_or_else(|_| Vec::with_capacity(BLOCK + (64 << 10)));
            block.clear();
            block.append(&mut carry);
            let start = block.len();
            block.resize(start.max(BLOCK), 0);
            let n = match reader.read(&mut block[start..]) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    carry = block[..start].to_vec();
                    continue;
                }
                Err(e) => {
                    blocks.send(Err(format!("cannot read: {e}"))).ok();
                    return;
                }
            };
            block.truncate(start + n);
            if n == 0 {
                if !block.is_empty() {
                    blocks.send(Ok(block)).ok();
                }
                return;
            }
            // Keep a trailing partial line for the next block.
            let Some(last) = memchr::memrchr(b'\n', &block) else {
                carry = std::mem::take(&mut block);
                continue;
            };
            carry.extend_from_slice(&block[last + 1..]);
            let keep = block.len() - carry.len();
            block.truncate(keep);
            if blocks.send(Ok(block)).is_err() {
                return;
            }
        }
    });
    (received, recycle)
}

/// Reads JSON Lines, skipping blank lines; a line that is not UTF-8 is reported.
fn read_lines(
    path: &str,
    reader: impl Read + Send + 'static,
    stop: &impl Fn() -> bool,
    visit: &mut impl FnMut(Item<'_>),
) {
    let (blocks, recycle) = spawn_reader(reader);
    let mut line = 0;
    for block in blocks {
        if stop() {
            return;
        }
        let block = match block {
            Ok(b) => b,
            Err(message) => {
                visit(problem(path, Some(line + 1), message));
                return;
            }
        };
        let mut rest = &block[..];
        while !rest.is_empty() {
            let end = memchr::memchr(b'\n', rest).unwrap_or(rest.len());
            let mut raw = &rest[..end];
            rest = rest.get(end + 1..).unwrap_or(&[]);
            line += 1;
            while let [head @ .., b'\r'] = raw {
                raw = head;
            }
            if raw.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let text = std::str::from_utf8(raw).map_err(|e| format!("not UTF-8 text (byte {})", e.valid_up_to() + 1));
            visit(Item { origin: Origin { path, line: Some(line) }, text });
        }
        recycle.send(block).ok();
    }
}

/// The name the window lists an event under: the file's name, with the
/// line for JSON Lines (`archive.jsonl:12`).
#[must_use]
pub fn event_name(origin: &Origin<'_>) -> String {
    let name =
        Path::new(origin.path).file_name().map_or_else(|| origin.path.to_owned(), |n| n.to_string_lossy().into_owned());
    match origin.line {
        Some(line) => format!("{name}:{line}"),
        None => name,
    }
}

/// Events read from files for the window: `(name, text)` per event, and a
/// message per problem (with file and line). Same rules as [`for_each_event`].
#[must_use]
pub fn load_events(paths: &[String]) -> (Vec<(String, String)>, Vec<String>) {
    let mut events = Vec::new();
    let mut problems = Vec::new();
    for_each_event(paths, |item| {
        let name = event_name(&item.origin);
        match item.text {
            Ok(text) => events.push((name, text.to_owned())),
            Err(message) => problems.push(format!("{}: {message}", item.origin)),
        }
    });
    (events, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_survive_block_boundaries() {
        let lines: Vec<String> = (0..300_000).map(|i| format!("{{\"n\": {i}}}")).collect();
        let text = lines.join("\n");
        let mut seen = Vec::new();
        read_lines("mem", std::io::Cursor::new(text.into_bytes()), &|| false, &mut |item: Item<'_>| {
            seen.push((item.origin.line, item.text.map(str::to_owned)));
        });
        assert_eq!(seen.len(), 300_000);
        assert!(
            seen.iter()
                .enumerate()
                .all(|(i, (line, text))| *line == Some(i + 1) && text.as_ref().ok() == Some(&lines[i]))
        );
    }

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
            let name = Path::new(item.origin.path).file_name().map(|n| n.to_string_lossy().into_owned());
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
