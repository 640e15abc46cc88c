//! The complexity score EventBridge gives a pattern's wildcards, counted the
//! way event-ruler's `MachineComplexityEvaluator` counts it.
//!
//! event-ruler adds each branch of a pattern (one per `$or` combination) to
//! one machine: a trie of field names in sorted order, and for each field a
//! byte automaton holding every value condition on it. The score is the most
//! wildcard patterns whose automaton positions can be live at once after
//! reading some bytes of a value, in any field's automaton. Because the score
//! is a property of that machine, not of the wildcards alone, this module
//! builds the same machine for the wildcards, the way event-ruler inserts
//! them:
//!
//! - a wildcard inserted again (listed twice, or re-added by another `$or`
//!   branch that reaches the same field first) walks the states already there
//!   only while no letter follows a `*`, then duplicates the rest, and every
//!   duplicate adds to the score;
//! - the wildcards of an `anything-but` list are one pattern;
//! - conditions of other kinds occupy the machine too (their field's next
//!   step is shared with the wildcards'), but hold no wildcard states; they
//!   are kept by identity so that branches share the next steps they would
//!   share in event-ruler;
//! - the fields after an `exists: false` in sorted order are not scored, as
//!   event-ruler's evaluator does not walk past one.
//!
//! This is Rulecraft's own model of that behaviour, written from event-ruler's
//! documented structure; `tests/differential.rs` checks it against scores
//! event-ruler computed.

use std::collections::{HashMap, HashSet, VecDeque};

use super::{AnythingBut, Matcher, Pattern};

/// The highest score AWS is recorded accepting (the AWS-recorded
/// conformance data); AWS refuses at [`super::wildcard::MAX_COMPLEXITY`] + 1.
pub const KNOWN_ACCEPTED: usize = 7;

/// Scores at or above this are reported as this (event-ruler caps its count the same way).
pub const SCORE_CAP: usize = 100;

/// Most sets of live states explored in one field before the pattern is
/// scored [`SCORE_CAP`] without finishing the count (keeps hostile patterns cheap).
const MAX_EXPLORED: usize = 50_000;

/// A byte of a value, or a wildcard's `*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Byte(u8),
    Star,
}

/// One transition target: a state, a match, or both (event-ruler's
/// `ByteState`, `ByteMatch` and `CompositeByteTransition`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Single {
    State(u32),
    Match(u32),
    Composite(u32),
}

/// A set of targets, sorted; empty when there is no transition.
type Targets = Vec<Single>;

struct ByteState {
    /// Targets for the bytes listed, sorted by byte.
    bytes: Vec<(u8, Targets)>,
    /// Targets for every byte not listed (a `*`'s loop).
    other: Targets,
    /// Whether more than one value can lead here (after a `*` or a case choice).
    indeterminate: bool,
}

/// One field's automaton within one step of the name trie.
struct ByteMachine {
    start: u32,
    /// Conditions that hold no wildcard states, by identity, with their next step.
    others: HashMap<String, u32>,
    has_suffix: bool,
}

/// One step of the name trie: the automata of the fields that can come next.
#[derive(Default)]
struct NameState {
    values: Vec<(String, u32)>,
    absent: Vec<(String, u32)>,
}

/// What a condition is to the machine.
enum Entry {
    /// A wildcard pattern (or an `anything-but` wildcard list): its values as tokens.
    Wildcards { key: String, values: Vec<Vec<Tok>> },
    /// `exists: false`, which event-ruler keeps apart from the value automata.
    Absent,
    /// Anything else, by identity.
    Other { key: String, suffix: bool },
}

#[derive(Default)]
struct Model {
    states: Vec<ByteState>,
    composites: Vec<(u32, u32)>,
    matches: Vec<(u32, u32)>,
    match_ids: HashMap<(u32, u32), u32>,
    /// Interned wildcard patterns.
    pattern_ids: HashMap<String, u32>,
    names: Vec<NameState>,
    machines: Vec<ByteMachine>,
}

