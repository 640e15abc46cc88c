//! Reading an event for a pattern: the leaf values at the pattern's paths.
//!
//! EventBridge sees an event as its leaf values (strings, numbers, booleans,
//! `null`), each named by the dotted path of keys leading to it; arrays add no
//! path segment, so every element of `"resources": [...]` is a value of
//! `resources`. A value inside arrays also remembers which element of each
//! array it came from, because fields matched in an array of objects must come
//! from the same element.
//!
//! [`Extractor`] reads only what a pattern asks about: subtrees no pattern
//! path enters are skipped (still checked to be valid JSON). This is what makes
//! batch matching fast.

mod scan;

use crate::json::{JsonError, Span, Token, TokenKind, Tokenizer};
use std::borrow::Cow;
use std::collections::HashMap;

/// What kind of leaf value an event holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A string.
    String,
    /// A number.
    Number,
    /// `true`
    True,
    /// `false`
    False,
    /// `null`
    Null,
}

/// One leaf value of an event at one of the pattern's paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventValue {
    /// Its kind.
    pub kind: ValueKind,
    /// Where it is in the event text (strings include their quotes).
    pub span: Span,
    /// For strings: whether the literal has backslash escapes.
    pub escaped: bool,
    /// Its array positions: `memberships[arrays.0..arrays.1]` in [`Extraction`].
    pub arrays: (u32, u32),
}

impl EventValue {
    /// The decoded string (for strings) or the literal text (for the rest).
    #[must_use]
    pub fn text<'t>(&self, event: &'t str) -> Cow<'t, str> {
        let raw = self.span.slice(event);
        if self.kind != ValueKind::String {
            return Cow::Borrowed(raw);
        }
        let body = raw.get(1..raw.len().saturating_sub(1)).unwrap_or("");
        if self.escaped { crate::json::unescape(body) } else { Cow::Borrowed(body) }
    }
}

/// Why an event could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    /// The event is not valid JSON.
    #[error("{0}")]
    Json(#[from] JsonError),
    /// The event is valid JSON but not an object.
    #[error("the event is not a JSON object")]
    NotAnObject(Span),
}

impl EventError {
    /// Where the problem is.
    #[must_use]
    pub fn span(&self) -> Span {
        match self {
            Self::Json(e) => e.span,
            Self::NotAnObject(s) => *s,
        }
    }
}

/// The values of one event at each pattern path.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// For each path id, its values in document order.
    pub values: Vec<Vec<EventValue>>,
    /// Array positions `(array id, element index)`, referenced by values.
    pub memberships: Vec<(u32, u32)>,
}

impl Extraction {
    /// The array positions of a value.
    #[must_use]
    pub fn arrays_of(&self, value: &EventValue) -> &[(u32, u32)] {
        self.memberships.get(value.arrays.0 as usize..value.arrays.1 as usize).unwrap_or(&[])
    }

    /// Whether two values can come from the same event "element": no array
    /// holds them at different indices.
    #[must_use]
    pub fn compatible(&self, a: &EventValue, b: &EventValue) -> bool {
        let (xs, ys) = (self.arrays_of(a), self.arrays_of(b));
        xs.iter().all(|(id, i)| ys.iter().all(|(id2, j)| id != id2 || i == j))
    }
}

/// Which paths a pattern asks about, for fast lookup while scanning.
#[derive(Debug, Clone)]
pub struct PathIndex {
    /// `(path, leaf id, is a proper prefix of another path)`.
    entries: Vec<(String, Option<u32>, bool)>,
    /// Lookup for large patterns.
    map: Option<HashMap<String, usize>>,
    leaf_count: usize,
}

impl PathIndex {
    /// Indexes the given leaf paths (their ids are their positions).
    #[must_use]
    pub fn new(paths: &[String]) -> Self {
        let mut entries: Vec<(String, Option<u32>, bool)> = Vec::new();
        let find = |entries: &mut Vec<(String, Option<u32>, bool)>, p: &str| match entries.iter().position(|e| e.0 == p) {
            Some(i) => i,
            None => {
                entries.push((p.to_owned(), None, false));
                entries.len() - 1
            }
        };
        for (id, path) in paths.iter().enumerate() {
            let i = find(&mut entries, path);
            entries[i].1 = Some(id as u32);
            for (dot, _) in path.match_indices('.') {
                let i = find(&mut entries, &path[..dot]);
                entries[i].2 = true;
            }
        }
        let map = (entries.len() > 12)
            .then(|| entries.iter().enumerate().map(|(i, e)| (e.0.clone(), i)).collect());
        Self { entries, map, leaf_count: paths.len() }
    }

