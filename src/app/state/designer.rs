//! The Design mode's own state: the form, the pattern text and its undo
//! history, and the condition being written. Commands that change the
//! pattern bump [`DesignerState::revision`]; the analysis follows it.

use crate::form::split_values;
use crate::form::{ConditionAt, ConditionDraft, DraftError, DraftTarget, FieldCondition, Form};

/// What the designer is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum DesignerCommand {
    /// Choose the event source (or none).
    ChooseSource(Option<String>),
    /// Add or remove a detail-type.
    ToggleDetailType(String),
    /// Add or remove an allowed value of a field.
    ToggleValue {
        /// The field's dotted path.
        path: String,
        /// The value.
        value: String,
    },
    /// Set the allowed values of a field (none removes it), e.g. `account`.
    SetValues {
        /// The field's dotted path.
        path: String,
        /// The values.
        values: Vec<String>,
    },
    /// The account or region filter was edited in place (`account` or `region`).
    FilterEdited(&'static str),
    /// Add a condition with an operator where the draft is aimed (or, while
    /// a condition is being changed, put it in that one's place).
    AddCondition(FieldCondition),
    /// Remove the form's condition there.
    RemoveCondition(ConditionAt),
    /// Copy the form's condition there into the draft to change it in place.
    EditCondition(ConditionAt),
    /// Stop changing a condition; the draft is cleared.
    CancelEdit,
    /// Aim the draft: every event, or an `$or` alternative.
    AimDraft(DraftTarget),
    /// The pattern text was edited in place, at this time (seconds); edits
    /// less than a second apart make one undo step.
    PatternEdited {
        /// When, in seconds on any steady clock.
        at_secs: f64,
    },
    /// Replace the pattern text (undoable).
    SetPattern(String),
    /// Re-indent the pattern (valid JSON only).
    Prettify,
    /// Undo the last pattern change.
    Undo,
    /// Redo an undone pattern change.
    Redo,
    /// The service search was edited in place.
    ServiceQueryEdited,
}

/// The designer's state.
#[derive(Debug)]
pub struct DesignerState {
    /// The form: source, detail-types, allowed values and conditions.
    pub form: Form,
    /// The pattern text, exactly as typed (the editor's buffer).
    pub pattern_text: String,
    /// Filter text for the service list (the search box's buffer).
    pub service_query: String,
    /// The account filter as typed (comma-separated).
    pub account_input: String,
    /// The region filter as typed (comma-separated).
    pub region_input: String,
    /// The condition being written in "Add condition".
    pub draft: ConditionDraft,
    /// The search text of the field picker.
    pub field_query: String,
    /// Where the draft goes when added.
    pub draft_target: DraftTarget,
    /// The condition the draft changes in place, if one is being changed.
    pub editing: Option<ConditionAt>,
    /// Why the last condition could not be added where it was aimed.
    pub draft_refused: Option<DraftError>,
    /// The pattern text as the state last saw it (for undo of typing).
    committed_text: String,
    undo: Vec<String>,
    redo: Vec<String>,
    /// When the last in-place edit happened, while edits form one undo step.
    typing_since: Option<f64>,
    /// Bumped when the pattern text changes.
    revision: u64,
    /// Set when the text changed by hand (not from the form): the form
    /// follows the compiled pattern at the next analysis.
    form_follows_text: bool,
}

/// What a designer command did, for the rest of the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DesignerOutcome {
    /// Nothing the rest of the state cares about.
    Quiet,
    /// Prettify was refused: the JSON is invalid at this byte.
    CannotPrettify(usize),
    /// The draft was aimed or loaded: the cursor belongs in its value.
    FocusValue,
}

