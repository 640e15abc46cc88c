//! Pattern text to [`Pattern`], reading tokens in order.
//!
//! EventBridge's rule compiler validates while it streams through the JSON, so
//! the first problem in document order wins, whether it is a syntax error or a
//! pattern rule; anything after the closing brace of the pattern is not read.
//! This compiler reads the same way, one token at a time.

#[cfg(test)]
use super::error::PatternErrorKind;
use super::error::{PatternError, PatternErrorKind as Kind};
use super::number::{self, NotComparable, Number};
use super::{
    AnythingBut, Bound, Condition, FieldRule, IgnoreCase, IpRange, Literal, Matcher, NumericRange, Pattern, Wildcard,
};
use crate::json::{Span, Token, TokenKind, Tokenizer};

pub use super::error::MAX_COMBINATIONS;

/// Field names that may not be used inside `$or`: operator names, including
/// some EventBridge reserves without offering them.
const RESERVED_IN_OR: [&str; 24] = [
    "exactly",
    "equals-ignore-case",
    "prefix",
    "suffix",
    "anything-but",
    "exists",
    "wildcard",
    "numeric",
    "cidr",
    "=",
    "<",
    "<=",
    ">",
    ">=",
    "regex",
    "not-wildcard",
    "not-equals-ignore-case",
    "date-after",
    "date-on-or-after",
    "date-before",
    "date-on-or-before",
    "in-date-range",
    "ip-address-in-range",
    "ip-address-not-in-range",
];

type Result<T> = std::result::Result<T, PatternError>;

struct Compiler<'a> {
    tokens: Tokenizer<'a>,
    fields: Vec<FieldRule>,
    paths: Vec<String>,
    /// Set when `$or` expansion passed [`MAX_COMBINATIONS`]; reported after the
    /// whole pattern has been read, as AWS checks it after compiling.
    too_many_combinations: Option<Span>,
}

/// The branches being built: each is a list of indices into `fields`.
type Branches = Vec<Vec<usize>>;

pub(super) fn compile(text: &str) -> Result<Pattern> {
    let pattern = compile_unchecked(text)?;
    if pattern.complexity > super::wildcard::MAX_COMPLEXITY {
        let field = pattern.complexity_field.and_then(|f| pattern.fields.get(f));
        let span = field
            .and_then(|f| {
                f.conditions.iter().find(|c| super::wildcard::wildcards_of(&c.matcher).next().is_some()).map(|c| c.span)
            })
            .unwrap_or_else(|| Span::new(0, text.len()));
        return Err(PatternError::new(Kind::TooComplex, span));
    }
    Ok(pattern)
}

/// Compiles without refusing a pattern as too complex (its score is kept in
/// the pattern).
pub(super) fn compile_unchecked(text: &str) -> Result<Pattern> {
    let mut c =
        Compiler { tokens: Tokenizer::new(text), fields: Vec::new(), paths: Vec::new(), too_many_combinations: None };
    let first = match c.tokens.next_token() {
        Ok(Some(t)) => t,
        Ok(None) | Err(crate::json::JsonError { kind: crate::json::JsonErrorKind::Empty, .. }) => {
            return Err(PatternError::new(Kind::NotAnObject, Span::new(0, text.len())));
        }
        Err(e) => return Err(e.into()),
    };
    if first.kind != TokenKind::ObjectStart {
        return Err(PatternError::new(Kind::NotAnObject, first.span));
    }
    let mut branches: Branches = Vec::new();
    let mut path = String::new();
    c.object(&mut branches, &mut path, first, false)?;
    if let Some(span) = c.too_many_combinations {
        return Err(PatternError::new(Kind::TooManyCombinations, span));
    }
    // EventBridge walks a branch's fields in path order (Java's order of
    // strings, by UTF-16 code units); keep them so.
    for branch in &mut branches {
        branch.sort_by(|&a, &b| c.fields[a].path.encode_utf16().cmp(c.fields[b].path.encode_utf16()));
    }
    let mut pattern = Pattern { fields: c.fields, branches, paths: c.paths, complexity: 0, complexity_field: None };
    (pattern.complexity, pattern.complexity_field) = super::complexity::score(&pattern);
    Ok(pattern)
}

