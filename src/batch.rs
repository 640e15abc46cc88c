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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One event in the whole file.
    Single,
    /// JSON Lines: one event per line (`-` is standard input).
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
/// their event files sorted by name. Problems (a folder that cannot be
/// listed) become entries of their own: `Err((path, message))`.
#[must_use]
pub fn expand(sources: &[String]) -> Vec<Result<(String, Kind), Unlisted>> {
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

/// An item saying why there is no event at `path` (and `line`).
#[must_use]
pub fn problem(path: &str, line: Option<usize>, message: String) -> Item<'_> {
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
const BLOCK: usize = 1 << 20;

/// Size of the blocks [`process_lines`] judges apart: small enough to stay
/// in cache and to share out evenly, large enough to pay for a hand-over.
const PARALLEL_BLOCK: usize = 1 << 20;

/// A block of whole lines, or the read error that ended the input.
type Block = Result<Vec<u8>, String>;

/// Fills `block` from `reader` with whole lines of about `size` bytes: what
/// `carry` held from the last block, then new bytes up to the last line end
/// (the rest is carried to the next block). `Ok(None)` at the end of the
/// input. A recycled block is not cleared first, so its bytes are not
/// written twice.
fn next_block(
    reader: &mut impl Read,
    carry: &mut Vec<u8>,
    mut block: Vec<u8>,
    size: usize,
) -> Result<Option<Vec<u8>>, String> {
    loop {
        let start = carry.len();
        // Room for `size` bytes in all, or more after a line longer than that.
        let len = if start < size { size } else { start + size };
        if block.len() < len {
            block.resize(len, 0);
        }
        block[..start].copy_from_slice(carry);
        carry.clear();
        let n = match reader.read(&mut block[start..]) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                carry.extend_from_slice(&block[..start]);
                continue;
            }
            Err(e) => return Err(format!("cannot read: {e}")),
        };
        block.truncate(start + n);
        if n == 0 {
            return Ok((!block.is_empty()).then_some(block));
        }
        // Keep a trailing partial line for the next block.
        let Some(last) = memchr::memrchr(b'\n', &block) else {
            carry.extend_from_slice(&block);
            continue;
        };
        carry.extend_from_slice(&block[last + 1..]);
        block.truncate(last + 1);
        return Ok(Some(block));
    }
}

fn new_block(size: usize) -> Vec<u8> {
    Vec::with_capacity(size + (64 << 10))
}

/// Reads `reader` on another thread, sending blocks that end at a line end
/// (the last may not), so reading overlaps with matching. Used buffers come
/// back through `recycle` to be filled again.
fn spawn_reader(mut reader: impl Read + Send + 'static) -> (mpsc::Receiver<Block>, mpsc::Sender<Vec<u8>>) {
    let (blocks, received) = mpsc::sync_channel::<Block>(2);
    let (recycle, recycled) = mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut carry: Vec<u8> = Vec::new();
        loop {
            let block = recycled.try_recv().unwrap_or_else(|_| new_block(BLOCK));
            match next_block(&mut reader, &mut carry, block, BLOCK) {
                Ok(Some(block)) => {
                    if blocks.send(Ok(block)).is_err() {
                        return;
                    }
                }
                Ok(None) => return,
                Err(message) => {
                    blocks.send(Err(message)).ok();
                    return;
                }
            }
        }
    });
    (received, recycle)
}

/// A block of whole lines of a JSON Lines source, to be judged apart from
/// the other blocks (see [`process_lines`]).
#[derive(Debug)]
pub struct LineBlock {
    /// The 1-based number of its first line in the source.
    pub first_line: usize,
    /// Its bytes: whole lines (the source's last line may lack its end).
    pub bytes: Vec<u8>,
}