/// The pattern's complexity score as event-ruler computes it, capped at
/// [`SCORE_CAP`], and the index of a field (into [`Pattern::fields`]) whose
/// wildcards reach that score (`None` when the pattern has no wildcard).
#[must_use]
pub fn score(pattern: &Pattern) -> (usize, Option<usize>) {
    let has_wildcards = pattern
        .fields
        .iter()
        .any(|f| f.conditions.iter().any(|c| super::wildcard::wildcards_of(&c.matcher).next().is_some()));
    if !has_wildcards {
        return (0, None);
    }
    let mut model = Model::default();
    let root = model.new_name();
    for branch in &pattern.branches {
        let mut fields: Vec<usize> = branch.clone();
        fields.sort_by(|&a, &b| utf16_order(&pattern.fields[a].path, &pattern.fields[b].path));
        let steps: Vec<(&str, Vec<Entry>)> = fields
            .iter()
            .map(|&f| {
                let field = &pattern.fields[f];
                (field.path.as_str(), field.conditions.iter().map(|c| entry(&c.matcher)).collect())
            })
            .collect();
        model.add_step(root, &steps, 0);
    }
    let mut memo = HashMap::new();
    let (score, path) = model.name_score(root, &mut memo);
    let field = path.and_then(|p| {
        pattern.fields.iter().position(|f| {
            f.path == p && f.conditions.iter().any(|c| super::wildcard::wildcards_of(&c.matcher).next().is_some())
        })
    });
    (score, field)
}

/// Java's order of strings: by UTF-16 code units.
fn utf16_order(a: &str, b: &str) -> std::cmp::Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

fn tokens(w: &super::Wildcard) -> Vec<Tok> {
    let mut toks = vec![Tok::Byte(b'"')];
    for (k, piece) in w.pieces.iter().enumerate() {
        if k > 0 {
            toks.push(Tok::Star);
        }
        toks.extend(piece.bytes().map(Tok::Byte));
    }
    toks.push(Tok::Byte(b'"'));
    toks
}

fn entry(matcher: &Matcher) -> Entry {
    match matcher {
        Matcher::Wildcard(w) => Entry::Wildcards { key: format!("w {}", w.text), values: vec![tokens(w)] },
        Matcher::AnythingBut(AnythingBut::Wildcards(ws)) => {
            let mut texts: Vec<&str> = ws.iter().map(|w| w.text.as_str()).collect();
            texts.sort_unstable();
            texts.dedup();
            Entry::Wildcards { key: format!("ab {texts:?}"), values: ws.iter().map(tokens).collect() }
        }
        Matcher::Exists(false) => Entry::Absent,
        Matcher::Suffix(_) | Matcher::SuffixIgnoreCase(_) | Matcher::AnythingBut(AnythingBut::Suffixes(_)) => {
            Entry::Other { key: format!("{matcher:?}"), suffix: true }
        }
        _ => Entry::Other { key: format!("{matcher:?}"), suffix: false },
    }
}

/// Whether event-ruler would see two case forms for the character starting at
/// `bytes[0]` (it reads one, two or three bytes, as its own decoder does).
fn has_case_forms(bytes: &[u8]) -> bool {
    let Some(&first) = bytes.first() else { return false };
    let len = match first {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        _ => 3,
    };
    let text = String::from_utf8_lossy(&bytes[..len.min(bytes.len())]);
    let Some(c) = text.chars().next() else { return false };
    // A character outside the Basic Multilingual Plane is two UTF-16 halves
    // to Java, each of which it writes as `?`: no case forms.
    if c.len_utf16() > 1 {
        return false;
    }
    let lower: String = c.to_lowercase().collect();
    let upper: String = c.to_uppercase().collect();
    lower != upper
}

impl Model {
    fn new_name(&mut self) -> u32 {
        self.names.push(NameState::default());
        (self.names.len() - 1) as u32
    }

    fn new_state(&mut self, indeterminate: bool) -> u32 {
        self.states.push(ByteState { bytes: Vec::new(), other: Vec::new(), indeterminate });
        (self.states.len() - 1) as u32
    }

    fn machine_for(&mut self, name: u32, key: &str) -> usize {
        if let Some(&(_, m)) = self.names[name as usize].values.iter().find(|(k, _)| k == key) {
            return m as usize;
        }
        let start = self.new_state(false);
        self.machines.push(ByteMachine { start, others: HashMap::new(), has_suffix: false });
        let m = self.machines.len() - 1;
        self.names[name as usize].values.push((key.to_owned(), m as u32));
        m
    }

