//! The fast path of event reading: one tight loop over the bytes.
//!
//! It walks a trie of the pattern's path segments, records values at leaf
//! paths, and checks the JSON grammar strictly, but it gives no error
//! details: on anything unusual (a syntax error, an escaped key, deep
//! nesting) it returns `Err(Bail)` and the caller re-reads the event with the
//! tokenizer, which either finds the precise error or reads it in full.
//! A test compares both paths on generated inputs.
#![expect(clippy::inline_always, reason = "measured: inlining the byte helpers into the scan loop gains about 8%")]

use super::{EventValue, Extraction, ValueKind};
use crate::json::{MAX_DEPTH, Span};

/// The fast path gave up; use the tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Bail;

/// The pattern's paths as a trie of `.`-separated segments.
#[derive(Debug, Clone, Default)]
pub(super) struct PathTrie {
    nodes: Vec<TrieNode>,
    /// Whether an empty key is read at all (see [`crate::pattern::registers_empty_key`]).
    empty_keys: bool,
}

#[derive(Debug, Clone, Default)]
struct TrieNode {
    children: Vec<Child>,
    /// Bit `n` is set when a child's name is `n` bytes long (bit 63: 63 or
    /// more), so most keys are turned away by their length alone.
    lengths: u64,
    leaf: Option<u32>,
}

/// A child of a trie node: its name, with its length and first eight bytes
/// packed (see [`pack`]) so that most keys are told apart without comparing
/// slices.
#[derive(Debug, Clone)]
struct Child {
    len: usize,
    head: u64,
    name: Box<[u8]>,
    node: u32,
}

fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// Up to the first eight bytes of a key, little-endian, zero-padded.
#[inline(always)]
fn pack(key: &[u8]) -> u64 {
    if let Some(&head) = key.first_chunk::<8>() {
        return u64::from_le_bytes(head);
    }
    key.iter().rev().fold(0, |word, &b| (word << 8) | u64::from(b))
}

impl PathTrie {
    pub(super) fn new(paths: &[String]) -> Self {
        let mut trie = Self {
            nodes: vec![TrieNode::default()],
            empty_keys: crate::pattern::registers_empty_key(paths.iter().map(String::as_str)),
        };
        for (id, path) in paths.iter().enumerate() {
            let mut node = 0usize;
            for segment in path.split('.') {
                let existing = trie.nodes[node].children.iter().find(|c| *c.name == *segment.as_bytes());
                node = if let Some(c) = existing {
                    c.node as usize
                } else {
                    trie.nodes.push(TrieNode::default());
                    let child = trie.nodes.len() - 1;
                    let bytes = segment.as_bytes();
                    let parent = &mut trie.nodes[node];
                    parent.children.push(Child {
                        len: bytes.len(),
                        head: pack(bytes),
                        name: bytes.into(),
                        node: child as u32,
                    });
                    parent.lengths |= length_bit(bytes.len());
                    child
                };
            }
            trie.nodes[node].leaf = Some(id as u32);
        }
        trie
    }

    /// The node reached from `node` by an object key (which may hold dots).
    #[inline]
    pub(super) fn child(&self, node: u32, key: &[u8]) -> Option<u32> {
        self.child_of(node, key, key.contains(&b'.'))
    }

    /// [`PathTrie::child`] when the caller knows whether the key holds a dot.
    #[inline(always)]
    fn child_of(&self, node: u32, key: &[u8], dotted: bool) -> Option<u32> {
        if !dotted {
            if key.is_empty() && !self.empty_keys {
                return None;
            }
            return self.step(node, key);
        }
        if !self.empty_keys {
            // event-ruler reads a dotted key when each of its steps is
            // registered, taking the steps with Java's `split` (trailing
            // empty steps dropped).
            let kept = key.len() - key.iter().rev().take_while(|&&b| b == b'.').count();
            if kept > 0 && key[..kept].split(|&b| b == b'.').any(<[u8]>::is_empty) {
                return None;
            }
        }
        key.split(|&b| b == b'.').try_fold(node, |node, segment| self.step(node, segment))
    }

    /// The child of `node` named `segment`.
    #[inline]
    fn step(&self, node: u32, segment: &[u8]) -> Option<u32> {
        let node = self.nodes.get(node as usize)?;
        let len = segment.len();
        if node.lengths & length_bit(len) == 0 {
            return None;
        }
        let head = pack(segment);
        node.children
            .iter()
            .find(|c| c.len == len && c.head == head && (len <= 8 || *c.name == *segment))
            .map(|c| c.node)
    }