impl LineBlock {
    /// Calls `visit` for each line that is not blank, with its number; a
    /// line that is not UTF-8 is reported (as [`for_each_event`] does).
    pub fn for_each_line(&self, path: &str, visit: &mut impl FnMut(Item<'_>)) {
        // UTF-8 is checked once for the whole block when it can be.
        if let Ok(text) = simdutf8::basic::from_utf8(&self.bytes) {
            visit_text_lines(path, text, self.first_line - 1, visit);
        } else {
            visit_lines(path, &self.bytes, self.first_line - 1, visit);
        }
    }
}

/// [`visit_lines`] for text already known to be UTF-8.
fn visit_text_lines(path: &str, text: &str, mut line: usize, visit: &mut impl FnMut(Item<'_>)) {
    let mut rest = text;
    while !rest.is_empty() {
        let end = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        let mut raw = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or("");
        line += 1;
        raw = raw.trim_end_matches('\r');
        if raw.bytes().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        visit(Item { origin: Origin { path, line: Some(line) }, text: Ok(raw) });
    }
}

/// Visits the lines of `bytes`, numbered after `line`; returns the number
/// of the last line read.
fn visit_lines(path: &str, bytes: &[u8], mut line: usize, visit: &mut impl FnMut(Item<'_>)) -> usize {
    let mut rest = bytes;
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
    line
}

/// Why reading a JSON Lines source stopped early: at which line, and the message.
pub type ReadFailure = (usize, String);

/// What the workers of [`process_lines`] share to read their next block.
struct SharedSource<R> {
    reader: R,
    /// A trailing partial line, waiting for the next block.
    carry: Vec<u8>,
    /// Lines handed out so far (when they are numbered).
    line: usize,
    /// The next block's place in the input's order.
    seq: u64,
    /// The input ended, or a read failed.
    done: bool,
}

impl<R: Read> SharedSource<R> {
    /// Reads the next block into `buffer`: its place in order and the block
    /// (or the failure that ends the input); `None` after the end.
    fn next(&mut self, buffer: Vec<u8>, numbered: bool) -> Option<(u64, Result<LineBlock, ReadFailure>)> {
        if self.done {
            return None;
        }
        let piece = match next_block(&mut self.reader, &mut self.carry, buffer, PARALLEL_BLOCK) {
            Ok(Some(bytes)) => {
                let first_line = self.line + 1;
                if numbered {
                    self.line += memchr::memchr_iter(b'\n', &bytes).count();
                }
                Ok(LineBlock { first_line, bytes })
            }
            Ok(None) => {
                self.done = true;
                return None;
            }
            Err(message) => {
                self.done = true;
                Err((self.line + 1, message))
            }
        };
        let seq = self.seq;
        self.seq += 1;
        Some((seq, piece))
    }
}

/// The buffers [`process_lines`] reads blocks into. The one returned last
/// is handed out first: its bytes are the likeliest to be still in cache.
struct BufferPool {
    free: std::sync::Mutex<Vec<Vec<u8>>>,
    returned: std::sync::Condvar,
    /// A worker panicked: the others stop taking blocks.
    stopped: std::sync::atomic::AtomicBool,
}

impl BufferPool {
    fn new(count: usize) -> Self {
        Self {
            free: std::sync::Mutex::new(vec![Vec::new(); count]),
            returned: std::sync::Condvar::new(),
            stopped: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// A free buffer, once there is one; `None` once the pool is stopped.
    fn take(&self) -> Option<Vec<u8>> {
        let mut free = self.free.lock().ok()?;
        loop {
            if self.stopped.load(std::sync::atomic::Ordering::Acquire) {
                return None;
            }
            if let Some(buffer) = free.pop() {
                return Some(buffer);
            }
            free = self.returned.wait(free).ok()?;
        }
    }

    fn give(&self, buffer: Vec<u8>) {
        if let Ok(mut free) = self.free.lock() {
            free.push(buffer);
        }
        self.returned.notify_one();
    }

    /// Makes every worker stop at its next block (they wake if waiting).
    fn stop(&self) {
        self.stopped.store(true, std::sync::atomic::Ordering::Release);
        // Taken so that no worker is between its check and its wait.
        drop(self.free.lock());
        self.returned.notify_all();
    }
}

/// Stops the pool if the worker holding it panics: the block it held never
/// comes back, so without this the others would wait for a buffer, and the
/// collector for that block, forever. Once they stop, the panic reaches the
/// caller of [`process_lines`].
struct StopOnPanic<'p>(&'p BufferPool);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

/// Reads JSON Lines from `reader` and judges its blocks on `workers`
/// threads at once. Each worker reads a block itself (taking turns with
/// the others) and judges it at once, while its bytes are still in that
/// core's cache; it makes its own state with `make` and turns a block into
/// a result with `process`. `collect` gets the results on the calling
/// thread in the input's order, then the read error that ended the input,
/// if one did. At most `2 * workers + 2` blocks (1 MB each) are held at a
/// time, so memory does not grow with the input. Lines are numbered only
/// when `numbered` says the caller shows the numbers: otherwise every block
/// counts from 1 (counting a block's lines costs a pass over it while the
/// other workers wait to read). With one worker, all of it happens on the
/// calling thread.
pub fn process_lines<S, R: Send>(
    reader: impl Read + Send,
    workers: usize,
    numbered: bool,
    make: impl Fn() -> S + Sync,
    process: impl Fn(&mut S, &LineBlock) -> R + Sync,
    mut collect: impl FnMut(Result<R, ReadFailure>),
) {
    let workers = workers.max(1);
    let mut source = SharedSource { reader, carry: Vec::new(), line: 0, seq: 0, done: false };
    if workers == 1 {
        // One worker: the calling thread reads, judges and collects in turn,
        // one buffer going round, without handing anything to another thread.
        let (mut state, mut buffer) = (make(), Vec::new());
        while let Some((_, piece)) = source.next(buffer, numbered) {
            match piece {
                Ok(block) => {
                    collect(Ok(process(&mut state, &block)));
                    buffer = block.bytes;
                }
                Err(failure) => {
                    collect(Err(failure));
                    return;
                }
            }
        }
        return;
    }
    let limit = 2 * workers + 2;
    let source = std::sync::Mutex::new(source);
    // Buffers go round: a worker takes one to read into, and it comes back
    // once its block's result is collected.
    let pool = BufferPool::new(limit);
    let (results, finished) = mpsc::sync_channel::<(u64, Result<(R, Vec<u8>), ReadFailure>)>(limit);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (source, pool, results, make, process) = (&source, &pool, results.clone(), &make, &process);
            scope.spawn(move || {
                let _stop = StopOnPanic(pool);
                let mut state = make();
                loop {
                    let Some(buffer) = pool.take() else { return };
                    let Ok(Some((seq, piece))) = source.lock().map(|mut s| s.next(buffer, numbered)) else {
                        return;
                    };
                    let result = piece.map(|block| (process(&mut state, &block), block.bytes));
                    if results.send((seq, result)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(results);
        let mut pending = std::collections::BTreeMap::new();
        let mut next = 0u64;
        for (seq, result) in finished {
            pending.insert(seq, result);
            while let Some(result) = pending.remove(&next) {
                next += 1;
                match result {
                    Ok((r, bytes)) => {
                        pool.give(bytes);
                        collect(Ok(r));
                    }
                    Err(failure) => collect(Err(failure)),
                }
            }
        }
    });
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
        line = visit_lines(path, &block, line, visit);
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
    fn a_line_longer_than_a_block_is_read_whole() {
        let long = format!("{{\"n\": \"{}\"}}", "x".repeat(9 << 20));
        let text = format!("{{\"a\": 1}}\n{long}\n{{\"b\": 2}}");
        let mut seen = Vec::new();
        read_lines("mem", std::io::Cursor::new(text.clone().into_bytes()), &|| false, &mut |item: Item<'_>| {
            seen.push(item.text.map(str::len));
        });
        assert_eq!(seen, [Ok(8), Ok(long.len()), Ok(8)]);
        let mut parallel = Vec::new();
        process_lines(
            std::io::Cursor::new(text.into_bytes()),
            2,
            true,
            || (),
            |(), block| {
                let mut lens = Vec::new();
                block.for_each_line("mem", &mut |item: Item<'_>| lens.push(item.text.map(str::len)));
                lens
            },
            |result| parallel.extend(result.unwrap_or_default()),
        );
        assert_eq!(parallel, seen);
    }

    #[test]
    fn blocks_judged_at_once_come_back_in_order() {
        let lines: Vec<String> = (0..300_000).map(|i| format!("{{\"n\": {i}}}")).collect();
        let mut text = lines.join("\n");
        text.push_str("\n\n  \n\u{7b}\"last\": 1}");
        let mut sequential = Vec::new();
        read_lines("mem", std::io::Cursor::new(text.clone().into_bytes()), &|| false, &mut |item: Item<'_>| {
            sequential.push((item.origin.line, item.text.map(str::to_owned)));
        });
        for workers in [1, 2, 5] {
            let mut parallel = Vec::new();
            process_lines(
                std::io::Cursor::new(text.clone().into_bytes()),
                workers,
                true,
                || (),
                |(), block| {
                    let mut seen = Vec::new();
                    block.for_each_line("mem", &mut |item: Item<'_>| {
                        seen.push((item.origin.line, item.text.map(str::to_owned)));
                    });
                    seen
                },
                |result| parallel.extend(result.unwrap_or_default()),
            );
            assert_eq!(parallel, sequential, "{workers} workers");
        }
    }

    /// Reads `good` lines of text, then fails.
    struct FailingReader {
        text: std::io::Cursor<Vec<u8>>,
    }

    impl Read for FailingReader {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            match self.text.read(buf)? {
                0 => Err(std::io::Error::other("the disk went away")),
                n => Ok(n),
            }
        }
    }

    #[test]
    fn a_read_failure_comes_after_every_line_read_before_it() {
        // Three blocks' worth of lines, the last without its line end.
        let lines: Vec<String> = (0..250_000).map(|i| format!("{{\"n\": {i}}}")).collect();
        let text = lines.join("\n");
        for workers in [1, 2, 5] {
            let reader = FailingReader { text: std::io::Cursor::new(text.clone().into_bytes()) };
            let (mut seen, mut failures) = (Vec::new(), Vec::new());
            process_lines(
                reader,
                workers,
                true,
                || (),
                |(), block| {
                    let mut numbers = Vec::new();
                    block.for_each_line("mem", &mut |item: Item<'_>| numbers.extend(item.origin.line));
                    numbers
                },
                |result| match result {
                    Ok(numbers) => {
                        assert!(failures.is_empty(), "a block came after the failure");
                        seen.extend(numbers);
                    }
                    Err(failure) => failures.push(failure),
                },
            );
            // The unfinished last line is never judged; the failure names the line after the last one read.
            assert_eq!(seen, (1..250_000).collect::<Vec<_>>(), "{workers} workers");
            assert_eq!(failures, [(250_000, "cannot read: the disk went away".to_owned())], "{workers} workers");
        }
    }

    #[test]
    fn a_worker_that_panics_ends_the_run_instead_of_hanging_it() {
        // More blocks (1 MB each) than buffers, so the others need the
        // failed block's buffer back to go on.
        let lines: Vec<String> =
            (0..100_000).map(|i| format!("{{\"n\": {i}, \"pad\": \"{}\"}}", "x".repeat(90))).collect();
        let text = lines.join("\n");
        let (done, finished) = mpsc::channel();
        let failed = std::sync::atomic::AtomicBool::new(false);
        std::thread::spawn(move || {
            use std::sync::atomic::Ordering;
            let outcome = std::panic::catch_unwind(|| {
                process_lines(
                    std::io::Cursor::new(text.into_bytes()),
                    2,
                    true,
                    || (),
                    |(), block| {
                        // One block fails, once; the other worker goes on.
                        let first_failure = block.first_line > 1 && !failed.swap(true, Ordering::SeqCst);
                        assert!(!first_failure, "a worker fails on one block");
                    },
                    |_| {},
                );
            });
            done.send(outcome.is_err()).ok();
        });
        // Generous: the run takes milliseconds; only a hang takes this long.
        let panicked = finished.recv_timeout(std::time::Duration::from_mins(2));
        assert_eq!(panicked, Ok(true), "the panic should reach the caller, not hang the run");
    }

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