    /// Adds the fields from `index` on below `name` (event-ruler's `addStep`).
    fn add_step(&mut self, name: u32, steps: &[(&str, Vec<Entry>)], index: usize) {
        let Some((key, entries)) = steps.get(index) else { return };
        let mut next_names: Vec<u32> = Vec::new();
        let mut last: Option<u32> = None;
        for entry in entries {
            let next = match entry {
                Entry::Absent => {
                    let existing = self.names[name as usize].absent.iter().find(|(k, _)| k == key).map(|e| e.1);
                    if let Some(n) = existing {
                        n
                    } else {
                        let n = last.unwrap_or_else(|| self.new_name());
                        self.names[name as usize].absent.push(((*key).to_owned(), n));
                        n
                    }
                }
                Entry::Other { key: identity, suffix } => {
                    let m = self.machine_for(name, key);
                    self.machines[m].has_suffix |= *suffix;
                    if let Some(&n) = self.machines[m].others.get(identity) {
                        n
                    } else {
                        let n = last.unwrap_or_else(|| self.new_name());
                        self.machines[m].others.insert(identity.clone(), n);
                        n
                    }
                }
                Entry::Wildcards { key: identity, values } => {
                    let m = self.machine_for(name, key);
                    let pattern = self.pattern_id(identity);
                    let mut result = last;
                    for value in values {
                        result = Some(self.add_value(m, value, pattern, result));
                    }
                    result.unwrap_or_else(|| self.new_name())
                }
            };
            last = Some(next);
            if !next_names.contains(&next) {
                next_names.push(next);
            }
        }
        for next in next_names {
            self.add_step(next, steps, index + 1);
        }
    }

    fn pattern_id(&mut self, identity: &str) -> u32 {
        let next = self.pattern_ids.len() as u32;
        *self.pattern_ids.entry(identity.to_owned()).or_insert(next)
    }

    fn match_id(&mut self, pattern: u32, name: u32) -> u32 {
        let next = self.matches.len() as u32;
        let id = *self.match_ids.entry((pattern, name)).or_insert(next);
        if id == next {
            self.matches.push((pattern, name));
        }
        id
    }

    fn next_state(&self, single: Single) -> Option<u32> {
        match single {
            Single::State(s) => Some(s),
            Single::Composite(c) => Some(self.composites[c as usize].0),
            Single::Match(_) => None,
        }
    }

    fn match_of(&self, single: Single) -> Option<u32> {
        match single {
            Single::Match(m) => Some(m),
            Single::Composite(c) => Some(self.composites[c as usize].1),
            Single::State(_) => None,
        }
    }

    /// The state a set of targets leads to: the first without an
    /// indeterminate prefix, else the first.
    fn targets_next_state(&self, targets: &[Single]) -> Option<u32> {
        let states: Vec<u32> = targets.iter().filter_map(|&t| self.next_state(t)).collect();
        states.iter().copied().find(|&s| !self.states[s as usize].indeterminate).or_else(|| states.first().copied())
    }

    fn all_bytes(&self, state: u32) -> Targets {
        let st = &self.states[state as usize];
        let mut common = if st.bytes.len() == 256 { st.bytes[0].1.clone() } else { st.other.clone() };
        for (_, targets) in &st.bytes {
            if common.is_empty() {
                break;
            }
            common.retain(|t| targets.contains(t));
        }
        common
    }

    fn on_byte(&self, state: u32, b: u8) -> &Targets {
        let st = &self.states[state as usize];
        match st.bytes.binary_search_by_key(&b, |e| e.0) {
            Ok(at) => &st.bytes[at].1,
            Err(_) => &st.other,
        }
    }

    /// The entry for byte `b`, made from the other bytes' targets if new.
    fn byte_entry(&mut self, state: u32, b: u8) -> &mut Targets {
        let st = &mut self.states[state as usize];
        let at = match st.bytes.binary_search_by_key(&b, |e| e.0) {
            Ok(at) => at,
            Err(at) => {
                st.bytes.insert(at, (b, st.other.clone()));
                at
            }
        };
        &mut st.bytes[at].1
    }

    fn transition(&self, state: u32, tok: Tok) -> Targets {
        match tok {
            Tok::Star => self.all_bytes(state),
            Tok::Byte(b) => self.on_byte(state, b).clone(),
        }
    }

    fn add_transition(&mut self, state: u32, tok: Tok, single: Single) {
        match tok {
            Tok::Star => {
                let st = &mut self.states[state as usize];
                insert(&mut st.other, single);
                for (_, targets) in &mut st.bytes {
                    insert(targets, single);
                }
            }
            Tok::Byte(b) => insert(self.byte_entry(state, b), single),
        }
    }