    #[inline]
    pub(super) fn has_children(&self, node: u32) -> bool {
        self.nodes.get(node as usize).is_some_and(|n| !n.children.is_empty())
    }

    #[inline]
    pub(super) fn leaf(&self, node: u32) -> Option<u32> {
        self.nodes.get(node as usize).and_then(|n| n.leaf)
    }
}

/// A container being read: whether it is an array, and its trie node when
/// anything inside it is of interest.
#[derive(Debug, Clone, Copy)]
pub(super) struct Frame {
    array: bool,
    node: Option<u32>,
}

#[inline(always)]
fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while let Some(&c) = b.get(i) {
        if !matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
            break;
        }
        i += 1;
    }
    i
}

/// The offset of the next `"` from `i` (or the end), eight bytes at a time.
#[inline(always)]
fn next_quote(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk) ^ (ONES * u64::from(b'"'));
        // The lowest flagged byte is always a real quote.
        let hits = x.wrapping_sub(ONES) & !x & HIGHS;
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    b.get(i..).and_then(|rest| memchr::memchr(b'"', rest)).map_or(b.len(), |k| i + k)
}

/// Reads the string literal whose opening quote is at `i`: the offset after
/// its closing quote, and whether it has escapes. `plain` says the whole text
/// has no control characters and no backslashes, so the next quote ends the
/// string.
#[inline(always)]
fn scan_string(b: &[u8], i: usize, plain: bool) -> Result<(usize, bool), Bail> {
    if plain {
        let end = next_quote(b, i + 1);
        return if end < b.len() { Ok((end + 1, false)) } else { Err(Bail) };
    }
    let mut j = i + 1;
    let mut escaped = false;
    loop {
        j = crate::json::skip_plain_string_bytes(b, j);
        match b.get(j) {
            Some(b'"') => return Ok((j + 1, escaped)),
            Some(b'\\') => {
                escaped = true;
                match b.get(j + 1) {
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => j += 2,
                    Some(b'u') => {
                        let hex = b.get(j + 2..j + 6).ok_or(Bail)?;
                        if !hex.iter().all(u8::is_ascii_hexdigit) {
                            return Err(Bail);
                        }
                        j += 6;
                    }
                    _ => return Err(Bail),
                }
            }
            _ => return Err(Bail),
        }
    }
}

#[inline(always)]
fn digits(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_digit) {
        i += 1;
    }
    i
}

/// Reads the number starting at `i`; the offset after it.
#[inline(always)]
fn scan_number(b: &[u8], i: usize) -> Result<usize, Bail> {
    let mut j = i + usize::from(b.get(i) == Some(&b'-'));
    match b.get(j) {
        Some(b'0') => {
            j += 1;
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                return Err(Bail);
            }
        }
        Some(b'1'..=b'9') => j = digits(b, j + 1),
        _ => return Err(Bail),
    }
    if b.get(j) == Some(&b'.') {
        let k = digits(b, j + 1);
        if k == j + 1 {
            return Err(Bail);
        }
        j = k;
    }
    if matches!(b.get(j), Some(b'e' | b'E')) {
        j += 1 + usize::from(matches!(b.get(j + 1), Some(b'+' | b'-')));
        let k = digits(b, j);
        if k == j {
            return Err(Bail);
        }
        j = k;
    }
    // Jackson's limit on digits; longer numbers go to the slow path's error.
    if j - i > 1000 {
        return Err(Bail);
    }
    Ok(j)
}

/// Reads `word` at `i` if it is there and not followed by a word character.
#[inline(always)]
fn scan_literal(b: &[u8], i: usize, word: &[u8]) -> Result<usize, Bail> {
    let end = i + word.len();
    if b.get(i..end) != Some(word) {
        return Err(Bail);
    }
    match b.get(end) {
        Some(&c) if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80 => Err(Bail),
        _ => Ok(end),
    }
}

/// Whether a (short) key holds a dot, eight bytes at a time.
#[inline(always)]
fn has_dot(key: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = key.chunks_exact(8);
    for chunk in &mut chunks {
        let x = pack(chunk) ^ (ONES * u64::from(b'.'));
        if x.wrapping_sub(ONES) & !x & HIGHS != 0 {
            return true;
        }
    }
    chunks.remainder().contains(&b'.')
}