fn extend_path(path: &str, name: &str) -> String {
    if path.is_empty() { name.to_owned() } else { format!("{path}.{name}") }
}

impl Compiler<'_> {
    fn next(&mut self) -> Result<Token> {
        // The root object is still open whenever the compiler asks.
        self.tokens.next_token()?.ok_or_else(|| {
            let end = self.tokens.text().len();
            PatternError::new(Kind::Json(crate::json::JsonErrorKind::EndInValue), Span::new(end, end))
        })
    }

    fn string(&self, token: &Token) -> String {
        self.tokens.string_value(token).into_owned()
    }

    fn raw(&self, token: &Token) -> String {
        self.tokens.raw(token).to_owned()
    }

    fn fail<T>(kind: Kind, span: Span) -> Result<T> {
        Err(PatternError::new(kind, span))
    }

    /// Reads an object's members after its `{`, adding its fields to `branches`.
    fn object(&mut self, branches: &mut Branches, path: &mut String, open: Token, in_or: bool) -> Result<()> {
        let mut any = false;
        loop {
            let key = self.next()?;
            if key.kind == TokenKind::ObjectEnd {
                if !any {
                    return Self::fail(Kind::EmptyObject, open.span.to(key.span));
                }
                return Ok(());
            }
            any = true;
            let name = self.string(&key);
            if name == "$or" {
                self.or(branches, path, &key)?;
                continue;
            }
            if in_or && RESERVED_IN_OR.contains(&name.as_str()) {
                return Self::fail(Kind::ReservedInOr { field: name }, key.span);
            }
            let value = self.next()?;
            match value.kind {
                TokenKind::ObjectStart => {
                    let saved = path.len();
                    *path = extend_path(path, &name);
                    self.object(branches, path, value, in_or)?;
                    path.truncate(saved);
                }
                TokenKind::ArrayStart => {
                    let full = extend_path(path, &name);
                    self.field(branches, full, key.span, value)?;
                }
                _ => return Self::fail(Kind::NotObjectOrArray { field: name }, value.span),
            }
        }
    }

    /// Reads a `$or` array: each object in it forks every branch so far.
    fn or(&mut self, branches: &mut Branches, path: &mut String, key: &Token) -> Result<()> {
        let before = std::mem::take(branches);
        let open = self.next()?;
        if open.kind != TokenKind::ArrayStart {
            return Self::fail(Kind::OrNotArray, open.span);
        }
        let mut count = 0;
        loop {
            let item = self.next()?;
            if item.kind == TokenKind::ArrayEnd {
                if count < 2 {
                    return Self::fail(Kind::OrTooFew, open.span.to(item.span));
                }
                return Ok(());
            }
            count += 1;
            if item.kind != TokenKind::ObjectStart {
                return Self::fail(Kind::OrNotObject, item.span);
            }
            let mut forked = before.clone();
            if forked.is_empty() {
                forked.push(Vec::new());
            }
            self.object(&mut forked, path, item, true)?;
            if branches.len() + forked.len() > MAX_COMBINATIONS {
                self.too_many_combinations.get_or_insert(key.span);
                // Keep reading for earlier-reported errors, without growing.
                continue;
            }
            branches.extend(forked);
        }
    }

    /// Reads a field's condition list after its `[` and sets it in every branch
    /// (a later field with the same path replaces an earlier one).
    fn field(&mut self, branches: &mut Branches, path: String, key_span: Span, open: Token) -> Result<()> {
        let mut conditions = Vec::new();
        loop {
            let token = self.next()?;
            let matcher = match token.kind {
                TokenKind::ArrayEnd => {
                    if conditions.is_empty() {
                        return Self::fail(Kind::EmptyArray, open.span.to(token.span));
                    }
                    let span = open.span.to(token.span);
                    self.add_field(branches, path, key_span, span, conditions);
                    return Ok(());
                }
                TokenKind::ObjectStart => self.operator(token)?,
                TokenKind::String => {
                    let text = self.string(&token);
                    let ip = IpRange::from_address(&text);
                    Matcher::Equals(Literal::String { text, ip })
                }
                TokenKind::Number => Matcher::Equals(Literal::Number(Number::new(self.tokens.raw(&token)))),
                TokenKind::True => Matcher::Equals(Literal::Bool(true)),
                TokenKind::False => Matcher::Equals(Literal::Bool(false)),
                TokenKind::Null => Matcher::Equals(Literal::Null),
                TokenKind::ArrayStart | TokenKind::ObjectEnd | TokenKind::Key => {
                    return Self::fail(Kind::BadMatchValue, token.span);
                }
            };
            let span = Span::new(token.span.start, self.tokens.position());
            conditions.push(Condition { span, matcher });
        }
    }

    fn add_field(
        &mut self,
        branches: &mut Branches,
        path: String,
        key_span: Span,
        span: Span,
        mut conditions: Vec<Condition>,
    ) {
        mark_after_leading_star(&mut conditions);
        let path_id = self.paths.iter().position(|p| *p == path).unwrap_or_else(|| {
            self.paths.push(path.clone());
            self.paths.len() - 1
        });
        let index = self.fields.len();
        self.fields.push(FieldRule { path, path_id, key_span, span, conditions });
        if branches.is_empty() {
            branches.push(Vec::new());
        }
        for branch in branches.iter_mut() {
            let existing = branch.iter().position(|&f| self.fields.get(f).is_some_and(|r| r.path_id == path_id));
            match existing {
                Some(at) => branch[at] = index,
                None => branch.push(index),
            }
        }
    }

    /// Reads an operator object after its `{`: `{"prefix": "a"}` and the like.
    fn operator(&mut self, open: Token) -> Result<Matcher> {
        let key = self.next()?;
        if key.kind != TokenKind::Key {
            return Self::fail(Kind::MatchNameMissing, key.span);
        }
        let name = self.string(&key);
        let matcher = match name.as_str() {
            "exactly" => Matcher::Equals(Literal::String { text: self.string_operand("exact")?, ip: None }),
            "prefix" | "suffix" => return self.prefix_or_suffix(name == "prefix"),
            "equals-ignore-case" => {
                Matcher::EqualsIgnoreCase(IgnoreCase::new(&self.string_operand("equals-ignore-case")?))
            }
            "wildcard" => {
                let value = self.next()?;
                if value.kind != TokenKind::String {
                    return Self::fail(Kind::MustBeString { operator: "wildcard" }, value.span);
                }
                let text = self.string(&value);
                Matcher::Wildcard(Wildcard::parse(&text).map_err(|k| PatternError::new(k, value.span))?)
            }
            "cidr" => {
                let value = self.next()?;
                if value.kind != TokenKind::String {
                    return Self::fail(Kind::MustBeString { operator: "prefix" }, value.span);
                }
                let text = self.string(&value);
                Matcher::Cidr(IpRange::from_cidr(&text).map_err(|k| PatternError::new(k, value.span))?)
            }
            "exists" => {
                let value = self.next()?;
                match value.kind {
                    TokenKind::True => Matcher::Exists(true),
                    TokenKind::False => Matcher::Exists(false),
                    _ => return Self::fail(Kind::ExistsNotBoolean, value.span),
                }
            }
            "numeric" => {
                let value = self.next()?;
                if value.kind != TokenKind::ArrayStart {
                    return Self::fail(Kind::NumericNotArray, value.span);
                }
                let range = self.numeric()?;
                let end = self.next()?;
                if end.kind != TokenKind::ObjectEnd {
                    return Self::fail(Kind::TooManyNumericElements, end.span);
                }
                return Ok(range);
            }
            "anything-but" => return self.anything_but(),
            _ => return Self::fail(Kind::UnknownMatchType { name }, key.span),
        };
        self.close_operator(open)?;
        Ok(matcher)
    }

    /// Reads the string operand of a simple operator.
    fn string_operand(&mut self, operator: &'static str) -> Result<String> {
        let value = self.next()?;
        if value.kind != TokenKind::String {
            return Self::fail(Kind::MustBeString { operator }, value.span);
        }
        Ok(self.string(&value))
    }

    /// Expects the `}` that ends an operator object.
    fn close_operator(&mut self, _open: Token) -> Result<()> {
        let end = self.next()?;
        if end.kind != TokenKind::ObjectEnd {
            return Self::fail(Kind::OneKeyOnly, end.span);
        }
        Ok(())
    }

    fn prefix_or_suffix(&mut self, prefix: bool) -> Result<Matcher> {
        let operator = if prefix { "prefix" } else { "suffix" };
        let value = self.next()?;
        if value.kind == TokenKind::ObjectStart {
            let inner = self.next()?;
            if inner.kind != TokenKind::Key {
                let kind = if prefix { Kind::PrefixNameMissing } else { Kind::SuffixNameMissing };
                return Self::fail(kind, inner.span);
            }
            let name = self.string(&inner);
            if name != "equals-ignore-case" {
                let kind = if prefix {
                    Kind::UnsupportedPrefix { operator: name }
                } else {
                    Kind::UnsupportedSuffix { operator: name }
                };
                return Self::fail(kind, inner.span);
            }
            let text = self.string_operand("equals-ignore-case")?;
            self.close_operator(value)?;
            self.close_operator(value)?;
            let text = IgnoreCase::new(&text);
            return Ok(if prefix { Matcher::PrefixIgnoreCase(text) } else { Matcher::SuffixIgnoreCase(text) });
        }
        if value.kind != TokenKind::String {
            return Self::fail(Kind::MustBeString { operator }, value.span);
        }
        let text = self.string(&value);
        self.close_operator(value)?;
        Ok(if prefix { Matcher::Prefix(text) } else { Matcher::Suffix(text) })
    }

    /// The comparable value of a number token in a `numeric` or `anything-but`.
    fn comparable(&self, token: &Token) -> Result<i64> {
        let text = self.tokens.raw(token);
        number::scaled_value(text).map_err(|why| {
            let kind = match why {
                NotComparable::OutOfRange => Kind::OutOfRange,
                NotComparable::TooPrecise => Kind::TooPrecise,
            };
            PatternError::new(kind, token.span)
        })
    }

    /// Reads a `numeric` array after its `[`, through its `]`.
    fn numeric(&mut self) -> Result<Matcher> {
        let op = self.next()?;
        if op.kind != TokenKind::String {
            return Self::fail(Kind::NumericMemberNotString { text: self.raw(&op) }, op.span);
        }
        let operator = self.string(&op);
        let (name, lower_inclusive) = match operator.as_str() {
            "=" => ("equals", None),
            ">=" => (">=", Some(true)),
            ">" => (">", Some(false)),
            "<=" => ("<=", None),
            "<" => ("<", None),
            _ => return Self::fail(Kind::UnknownNumericOperator { operator }, op.span),
        };
        let value = self.next()?;
        if value.kind != TokenKind::Number {
            return Self::fail(Kind::NumericValueNotNumber { operator: name.to_owned() }, value.span);
        }
        let scaled = self.comparable(&value)?;
        let bound = |inclusive| Some(Bound { scaled, inclusive });
        let Some(lower_inclusive) = lower_inclusive else {
            let end = self.next()?;
            if end.kind != TokenKind::ArrayEnd {
                return Self::fail(Kind::TooManyNumericElements, end.span);
            }
            let range = match operator.as_str() {
                "=" => NumericRange { lower: bound(true), upper: bound(true) },
                "<=" => NumericRange { lower: None, upper: bound(true) },
                _ => NumericRange { lower: None, upper: bound(false) },
            };
            return Ok(Matcher::Numeric(range));
        };
        let lower = bound(lower_inclusive);
        let next = self.next()?;
        if next.kind == TokenKind::ArrayEnd {
            return Ok(Matcher::Numeric(NumericRange { lower, upper: None }));
        }
        if next.kind != TokenKind::String {
            return Self::fail(Kind::BadRangeValue { text: self.raw(&next) }, next.span);
        }
        let top_operator = self.string(&next);
        let upper_inclusive = match top_operator.as_str() {
            "<" => false,
            "<=" => true,
            _ => return Self::fail(Kind::BadRangeOperator { operator: top_operator }, next.span),
        };
        let top = self.next()?;
        if top.kind != TokenKind::Number {
            return Self::fail(Kind::NumericValueNotNumber { operator: top_operator }, top.span);
        }
        let top_scaled = self.comparable(&top)?;
        let end = self.next()?;
        if end.kind != TokenKind::ArrayEnd {
            return Self::fail(Kind::TooManyRangeTerms, end.span);
        }
        if scaled >= top_scaled {
            return Self::fail(Kind::EmptyRange, value.span.to(top.span));
        }
        Ok(Matcher::Numeric(NumericRange {
            lower,
            upper: Some(Bound { scaled: top_scaled, inclusive: upper_inclusive }),
        }))
    }

    /// Reads the value of `anything-but` through the `}` of its operator object.
    fn anything_but(&mut self) -> Result<Matcher> {
        #[derive(Clone, Copy, PartialEq)]
        enum Flavour {
            Plain,
            IgnoreCase,
            Prefix,
            Suffix,
            Wildcard,
        }
        let mut flavour = Flavour::Plain;
        let mut value = self.next()?;
        if value.kind == TokenKind::ObjectStart {
            let inner = self.next()?;
            if inner.kind != TokenKind::Key {
                return Self::fail(Kind::AnythingButNameMissing, inner.span);
            }
            let name = self.string(&inner);
            flavour = match name.as_str() {
                "equals-ignore-case" => Flavour::IgnoreCase,
                "prefix" => Flavour::Prefix,
                "suffix" => Flavour::Suffix,
                "wildcard" => Flavour::Wildcard,
                _ => return Self::fail(Kind::UnsupportedAnythingBut { operator: name }, inner.span),
            };
            value = self.next()?;
        }
        if !matches!(value.kind, TokenKind::ArrayStart | TokenKind::String | TokenKind::Number) {
            return Self::fail(Kind::AnythingButValue, value.span);
        }
        let matcher = if flavour == Flavour::Plain {
            self.plain_anything_but(value)?
        } else {
            let mut texts = Vec::new();
            let many = value.kind == TokenKind::ArrayStart;
            let mut item = if many { self.next()? } else { value };
            while item.kind != TokenKind::ArrayEnd {
                if item.kind != TokenKind::String {
                    let kind = match flavour {
                        Flavour::IgnoreCase => Kind::AnythingButIgnoreCaseType,
                        Flavour::Wildcard => Kind::MustBeString { operator: "wildcard" },
                        _ => Kind::AnythingButPrefixSuffixType,
                    };
                    return Self::fail(kind, item.span);
                }
                let text = self.string(&item);
                if text.is_empty() && matches!(flavour, Flavour::Prefix | Flavour::Suffix) {
                    return Self::fail(Kind::NullPrefixSuffix, item.span);
                }
                texts.push((text, item.span));
                if !many {
                    break;
                }
                item = self.next()?;
            }
            dedup(&mut texts);
            match flavour {
                Flavour::IgnoreCase => AnythingBut::IgnoreCase(texts.iter().map(|t| IgnoreCase::new(&t.0)).collect()),
                Flavour::Prefix => AnythingBut::Prefixes(texts.into_iter().map(|t| t.0).collect()),
                Flavour::Suffix => AnythingBut::Suffixes(texts.into_iter().map(|t| t.0).collect()),
                _ => {
                    let mut wildcards = Vec::new();
                    for (text, span) in texts {
                        wildcards.push(Wildcard::parse(&text).map_err(|k| PatternError::new(k, span))?);
                    }
                    AnythingBut::Wildcards(wildcards)
                }
            }
        };
        let end = self.next()?;
        if end.kind != TokenKind::ObjectEnd {
            return Self::fail(Kind::TooManyNumericElements, end.span);
        }
        if flavour != Flavour::Plain {
            let end = self.next()?;
            if end.kind != TokenKind::ObjectEnd {
                return Self::fail(Kind::TooManyNumericElements, end.span);
            }
        }
        Ok(Matcher::AnythingBut(matcher))
    }

    /// `anything-but` with a string, a number, or a list of either.
    fn plain_anything_but(&mut self, value: Token) -> Result<AnythingBut> {
        match value.kind {
            TokenKind::String => return Ok(AnythingBut::Strings(vec![self.string(&value)])),
            TokenKind::Number => {
                self.comparable(&value)?;
                return Ok(AnythingBut::Numbers(vec![Number::new(self.tokens.raw(&value))]));
            }
            _ => {}
        }
        let mut strings = Vec::new();
        let mut numbers = Vec::new();
        loop {
            let item = self.next()?;
            match item.kind {
                TokenKind::ArrayEnd => break,
                TokenKind::String => strings.push(self.string(&item)),
                TokenKind::Number => {
                    self.comparable(&item)?;
                    numbers.push(Number::new(self.tokens.raw(&item)));
                }
                _ => return Self::fail(Kind::AnythingButListType, item.span),
            }
        }
        match (strings.is_empty(), numbers.is_empty()) {
            (false, true) => {
                strings.sort();
                strings.dedup();
                Ok(AnythingBut::Strings(strings))
            }
            (true, false) => Ok(AnythingBut::Numbers(numbers)),
            _ => Self::fail(
                Kind::AnythingButMixed,
                value.span.to(Span::new(self.tokens.position(), self.tokens.position())),
            ),
        }
    }
}

