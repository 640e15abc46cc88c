//! Patterns from examples: given events that should match and events that
//! should not, propose patterns that match every wanted event and no
//! unwanted one, from the most specific to the most general.
//!
//! Each event is read into its leaf values by path (arrays flattened, as
//! EventBridge reads them). A condition is proposed per field: the wanted
//! events' exact values, a shared prefix or suffix, a numeric range,
//! `anything-but` the unwanted values, or presence (`exists`). `source` and
//! `detail-type` are always named; identifiers that name one event (`id`,
//! `time`, and any field whose every wanted value is different) are never
//! used. Conditions are chosen greedily by how many unwanted events they
//! turn away, preferring fields the catalog documents and exact values; every
//! candidate is checked with the matcher before it is offered. When one
//! branch cannot hold the wanted events, an `$or` of branches is tried; when
//! an unwanted event looks the same as a wanted one in every field a pattern
//! may use, that pair is reported.

pub mod command;

use crate::json::{Node, NodeKind};
use std::collections::BTreeMap;
use std::fmt;

/// A leaf value of an event.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scalar {
    /// A string.
    String(String),
    /// A number's text as written.
    Number(String),
    /// `true` / `false`.
    Bool(bool),
    /// `null`.
    Null,
}

impl Scalar {
    fn json(&self) -> String {
        match self {
            Self::String(s) => crate::json::write::quote(s),
            Self::Number(n) => n.clone(),
            Self::Bool(b) => b.to_string(),
            Self::Null => "null".to_owned(),
        }
    }

    fn number(&self) -> Option<f64> {
        match self {
            Self::Number(n) => n.parse().ok(),
            _ => None,
        }
    }
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.json())
    }
}

/// An event as its leaf values by dotted path.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Leaves(BTreeMap<String, Vec<Scalar>>);

impl Leaves {
    /// Reads an event's text; `None` when it is not a JSON object.
    #[must_use]
    pub fn of(text: &str) -> Option<Self> {
        let node = crate::json::parse(text).ok()?;
        if !matches!(node.kind, NodeKind::Object(_)) {
            return None;
        }
        let mut leaves = Self::default();
        leaves.walk(&node, String::new());
        Some(leaves)
    }

    fn walk(&mut self, node: &Node, path: String) {
        match &node.kind {
            NodeKind::Object(members) => {
                for member in members {
                    let child = if path.is_empty() { member.key.clone() } else { format!("{path}.{}", member.key) };
                    self.walk(&member.value, child);
                }
            }
            NodeKind::Array(items) => items.iter().for_each(|item| self.walk(item, path.clone())),
            NodeKind::String(s) => self.push(path, Scalar::String(s.clone())),
            NodeKind::Number(n) => self.push(path, Scalar::Number(n.clone())),
            NodeKind::Bool(b) => self.push(path, Scalar::Bool(*b)),
            NodeKind::Null => self.push(path, Scalar::Null),
        }
    }

    fn push(&mut self, path: String, value: Scalar) {
        if !path.is_empty() {
            self.0.entry(path).or_default().push(value);
        }
    }

    /// The values at `path` (none when the event lacks it).
    #[must_use]
    pub fn get(&self, path: &str) -> &[Scalar] {
        self.0.get(path).map_or(&[], Vec::as_slice)
    }
}

/// What a condition asks of a field.
#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    /// One of these values.
    Exact(Vec<Scalar>),
    /// Starts with this text.
    Prefix(String),
    /// Ends with this text.
    Suffix(String),
    /// A number in this range (both ends included).
    Range(String, String),
    /// None of these values.
    AnythingBut(Vec<Scalar>),
    /// The field is there (`true`) or not (`false`).
    Exists(bool),
}