/// Scratch space reused between events.
#[derive(Debug, Clone, Default)]
pub(super) struct Scratch {
    frames: Vec<Frame>,
    /// Open arrays of interest: (array id, element index).
    arrays: Vec<(u32, u32)>,
    /// The containers open inside one being skipped: whether each is an array.
    skipped: Vec<bool>,
}

/// Reads an object key at `i` of no interest and the colon after it; the
/// offset after the colon.
#[inline(always)]
fn skip_key(b: &[u8], i: usize, plain: bool) -> Result<usize, Bail> {
    if b.get(i) != Some(&b'"') {
        return Err(Bail);
    }
    let (end, _) = scan_string(b, i, plain)?;
    let colon = skip_ws(b, end);
    if b.get(colon) != Some(&b':') {
        return Err(Bail);
    }
    Ok(colon + 1)
}

/// Skips the object or array opening at `i`, below which no path is of
/// interest, checking it exactly as [`scan`] would (with `depth` containers
/// already open), without keeping anything. Returns the offset after its
/// closing bracket.
fn skip_container(b: &[u8], mut i: usize, depth: usize, plain: bool, open: &mut Vec<bool>) -> Result<usize, Bail> {
    open.clear();
    loop {
        // At a value.
        i = skip_ws(b, i);
        let c = *b.get(i).ok_or(Bail)?;
        if c == b'{' || c == b'[' {
            if depth + open.len() >= MAX_DEPTH {
                return Err(Bail);
            }
            let array = c == b'[';
            let first = skip_ws(b, i + 1);
            if b.get(first) == Some(if array { &b']' } else { &b'}' }) {
                i = first + 1;
            } else {
                open.push(array);
                i = if array { first } else { skip_key(b, first, plain)? };
                continue;
            }
        } else {
            i = match c {
                b'"' => scan_string(b, i, plain)?.0,
                b'-' | b'0'..=b'9' => scan_number(b, i)?,
                b't' => scan_literal(b, i, b"true")?,
                b'f' => scan_literal(b, i, b"false")?,
                b'n' => scan_literal(b, i, b"null")?,
                _ => return Err(Bail),
            };
        }
        // A value is complete: a comma and the next value, or closers.
        loop {
            let Some(&array) = open.last() else { return Ok(i) };
            i = skip_ws(b, i);
            let c = *b.get(i).ok_or(Bail)?;
            if c == b',' {
                i = if array { i + 1 } else { skip_key(b, skip_ws(b, i + 1), plain)? };
                break;
            }
            if c != if array { b']' } else { b'}' } {
                return Err(Bail);
            }
            i += 1;
            open.pop();
        }
    }
}

/// Reads an object key at `i` (which must be its opening quote) and the
/// colon after it; sets `target` to the key's trie node under `node`.
/// Returns the offset after the colon.
#[inline(always)]
fn read_key(
    b: &[u8],
    i: usize,
    node: Option<u32>,
    trie: &PathTrie,
    target: &mut Option<u32>,
    plain: bool,
) -> Result<usize, Bail> {
    if b.get(i) != Some(&b'"') {
        return Err(Bail);
    }
    let (end, escaped) = scan_string(b, i, plain)?;
    *target = match node {
        Some(_) if escaped => return Err(Bail),
        Some(node) => {
            let key = &b[i + 1..end - 1];
            trie.child_of(node, key, has_dot(key))
        }
        None => None,
    };
    let colon = skip_ws(b, end);
    if b.get(colon) != Some(&b':') {
        return Err(Bail);
    }
    Ok(colon + 1)
}