    /// `(leaf id, is prefix)` for a path.
    #[inline]
    fn lookup(&self, path: &str) -> (Option<u32>, bool) {
        let entry = match &self.map {
            Some(map) => map.get(path).and_then(|&i| self.entries.get(i)),
            None => self.entries.iter().find(|e| e.0.len() == path.len() && e.0 == path),
        };
        entry.map_or((None, false), |e| (e.1, e.2))
    }
}

/// A frame of the scan: an object or array the scan has entered.
struct Frame {
    /// Whether this is an array.
    array: bool,
    /// Path length to restore when it closes.
    restore: usize,
}

/// Reads events against one pattern's paths, reusing its buffers.
#[derive(Debug, Clone)]
pub struct Extractor {
    index: PathIndex,
    trie: scan::PathTrie,
    scratch: scan::Scratch,
    path: String,
}

impl Extractor {
    /// An extractor for these leaf paths.
    #[must_use]
    pub fn new(paths: &[String]) -> Self {
        Self { index: PathIndex::new(paths), trie: scan::PathTrie::new(paths), scratch: scan::Scratch::default(), path: String::new() }
    }

    fn reset(&self, out: &mut Extraction) {
        out.values.resize_with(self.index.leaf_count, Vec::new);
        out.values.iter_mut().for_each(Vec::clear);
        out.memberships.clear();
    }

    /// Reads `event` into `out`, replacing what it held.
    pub fn extract(&mut self, event: &str, out: &mut Extraction) -> Result<(), EventError> {
        self.reset(out);
        if scan::scan(&self.trie, event, out, &mut self.scratch).is_ok() {
            return Ok(());
        }
        self.extract_with_tokenizer(event, out)
    }

    /// The careful path: reads with the tokenizer, giving precise errors.
    /// Public within the crate so tests can compare it with the fast path.
    pub(crate) fn extract_with_tokenizer(&mut self, event: &str, out: &mut Extraction) -> Result<(), EventError> {
        self.reset(out);
        self.path.clear();
        let mut tokens = Tokenizer::new(event);
        let first = tokens.next_token()?;
        if let Some(t) = first.filter(|t| t.kind != TokenKind::ObjectStart) {
            // A JSON error later in the text is the more useful report.
            tokens.skip_value(&t)?;
            tokens.finish()?;
            return Err(EventError::NotAnObject(t.span));
        }
        let mut frames: Vec<Frame> = vec![Frame { array: false, restore: 0 }];
        // Open arrays being read: (array id, current element index).
        let mut arrays: Vec<(u32, u32)> = Vec::new();
        let mut next_array_id: u32 = 0;
        while let Some(token) = tokens.next_token()? {
            let (value, restore) = match token.kind {
                TokenKind::Key => {
                    let restore = self.path.len();
                    if restore > 0 {
                        self.path.push('.');
                    }
                    self.path.push_str(&tokens.string_value(&token));
                    let Some(value) = tokens.next_token()? else { break };
                    (value, restore)
                }
                TokenKind::ObjectEnd | TokenKind::ArrayEnd => {
                    if let Some(frame) = frames.pop() {
                        self.path.truncate(frame.restore);
                        if frame.array {
                            arrays.pop();
                        }
                    }
                    element_done(&frames, &mut arrays);
                    continue;
                }
                // A value directly inside an array: same path as the array.
                _ => (token, self.path.len()),
            };
            self.value(&mut tokens, value, restore, &mut frames, &mut arrays, &mut next_array_id, out)?;
        }
        tokens.finish()?;
        Ok(())
    }