/// One condition of a candidate, with why it is there.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// The field's dotted path.
    pub path: String,
    /// What it asks.
    pub test: Test,
    /// The values the wanted events have there.
    pub wanted: Vec<Scalar>,
    /// The values (or absence) of the unwanted events it turns away.
    pub turned_away: Vec<Scalar>,
    /// How many unwanted events it turns away that no earlier condition did.
    pub excludes: usize,
}

impl Condition {
    /// How many values an exact test lists (0 for other tests).
    fn wanted_len(&self) -> usize {
        match &self.test {
            Test::Exact(values) => values.len(),
            _ => 0,
        }
    }

    /// The condition's JSON value (the array a pattern puts under its key).
    #[must_use]
    pub fn json(&self) -> String {
        let list = |values: &[Scalar]| values.iter().map(Scalar::json).collect::<Vec<_>>().join(", ");
        match &self.test {
            Test::Exact(values) => format!("[{}]", list(values)),
            Test::Prefix(p) => format!("[{{\"prefix\": {}}}]", crate::json::write::quote(p)),
            Test::Suffix(s) => format!("[{{\"suffix\": {}}}]", crate::json::write::quote(s)),
            Test::Range(low, high) => format!("[{{\"numeric\": [\">=\", {low}, \"<=\", {high}]}}]"),
            Test::AnythingBut(values) => format!("[{{\"anything-but\": [{}]}}]", list(values)),
            Test::Exists(present) => format!("[{{\"exists\": {present}}}]"),
        }
    }

    /// Whether an event with `values` at this field passes (EventBridge's
    /// reading, checked again by the matcher on every candidate).
    fn passes(&self, values: &[Scalar]) -> bool {
        match &self.test {
            Test::Exact(list) => values.iter().any(|v| list.contains(v)),
            Test::Prefix(p) => values.iter().any(|v| matches!(v, Scalar::String(s) if s.starts_with(p.as_str()))),
            Test::Suffix(x) => values.iter().any(|v| matches!(v, Scalar::String(s) if s.ends_with(x.as_str()))),
            Test::Range(low, high) => {
                let (low, high) = (low.parse::<f64>().unwrap_or(f64::MIN), high.parse::<f64>().unwrap_or(f64::MAX));
                values.iter().filter_map(Scalar::number).any(|n| n >= low && n <= high)
            }
            Test::AnythingBut(list) => values.iter().any(|v| !list.contains(v)),
            Test::Exists(present) => values.is_empty() != *present,
        }
    }
}

/// A proposed pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The pattern's JSON text (indented).
    pub pattern: String,
    /// Its branches: one for a plain pattern, several under `$or`.
    pub branches: Vec<Vec<Condition>>,
}

/// Why no pattern can tell the examples apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inseparable {
    /// No event should match.
    NoWanted,
    /// An event is not a JSON object.
    Unreadable(usize, bool),
    /// The unwanted event (index) has, in every field a pattern may use,
    /// what the wanted event (index) has.
    Same {
        /// The wanted event.
        wanted: usize,
        /// The unwanted event.
        unwanted: usize,
    },
}

impl fmt::Display for Inseparable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoWanted => f.write_str("no event is marked as one that should match"),
            Self::Unreadable(index, wanted) => {
                let which = if *wanted { "should match" } else { "should not match" };
                write!(f, "event {} of those that {which} is not a JSON object", index + 1)
            }
            Self::Same { wanted, unwanted } => write!(
                f,
                "no pattern can tell them apart: the event that should not match (number {}) has, in every field a pattern may test, what an event that should match (number {}) has (identifiers like id and time are not used)",
                unwanted + 1,
                wanted + 1
            ),
        }
    }
}

/// Fields never used to tell events apart: they name one event.
const IDENTIFIERS: [&str; 3] = ["id", "time", "version"];

/// Whether a value looks like it names one thing: an ARN, or a long token
/// with digits (a UUID, an instance id, a timestamp, a request id); not an
/// account (12 digits) or a region.
fn looks_like_a_name(value: &Scalar) -> bool {
    match value {
        Scalar::String(s) => {
            s.starts_with("arn:") || (s.len() >= 16 && s.bytes().filter(u8::is_ascii_digit).count() >= 4)
        }
        _ => false,
    }
}