/// Reads `text` into `out` (already cleared) following `trie`.
///
/// One function on purpose: splitting the loop costs measurable speed.
///
/// Two nested loops: `'value` reads one value (opening a container moves on
/// to its first member), `'after` reads what follows a complete value: a
/// comma (then the next key) or a closing bracket.
#[expect(clippy::too_many_lines, reason = "the hot loop is kept in one piece for speed")]
pub(super) fn scan(trie: &PathTrie, text: &str, out: &mut Extraction, scratch: &mut Scratch) -> Result<(), Bail> {
    let b = text.as_bytes();
    // Whether the text has no control characters (no tabs or line ends
    // either) and no backslashes: then a string ends at the next quote.
    // Counted without stopping early, so that it vectorizes.
    let plain = b.iter().fold(0u8, |any, &c| any | u8::from(c < 0x20) | u8::from(c == b'\\')) == 0;
    let frames = &mut scratch.frames;
    let arrays = &mut scratch.arrays;
    let skipped = &mut scratch.skipped;
    frames.clear();
    arrays.clear();
    let mut next_array_id: u32 = 0;
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return Err(Bail);
    }
    let mut top = Frame { array: false, node: Some(0) };
    frames.push(top);
    i = skip_ws(b, i + 1);
    if b.get(i) == Some(&b'}') {
        return if skip_ws(b, i + 1) == b.len() { Ok(()) } else { Err(Bail) };
    }
    // The trie node of the value about to be read (`None`: of no interest).
    let mut target: Option<u32> = None;
    i = read_key(b, i, top.node, trie, &mut target, plain)?;
    'value: loop {
        i = skip_ws(b, i);
        let c = *b.get(i).ok_or(Bail)?;
        let array = c == b'[';
        let node = if c == b'{' || array {
            target.filter(|&n| trie.has_children(n) || (array && trie.leaf(n).is_some()))
        } else {
            None
        };
        if (c == b'{' || array) && node.is_none() {
            // Nothing below is of interest: check it and move on.
            i = skip_container(b, i, frames.len(), plain, skipped)?;
        } else if c == b'{' || array {
            if frames.len() >= MAX_DEPTH {
                return Err(Bail);
            }
            let first = skip_ws(b, i + 1);
            if b.get(first) == Some(if array { &b']' } else { &b'}' }) {
                // An empty container: a complete value holding nothing (an
                // array of interest still takes a number, as in the slow path).
                if array && node.is_some() {
                    next_array_id += 1;
                }
                i = first + 1;
            } else {
                if array && node.is_some() {
                    arrays.push((next_array_id, 0));
                    next_array_id += 1;
                }
                top = Frame { array, node };
                frames.push(top);
                if array {
                    target = node;
                    i = first;
                } else {
                    i = read_key(b, first, node, trie, &mut target, plain)?;
                }
                continue 'value;
            }
        } else {
            let start = i;
            let mut escaped = false;
            let kind;
            (kind, i) = match c {
                b'"' => {
                    let (end, e) = scan_string(b, i, plain)?;
                    escaped = e;
                    (ValueKind::String, end)
                }
                b'-' | b'0'..=b'9' => (ValueKind::Number, scan_number(b, i)?),
                b't' => (ValueKind::True, scan_literal(b, i, b"true")?),
                b'f' => (ValueKind::False, scan_literal(b, i, b"false")?),
                b'n' => (ValueKind::Null, scan_literal(b, i, b"null")?),
                _ => return Err(Bail),
            };
            if let Some(leaf) = target.and_then(|n| trie.leaf(n)) {
                let from = out.memberships.len() as u32;
                // A plain element does not bind its own array's index.
                let binding = if top.array { &arrays[..arrays.len().saturating_sub(1)] } else { &arrays[..] };
                out.memberships.extend_from_slice(binding);
                let to = out.memberships.len() as u32;
                if let Some(list) = out.values.get_mut(leaf as usize) {
                    list.push(EventValue { kind, span: Span::new(start, i), escaped, arrays: (from, to) });
                }
            }
        }
        // A value is complete; `top` is its container.
        if top.array
            && top.node.is_some()
            && let Some(last) = arrays.last_mut()
        {
            last.1 += 1;
        }
        loop {
            i = skip_ws(b, i);
            let c = *b.get(i).ok_or(Bail)?;
            if c == b',' {
                if top.array {
                    target = top.node;
                    i += 1;
                } else {
                    i = read_key(b, skip_ws(b, i + 1), top.node, trie, &mut target, plain)?;
                }
                continue 'value;
            }
            if c != if top.array { b']' } else { b'}' } {
                return Err(Bail);
            }
            i += 1;
            frames.pop();
            if top.array && top.node.is_some() {
                arrays.pop();
            }
            let Some(&parent) = frames.last() else {
                // The root object closed: only white space may follow.
                return if skip_ws(b, i) == b.len() { Ok(()) } else { Err(Bail) };
            };
            top = parent;
            if top.array
                && top.node.is_some()
                && let Some(last) = arrays.last_mut()
            {
                last.1 += 1;
            }
        }
    }
}
