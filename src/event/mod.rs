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
//! path enters are skipped (still checked to be valid JSON). It first tries a
//! fast single-loop scanner ([`scan`]); on anything unusual it re-reads the
//! event with the tokenizer, which walks the same trie of paths and reports
//! precise errors.

mod bits;
mod scan;

use crate::json::{JsonError, Span, TokenKind, Tokenizer};
use std::borrow::Cow;

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
        if self.kind != ValueKind::String {
            return Cow::Borrowed(self.span.slice(event));
        }
        // Inside the quotes.
        let body = event.get(self.span.start + 1..self.span.end.saturating_sub(1)).unwrap_or("");
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

/// Reads events against one pattern's paths, reusing its buffers.
#[derive(Debug, Clone)]
pub struct Extractor {
    trie: scan::PathTrie,
    leaf_count: usize,
    scratch: scan::Scratch,
}

impl Extractor {
    /// An extractor for these leaf paths.
    #[must_use]
    pub fn new(paths: &[String]) -> Self {
        Self { trie: scan::PathTrie::new(paths), leaf_count: paths.len(), scratch: scan::Scratch::default() }
    }

    fn reset(&self, out: &mut Extraction) {
        out.values.resize_with(self.leaf_count, Vec::new);
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

    /// Reads `event` with the fast scanner only; `false` when it gave up (on
    /// an error or anything unusual), leaving `out` incomplete. For tests
    /// and fuzzing that compare the two paths.
    pub fn extract_fast(&mut self, event: &str, out: &mut Extraction) -> bool {
        self.reset(out);
        scan::scan(&self.trie, event, out, &mut self.scratch).is_ok()
    }

    /// The careful path: reads with the tokenizer, giving precise errors.
    /// It walks the same trie as the fast path, one frame per container:
    /// `(is an array, trie node when of interest)`.
    pub fn extract_with_tokenizer(&mut self, event: &str, out: &mut Extraction) -> Result<(), EventError> {
        self.reset(out);
        let mut tokens = Tokenizer::new(event);
        let first = tokens.next_token()?;
        if let Some(t) = first.filter(|t| t.kind != TokenKind::ObjectStart) {
            // A JSON error later in the text is the more useful report.
            tokens.skip_value(&t)?;
            tokens.finish()?;
            return Err(EventError::NotAnObject(t.span));
        }
        let mut frames: Vec<(bool, Option<u32>)> = vec![(false, Some(0))];
        // Open arrays of interest: (array id, current element index).
        let mut arrays: Vec<(u32, u32)> = Vec::new();
        let mut next_array_id: u32 = 0;
        while let Some(token) = tokens.next_token()? {
            let Some(&(in_array, parent)) = frames.last() else { break };
            let (value, target) = match token.kind {
                TokenKind::Key => {
                    let target = parent.and_then(|n| self.trie.child(n, tokens.string_value(&token).as_bytes()));
                    let Some(value) = tokens.next_token()? else { break };
                    (value, target)
                }
                TokenKind::ObjectEnd | TokenKind::ArrayEnd => {
                    if let Some((true, Some(_))) = frames.pop() {
                        arrays.pop();
                    }
                    element_done(&frames, &mut arrays);
                    continue;
                }
                // An element of an array has the array's path.
                _ => (token, if in_array { parent } else { None }),
            };
            let kind = match value.kind {
                TokenKind::ObjectStart | TokenKind::ArrayStart => {
                    let array = value.kind == TokenKind::ArrayStart;
                    let node = target.filter(|&n| self.trie.has_children(n) || (array && self.trie.leaf(n).is_some()));
                    if node.is_none() {
                        tokens.skip_value(&value)?;
                        element_done(&frames, &mut arrays);
                        continue;
                    }
                    if array {
                        arrays.push((next_array_id, 0));
                        next_array_id += 1;
                    }
                    frames.push((array, node));
                    continue;
                }
                TokenKind::String => ValueKind::String,
                TokenKind::Number => ValueKind::Number,
                TokenKind::True => ValueKind::True,
                TokenKind::False => ValueKind::False,
                _ => ValueKind::Null,
            };
            if let Some(leaf) = target.and_then(|n| self.trie.leaf(n)) {
                let from = out.memberships.len() as u32;
                // A plain element does not bind its own array's index.
                let binding = if in_array { &arrays[..arrays.len().saturating_sub(1)] } else { &arrays[..] };
                out.memberships.extend_from_slice(binding);
                let to = out.memberships.len() as u32;
                if let Some(list) = out.values.get_mut(leaf as usize) {
                    list.push(EventValue { kind, span: value.span, escaped: value.escaped, arrays: (from, to) });
                }
            }
            element_done(&frames, &mut arrays);
        }
        tokens.finish()?;
        Ok(())
    }
}

/// After a value ends: if it was an element of an array of interest, move to
/// the next index.
fn element_done(frames: &[(bool, Option<u32>)], arrays: &mut [(u32, u32)]) {
    if let (Some((true, Some(_))), Some(last)) = (frames.last(), arrays.last_mut()) {
        last.1 += 1;
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

    /// The fast path's reading of plain text (no backslash, no control
    /// character) next to the tokenizer's, on the cases it handles apart:
    /// strings found from quote bits, spaces as the only white space, keys
    /// looked up by length and dots.
    #[test]
    fn plain_text_is_read_as_the_tokenizer_reads_it() {
        type Values = Vec<Vec<(String, Vec<(u32, u32)>)>>;
        let long = "x".repeat(200);
        let cases = [
            r#"{"a": 1}"#.to_owned(),
            r#"  {  "a"  :  [ 1 , "two" , { "b" : true } ]  ,  "c" : { "a" : null }  }  "#.to_owned(),
            format!(r#"{{"skip": "{long}", "a": "{long}", "b": ["{long}", "y"]}}"#),
            format!(r#"{{"a": "{}"}}"#, "é中:,{}[]".repeat(30)),
            r#"{"a.b": 1, "a": {"b": 2}, "d.a.b": 3, "c.a": [4], ".a": 5, "a.": 6}"#.to_owned(),
            r#"{"": 1, "a": {"": 2}, "é": {"a": 3}}"#.to_owned(),
            r#"{"a": [], "b": {}, "c": [[], {}], "skip": [[[]]]}"#.to_owned(),
            r#"{"a": -0.5e+3, "b": [0, -1, 2E9], "skip": [true, false, null, 1.5]}"#.to_owned(),
        ];
        let broken = [
            r#"{"a": 1"}"#,
            r#"{"a": "unterminated}"#,
            r#"{"a": 1, "skip": {"x": "y}}"#,
            r#"{"a": tru"e"}"#,
            r#"{"a" 1}"#,
            r#"{"a": 1 "b": 2}"#,
            r#"{"skip": {"x" "y"}, "a": 1}"#,
            r#"{"skip": ["x" "y"], "a": 1}"#,
            r#"{"skip": ["x",], "a": 1}"#,
            r#"{"a": 1,}"#,
            r#"{"a": 01}"#,
            r#"{"a": 1} {"#,
            r#"{"a": 1}""#,
            r#"{"a": [1, 2}"#,
            r#"{"skip": [1, 2}, "a": 1}"#,
            r#"{"skip": x, "a": 1}"#,
            r#""{"a": 1}"#,
        ];
        let paths: Vec<String> = ["a", "b", "a.b", "c.a", "d.a.b", "", "é.a"].iter().map(|p| (*p).to_owned()).collect();
        let mut extractor = Extractor::new(&paths);
        let show = |out: &Extraction, text: &str| -> Values {
            out.values
                .iter()
                .map(|vs| vs.iter().map(|v| (v.span.slice(text).to_owned(), out.arrays_of(v).to_vec())).collect())
                .collect()
        };
        for text in &cases {
            let (mut fast, mut careful) = (Extraction::default(), Extraction::default());
            assert!(extractor.extract_fast(text, &mut fast), "the fast path gave up on {text}");
            assert!(extractor.extract_with_tokenizer(text, &mut careful).is_ok(), "{text}");
            assert_eq!(show(&fast, text), show(&careful, text), "{text}");
        }
        for text in broken {
            let mut out = Extraction::default();
            assert!(!extractor.extract_fast(text, &mut out), "the fast path accepted {text}");
            assert!(extractor.extract(text, &mut out).is_err(), "{text}");
        }
    }

    #[test]
    fn deep_nesting_gives_up_without_overflowing_the_stack() {
        let paths = vec!["a".to_owned(), "deep".to_owned()];
        let mut ex = Extractor::new(&paths);
        let mut out = Extraction::default();
        for depth in [999, 1000, 1001, 100_000] {
            let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
            for text in [format!(r#"{{"skip": {nested}, "a": 1}}"#), format!(r#"{{"deep": {nested}, "a": 1}}"#)] {
                let fast = ex.extract_fast(&text, &mut out);
                let careful = ex.extract_with_tokenizer(&text, &mut out).is_ok();
                // EventBridge's parser takes at most 1000 levels.
                assert_eq!(careful, depth < 1000, "depth {depth}");
                assert!(!fast || careful, "depth {depth}");
                assert_eq!(ex.extract(&text, &mut out).is_ok(), careful);
            }
        }
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
                // Long enough to cross the 64-byte words of quote bits.
                "[a-zé中 :,{}\\[\\]]{50,150}".prop_map(|s| format!("\"{s}\"")),
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
            let object =
                prop::collection::vec((prop::sample::select(KEYS.to_vec()), value), 0..6).prop_map(|members| {
                    let parts: Vec<String> = members.iter().map(|(k, v)| format!("\"{k}\" :\n{v}")).collect();
                    format!(" {{{}}}\n", parts.join(",\t"))
                });
            let mutation = prop_oneof![
                Just(None),
                (
                    any::<prop::sample::Index>(),
                    prop::sample::select("{}[],:\"\\ 0a-.e\u{1}x".chars().collect::<Vec<_>>())
                )
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

        /// Per path: each value's text and array positions.
        type Snapshot = Vec<Vec<(String, Vec<(u32, u32)>)>>;

        fn snapshot(out: &Extraction, event: &str) -> Snapshot {
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
                // As generated, and on one line without tabs (the fast
                // path's quickest case when there is no backslash either).
                for text in [text.clone(), text.replace(['\n', '\t'], " ")] {
                    let mut fast = Extraction::default();
                    let fast_ok = extractor.extract_fast(&text, &mut fast);
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
}
