//! Terraform files: `aws_cloudwatch_event_rule` with the
//! `aws_cloudwatch_event_target`s that name it (in the same file, or in
//! another file of its folder: see [`attach_across_files`]),
//! `aws_scheduler_schedule` and `aws_pipes_pipe` filter criteria.
//!
//! Terraform is not run: only `jsonencode(...)` and same-file `locals` are
//! evaluated. Anything else a deployment decides (variables, references to
//! other resources, data sources, other function calls) is kept as its
//! source text inside `${...}` (`"${var.x}"`, `"${aws_sqs_queue.q.arn}"`),
//! and interpolations inside strings and heredocs stay as written
//! (`"${var.prefix}.orders"`), so such a value is unresolved exactly where a
//! placeholder is. Modules (such as `terraform-aws-modules/eventbridge`) are
//! not read.

use super::{FileRules, Format, FoundRule, FoundTarget, Kind, Status, Value};
use hcl_edit::Span as _;
use hcl_edit::expr::{Expression, FuncCall, ObjectKey, Traversal, TraversalOperator};
use hcl_edit::structure::{Block, Body};
use hcl_edit::template::{Element, Template};
use hcl_edit::visit::{Visit, visit_traversal};
use std::cell::{Cell, RefCell};
use std::path::Path;

/// The resource type of a rule, also the root of references to one.
const RULE: &str = "aws_cloudwatch_event_rule";

/// How many locals may be looked up through one another (a guard against
/// cycles such as `a = local.b`, `b = local.a`).
const MAX_LOCAL_DEPTH: usize = 8;

/// How many local look-ups one file may make in all (a guard against locals
/// that double in size at each level).
const LOCAL_BUDGET: usize = 10_000;

/// Reads the rules of a Terraform file. A file that does not parse gives
/// no rules and one problem at the parser's line and column.
///
/// Blanks after a heredoc's closing marker (`POLICY  `), which Terraform
/// accepts and python-hcl2 does not, need no special care: hcl-edit reads
/// them as blanks before the line's end (see the unit tests).
///
/// Every event target of the file comes back too, with the rules it names,
/// so that [`attach_across_files`] can give them to rules of the module's
/// other files.
pub(super) fn read(file: &Path, text: &str) -> (FileRules, Vec<NamedTarget>) {
    match hcl_edit::parser::parse_body(text) {
        Ok(body) => rules_of(file, text, &body),
        Err(error) => {
            let at = error.location();
            let message = format!("not valid HCL: {}", error.message());
            (FileRules::unreadable(file, Some(Format::Terraform), Some((at.line(), at.column())), message), Vec::new())
        }
    }
}

/// The rules of a parsed file: rules, schedules and pipes in the file's
/// order, then each event target attached to the rules it names; and the
/// event targets.
fn rules_of(file: &Path, text: &str, body: &Body) -> (FileRules, Vec<NamedTarget>) {
    let reader = Reader::new(text, body);
    let mut rules = Vec::new();
    let mut targets = Vec::new();
    for block in body.get_blocks("resource") {
        let [kind, label] = block.labels.as_slice() else { continue };
        let (kind, label) = (kind.as_str(), label.as_str());
        match kind {
            RULE => rules.push(reader.event_rule(file, label, block)),
            "aws_cloudwatch_event_target" => targets
                .push(NamedTarget { references: reader.rule_references(block), target: reader.target(label, block) }),
            "aws_scheduler_schedule" => rules.push(reader.scheduler(file, label, block)),
            "aws_pipes_pipe" => rules.push(reader.pipe(file, label, block)),
            _ => {}
        }
    }
    for target in &targets {
        target.attach_to(&mut rules);
    }
    (FileRules { format: Some(Format::Terraform), rules, problems: Vec::new() }, targets)
}

/// An `aws_cloudwatch_event_target` and how it names its rules.
#[derive(Debug, Clone)]
pub(super) struct NamedTarget {
    references: RuleReferences,
    target: FoundTarget,
}

impl NamedTarget {
    /// Gives the target to each event rule of `rules` it names.
    fn attach_to(&self, rules: &mut [FoundRule]) {
        for rule in rules {
            if rule.kind == Kind::TfRule && self.references.names(rule) {
                rule.targets.push(self.target.clone());
            }
        }
    }
}