    fn remove_transition(&mut self, state: u32, tok: Tok, single: Single) {
        match tok {
            Tok::Star => {
                let st = &mut self.states[state as usize];
                st.other.retain(|&t| t != single);
                for (_, targets) in &mut st.bytes {
                    targets.retain(|&t| t != single);
                }
            }
            Tok::Byte(b) => self.byte_entry(state, b).retain(|&t| t != single),
        }
    }

    /// Adds one wildcard value to machine `m` (event-ruler's `addMatchValue`).
    fn add_value(&mut self, m: usize, toks: &[Tok], pattern: u32, candidate: Option<u32>) -> u32 {
        let len = toks.len();
        let mut state = self.machines[m].start;
        let mut prev = None;
        let mut i = 0;
        while i + 1 < len {
            let targets = self.transition(state, toks[i]);
            let reuse = targets
                .iter()
                .filter_map(|&t| self.next_state(t))
                .find(|&next| self.can_reuse(m, state, next, toks, i));
            let Some(next) = reuse else { break };
            prev = Some(state);
            state = next;
            i += 1;
        }
        self.add_end_of_match(state, prev, toks, i, pattern, candidate)
    }

    fn can_reuse(&self, m: usize, state: u32, next: u32, toks: &[Tok], i: usize) -> bool {
        if next == state {
            return false;
        }
        if !self.states[next as usize].indeterminate {
            return true;
        }
        !self.paths_converge(m, state, toks, i)
    }

    /// Whether two transitions out of `state`, one on the character at `i`,
    /// lead to a common state (event-ruler's `doMultipleTransitionsConvergeForInputByte`).
    fn paths_converge(&self, m: usize, state: u32, toks: &[Tok], i: usize) -> bool {
        let byte_at = |k: usize| match toks.get(k) {
            Some(Tok::Byte(b)) => Some(*b),
            _ => None,
        };
        let continuation = |k: usize| k < toks.len() && byte_at(k).is_some_and(|b| (0x80..=0xbf).contains(&b));
        let Some(byte) = byte_at(i) else { return false };
        let suffix_case = self.machines[m].has_suffix && continuation(i) && !(i > 0 && continuation(i - 1));
        let first_byte = !(0x80..=0xbf).contains(&byte);
        if !first_byte && !suffix_case {
            return false;
        }
        let any = self.all_bytes(state);
        if !any.is_empty() && any != [Single::State(state)] {
            return true;
        }
        let mut bytes = Vec::new();
        if first_byte {
            bytes.extend((i..toks.len()).map_while(byte_at).take(3));
        } else {
            // A suffix is stored reversed: read back to the character's first byte.
            for k in i..toks.len() {
                let Some(b) = byte_at(k) else { break };
                bytes.push(b);
                if !continuation(k) {
                    break;
                }
            }
            bytes.reverse();
        }
        has_case_forms(&bytes)
    }

    fn add_end_of_match(
        &mut self,
        mut state: u32,
        mut prev: Option<u32>,
        toks: &[Tok],
        from: usize,
        pattern: u32,
        candidate: Option<u32>,
    ) -> u32 {
        let name = candidate.unwrap_or_else(|| self.new_name());
        let len = toks.len();
        let mut j = from;
        while j + 1 < len {
            let targets = self.transition(state, toks[j]);
            if targets.is_empty() {
                break;
            }
            if let Some(next) = self.targets_next_state(&targets) {
                if self.states[next as usize].indeterminate {
                    break;
                }
                prev = Some(state);
                state = next;
            } else {
                // A match with no state after it: give it one.
                let fresh = self.new_state(self.states[state as usize].indeterminate);
                let single = targets[0];
                let replaced = match single {
                    Single::Match(mm) => {
                        self.composites.push((fresh, mm));
                        Single::Composite((self.composites.len() - 1) as u32)
                    }
                    _ => Single::State(fresh),
                };
                self.add_transition(state, toks[j], replaced);
                self.remove_transition(state, toks[j], single);
                prev = Some(state);
                state = fresh;
            }
            j += 1;
        }
        while j + 1 < len {
            let next = self.find_or_make_next(state, prev, toks, j);
            prev = Some(state);
            state = next;
            j += 1;
        }
        let last = toks[len - 1];
        let existing = self
            .transition(state, last)
            .iter()
            .filter_map(|&t| self.match_of(t))
            .find(|&mm| self.matches[mm as usize].0 == pattern);
        if let Some(mm) = existing {
            return self.matches[mm as usize].1;
        }
        let single = Single::Match(self.match_id(pattern, name));
        self.add_transition(state, last, single);
        if let Some(p) = prev
            && len >= 2
            && toks[len - 2] == Tok::Star
        {
            self.add_transition(p, last, single);
        }
        name
    }