/// Whether a field names events one by one: an identifier (`id`, `time`),
/// or a field where every wanted event (two or more) has its own value and
/// the values look like names of one thing (ARNs, ids with digits).
fn is_identifier(path: &str, wanted: &[Leaves]) -> bool {
    if IDENTIFIERS.contains(&path) {
        return true;
    }
    if wanted.len() < 2 || path == "source" || path == "detail-type" {
        return false;
    }
    let mut seen = std::collections::BTreeSet::new();
    wanted.iter().all(|w| {
        let values = w.get(path);
        !values.is_empty() && values.iter().all(looks_like_a_name) && values.iter().all(|v| seen.insert(v.clone()))
    })
}

/// The longest common prefix (or suffix, `from_end`) of some strings.
fn common_affix(values: &[&str], from_end: bool) -> String {
    let Some(first) = values.first() else { return String::new() };
    let chars: Vec<char> = if from_end { first.chars().rev().collect() } else { first.chars().collect() };
    let mut len = chars.len();
    for value in &values[1..] {
        let other: Vec<char> = if from_end { value.chars().rev().collect() } else { value.chars().collect() };
        len = len.min(chars.iter().zip(&other).take_while(|(a, b)| a == b).count());
    }
    let affix: String = chars[..len].iter().collect();
    if from_end { affix.chars().rev().collect() } else { affix }
}

/// Preference among tests for the same field (lower first): exact values,
/// then the shapes a person writes when values share something.
fn test_rank(test: &Test) -> u8 {
    match test {
        Test::Exact(_) => 0,
        Test::Prefix(_) | Test::Suffix(_) => 1,
        Test::Range(..) => 2,
        Test::AnythingBut(_) => 3,
        Test::Exists(_) => 4,
    }
}

/// Every condition worth trying on the fields of the examples.
fn conditions(wanted: &[Leaves], unwanted: &[Leaves], general: bool) -> Vec<Condition> {
    let mut paths: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    for event in wanted.iter().chain(unwanted) {
        paths.extend(event.0.keys().map(String::as_str));
    }
    let mut out = Vec::new();
    for path in paths {
        if is_identifier(path, wanted) {
            continue;
        }
        let everywhere = wanted.iter().all(|w| !w.get(path).is_empty());
        let nowhere = wanted.iter().all(|w| w.get(path).is_empty());
        let mut values: Vec<Scalar> = wanted.iter().flat_map(|w| w.get(path).iter().cloned()).collect();
        values.sort();
        values.dedup();
        let condition = |test: Test| Condition {
            path: path.to_owned(),
            test,
            wanted: values.clone(),
            turned_away: Vec::new(),
            excludes: 0,
        };
        if nowhere {
            out.push(condition(Test::Exists(false)));
            continue;
        }
        if !everywhere {
            continue;
        }
        out.push(condition(Test::Exact(values.clone())));
        // In arrays: a value every wanted event holds (`tags: ["t2"]`).
        if wanted.iter().any(|w| w.get(path).len() > 1) {
            for value in &values {
                if values.len() > 1 && wanted.iter().all(|w| w.get(path).contains(value)) {
                    out.push(condition(Test::Exact(vec![value.clone()])));
                }
            }
        }
        if !general {
            continue;
        }
        out.push(condition(Test::Exists(true)));
        let strings: Vec<&str> =
            values.iter().filter_map(|v| if let Scalar::String(s) = v { Some(s.as_str()) } else { None }).collect();
        if strings.len() == values.len() && strings.len() > 1 {
            let prefix = common_affix(&strings, false);
            if prefix.chars().count() >= 3 {
                out.push(condition(Test::Prefix(prefix)));
            }
            let suffix = common_affix(&strings, true);
            if suffix.chars().count() >= 3 {
                out.push(condition(Test::Suffix(suffix)));
            }
        }
        let numbers: Vec<f64> = values.iter().filter_map(Scalar::number).collect();
        if numbers.len() == values.len() && numbers.len() > 1 {
            let low =
                values.iter().min_by(|a, b| a.number().partial_cmp(&b.number()).unwrap_or(std::cmp::Ordering::Equal));
            let high =
                values.iter().max_by(|a, b| a.number().partial_cmp(&b.number()).unwrap_or(std::cmp::Ordering::Equal));
            if let (Some(Scalar::Number(low)), Some(Scalar::Number(high))) = (low, high) {
                out.push(condition(Test::Range(low.clone(), high.clone())));
            }
        }
        let mut others: Vec<Scalar> =
            unwanted.iter().flat_map(|u| u.get(path).iter().cloned()).filter(|v| !values.contains(v)).collect();
        others.sort();
        others.dedup();
        if !others.is_empty() && others.len() < values.len() {
            out.push(condition(Test::AnythingBut(others)));
        }
    }
    // Conditions that some wanted event fails are no use.
    out.retain(|c| wanted.iter().all(|w| c.passes(w.get(&c.path))));
    out
}