/// Terraform reads all the `.tf` files of a folder as one module, so a
/// target may name a rule defined in another file (`rules.tf` and
/// `targets.tf`). Gives each file's targets (`targets`: an index into
/// `files` with that file's targets) to the rules they name in the other
/// files of its folder; a file's own rules have them already.
pub(super) fn attach_across_files(
    files: &mut [(std::path::PathBuf, FileRules)],
    targets: &[(usize, Vec<NamedTarget>)],
) {
    // The Terraform files of each folder, by index in `files`.
    let mut modules: std::collections::HashMap<std::path::PathBuf, Vec<usize>> = std::collections::HashMap::new();
    for (index, (file, found)) in files.iter().enumerate() {
        if found.format == Some(Format::Terraform)
            && let Some(folder) = file.parent()
        {
            modules.entry(folder.to_path_buf()).or_default().push(index);
        }
    }
    for (from, named) in targets {
        let Some(module) = files.get(*from).and_then(|(file, _)| file.parent()).and_then(|folder| modules.get(folder))
        else {
            continue;
        };
        for &index in module.iter().filter(|&&index| index != *from) {
            if let Some((_, found)) = files.get_mut(index) {
                for target in named {
                    target.attach_to(&mut found.rules);
                }
            }
        }
    }
}

/// How an event target names its rule.
#[derive(Debug, Clone)]
struct RuleReferences {
    /// Labels of `aws_cloudwatch_event_rule.<label>` references.
    labels: Vec<String>,
    /// The `rule` attribute when it is a literal string.
    literal: Option<String>,
}

impl RuleReferences {
    /// Whether this names `rule`: by reference, or by its literal name.
    fn names(&self, rule: &FoundRule) -> bool {
        let label = rule.id.strip_prefix(RULE).and_then(|id| id.strip_prefix('.'));
        label.is_some_and(|label| self.labels.iter().any(|l| l == label))
            || self.literal.as_deref().is_some_and(|name| rule.name.as_ref().and_then(Value::as_str) == Some(name))
    }
}

/// Collects the labels of `aws_cloudwatch_event_rule.<label>` traversals.
#[derive(Default)]
struct RuleLabels(Vec<String>);

impl Visit for RuleLabels {
    fn visit_traversal(&mut self, node: &Traversal) {
        if let (Expression::Variable(root), Some(first)) = (&node.expr, node.operators.first())
            && root.as_str() == RULE
            && let TraversalOperator::GetAttr(label) = first.value()
            && !self.0.iter().any(|l| l == label.as_str())
        {
            self.0.push(label.as_str().to_owned());
        }
        visit_traversal(self, node);
    }
}