    fn find_or_make_next(&mut self, state: u32, prev: Option<u32>, toks: &[Tok], j: usize) -> u32 {
        let targets = self.transition(state, toks[j]);
        if let Some(next) = self.targets_next_state(&targets)
            && !self.states[next as usize].indeterminate
        {
            return next;
        }
        let fresh = self.new_state(self.states[state as usize].indeterminate);
        if toks[j] == Tok::Star {
            self.add_transition(fresh, Tok::Star, Single::State(fresh));
            self.states[fresh as usize].indeterminate = true;
            self.add_transition(state, Tok::Star, Single::State(fresh));
        } else {
            self.add_transition(state, toks[j], Single::State(fresh));
            if let Some(p) = prev
                && j > 0
                && toks[j - 1] == Tok::Star
            {
                self.add_transition(p, toks[j], Single::State(fresh));
            }
        }
        fresh
    }

    /// The score of a name step: the highest of its fields' automata, and the
    /// path of the field where it is reached.
    fn name_score(&self, name: u32, memo: &mut HashMap<u32, (usize, Option<String>)>) -> (usize, Option<String>) {
        if let Some(known) = memo.get(&name) {
            return known.clone();
        }
        let mut best: (usize, Option<String>) = (0, None);
        for (key, m) in &self.names[name as usize].values {
            let (score, below) = self.machine_score(*m as usize, memo);
            if score > best.0 {
                best = (score, Some(below.unwrap_or_else(|| key.clone())));
            }
            if best.0 >= SCORE_CAP {
                break;
            }
        }
        memo.insert(name, best.clone());
        best
    }

    /// The distinct values of a set of states' transitions, byte by byte.
    fn transitions_of(&self, states: &[u32]) -> Vec<Targets> {
        let mut listed: Vec<u8> =
            states.iter().flat_map(|&s| self.states[s as usize].bytes.iter().map(|e| e.0)).collect();
        listed.sort_unstable();
        listed.dedup();
        let mut out: Vec<Targets> = Vec::new();
        let mut add = |union: Targets| {
            if !union.is_empty() && !out.contains(&union) {
                out.push(union);
            }
        };
        for &b in &listed {
            let mut union: Targets = Vec::new();
            for &s in states {
                for &t in self.on_byte(s, b) {
                    insert(&mut union, t);
                }
            }
            add(union);
        }
        if listed.len() < 256 {
            let mut union: Targets = Vec::new();
            for &s in states {
                for &t in &self.states[s as usize].other {
                    insert(&mut union, t);
                }
            }
            add(union);
        }
        out
    }