/// Whether `path` is a field the catalog documents values for, for these events.
fn documented(path: &str, wanted: &[Leaves]) -> bool {
    let source = wanted.first().and_then(|w| w.get("source").first().cloned());
    let Some(Scalar::String(source)) = source else { return false };
    let Some(service) = crate::catalog::catalog().service(&source) else { return false };
    service.detail_types.iter().any(|d| d.fields.iter().any(|f| f.path == path && f.has_toggles()))
}

/// How many dead ends [`choose`] may back out of before it gives up.
const CHOICE_BUDGET: usize = 64;

/// Chooses conditions until every unwanted event is turned away: the
/// envelope's `source` and `detail-type` first, then greedily the condition
/// turning away the most, ties going to documented fields, exact values and
/// shallow paths. A field holds one condition, so a greedy step can leave an
/// unwanted event that no other field turns away (`tags: ["t0"]` taken where
/// `tags: ["t1"]` was needed): the choice then backs out and takes the next
/// best, up to [`CHOICE_BUDGET`] times. `None` when no choice turns every
/// unwanted event away.
fn choose(wanted: &[Leaves], unwanted: &[Leaves], pool: &[Condition]) -> Option<Vec<Condition>> {
    // Looked up once, not for every condition at every step.
    let documented_paths: std::collections::BTreeSet<&str> =
        pool.iter().map(|c| c.path.as_str()).filter(|path| documented(path, wanted)).collect();
    let mut chooser = Chooser { unwanted, pool, documented_paths, chosen: Vec::new(), budget: CHOICE_BUDGET };
    let mut left: Vec<usize> = (0..unwanted.len()).collect();
    for path in ["source", "detail-type"] {
        if let Some(c) = pool.iter().find(|c| c.path == path && matches!(c.test, Test::Exact(_))) {
            chooser.take(c, &mut left);
        }
    }
    chooser.search(&left).then_some(chooser.chosen)
}

/// The state of [`choose`]'s search.
struct Chooser<'a> {
    unwanted: &'a [Leaves],
    pool: &'a [Condition],
    documented_paths: std::collections::BTreeSet<&'a str>,
    chosen: Vec<Condition>,
    /// Dead ends left to back out of.
    budget: usize,
}