/// Evaluates expressions of one file.
struct Reader<'a> {
    /// The file's text, for lines and source text.
    text: &'a str,
    /// The attributes of the file's `locals` blocks, first definition first.
    locals: Vec<(&'a str, &'a Expression)>,
    /// Local look-ups left (see [`LOCAL_BUDGET`]).
    budget: Cell<usize>,
    /// The static locals substituted since the last [`Reader::take_resolved`].
    resolved: RefCell<Vec<(String, Value)>>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, body: &'a Body) -> Self {
        let locals = body
            .get_blocks("locals")
            .flat_map(|block| block.body.attributes())
            .map(|attribute| (attribute.key.as_str(), &attribute.value))
            .collect();
        Self { text, locals, budget: Cell::new(LOCAL_BUDGET), resolved: RefCell::default() }
    }

    /// The 1-based line where `node` starts.
    fn line(&self, node: &impl hcl_edit::Span) -> usize {
        node.span().map_or(0, |span| crate::json::Position::of(self.text, span.start).line)
    }

    /// The source text of an expression (its printed form if it has no span).
    fn source(&self, expr: &Expression) -> String {
        match expr.span().and_then(|span| self.text.get(span)) {
            Some(source) => source.to_owned(),
            None => expr.to_string().trim().to_owned(),
        }
    }

    /// An expression only a deployment can evaluate: its source in `${...}`.
    fn opaque(&self, expr: &Expression) -> Value {
        Value::String(format!("${{{}}}", self.source(expr)))
    }

    /// The name and expression of `local.<name>`, when `expr` is that and
    /// the file defines it, and the look-up is allowed (depth and budget).
    fn local(&self, expr: &Expression, depth: usize) -> Option<(&'a str, &'a Expression)> {
        let Expression::Traversal(traversal) = expr else { return None };
        let Expression::Variable(root) = &traversal.expr else { return None };
        let [operator] = traversal.operators.as_slice() else { return None };
        let TraversalOperator::GetAttr(name) = operator.value() else { return None };
        if root.as_str() != "local" || depth >= MAX_LOCAL_DEPTH || self.budget.get() == 0 {
            return None;
        }
        let found = self.locals.iter().find(|(key, _)| *key == name.as_str()).copied()?;
        self.budget.set(self.budget.get() - 1);
        Some(found)
    }

    /// A static same-file local's value (`local.x` where `x` holds no
    /// placeholder), else `None`. What is substituted is remembered.
    fn static_local(&self, expr: &Expression, depth: usize) -> Option<Value> {
        let (name, local) = self.local(expr, depth)?;
        let value = self.value(local, depth + 1);
        if Status::of(&value) != Status::Static {
            return None;
        }
        let mut resolved = self.resolved.borrow_mut();
        if !resolved.iter().any(|(known, _)| known == name) {
            resolved.push((name.to_owned(), value.clone()));
        }
        Some(value)
    }

    /// The static locals substituted since the last call, by name.
    fn take_resolved(&self) -> Vec<(String, Value)> {
        std::mem::take(&mut *self.resolved.borrow_mut())
    }

    /// The value of an expression: literals as written, `jsonencode(x)` as
    /// the JSON text of `x`, static same-file locals as their value, and
    /// anything else as its source in `${...}`.
    fn value(&self, expr: &Expression, depth: usize) -> Value {
        match expr {
            Expression::Null(_) => Value::Null,
            Expression::Bool(b) => Value::Bool(*b.value()),
            Expression::Number(n) => Value::Number(
                n.span().and_then(|span| self.text.get(span)).map_or_else(|| n.value().to_string(), str::to_owned),
            ),
            Expression::String(s) => Value::string(s.value()),
            Expression::Array(items) => Value::Array(items.iter().map(|item| self.value(item, depth)).collect()),
            Expression::Object(object) => Value::Object(
                object.iter().map(|(key, value)| (self.key(key, depth), self.value(value.expr(), depth))).collect(),
            ),
            Expression::StringTemplate(template) => {
                self.template(template, depth).map_or_else(|| self.opaque(expr), Value::String)
            }
            Expression::HeredocTemplate(heredoc) => {
                self.template(&heredoc.template, depth).map_or_else(|| self.opaque(expr), Value::String)
            }
            Expression::Parenthesis(inner) => self.value(inner.inner(), depth),
            Expression::FuncCall(call) => match jsonencode_argument(call) {
                Some(argument) => Value::String(self.value(argument, depth).to_compact_json()),
                None => self.opaque(expr),
            },
            Expression::Traversal(_) => self.static_local(expr, depth).unwrap_or_else(|| self.opaque(expr)),
            _ => self.opaque(expr),
        }
    }

    /// An object key's text: an identifier (`detail-type`), a string, or
    /// else as a value would be written.
    fn key(&self, key: &ObjectKey, depth: usize) -> String {
        match key {
            ObjectKey::Ident(ident) => ident.as_str().to_owned(),
            ObjectKey::Expression(expr) => match self.value(expr, depth) {
                Value::String(s) => s,
                other => other.to_compact_json(),
            },
        }
    }

    /// A template's text: literals as they are, interpolations of static
    /// same-file locals replaced by their value, other interpolations as
    /// written (`${var.x}`). `None` when it holds a directive (`%{if}`),
    /// which only a deployment can evaluate.
    fn template(&self, template: &Template, depth: usize) -> Option<String> {
        let mut out = String::new();
        for element in template {
            match element {
                Element::Literal(literal) => out.push_str(literal.value()),
                Element::Interpolation(interpolation) => match self.static_local(&interpolation.expr, depth) {
                    Some(Value::String(s)) => out.push_str(&s),
                    Some(Value::Number(n)) => out.push_str(&n),
                    Some(Value::Bool(b)) => out.push_str(if b { "true" } else { "false" }),
                    _ => out.push_str(
                        &interpolation
                            .span()
                            .and_then(|span| self.text.get(span))
                            .map_or_else(|| format!("${{{}}}", self.source(&interpolation.expr)), str::to_owned),
                    ),
                },
                Element::Directive(_) => return None,
            }
        }
        Some(out)
    }

    /// An event pattern (or a pipe filter's pattern), its status and how it
    /// was written: `jsonencode`, `heredoc`, `heredoc-trim` (`<<-`),
    /// `string`, `local:<form>`, `variable`, `reference`, `file`,
    /// `templatefile` or `expression`.
    fn pattern(&self, expr: &Expression, depth: usize) -> (Value, Status, String) {
        let (text, form) = match expr {
            Expression::FuncCall(call) => {
                if let Some(argument) = jsonencode_argument(call) {
                    let value = self.value(argument, depth);
                    let status = Status::of(&value);
                    return (value, status, "jsonencode".to_owned());
                }
                let name = call.name.name.as_str();
                let form = if !call.name.is_namespaced() && matches!(name, "file" | "templatefile") {
                    name
                } else {
                    "expression"
                };
                return (self.opaque(expr), Status::Unresolved, form.to_owned());
            }
            Expression::HeredocTemplate(heredoc) => {
                (self.template(&heredoc.template, depth), heredoc_form(self.text, expr))
            }
            Expression::String(s) => (Some(s.value().clone()), "string"),
            Expression::StringTemplate(template) => (self.template(template, depth), "string"),
            Expression::Parenthesis(inner) => return self.pattern(inner.inner(), depth),
            Expression::Traversal(traversal) => {
                if let Some((_, local)) = self.local(expr, depth) {
                    let (value, status, form) = self.pattern(local, depth + 1);
                    return (value, status, format!("local:{form}"));
                }
                let form = match &traversal.expr {
                    Expression::Variable(root) if root.as_str() == "var" => "variable",
                    _ => "reference",
                };
                return (self.opaque(expr), Status::Unresolved, form.to_owned());
            }
            Expression::Variable(_) => return (self.opaque(expr), Status::Unresolved, "reference".to_owned()),
            _ => return (self.opaque(expr), Status::Unresolved, "expression".to_owned()),
        };
        let Some(text) = text else {
            return (self.opaque(expr), Status::Unresolved, form.to_owned());
        };
        let (value, status) = json_text(text);
        (value, status, form.to_owned())
    }

    /// A target's constant input and how it was written: `jsonencode`,
    /// `string(json)` / `heredoc(json)` for a string or heredoc holding
    /// JSON, `text` for one that does not (as the other readers say), else
    /// `expression`.
    fn input(&self, expr: &Expression) -> (Value, String) {
        let (text, kind) = match expr {
            Expression::FuncCall(call) => match jsonencode_argument(call) {
                Some(argument) => return (self.value(argument, 0), "jsonencode".to_owned()),
                None => return (self.opaque(expr), "expression".to_owned()),
            },
            Expression::String(s) => (Some(s.value().clone()), "string"),
            Expression::StringTemplate(template) => (self.template(template, 0), "string"),
            Expression::HeredocTemplate(heredoc) => (self.template(&heredoc.template, 0), "heredoc"),
            _ => return (self.value(expr, 0), "expression".to_owned()),
        };
        match text {
            Some(text) => match crate::json::parse(&text) {
                Ok(node) => (Value::from_node(&node), format!("{kind}(json)")),
                Err(_) => (Value::String(text), "text".to_owned()),
            },
            None => (self.opaque(expr), "expression".to_owned()),
        }
    }

    /// The value of attribute `key` of `body`, if written.
    fn attribute(&self, body: &Body, key: &str) -> Option<Value> {
        body.get_attribute(key).map(|attribute| self.value(&attribute.value, 0))
    }

    /// Adds attribute `key` of `body` to the rule's details as `name`.
    fn detail(&self, rule: &mut FoundRule, name: &str, body: &Body, key: &str) {
        if let Some(value) = self.attribute(body, key) {
            rule.details.push((name.to_owned(), value));
        }
    }

    /// `for_each` or `count`, as written, in the rule's details as `repeated_by`.
    fn repeated_by(&self, rule: &mut FoundRule, body: &Body) {
        if let Some(attribute) = body.get_attribute("for_each").or_else(|| body.get_attribute("count")) {
            let text = format!("{} = {}", attribute.key.as_str(), self.source(&attribute.value));
            rule.details.push(("repeated_by".to_owned(), Value::String(text)));
        }
    }

    /// Sets the rule's pattern from attribute `key`, if written.
    fn set_pattern(&self, rule: &mut FoundRule, body: &Body, key: &str) {
        let Some(attribute) = body.get_attribute(key) else { return };
        self.take_resolved();
        let (value, status, form) = self.pattern(&attribute.value, 0);
        let resolved = self.take_resolved();
        if !resolved.is_empty() {
            rule.details.push(("event_pattern_resolved_locals".to_owned(), Value::Object(resolved)));
        }
        if let Expression::FuncCall(call) = &attribute.value
            && matches!(form.as_str(), "file" | "templatefile")
            && let Some(path) = call.args.get(0)
        {
            rule.details.push(("event_pattern_file".to_owned(), self.value(path, 0)));
        }
        rule.pattern = Some(value);
        rule.pattern_status = status;
        rule.pattern_form = Some(form);
    }

    /// `aws_cloudwatch_event_rule.<label>`, without its targets.
    fn event_rule(&self, file: &Path, label: &str, block: &Block) -> FoundRule {
        let body = &block.body;
        let mut rule = FoundRule::new(file, self.line(block), format!("{RULE}.{label}"), Kind::TfRule);
        rule.name = self.attribute(body, "name");
        rule.event_bus = self.attribute(body, "event_bus_name");
        self.detail(&mut rule, "name_prefix", body, "name_prefix");
        self.detail(&mut rule, "state", body, "state");
        self.detail(&mut rule, "enabled", body, "is_enabled");
        self.repeated_by(&mut rule, body);
        self.set_pattern(&mut rule, body, "event_pattern");
        if let Some(schedule) = self.attribute(body, "schedule_expression") {
            rule.set_schedule(schedule);
        }
        rule
    }

    /// The rules an `aws_cloudwatch_event_target` names: references in its
    /// `rule` attribute (else in `for_each`, else in `count`), or the
    /// literal name in `rule`.
    fn rule_references(&self, block: &Block) -> RuleReferences {
        let mut labels = RuleLabels::default();
        for key in ["rule", "for_each", "count"] {
            if let Some(attribute) = block.body.get_attribute(key) {
                labels.visit_expr(&attribute.value);
            }
            if !labels.0.is_empty() {
                break;
            }
        }
        let literal = match self.attribute(&block.body, "rule") {
            Some(Value::String(name)) if Status::of(&Value::string(&name)) == Status::Static => Some(name),
            _ => None,
        };
        RuleReferences { labels: labels.0, literal }
    }

    /// An `aws_cloudwatch_event_target`.
    fn target(&self, label: &str, block: &Block) -> FoundTarget {
        let body = &block.body;
        let mut target = FoundTarget {
            id: self.attribute(body, "target_id"),
            arn: self.attribute(body, "arn"),
            input_path: self.attribute(body, "input_path"),
            resource: Some((format!("aws_cloudwatch_event_target.{label}"), self.line(block))),
            ..FoundTarget::default()
        };
        self.read_input(body, &mut target);
        if let Some(transformer) = body.get_blocks("input_transformer").next() {
            let paths = self.attribute(&transformer.body, "input_paths").unwrap_or(Value::Null);
            let template = self.attribute(&transformer.body, "input_template").unwrap_or(Value::Null);
            target.input_transformer = Some((paths, template));
        }
        target
    }

    /// A target's `input` attribute.
    fn read_input(&self, body: &Body, target: &mut FoundTarget) {
        if let Some(attribute) = body.get_attribute("input") {
            let (value, form) = self.input(&attribute.value);
            target.input = Some(value);
            target.input_form = Some(form);
        }
    }

    /// `aws_scheduler_schedule.<label>` with its one target.
    fn scheduler(&self, file: &Path, label: &str, block: &Block) -> FoundRule {
        let body = &block.body;
        let mut rule =
            FoundRule::new(file, self.line(block), format!("aws_scheduler_schedule.{label}"), Kind::TfScheduler);
        rule.name = self.attribute(body, "name");
        self.detail(&mut rule, "name_prefix", body, "name_prefix");
        self.detail(&mut rule, "state", body, "state");
        self.detail(&mut rule, "group", body, "group_name");
        self.repeated_by(&mut rule, body);
        if let Some(schedule) = self.attribute(body, "schedule_expression") {
            rule.set_schedule(schedule);
        }
        rule.schedule_timezone = self.attribute(body, "schedule_expression_timezone");
        if let Some(item) = body.get_blocks("target").next() {
            let mut target = FoundTarget { arn: self.attribute(&item.body, "arn"), ..FoundTarget::default() };
            self.read_input(&item.body, &mut target);
            rule.targets.push(target);
        }
        rule
    }

    /// `aws_pipes_pipe.<label>`: its filters are its patterns.
    fn pipe(&self, file: &Path, label: &str, block: &Block) -> FoundRule {
        let body = &block.body;
        let mut rule = FoundRule::new(file, self.line(block), format!("aws_pipes_pipe.{label}"), Kind::Pipe);
        rule.name = self.attribute(body, "name");
        self.detail(&mut rule, "source", body, "source");
        self.detail(&mut rule, "enrichment", body, "enrichment");
        self.repeated_by(&mut rule, body);
        let filters = body
            .get_blocks("source_parameters")
            .flat_map(|parameters| parameters.body.get_blocks("filter_criteria"))
            .flat_map(|criteria| criteria.body.get_blocks("filter"));
        for filter in filters {
            if let Some(attribute) = filter.body.get_attribute("pattern") {
                rule.filters.push(self.pattern(&attribute.value, 0));
            }
        }
        match rule.filters.as_slice() {
            [(value, status, form)] => {
                rule.pattern = Some(value.clone());
                rule.pattern_status = *status;
                rule.pattern_form = Some(form.clone());
            }
            [] => {}
            _ => rule.pattern_status = Status::MultipleFilters,
        }
        let mut target = FoundTarget { arn: self.attribute(body, "target"), ..FoundTarget::default() };
        let template = body
            .get_blocks("target_parameters")
            .find_map(|parameters| self.attribute(&parameters.body, "input_template"));
        if let Some(template) = template {
            target.input_transformer = Some((Value::Null, template));
        }
        rule.targets.push(target);
        rule
    }
}

/// The argument of a `jsonencode(x)` call (not namespaced, one argument).
fn jsonencode_argument(call: &FuncCall) -> Option<&Expression> {
    let is_jsonencode = !call.name.is_namespaced() && call.name.name.as_str() == "jsonencode" && call.args.len() == 1;
    if is_jsonencode { call.args.get(0) } else { None }
}

/// `heredoc-trim` for `<<-EOF`, `heredoc` for `<<EOF`.
fn heredoc_form(text: &str, expr: &Expression) -> &'static str {
    let trimmed = expr.span().and_then(|span| text.get(span)).is_some_and(|source| source.starts_with("<<-"));
    if trimmed { "heredoc-trim" } else { "heredoc" }
}

/// JSON text as a value and its status. Text that is not JSON is kept as
/// a string: unresolved when an interpolation may be what breaks it, else
/// invalid.
fn json_text(text: String) -> (Value, Status) {
    if let Ok(node) = crate::json::parse(&text) {
        let value = Value::from_node(&node);
        let status = Status::of(&value);
        return (value, status);
    }
    let value = Value::String(text);
    let status = if Status::of(&value) == Status::Unresolved { Status::Unresolved } else { Status::InvalidJson };
    (value, status)
}
