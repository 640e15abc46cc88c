//! Rules read out of infrastructure code (templates, serverless.yml,
//! Terraform, folders of them): the list the window shows after File → Open
//! of such a file, and the values the user gives for deploy-time parts.
//! Reading runs off the UI thread; opening a rule copies it into the
//! designer (the template itself is never written).

use super::work::{Executor, Pending, Started};
use crate::iac::{FileRules, FoundRule, Placeholder};
use std::path::PathBuf;

/// What the import list can be asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportCommand {
    /// Show or hide the list.
    Show(bool),
    /// Select the rule at (file, rule).
    Select(usize, usize),
    /// Open the selected rule in the designer (asking about unsaved changes first).
    OpenSelected,
}

/// The rules found, and the user's choices.
#[derive(Debug, Default)]
pub struct ImportState {
    /// Whether the list is shown.
    pub open: bool,
    /// What was opened (a file or a folder).
    pub source: Option<PathBuf>,
    /// The folder paths are shown relative to: the one opened, or the opened file's.
    pub base: Option<PathBuf>,
    /// A rule was sent to the designer: the list closes once it loads (and
    /// stays, with the values typed, if the user stays with their changes).
    pub(super) closing: bool,
    /// Each file read, with its rules and problems.
    pub files: Vec<(PathBuf, FileRules)>,
    /// The selected rule: (file, rule).
    pub selected: Option<(usize, usize)>,
    /// Only rules whose name, kind, file or pattern hold this text are listed.
    pub filter: String,
    /// Values typed for deploy-time parts: (placeholder text, value).
    pub values: Vec<(String, String)>,
    /// Each rule's text the filter searches (name, id, kind, file, pattern,
    /// schedule; lower case), made once when the files are read, not every frame.
    haystacks: Vec<Vec<String>>,
    loading: Option<Pending<Vec<(PathBuf, FileRules)>>>,
}

impl ImportState {
    /// Starts reading `path` (off the UI thread with a background executor).
    pub fn start(&mut self, path: PathBuf, executor: &Executor) {
        self.open = true;
        self.closing = false;
        self.base =
            Some(if path.is_dir() { path.clone() } else { path.parent().map(PathBuf::from).unwrap_or_default() });
        self.source = Some(path.clone());
        self.files.clear();
        self.selected = None;
        self.values.clear();
        self.loading = None;
        match executor.start(move || crate::iac::read_paths(&[path])) {
            Started::Done(files) => self.loaded(files),
            Started::Pending(pending) => self.loading = Some(pending),
        }
    }

    /// Keeps the files read, and what the filter searches in each rule.
    fn loaded(&mut self, files: Vec<(PathBuf, FileRules)>) {
        self.haystacks = files
            .iter()
            .map(|(_, file)| {
                file.rules
                    .iter()
                    .map(|rule| {
                        let json = |v: Option<&crate::iac::Value>| {
                            v.map(crate::iac::Value::to_compact_json).unwrap_or_default()
                        };
                        let (pattern, schedule) = (json(rule.pattern.as_ref()), json(rule.schedule.as_ref()));
                        let file = rule.file.to_string_lossy();
                        let text = [rule.display_name(), &rule.id, rule.kind.as_str(), &file, &pattern, &schedule];
                        text.join("\n").to_lowercase()
                    })
                    .collect()
            })
            .collect();
        self.files = files;
    }

    /// Takes the reading thread's result when it is ready.
    pub fn poll(&mut self) {
        if let Some(files) = Pending::take(&mut self.loading) {
            self.loaded(files);
            self.select_first();
        }
    }

    /// Selects the first rule if none is.
    pub fn select_first(&mut self) {
        if self.selected.is_none() {
            self.selected =
                self.files.iter().enumerate().find_map(|(f, (_, file))| (!file.rules.is_empty()).then_some((f, 0)));
        }
    }

    /// Whether the files are still being read.
    #[must_use]
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    /// Every rule with its (file, rule) index, in order.
    pub fn rules(&self) -> impl Iterator<Item = ((usize, usize), &FoundRule)> {
        self.files
            .iter()
            .enumerate()
            .flat_map(|(f, (_, file))| file.rules.iter().enumerate().map(move |(r, rule)| ((f, r), rule)))
    }

    /// The rules the filter lets through.
    pub fn listed(&self) -> impl Iterator<Item = ((usize, usize), &FoundRule)> {
        let needle = self.filter.trim().to_lowercase();
        self.rules().filter(move |((f, r), _)| {
            needle.is_empty()
                || self.haystacks.get(*f).and_then(|rules| rules.get(*r)).is_some_and(|text| text.contains(&needle))
        })
    }

    /// The selected rule.
    #[must_use]
    pub fn selected_rule(&self) -> Option<&FoundRule> {
        let (f, r) = self.selected?;
        self.files.get(f)?.1.rules.get(r)
    }

    /// The selected rule's deploy-time parts (of its pattern and schedule).
    #[must_use]
    pub fn placeholders(&self) -> Vec<Placeholder> {
        let Some(rule) = self.selected_rule() else { return Vec::new() };
        let mut parts: Vec<Placeholder> =
            rule.pattern.iter().chain(&rule.schedule).flat_map(crate::iac::placeholders).collect();
        parts.dedup();
        parts
    }

    /// The value typed for a placeholder, made on first use.
    pub fn value_mut(&mut self, placeholder: &str) -> &mut String {
        let at = self.values.iter().position(|(k, _)| k == placeholder).unwrap_or_else(|| {
            self.values.push((placeholder.to_owned(), String::new()));
            self.values.len() - 1
        });
        &mut self.values[at].1
    }

    /// The values given so far (empty ones left out).
    #[must_use]
    pub fn given_values(&self) -> Vec<(String, String)> {
        self.values.iter().filter(|(_, v)| !v.trim().is_empty()).cloned().collect()
    }

    /// The problems of every file, as text (`file:line:column: message`).
    #[must_use]
    pub fn problems(&self) -> Vec<String> {
        self.files.iter().flat_map(|(_, f)| f.problems.iter().map(ToString::to_string)).collect()
    }
}