    #[expect(clippy::too_many_arguments, reason = "the scan's state, passed explicitly to keep the loop flat")]
    fn value(
        &mut self,
        tokens: &mut Tokenizer<'_>,
        value: Token,
        restore: usize,
        frames: &mut Vec<Frame>,
        arrays: &mut Vec<(u32, u32)>,
        next_array_id: &mut u32,
        out: &mut Extraction,
    ) -> Result<(), EventError> {
        let (leaf, prefix) = self.index.lookup(&self.path);
        let kind = match value.kind {
            TokenKind::ObjectStart | TokenKind::ArrayStart => {
                let array = value.kind == TokenKind::ArrayStart;
                if prefix || (array && leaf.is_some()) {
                    frames.push(Frame { array, restore });
                    if array {
                        arrays.push((*next_array_id, 0));
                        *next_array_id += 1;
                    }
                } else {
                    tokens.skip_value(&value)?;
                    self.path.truncate(restore);
                    element_done(frames, arrays);
                }
                return Ok(());
            }
            TokenKind::String => ValueKind::String,
            TokenKind::Number => ValueKind::Number,
            TokenKind::True => ValueKind::True,
            TokenKind::False => ValueKind::False,
            _ => ValueKind::Null,
        };
        if let Some(id) = leaf {
            let start = out.memberships.len() as u32;
            // A plain element does not bind its own array's index: only
            // elements that are objects or arrays do.
            let direct_element = frames.last().is_some_and(|f| f.array);
            let binding = if direct_element { &arrays[..arrays.len().saturating_sub(1)] } else { &arrays[..] };
            out.memberships.extend_from_slice(binding);
            let end = out.memberships.len() as u32;
            if let Some(list) = out.values.get_mut(id as usize) {
                list.push(EventValue { kind, span: value.span, escaped: value.escaped, arrays: (start, end) });
            }
        }
        self.path.truncate(restore);
        element_done(frames, arrays);
        Ok(())
    }
}