impl DesignerState {
    /// A designer with this pattern text and an empty form.
    #[must_use]
    pub fn new(pattern: &str) -> Self {
        Self {
            form: Form::default(),
            pattern_text: pattern.to_owned(),
            service_query: String::new(),
            account_input: String::new(),
            region_input: String::new(),
            draft: ConditionDraft::default(),
            field_query: String::new(),
            draft_target: DraftTarget::AllEvents,
            editing: None,
            draft_refused: None,
            committed_text: pattern.to_owned(),
            undo: Vec::new(),
            redo: Vec::new(),
            typing_since: None,
            revision: 0,
            form_follows_text: true,
        }
    }

    /// Applies a designer command.
    pub fn handle(&mut self, command: DesignerCommand) -> DesignerOutcome {
        if !matches!(command, DesignerCommand::PatternEdited { .. }) {
            self.typing_since = None;
        }
        match command {
            DesignerCommand::ChooseSource(source) => {
                if self.form.source != source {
                    self.form.source = source;
                    self.form.detail_types.clear();
                    self.form.fields.clear();
                    self.pattern_from_form();
                }
            }
            DesignerCommand::ToggleDetailType(name) => {
                match self.form.detail_types.iter().position(|d| *d == name) {
                    Some(i) => {
                        self.form.detail_types.remove(i);
                    }
                    None => self.form.detail_types.push(name),
                }
                self.pattern_from_form();
            }
            DesignerCommand::ToggleValue { path, value } => {
                let mut values =
                    self.form.fields.iter().find(|f| f.path == path).map(|f| f.values.clone()).unwrap_or_default();
                match values.iter().position(|v| *v == value) {
                    Some(i) => {
                        values.remove(i);
                    }
                    None => values.push(value),
                }
                self.form.set_values(&path, values);
                self.pattern_from_form();
            }
            DesignerCommand::SetValues { path, values } => {
                self.form.set_values(&path, values);
                self.pattern_from_form();
            }
            DesignerCommand::FilterEdited(path) => {
                let typed = if path == "account" { &self.account_input } else { &self.region_input };
                let values = split_values(typed);
                self.form.set_values(path, values);
                self.pattern_from_form();
            }
            DesignerCommand::AddCondition(_)
            | DesignerCommand::RemoveCondition(_)
            | DesignerCommand::EditCondition(_)
            | DesignerCommand::CancelEdit
            | DesignerCommand::AimDraft(_) => return self.handle_condition(command),
            DesignerCommand::PatternEdited { at_secs } => {
                if self.pattern_text != self.committed_text {
                    let same_run = self.typing_since.is_some_and(|last| at_secs - last < 1.0);
                    if !same_run {
                        self.undo.push(self.committed_text.clone());
                        self.redo.clear();
                    }
                    self.typing_since = Some(at_secs);
                    self.committed_text.clone_from(&self.pattern_text);
                    self.text_changed();
                }
            }
            DesignerCommand::SetPattern(text) => self.replace_pattern(text, true),
            DesignerCommand::Prettify => match crate::json::parse(&self.pattern_text) {
                Ok(tree) => self.replace_pattern(crate::json::write::pretty(&tree), true),
                Err(e) => return DesignerOutcome::CannotPrettify(e.span.start),
            },
            DesignerCommand::Undo => {
                if let Some(previous) = self.undo.pop() {
                    self.redo.push(std::mem::replace(&mut self.pattern_text, previous));
                    self.committed_text.clone_from(&self.pattern_text);
                    self.text_changed();
                }
            }
            DesignerCommand::Redo => {
                if let Some(next) = self.redo.pop() {
                    self.undo.push(std::mem::replace(&mut self.pattern_text, next));
                    self.committed_text.clone_from(&self.pattern_text);
                    self.text_changed();
                }
            }
            DesignerCommand::ServiceQueryEdited => {}
        }
        DesignerOutcome::Quiet
    }

