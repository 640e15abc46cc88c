//! Wildcard patterns: `*` matches any run of characters, including none;
//! `\*` is a literal star and `\\` a literal backslash.

use super::{AnythingBut, Matcher, PatternErrorKind};

/// A parsed wildcard pattern: literal pieces separated by `*`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wildcard {
    /// The pattern as written (escapes not yet removed).
    pub text: String,
    /// The literal pieces between stars, escapes removed. A pattern with `n`
    /// stars has `n + 1` pieces (the first or last may be empty).
    pub pieces: Vec<String>,
}

impl Wildcard {
    /// Parses a wildcard pattern, rejecting `**` and escapes other than `\*`
    /// and `\\`. Positions in errors are byte offsets in the value with
    /// EventBridge's opening quote counted as byte 0.
    pub fn parse(text: &str) -> Result<Self, PatternErrorKind> {
        let mut pieces = vec![String::new()];
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let pos = i + 1;
            match c {
                '*' => {
                    if chars.peek().is_some_and(|&(_, next)| next == '*') {
                        return Err(PatternErrorKind::ConsecutiveWildcards { pos });
                    }
                    pieces.push(String::new());
                }
                '\\' => match chars.next() {
                    Some((_, e @ ('*' | '\\'))) => push(&mut pieces, e),
                    _ => return Err(PatternErrorKind::InvalidWildcardEscape { pos }),
                },
                _ => push(&mut pieces, c),
            }
        }
        Ok(Self { text: text.to_owned(), pieces })
    }

    /// Number of `*` in the pattern.
    #[must_use]
    pub fn star_count(&self) -> usize {
        self.pieces.len() - 1
    }

    /// Whether `value` matches the whole pattern.
    #[must_use]
    pub fn matches(&self, value: &str) -> bool {
        let Some((first, rest)) = self.pieces.split_first() else {
            return value.is_empty();
        };
        let Some(mut remaining) = value.strip_prefix(first.as_str()) else {
            return false;
        };
        let Some((last, middle)) = rest.split_last() else {
            return remaining.is_empty();
        };
        // Each middle piece matches at its leftmost place: with stars on both
        // sides, the leftmost choice never rules out a match later.
        for piece in middle {
            match remaining.find(piece.as_str()) {
                Some(at) => remaining = &remaining[at + piece.len()..],
                None => return false,
            }
        }
        remaining.ends_with(last.as_str())
    }
}

fn push(pieces: &mut [String], c: char) {
    if let Some(last) = pieces.last_mut() {
        last.push(c);
    }
}

/// Highest complexity score Rulecraft accepts: AWS refuses 11 and more
/// ([`super::complexity`] counts the score).
pub const MAX_COMPLEXITY: usize = 10;

/// Most sets of live positions explored before a pattern is declared too
/// complex without finishing the count (keeps hostile patterns cheap).
const MAX_EXPLORED: usize = 20_000;

/// The previous complexity score, of a set of distinct wildcards on one
/// field: the most positions of the wildcard automata that can be live at
/// once after reading some input, each pattern's positions counted
/// separately and a `*` counted as live as soon as the position before it
/// is. Returns `MAX_COMPLEXITY + 1` when the count is abandoned as too large.
///
/// Patterns are scored by [`super::complexity::score`], which follows
/// event-ruler's machine (repeated insertions, `$or` branches); this one is
/// kept as the reference its property tests compare with: for one wildcard
/// on one field the two agree.
#[must_use]
pub fn complexity(wildcards: &[&Wildcard]) -> usize {
    // Each pattern as the tokens of its quoted form: Some(byte) or None for `*`.
    let programs: Vec<Vec<Option<u8>>> = wildcards
        .iter()
        .map(|w| {
            let mut tokens = vec![Some(b'"')];
            for (k, piece) in w.pieces.iter().enumerate() {
                if k > 0 {
                    tokens.push(None);
                }
                tokens.extend(piece.bytes().map(Some));
            }
            tokens.push(Some(b'"'));
            tokens
        })
        .collect();
    // The bytes that behave differently; one more stands for all others.
    let mut alphabet: Vec<u8> = programs.iter().flatten().flatten().copied().collect();
    alphabet.sort_unstable();
    alphabet.dedup();
    let other = (0..=255u8).find(|b| !alphabet.contains(b));
    alphabet.extend(other);

    // A live set: (pattern, position) pairs, position k = after k tokens.
    let start: Vec<(usize, usize)> = (0..programs.len()).map(|p| (p, 0)).collect();
    let mut seen: std::collections::HashSet<Vec<(usize, usize)>> = std::collections::HashSet::new();
    let mut queue = vec![start];
    let mut best = 0;
    let mut first = true;
    while let Some(live) = queue.pop() {
        if !first {
            best = best.max(score(&programs, &live));
            if best > MAX_COMPLEXITY {
                return best;
            }
        }
        first = false;
        for &byte in &alphabet {
            let next = step(&programs, &live, byte);
            if !next.is_empty() && seen.insert(next.clone()) {
                if seen.len() > MAX_EXPLORED {
                    return MAX_COMPLEXITY + 1;
                }
                queue.push(next);
            }
        }
    }
    best
}

/// Live positions plus the `*` each one can enter without reading anything.
fn score(programs: &[Vec<Option<u8>>], live: &[(usize, usize)]) -> usize {
    let extra = live.iter().filter(|&&(p, k)| programs[p].get(k) == Some(&None) && !live.contains(&(p, k + 1))).count();
    live.len() + extra
}

