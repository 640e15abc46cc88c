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

    /// [`PathTrie::child`] for the key `b[start..end]` of a plain text, as
    /// the fast path reads it: most keys are turned away by their length,
    /// and a key is looked at for dots only where a dot could follow a
    /// child's name (a child's name never holds one, so a dotted key only
    /// matches step by step, its first step being a child).
    #[inline(always)]
    fn key_child(&self, node: u32, b: &[u8], start: usize, end: usize) -> Option<u32> {
        let n = self.nodes.get(node as usize)?;
        let key = b.get(start..end)?;
        let len = key.len();
        if len == 0 {
            return if self.empty_keys { self.step(node, key) } else { None };
        }
        if n.lengths & length_bit(len) != 0 {
            // The head from one load when the text goes on for 8 bytes.
            let head = match b.get(start..).and_then(<[u8]>::first_chunk::<8>) {
                Some(word) if len < 8 => u64::from_le_bytes(*word) & ((1 << (8 * len)) - 1),
                Some(word) => u64::from_le_bytes(*word),
                None => pack(key),
            };
            for c in &n.children {
                if c.head == head && c.len == len && (len <= 8 || *c.name == *key) {
                    return Some(c.node);
                }
            }
        }
        if len > 63 && n.lengths & length_bit(63) != 0 {
            return if key.contains(&b'.') { self.child_of(node, key, true) } else { None };
        }
        let mut shorter = n.lengths & (length_bit(len) - 1);
        while shorter != 0 {
            if key.get(shorter.trailing_zeros() as usize) == Some(&b'.') {
                return self.child_of(node, key, true);
            }
            shorter &= shorter - 1;
        }
        None
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

/// Reads the string literal whose opening quote is at `i`: the offset after
/// its closing quote, and whether it has escapes.
#[inline(always)]
fn scan_string(b: &[u8], i: usize) -> Result<(usize, bool), Bail> {
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
    let x = pack(chunks.remainder()) ^ (ONES * u64::from(b'.'));
    // The padding's zero bytes are not dots.
    x.wrapping_sub(ONES) & !x & HIGHS != 0
}

/// Scratch space reused between events.
#[derive(Debug, Clone, Default)]
pub(super) struct Scratch {
    frames: Vec<Frame>,
    /// Open arrays of interest: (array id, element index).
    arrays: Vec<(u32, u32)>,
    /// The containers open inside one being skipped: whether each is an array.
    skipped: Vec<bool>,
    /// The text's quote bits (see [`super::bits`]).
    quotes: Vec<u64>,
}

/// Reads an object key at `i` of no interest and the colon after it; the
/// offset after the colon.
#[inline(always)]
fn skip_key(b: &[u8], i: usize) -> Result<usize, Bail> {
    if b.get(i) != Some(&b'"') {
        return Err(Bail);
    }
    let (end, _) = scan_string(b, i)?;
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
fn skip_container(b: &[u8], mut i: usize, depth: usize, open: &mut Vec<bool>) -> Result<usize, Bail> {
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
                i = if array { first } else { skip_key(b, first)? };
                continue;
            }
        } else {
            i = match c {
                b'"' => scan_string(b, i)?.0,
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
                i = if array { i + 1 } else { skip_key(b, skip_ws(b, i + 1))? };
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
fn read_key(b: &[u8], i: usize, node: Option<u32>, trie: &PathTrie, target: &mut Option<u32>) -> Result<usize, Bail> {
    if b.get(i) != Some(&b'"') {
        return Err(Bail);
    }
    let (end, escaped) = scan_string(b, i)?;
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
fn scan_general(trie: &PathTrie, b: &[u8], out: &mut Extraction, scratch: &mut Scratch) -> Result<(), Bail> {
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
    i = read_key(b, i, top.node, trie, &mut target)?;
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
            i = skip_container(b, i, frames.len(), skipped)?;
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
                    i = read_key(b, first, node, trie, &mut target)?;
                }
                continue 'value;
            }
        } else {
            let start = i;
            let mut escaped = false;
            let kind;
            (kind, i) = match c {
                b'"' => {
                    let (end, e) = scan_string(b, i)?;
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
                    i = read_key(b, skip_ws(b, i + 1), top.node, trie, &mut target)?;
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

/// Reads `text` into `out` (already cleared) following `trie`: plain text
/// (no backslash, no control character) by [`scan_plain`], the rest by
/// [`scan_general`].
pub(super) fn scan(trie: &PathTrie, text: &str, out: &mut Extraction, scratch: &mut Scratch) -> Result<(), Bail> {
    let b = text.as_bytes();
    if super::bits::quote_bits(b, &mut scratch.quotes) {
        scan_plain(trie, b, out, scratch)
    } else {
        scan_general(trie, b, out, scratch)
    }
}

/// The quotes of a plain text, taken in order (see [`super::bits`]): in
/// plain text every quote opens or closes a string, so the string opening
/// at the next quote closes at the one after it.
///
/// Reading the next quote from here depends only on the quotes already
/// taken, not on where the bytes before it said the scan was: the processor
/// can look for the end of a string before it has finished checking what
/// came before it.
struct Quotes<'q> {
    words: &'q [u64],
    /// The word being read, and its quotes not yet taken.
    word: usize,
    bits: u64,
}

impl<'q> Quotes<'q> {
    fn new(words: &'q [u64]) -> Self {
        Self { words, word: 0, bits: words.first().copied().unwrap_or(0) }
    }

    /// The offset of the next quote.
    #[inline(always)]
    fn next(&mut self) -> Result<usize, Bail> {
        while self.bits == 0 {
            self.word += 1;
            self.bits = *self.words.get(self.word).ok_or(Bail)?;
        }
        let at = self.word * 64 + self.bits.trailing_zeros() as usize;
        self.bits &= self.bits - 1;
        Ok(at)
    }
}

/// The offset after the closing quote of the string opening at `i`. Read in
/// order, every earlier quote has opened or closed a string already, so the
/// next quote is the one at `i`, and the string closes at the quote after it.
#[inline(always)]
fn string_end(quotes: &mut Quotes<'_>, i: usize) -> Result<usize, Bail> {
    if quotes.next()? != i {
        return Err(Bail);
    }
    Ok(quotes.next()? + 1)
}

/// Skips spaces, the only white space plain text can have.
#[inline(always)]
fn spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// `i`, or the offset after the spaces there. Most JSON Lines have none,
/// so this costs one comparison.
#[inline(always)]
fn after_spaces(b: &[u8], i: usize) -> usize {
    if b.get(i) == Some(&b' ') { spaces(b, i) } else { i }
}

/// Reads the object key at `i` (after any spaces) and the colon after it:
/// the key's offsets (its opening quote, and after its closing quote) and
/// the offset after the colon.
#[inline(always)]
fn plain_key(b: &[u8], i: usize, quotes: &mut Quotes<'_>) -> Result<(usize, usize, usize), Bail> {
    let i = after_spaces(b, i);
    if b.get(i) != Some(&b'"') {
        return Err(Bail);
    }
    let end = string_end(quotes, i)?;
    let colon = after_spaces(b, end);
    if b.get(colon) != Some(&b':') {
        return Err(Bail);
    }
    Ok((i, end, colon + 1))
}

/// [`read_key`] for plain text.
#[inline(always)]
fn read_plain_key(
    b: &[u8],
    i: usize,
    node: Option<u32>,
    trie: &PathTrie,
    target: &mut Option<u32>,
    quotes: &mut Quotes<'_>,
) -> Result<usize, Bail> {
    let (start, end, next) = plain_key(b, i, quotes)?;
    *target = node.and_then(|node| trie.key_child(node, b, start + 1, end - 1));
    Ok(next)
}

/// [`skip_container`] for plain text.
fn skip_plain(b: &[u8], mut i: usize, depth: usize, quotes: &mut Quotes<'_>) -> Result<usize, Bail> {
    // Whether the innermost open container is an array; `outer` keeps the
    // flags of the containers around it as bits (the innermost's parent in
    // the lowest), `open` counts them. Over 63 levels deep below the skipped
    // container, the slow path takes over.
    let mut array = false;
    let (mut outer, mut open) = (0u64, 0u32);
    loop {
        // At a value.
        let c = *b.get(i).ok_or(Bail)?;
        match c {
            b'"' => i = string_end(quotes, i)?,
            b'{' | b'[' => {
                if depth + open as usize >= MAX_DEPTH || open >= 63 {
                    return Err(Bail);
                }
                let inner = c == b'[';
                let first = after_spaces(b, i + 1);
                if b.get(first) == Some(if inner { &b']' } else { &b'}' }) {
                    i = first + 1;
                } else {
                    outer = (outer << 1) | u64::from(array);
                    open += 1;
                    array = inner;
                    i = if inner { first } else { plain_key(b, first, quotes)?.2 };
                    continue;
                }
            }
            b'-' | b'0'..=b'9' => i = scan_number(b, i)?,
            b't' => i = scan_literal(b, i, b"true")?,
            b'f' => i = scan_literal(b, i, b"false")?,
            b'n' => i = scan_literal(b, i, b"null")?,
            b' ' => {
                i = spaces(b, i);
                continue;
            }
            _ => return Err(Bail),
        }
        // A value is complete: a comma and the next value, or closers.
        loop {
            if open == 0 {
                return Ok(i);
            }
            // The common case first: minified text going on with a string,
            // `,"element"` or `,"key":"value"`, read here without the steps
            // of the general way.
            if b.get(i) == Some(&b',') && b.get(i + 1) == Some(&b'"') {
                let end = string_end(quotes, i + 1)?;
                if array {
                    i = end;
                    continue;
                }
                if b.get(end) == Some(&b':') && b.get(end + 1) == Some(&b'"') {
                    i = string_end(quotes, end + 1)?;
                    continue;
                }
                // Another value, or spaces: from after the key, the general way.
                let colon = after_spaces(b, end);
                if b.get(colon) != Some(&b':') {
                    return Err(Bail);
                }
                i = colon + 1;
                break;
            }
            i = after_spaces(b, i);
            let c = *b.get(i).ok_or(Bail)?;
            if c == b',' {
                i = if array { i + 1 } else { plain_key(b, i + 1, quotes)?.2 };
                break;
            }
            if c != if array { b']' } else { b'}' } {
                return Err(Bail);
            }
            i += 1;
            array = outer & 1 == 1;
            outer >>= 1;
            open -= 1;
        }
    }
}

/// [`scan_general`] for plain text: strings end at the next quote, and the
/// only white space is the space.
#[expect(clippy::too_many_lines, reason = "the hot loop is kept in one piece for speed")]
fn scan_plain(trie: &PathTrie, b: &[u8], out: &mut Extraction, scratch: &mut Scratch) -> Result<(), Bail> {
    let Scratch { frames, arrays, quotes, .. } = scratch;
    let quotes = &mut Quotes::new(quotes);
    frames.clear();
    arrays.clear();
    let mut next_array_id: u32 = 0;
    let mut i = spaces(b, 0);
    if b.get(i) != Some(&b'{') {
        return Err(Bail);
    }
    let mut top = Frame { array: false, node: Some(0) };
    frames.push(top);
    i = spaces(b, i + 1);
    if b.get(i) == Some(&b'}') {
        return if spaces(b, i + 1) == b.len() { Ok(()) } else { Err(Bail) };
    }
    // The trie node of the value about to be read (`None`: of no interest).
    let mut target: Option<u32> = None;
    i = read_plain_key(b, i, top.node, trie, &mut target, quotes)?;
    'value: loop {
        let c = *b.get(i).ok_or(Bail)?;
        let start = i;
        let kind;
        (kind, i) = match c {
            b'"' => (ValueKind::String, string_end(quotes, i)?),
            b'{' | b'[' => {
                let array = c == b'[';
                let node = target.filter(|&n| trie.has_children(n) || (array && trie.leaf(n).is_some()));
                if node.is_none() {
                    // Nothing below is of interest: check it and move on.
                    i = skip_plain(b, i, frames.len(), quotes)?;
                } else {
                    if frames.len() >= MAX_DEPTH {
                        return Err(Bail);
                    }
                    let first = after_spaces(b, i + 1);
                    if b.get(first) == Some(if array { &b']' } else { &b'}' }) {
                        // An empty container: a complete value holding nothing (an
                        // array of interest still takes a number, as in the slow path).
                        if array {
                            next_array_id += 1;
                        }
                        i = first + 1;
                    } else {
                        if array {
                            arrays.push((next_array_id, 0));
                            next_array_id += 1;
                        }
                        top = Frame { array, node };
                        frames.push(top);
                        if array {
                            target = node;
                            i = first;
                        } else {
                            i = read_plain_key(b, first, node, trie, &mut target, quotes)?;
                        }
                        continue 'value;
                    }
                }
                // Nothing to record.
                (ValueKind::Null, i)
            }
            b'-' | b'0'..=b'9' => (ValueKind::Number, scan_number(b, i)?),
            b't' => (ValueKind::True, scan_literal(b, i, b"true")?),
            b'f' => (ValueKind::False, scan_literal(b, i, b"false")?),
            b'n' => (ValueKind::Null, scan_literal(b, i, b"null")?),
            b' ' => {
                i = spaces(b, i);
                continue 'value;
            }
            _ => return Err(Bail),
        };
        if c != b'{'
            && c != b'['
            && let Some(leaf) = target.and_then(|n| trie.leaf(n))
        {
            let from = out.memberships.len() as u32;
            // A plain element does not bind its own array's index.
            let binding = if top.array { &arrays[..arrays.len().saturating_sub(1)] } else { &arrays[..] };
            out.memberships.extend_from_slice(binding);
            let to = out.memberships.len() as u32;
            if let Some(list) = out.values.get_mut(leaf as usize) {
                list.push(EventValue { kind, span: Span::new(start, i), escaped: false, arrays: (from, to) });
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
            // The common case first: in an object, minified text going on
            // with `,"key":`, and a string value after it, read here
            // without the steps of the general way.
            if !top.array && b.get(i) == Some(&b',') && b.get(i + 1) == Some(&b'"') {
                let end = string_end(quotes, i + 1)?;
                target = top.node.and_then(|node| trie.key_child(node, b, i + 2, end - 1));
                let colon = after_spaces(b, end);
                if b.get(colon) != Some(&b':') {
                    return Err(Bail);
                }
                i = colon + 1;
                if b.get(i) != Some(&b'"') {
                    continue 'value;
                }
                let start = i;
                i = string_end(quotes, i)?;
                if let Some(leaf) = target.and_then(|n| trie.leaf(n)) {
                    let from = out.memberships.len() as u32;
                    out.memberships.extend_from_slice(arrays);
                    let to = out.memberships.len() as u32;
                    if let Some(list) = out.values.get_mut(leaf as usize) {
                        list.push(EventValue {
                            kind: ValueKind::String,
                            span: Span::new(start, i),
                            escaped: false,
                            arrays: (from, to),
                        });
                    }
                }
                // A value complete in an object: no element to count.
                continue;
            }
            i = after_spaces(b, i);
            let c = *b.get(i).ok_or(Bail)?;
            if c == b',' {
                if top.array {
                    target = top.node;
                    i += 1;
                } else {
                    i = read_plain_key(b, i + 1, top.node, trie, &mut target, quotes)?;
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
                // The root object closed: only spaces may follow.
                return if spaces(b, i) == b.len() { Ok(()) } else { Err(Bail) };
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