impl Chooser<'_> {
    /// Adds `c` to the choice, removing from `left` the unwanted events it
    /// turns away (and noting them on the condition).
    fn take(&mut self, c: &Condition, left: &mut Vec<usize>) {
        let mut c = c.clone();
        let before = left.len();
        let mut away = Vec::new();
        left.retain(|&u| {
            let values = self.unwanted[u].get(&c.path);
            let passes = c.passes(values);
            if !passes {
                away.extend(values.iter().cloned());
            }
            passes
        });
        away.sort();
        away.dedup();
        (c.turned_away, c.excludes) = (away, before - left.len());
        self.chosen.push(c);
    }

    /// Whether conditions on fields not chosen yet can turn away every
    /// event of `left`; if so they are added to the choice. The best
    /// condition is tried first, so where the greedy choice works, it is the
    /// one made.
    fn search(&mut self, left: &[usize]) -> bool {
        if left.is_empty() {
            return true;
        }
        let mut ranked: Vec<(&Condition, usize)> = self
            .pool
            .iter()
            .filter(|c| !self.chosen.iter().any(|k| k.path == c.path))
            .map(|c| (c, left.iter().filter(|&&u| !c.passes(self.unwanted[u].get(&c.path))).count()))
            .filter(|(_, n)| *n > 0)
            .collect();
        // Best first; among equals, the later in the pool first.
        ranked.reverse();
        ranked.sort_by_key(|(c, n)| {
            std::cmp::Reverse((
                *n,
                self.documented_paths.contains(c.path.as_str()),
                std::cmp::Reverse(test_rank(&c.test)),
                std::cmp::Reverse(c.path.matches('.').count()),
            ))
        });
        for (c, _) in ranked {
            let mut rest = left.to_vec();
            self.take(c, &mut rest);
            if self.search(&rest) {
                return true;
            }
            self.chosen.pop();
            if self.budget == 0 {
                return false;
            }
            self.budget -= 1;
        }
        false
    }
}

/// Writes a branch's conditions as a pattern object (fields nested by path).
fn branch_json(conditions: &[Condition], depth: usize) -> String {
    // Group by first path segment, keeping the order of first appearance.
    let mut groups: Vec<(String, Vec<Condition>)> = Vec::new();
    let mut leaves: Vec<(String, String)> = Vec::new();
    for c in conditions {
        match c.path.split_once('.') {
            Some((head, rest)) => {
                let inner = Condition { path: rest.to_owned(), ..c.clone() };
                match groups.iter_mut().find(|(k, _)| k == head) {
                    Some((_, list)) => list.push(inner),
                    None => groups.push((head.to_owned(), vec![inner])),
                }
            }
            None => leaves.push((c.path.clone(), c.json())),
        }
    }
    let pad = "  ".repeat(depth + 1);
    let mut members: Vec<String> =
        leaves.into_iter().map(|(k, v)| format!("{pad}{}: {v}", crate::json::write::quote(&k))).collect();
    for (key, inner) in groups {
        members.push(format!("{pad}{}: {}", crate::json::write::quote(&key), branch_json(&inner, depth + 1)));
    }
    format!("{{\n{}\n{}}}", members.join(",\n"), "  ".repeat(depth))
}

/// A candidate's pattern text: one branch, or `$or` of branches.
fn pattern_text(branches: &[Vec<Condition>]) -> String {
    if let [one] = branches {
        return branch_json(one, 0);
    }
    let alternatives: Vec<String> = branches.iter().map(|b| branch_json(b, 1)).collect();
    format!("{{\n  \"$or\": [\n    {}\n  ]\n}}", alternatives.join(",\n    "))
}

/// Whether a candidate matches every wanted event and no unwanted one, by
/// the matcher itself.
fn separates(pattern: &str, wanted: &[&str], unwanted: &[&str]) -> bool {
    let Ok(compiled) = crate::Pattern::parse(pattern) else { return false };
    let mut matcher = crate::EventMatcher::new(&compiled);
    wanted.iter().all(|e| matcher.matches(e).unwrap_or(false))
        && unwanted.iter().all(|e| !matcher.matches(e).unwrap_or(true))
}