    /// Every target out of a state.
    fn successors(&self, state: u32) -> impl Iterator<Item = Single> + '_ {
        let st = &self.states[state as usize];
        st.bytes.iter().flat_map(|e| e.1.iter()).chain(&st.other).copied()
    }

    /// One automaton's score (event-ruler's `MachineComplexityEvaluator.evaluate`),
    /// and the best score of the name steps its matches lead to.
    fn machine_score(&self, m: usize, memo: &mut HashMap<u32, (usize, Option<String>)>) -> (usize, Option<String>) {
        let start = self.machines[m].start;
        let reach = self.reachable_patterns(start);
        let count = |t: &Single| reach.get(t).map_or(0, Vec::len);
        let mut visited: HashSet<Targets> = HashSet::new();
        visited.insert(vec![Single::State(start)]);
        let mut queue: VecDeque<Targets> = self.transitions_of(&[start]).into();
        let mut best = 0;
        while let Some(targets) = queue.pop_front() {
            if !visited.insert(targets.clone()) {
                continue;
            }
            if visited.len() > MAX_EXPLORED {
                return (SCORE_CAP, None);
            }
            let mut size = 0;
            for t in &targets {
                size += count(t);
                if let Some(next) = self.next_state(*t) {
                    size += self.all_bytes(next).iter().filter(|u| !targets.contains(u)).map(count).sum::<usize>();
                }
            }
            if size >= SCORE_CAP {
                return (SCORE_CAP, None);
            }
            best = best.max(size);
            let mut next_states: Vec<u32> = Vec::new();
            for t in &targets {
                if let Some(s) = self.next_state(*t)
                    && !next_states.contains(&s)
                {
                    next_states.push(s);
                }
            }
            if !next_states.is_empty() {
                queue.extend(self.transitions_of(&next_states));
            }
        }
        let mut below: (usize, Option<String>) = (0, None);
        let mut names: Vec<u32> = self.reachable_matches(start).iter().map(|&mm| self.matches[mm as usize].1).collect();
        names.extend(self.machines[m].others.values().copied());
        names.sort_unstable();
        names.dedup();
        for name in names {
            let found = self.name_score(name, memo);
            if found.0 > below.0 {
                below = found;
            }
        }
        if below.0 > best { below } else { (best, None) }
    }

    /// Every target reachable from the machine's start, with the wildcard
    /// patterns whose matches can be reached from it.
    fn reachable_patterns(&self, start: u32) -> HashMap<Single, Vec<u32>> {
        let mut result: HashMap<Single, Vec<u32>> = HashMap::new();
        let mut order: Vec<Single> = Vec::new();
        let mut seen: HashSet<Single> = HashSet::new();
        // Depth-first, children before parents; the automaton's only cycles are
        // a wildcard state's loop to itself.
        let mut stack: Vec<(Single, bool)> = vec![(Single::State(start), false)];
        while let Some((t, done)) = stack.pop() {
            if done {
                order.push(t);
                continue;
            }
            if !seen.insert(t) {
                continue;
            }
            stack.push((t, true));
            if let Some(s) = self.next_state(t) {
                for u in self.successors(s) {
                    if !seen.contains(&u) {
                        stack.push((u, false));
                    }
                }
            }
        }
        for t in order {
            let mut patterns: Vec<u32> = Vec::new();
            if let Some(mm) = self.match_of(t) {
                patterns.push(self.matches[mm as usize].0);
            }
            if let Some(s) = self.next_state(t) {
                let mut children: Vec<Single> = self.successors(s).collect();
                children.sort_unstable();
                children.dedup();
                for u in children {
                    if u != t
                        && let Some(found) = result.get(&u)
                    {
                        patterns.extend(found);
                    }
                }
            }
            patterns.sort_unstable();
            patterns.dedup();
            result.insert(t, patterns);
        }
        result
    }

    fn reachable_matches(&self, start: u32) -> Vec<u32> {
        let mut out = Vec::new();
        let mut seen: HashSet<u32> = HashSet::new();
        let mut stack = vec![start];
        seen.insert(start);
        while let Some(s) = stack.pop() {
            for t in self.successors(s) {
                if let Some(mm) = self.match_of(t)
                    && !out.contains(&mm)
                {
                    out.push(mm);
                }
                if let Some(n) = self.next_state(t)
                    && seen.insert(n)
                {
                    stack.push(n);
                }
            }
        }
        out
    }
}

fn insert(targets: &mut Targets, single: Single) {
    if let Err(at) = targets.binary_search(&single) {
        targets.insert(at, single);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score_of(text: &str) -> usize {
        match super::super::compile::compile_unchecked(text) {
            Ok(p) => score(&p).0,
            Err(e) => panic!("{text}: {e}"),
        }
    }

    #[test]
    fn scores_follow_event_ruler() {
        // Facts from the differential data's README and event-ruler's own tests.
        assert_eq!(score_of(r#"{"detail":{"a":[{"wildcard":"*a*a*a"}]}}"#), 6);
        assert_eq!(score_of(r#"{"detail":{"a":[{"wildcard":"*a*a*a"},{"wildcard":"*a*a*a"}]}}"#), 11);
        assert_eq!(score_of(r#"{"a":[{"anything-but":{"wildcard":["*a*","*b*","*c*","*d*"]}}]}"#), 6);
        assert_eq!(score_of(r#"{"a":[{"wildcard":"a*b"}]}"#), 2);
        assert_eq!(score_of(r#"{"a":[{"wildcard":"*aa"}]}"#), 3);
        assert_eq!(score_of(r#"{"a":[{"wildcard":"*ab*b*b*"}]}"#), 7);
        assert_eq!(score_of(r#"{"a":[{"wildcard":"*:*:*:*:*:event-bus/*"}]}"#), 11);
        assert_eq!(score_of(r#"{"a":["x"]}"#), 0);
    }
}