/// Marks the case-insensitive texts that event-ruler builds on the looping
/// state of an earlier wildcard starting with `*` on the same field (see
/// [`IgnoreCase::after_leading_star`]).
fn mark_after_leading_star(conditions: &mut [Condition]) {
    let mut star = false;
    for condition in conditions {
        let texts: &mut [IgnoreCase] = match &mut condition.matcher {
            Matcher::EqualsIgnoreCase(t) | Matcher::PrefixIgnoreCase(t) => std::slice::from_mut(t),
            Matcher::AnythingBut(AnythingBut::IgnoreCase(ts)) => ts,
            other => {
                star |= super::wildcard::wildcards_of(other).any(|w| w.pieces.len() > 1 && w.pieces[0].is_empty());
                &mut []
            }
        };
        if star {
            for text in texts {
                text.after_leading_star = text.follows_leading_star();
            }
        }
    }
}

fn dedup(texts: &mut Vec<(String, Span)>) {
    let mut seen = std::collections::HashSet::new();
    texts.retain(|(t, _)| seen.insert(t.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn or_of(key: &str, n: usize) -> String {
        let items: Vec<String> = (0..n).map(|i| format!("{{\"{key}\": [{i}]}}")).collect();
        format!("{{\"$or\": [{}]}}", items.join(", "))
    }

    #[test]
    fn or_expands_into_branches_and_later_fields_win() {
        let Ok(p) = Pattern::parse(r#"{"a": [1], "$or": [{"b": [2]}, {"c": [3], "a": [4]}], "d": [5]}"#) else {
            panic!()
        };
        let branches: Vec<Vec<&str>> =
            (0..p.branches.len()).map(|b| p.branch_fields(b).map(|f| f.path.as_str()).collect()).collect();
        assert_eq!(branches, [vec!["a", "b", "d"], vec!["a", "c", "d"]]);
        let second_a = p
            .branch_fields(1)
            .next()
            .map(|f| f.conditions[0].span.slice(r#"{"a": [1], "$or": [{"b": [2]}, {"c": [3], "a": [4]}], "d": [5]}"#));
        assert_eq!(second_a, Some("4"));
    }

    #[test]
    fn too_many_combinations_is_reported_after_reading_everything() {
        let text = format!(
            "{{\"a\": {}, \"b\": {}, \"c\": {}, \"d\": {}}}",
            or_of("w", 6),
            or_of("x", 6),
            or_of("y", 6),
            or_of("z", 6)
        );
        let Err(e) = Pattern::parse(&text) else { panic!("6^4 branches") };
        assert_eq!(e.kind, PatternErrorKind::TooManyCombinations);
        // An earlier-reported error in the text still wins.
        let broken = format!("{} x", &text[..text.len() - 1]);
        assert!(matches!(Pattern::parse(&broken), Err(PatternError { kind: PatternErrorKind::Json(_), .. })));
        let fine = format!("{{\"a\": {}, \"b\": {}}}", or_of("w", 30), or_of("x", 30));
        assert_eq!(Pattern::parse(&fine).map(|p| p.branches.len()), Ok(900));
    }
}