/// Proposes patterns that match every event of `wanted` and none of
/// `unwanted`, best (the recommended one) first; or says why none can.
pub fn suggest(wanted: &[&str], unwanted: &[&str]) -> Result<Vec<Candidate>, Inseparable> {
    if wanted.is_empty() {
        return Err(Inseparable::NoWanted);
    }
    let read = |texts: &[&str], is_wanted: bool| -> Result<Vec<Leaves>, Inseparable> {
        texts.iter().enumerate().map(|(i, t)| Leaves::of(t).ok_or(Inseparable::Unreadable(i, is_wanted))).collect()
    };
    let (w, u) = (read(wanted, true)?, read(unwanted, false)?);
    let mut out: Vec<Candidate> = Vec::new();
    let offer = |out: &mut Vec<Candidate>, branches: Vec<Vec<Condition>>| {
        let pattern = pattern_text(&branches);
        if !out.iter().any(|c| c.pattern == pattern) && separates(&pattern, wanted, unwanted) {
            out.push(Candidate { pattern, branches });
        }
    };
    // One branch: the most general first (fewest conditions, any shape),
    // then exact values only, then every shared field exactly.
    let general = conditions(&w, &u, true);
    let exact = conditions(&w, &u, false);
    if let Some(chosen) = choose(&w, &u, &general) {
        offer(&mut out, vec![chosen]);
    }
    if let Some(chosen) = choose(&w, &u, &exact) {
        offer(&mut out, vec![chosen]);
    }
    // The most specific: every field the wanted events share, exactly
    // (names of one thing only when they all share one), envelope first.
    let mut specific: Vec<Condition> = exact
        .iter()
        .filter(|c| match &c.test {
            Test::Exact(values) => values.len() == 1 || !values.iter().any(looks_like_a_name),
            _ => false,
        })
        .filter(|c| {
            !exact.iter().any(|o| o.path == c.path && matches!(&o.test, Test::Exact(v) if v.len() > c.wanted_len()))
        })
        .cloned()
        .collect();
    specific.sort_by_key(|c| match c.path.as_str() {
        "source" => 0,
        "detail-type" => 1,
        _ => 2,
    });
    if !specific.is_empty() {
        for c in &mut specific {
            let away: Vec<&Leaves> = u.iter().filter(|e| !c.passes(e.get(&c.path))).collect();
            c.excludes = away.len();
            let mut values: Vec<Scalar> = away.iter().flat_map(|e| e.get(&c.path).iter().cloned()).collect();
            values.sort();
            values.dedup();
            c.turned_away = values;
        }
        offer(&mut out, vec![specific]);
    }
    if !out.is_empty() {
        return Ok(out);
    }
    // One branch cannot hold them: a branch per wanted event, each chosen
    // against every unwanted event.
    let mut branches: Vec<Vec<Condition>> = Vec::new();
    for (index, event) in w.iter().enumerate() {
        let one = std::slice::from_ref(event);
        let pool = conditions(one, &u, false);
        let Some(chosen) = choose(one, &u, &pool) else {
            // Not even every field of this wanted event turns some unwanted event away.
            let pattern = pattern_text(std::slice::from_ref(&pool));
            let unwanted_index = u
                .iter()
                .position(|e| pool.iter().all(|c| c.passes(e.get(&c.path))))
                .or_else(|| {
                    let compiled = crate::Pattern::parse(&pattern).ok()?;
                    let mut matcher = crate::EventMatcher::new(&compiled);
                    unwanted.iter().position(|t| matcher.matches(t).unwrap_or(false))
                })
                .unwrap_or(0);
            return Err(Inseparable::Same { wanted: index, unwanted: unwanted_index });
        };
        let text = pattern_text(std::slice::from_ref(&chosen));
        if !branches.iter().any(|b| pattern_text(std::slice::from_ref(b)) == text) {
            branches.push(chosen);
        }
    }
    offer(&mut out, branches);
    out.into_iter().next().map(|c| vec![c]).ok_or(Inseparable::Same { wanted: 0, unwanted: 0 })
}

#[cfg(test)]
mod tests;