/// After a value ends: if it was an array element, move to the next index.
fn element_done(frames: &[Frame], arrays: &mut [(u32, u32)]) {
    if frames.last().is_some_and(|f| f.array) {
        if let Some(last) = arrays.last_mut() {
            last.1 += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(paths: &[&str], event: &str) -> Vec<Vec<String>> {
        let paths: Vec<String> = paths.iter().map(|p| (*p).to_owned()).collect();
        let mut ex = Extractor::new(&paths);
        let mut out = Extraction::default();
        if let Err(e) = ex.extract(event, &mut out) {
            panic!("{event}: {e}");
        }
        out.values.iter().map(|vs| vs.iter().map(|v| v.text(event).into_owned()).collect()).collect()
    }

    #[test]
    fn finds_values_by_dotted_path_through_arrays() {
        let event = r#"{"a": 1, "b": {"c": "x", "d": [true, null, {"e": 2}]}, "f": [[1, 2], 3], "b.c": "dotted"}"#;
        assert_eq!(
            values(&["a", "b.c", "b.d", "b.d.e", "f", "missing"], event),
            vec![vec!["1"], vec!["x", "dotted"], vec!["true", "null"], vec!["2"], vec!["1", "2", "3"], vec![]]
        );
    }

    #[test]
    fn objects_and_empty_arrays_are_not_leaf_values() {
        assert_eq!(values(&["a", "b"], r#"{"a": {"x": 1}, "b": []}"#), vec![Vec::<String>::new(), vec![]]);
    }

    #[test]
    fn records_array_positions() {
        let event = r#"{"a": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]}"#;
        let paths = vec!["a.x".to_owned(), "a.y".to_owned()];
        let mut ex = Extractor::new(&paths);
        let mut out = Extraction::default();
        assert!(ex.extract(event, &mut out).is_ok());
        let (x0, x1, y1) = (out.values[0][0], out.values[0][1], out.values[1][1]);
        assert_eq!(out.arrays_of(&x0), &[(0, 0)]);
        assert_eq!(out.arrays_of(&y1), &[(0, 1)]);
        assert!(out.compatible(&x1, &y1));
        assert!(!out.compatible(&x0, &y1));
    }

    #[test]
    fn plain_array_elements_do_not_bind_their_array() {
        let event = r#"{"a": [{"t": ["x", "y"]}], "n": [[1, 2], [3]]}"#;
        let paths = vec!["a.t".to_owned(), "n".to_owned()];
        let mut ex = Extractor::new(&paths);
        let mut out = Extraction::default();
        assert!(ex.extract(event, &mut out).is_ok());
        let bindings: Vec<Vec<(u32, u32)>> = out.values.iter().flatten().map(|v| out.arrays_of(v).to_vec()).collect();
        // a.t "x" and "y" bind only element 0 of `a`; 1, 2 bind element 0 of
        // the outer `n` array, 3 element 1.
        assert_eq!(bindings, vec![vec![(0, 0)], vec![(0, 0)], vec![(2, 0)], vec![(2, 0)], vec![(2, 1)]]);
    }

    #[test]
    fn rejects_bad_events_even_in_skipped_parts() {
        let paths = vec!["a".to_owned()];
        let mut ex = Extractor::new(&paths);
        let mut out = Extraction::default();
        assert!(ex.extract(r#"{"a": 1, "skipped": {"x": [1, }]}"#, &mut out).is_err());
        assert!(matches!(ex.extract("[1]", &mut out), Err(EventError::NotAnObject(_))));
        assert!(ex.extract(r#"{"a": 1} trailing"#, &mut out).is_err());
        assert!(ex.extract(&"[".repeat(100_000), &mut out).is_err());
    }

    mod fast_path {
        use super::super::*;
        use proptest::prelude::*;

        const KEYS: [&str; 6] = ["a", "b", "a.b", "c", "d", "\\u0061"];
        const PATHS: [&str; 7] = ["a", "b", "a.b", "c.a", "a.c.b", "b.a", "d.a.b"];

        /// JSON-ish text: valid documents with random spacing, sometimes mutated.
        fn json_text() -> impl Strategy<Value = String> {
            let leaf = prop_oneof![
                Just("null".to_owned()),
                Just("true".to_owned()),
                Just("false".to_owned()),
                (-1000i64..1000).prop_map(|n| n.to_string()),
                Just("3e2".to_owned()),
                Just("-0.5E-3".to_owned()),
                "[a-z \\.]{0,12}".prop_map(|s| format!("\"{s}\"")),
                Just(r#""esc\"aped\\ \u00e9""#.to_owned()),
            ];
            let value = leaf.prop_recursive(5, 48, 6, |inner| {
                prop_oneof![
                    prop::collection::vec(inner.clone(), 0..5).prop_map(|items| format!("[{}]", items.join(" , "))),
                    prop::collection::vec((prop::sample::select(KEYS.to_vec()), inner), 0..5).prop_map(|members| {
                        let parts: Vec<String> = members.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
                        format!("{{ {} }}", parts.join(","))
                    }),
                ]
            });
            let object = prop::collection::vec((prop::sample::select(KEYS.to_vec()), value), 0..6).prop_map(|members| {
                let parts: Vec<String> = members.iter().map(|(k, v)| format!("\"{k}\" :\n{v}")).collect();
                format!(" {{{}}}\n", parts.join(",\t"))
            });
            let mutation = prop_oneof![
                Just(None),
                (any::<prop::sample::Index>(), prop::sample::select("{}[],:\"\\ 0a-.e\u{1}x".chars().collect::<Vec<_>>()))
                    .prop_map(|(at, c)| Some((at, Some(c)))),
                any::<prop::sample::Index>().prop_map(|at| Some((at, None))),
            ];
            (object, mutation).prop_map(|(mut text, mutation)| {
                if let Some((at, c)) = mutation {
                    let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
                    let i = boundaries[at.index(boundaries.len())];
                    match c {
                        Some(c) => text.insert(i, c),
                        None if i < text.len() => {
                            text.remove(i);
                        }
                        None => {}
                    }
                }
                text
            })
        }

        fn snapshot(out: &Extraction, event: &str) -> Vec<Vec<(String, Vec<(u32, u32)>)>> {
            out.values
                .iter()
                .map(|vs| vs.iter().map(|v| (v.span.slice(event).to_owned(), out.arrays_of(v).to_vec())).collect())
                .collect()
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(3000))]
            #[test]
            fn fast_and_careful_paths_agree(text in json_text()) {
                let paths: Vec<String> = PATHS.iter().map(|p| (*p).to_owned()).collect();
                let mut extractor = Extractor::new(&paths);
                let mut fast = Extraction::default();
                extractor.reset(&mut fast);
                let fast_ok = scan::scan(&extractor.trie, &text, &mut fast, &mut extractor.scratch).is_ok();
                let mut careful = Extraction::default();
                let careful_ok = extractor.extract_with_tokenizer(&text, &mut careful).is_ok();
                if fast_ok {
                    prop_assert!(careful_ok, "fast path accepted what the tokenizer rejects: {text:?}");
                    prop_assert_eq!(snapshot(&fast, &text), snapshot(&careful, &text), "{:?}", text);
                }
                if !careful_ok {
                    prop_assert!(!fast_ok);
                }
            }
        }
    }
}