    /// Applies a command about the form's conditions and the draft.
    fn handle_condition(&mut self, command: DesignerCommand) -> DesignerOutcome {
        match command {
            DesignerCommand::AddCondition(condition) => self.add_condition(condition),
            DesignerCommand::RemoveCondition(at) if self.form.remove(&at).is_some() => {
                self.editing = None;
                self.draft_target = DraftTarget::AllEvents;
                self.pattern_from_form();
            }
            DesignerCommand::EditCondition(at) => {
                if let Some(condition) = self.form.condition(&at) {
                    self.draft =
                        ConditionDraft { path: condition.path, operator: condition.operator, value: condition.value };
                    self.editing = Some(at);
                    self.draft_refused = None;
                    return DesignerOutcome::FocusValue;
                }
            }
            DesignerCommand::CancelEdit => {
                self.editing = None;
                self.draft = ConditionDraft::default();
            }
            DesignerCommand::AimDraft(target) => {
                self.draft_target = target;
                self.draft_refused = None;
                return DesignerOutcome::FocusValue;
            }
            _ => {}
        }
        DesignerOutcome::Quiet
    }

    /// Adds the draft's condition where it is aimed, or changes the one
    /// being edited; the value is cleared for the next one.
    fn add_condition(&mut self, condition: FieldCondition) {
        let added = match self.editing.take() {
            Some(at) => self.form.replace(&at, condition),
            None => self.form.add(condition, &self.draft_target),
        };
        match added {
            Ok(()) => {
                self.draft.value.clear();
                self.draft_target = DraftTarget::AllEvents;
                self.draft_refused = None;
                self.pattern_from_form();
            }
            Err(why) => {
                if why == DraftError::Gone {
                    self.draft_target = DraftTarget::AllEvents;
                }
                self.draft_refused = Some(why);
            }
        }
    }

    /// Whether there is something to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Bumped whenever the pattern text changes.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Replaces the pattern with a new history (a document was opened).
    pub fn reset(&mut self, text: String, form: Form) {
        self.pattern_text = text;
        self.form = form;
        self.draft = ConditionDraft::default();
        self.draft_target = DraftTarget::AllEvents;
        self.editing = None;
        self.draft_refused = None;
        self.undo.clear();
        self.redo.clear();
        self.typing_since = None;
        self.committed_text.clone_from(&self.pattern_text);
        self.text_changed();
    }

    /// Takes the request to update the form from the compiled pattern.
    pub(super) fn take_form_follow_request(&mut self) -> bool {
        std::mem::take(&mut self.form_follows_text)
    }

    /// The form as read back from the compiled pattern (the text was edited).
    pub(super) fn follow(&mut self, form: Form) {
        let joined =
            |path: &str| form.fields.iter().find(|f| f.path == path).map(|f| f.values.join(", ")).unwrap_or_default();
        self.account_input = joined("account");
        self.region_input = joined("region");
        self.form = form;
        // A hand edit may have taken away what the draft was aimed at.
        if self.editing.as_ref().is_some_and(|at| self.form.condition(at).is_none()) {
            self.editing = None;
        }
        let aimed_is_there = match &self.draft_target {
            DraftTarget::AllEvents => true,
            DraftTarget::OrWith(at) => self.form.condition(at).is_some(),
            DraftTarget::NewAlternative(group) => *group < self.form.any_of.len(),
            DraftTarget::Into { group, alternative } => {
                self.form.any_of.get(*group).is_some_and(|g| *alternative < g.alternatives.len())
            }
        };
        if !aimed_is_there {
            self.draft_target = DraftTarget::AllEvents;
        }
    }

    fn replace_pattern(&mut self, text: String, form_follows: bool) {
        if text == self.pattern_text {
            return;
        }
        self.undo.push(std::mem::replace(&mut self.pattern_text, text));
        self.redo.clear();
        self.committed_text.clone_from(&self.pattern_text);
        self.revision += 1;
        self.form_follows_text |= form_follows;
    }

    fn text_changed(&mut self) {
        self.revision += 1;
        self.form_follows_text = true;
    }

    /// Regenerates the pattern from the form (undoable).
    fn pattern_from_form(&mut self) {
        let text = self.form.pattern_text();
        // The form wrote it; reading it back would lose nothing, but the
        // form keeps its own order of fields.
        self.replace_pattern(text, true);
    }
}