/// The live set after reading `byte`.
fn step(programs: &[Vec<Option<u8>>], live: &[(usize, usize)], byte: u8) -> Vec<(usize, usize)> {
    let mut next = Vec::new();
    for &(p, k) in live {
        let tokens = &programs[p];
        // A star position loops on every byte.
        if k > 0 && tokens[k - 1].is_none() {
            next.push((p, k));
        }
        match tokens.get(k) {
            Some(Some(b)) if *b == byte => next.push((p, k + 1)),
            Some(None) => {
                // Enter the star on this byte, or skip it and take the literal after it.
                next.push((p, k + 1));
                if tokens.get(k + 1) == Some(&Some(byte)) {
                    next.push((p, k + 2));
                }
            }
            _ => {}
        }
    }
    next.sort_unstable();
    next.dedup();
    next
}

/// Whether the previous scoring ([`complexity`]) finds these wildcards too complex.
#[must_use]
pub fn too_complex(wildcards: &[&Wildcard]) -> bool {
    !wildcards.is_empty() && complexity(wildcards) > MAX_COMPLEXITY
}

/// The wildcards a condition contributes to its field's complexity.
pub fn wildcards_of(matcher: &Matcher) -> impl Iterator<Item = &Wildcard> {
    let (one, many): (Option<&Wildcard>, &[Wildcard]) = match matcher {
        Matcher::Wildcard(w) => (Some(w), &[]),
        Matcher::AnythingBut(AnythingBut::Wildcards(ws)) => (None, ws),
        _ => (None, &[]),
    };
    one.into_iter().chain(many)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wc(text: &str) -> Wildcard {
        match Wildcard::parse(text) {
            Ok(w) => w,
            Err(e) => panic!("{text}: {e}"),
        }
    }

    #[test]
    fn stars_match_any_run_including_empty() {
        assert!(wc("*").matches(""));
        assert!(wc("*").matches("anything"));
        assert!(wc("a*").matches("a"));
        assert!(wc("/Users/*/doc.txt").matches("/Users/me/doc.txt"));
        assert!(!wc("/Users/*/doc.txt").matches("/Users/me/doc.txt.bak"));
        assert!(wc("*/dir/*").matches("a/dir/b"));
        assert!(wc("a*b*c").matches("abc"));
        assert!(wc("a*b*c").matches("aXbYbZc"));
        assert!(!wc("a*b*c").matches("acb"));
        assert!(!wc("ab*ba").matches("aba"));
        assert!(wc("").matches(""));
        assert!(!wc("").matches("x"));
    }

    #[test]
    fn escapes_are_literal() {
        assert!(wc(r"a\*b").matches("a*b"));
        assert!(!wc(r"a\*b").matches("axb"));
        assert!(wc(r"a\\*").matches(r"a\xyz"));
        assert_eq!(wc(r"a\*b").star_count(), 0);
    }

    fn score_of(texts: &[&str]) -> usize {
        let parsed: Vec<Wildcard> = texts.iter().map(|t| wc(t)).collect();
        complexity(&parsed.iter().collect::<Vec<_>>())
    }

    #[test]
    fn complexity_scores_follow_event_ruler() {
        // Scores from event-ruler's own complexity tests, for quoted patterns.
        assert_eq!(score_of(&["a*b"]), 2);
        assert_eq!(score_of(&["*aa"]), 3);
        assert_eq!(score_of(&["a*bb"]), 3);
        assert_eq!(score_of(&["a*bbb"]), 4);
        assert_eq!(score_of(&["*ab*ad"]), 4);
        assert_eq!(score_of(&["a*b*bb"]), 5);
        assert_eq!(score_of(&["*ab*b*b*"]), 7);
        // event-ruler scores this 17; counting stops once past the limit.
        assert_eq!(score_of(&["*a*a*a*a*a*a*a*a*"]), MAX_COMPLEXITY + 1);
        assert_eq!(score_of(&["a*aaa", "aa*aa"]), 7);
        assert_eq!(score_of(&["no stars"]), 1);
    }

    #[test]
    fn aws_recorded_complexity_boundary() {
        // AWS rejected this one (event-ruler scores it 11) ...
        assert!(too_complex(&[&wc("*:*:*:*:*:event-bus/*")]));
        // ... and accepted these.
        assert!(!too_complex(&[&wc("/Users/*/dir/dir/dir/dir/dir/doc.txt")]));
        assert!(!too_complex(&[&wc("arn:aws:events:us-east-1:*:event-bus/*")]));
    }

    #[test]
    fn rejects_double_stars_and_bad_escapes() {
        assert_eq!(
            Wildcard::parse("arn:aws:events:us-east-1:**:event-bus/*"),
            Err(PatternErrorKind::ConsecutiveWildcards { pos: 26 })
        );
        assert_eq!(Wildcard::parse(r"a\b"), Err(PatternErrorKind::InvalidWildcardEscape { pos: 2 }));
        assert_eq!(Wildcard::parse("abc\\"), Err(PatternErrorKind::InvalidWildcardEscape { pos: 4 }));
        assert_eq!(Wildcard::parse("é**"), Err(PatternErrorKind::ConsecutiveWildcards { pos: 3 }));
    }
}
