//! The Learn mode's own state: which lesson and exercise are open, the
//! learner's pattern and how it fares, hints revealed, and the progress
//! kept between runs.

use crate::learn::{Assessment, Lesson, assess, lessons};

use std::collections::BTreeMap;

/// What the Learn mode is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LearnCommand {
    /// Open a lesson (its explanation and examples).
    OpenLesson(usize),
    /// Open an exercise of the open lesson.
    OpenExercise(usize),
    /// Back to the lesson's explanation.
    CloseExercise,
    /// The learner's pattern was edited in place.
    PatternEdited,
    /// Show the next hint.
    RevealHint,
    /// Show the model solution.
    ShowSolution,
    /// Forget every solved exercise and saved answer.
    ResetProgress,
    /// Take the exercise's pattern and events into the Design mode.
    OpenInDesigner,
    /// Take this example of the open lesson into the Design mode.
    OpenExampleInDesigner(usize),
}

/// What the learner has done, kept between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Progress {
    /// Solved exercises, as `lesson-id/exercise-id`.
    pub solved: std::collections::BTreeSet<String>,
    /// The last pattern typed for each exercise, by the same key.
    pub answers: BTreeMap<String, String>,
    /// Where the learner was: lesson id, and exercise id if one was open.
    pub at: Option<(String, Option<String>)>,
}

/// The Learn mode's state.
#[derive(Debug, Default)]
pub struct LearnState {
    /// The open lesson (index into [`lessons`]).
    pub lesson: usize,
    /// The open exercise, if any.
    pub exercise: Option<usize>,
    /// The learner's pattern (the editor's buffer).
    pub pattern_text: String,
    /// How many hints are shown.
    pub hints_shown: usize,
    /// Whether the model solution is shown.
    pub solution_shown: bool,
    /// Answers checked that did not solve the exercise (the solution is
    /// offered after a few).
    pub failed_attempts: u32,
    /// Progress, saved with the settings.
    pub progress: Progress,
    /// The open exercise's assessment of `pattern_text`.
    assessment: Option<Assessment>,
    /// For each visible event of the open exercise, why the pattern matched
    /// it or not (none while the pattern is refused).
    explanations: Vec<Option<crate::explain::Explanation>>,
}

/// Failed answers after which the solution is offered.
pub const ATTEMPTS_BEFORE_SOLUTION: u32 = 3;

/// The key of an exercise in [`Progress`].
#[must_use]
pub fn exercise_key(lesson: &Lesson, exercise: usize) -> String {
    let id = lesson.exercises.get(exercise).map_or("", |e| e.id.as_str());
    format!("{}/{id}", lesson.id)
}

impl LearnState {
    /// The state for `progress`: back where the learner was.
    #[must_use]
    pub fn resumed(progress: Progress) -> Self {
        let mut state = Self { progress, ..Self::default() };
        if let Some((lesson_id, exercise_id)) = state.progress.at.clone()
            && let Some(lesson) = lessons().iter().position(|l| l.id == lesson_id)
        {
            state.open_lesson(lesson);
            if let Some(exercise) =
                exercise_id.and_then(|id| lessons()[lesson].exercises.iter().position(|e| e.id == id))
            {
                state.open_exercise(exercise);
            }
        }
        state
    }

    /// The open lesson.
    #[must_use]
    pub fn lesson(&self) -> Option<&'static Lesson> {
        lessons().get(self.lesson)
    }

    /// How the learner's pattern fares on the open exercise.
    #[must_use]
    pub fn assessment(&self) -> Option<&Assessment> {
        self.assessment.as_ref()
    }

    /// Why the pattern matched the open exercise's visible event `index`, or not.
    #[must_use]
    pub fn explanation(&self, index: usize) -> Option<&crate::explain::Explanation> {
        self.explanations.get(index).and_then(Option::as_ref)
    }

    /// Judges the learner's pattern on the open exercise, and explains each visible event.
    fn judge(&mut self, exercise: &crate::learn::Exercise) -> Assessment {
        let assessment = assess(exercise, &self.pattern_text);
        self.explanations = match crate::Pattern::parse(&self.pattern_text) {
            Ok(pattern) => exercise.events.iter().map(|e| crate::explain::explain(&pattern, &e.event).ok()).collect(),
            Err(_) => Vec::new(),
        };
        assessment
    }

    /// Whether the exercise `exercise` of lesson `lesson` is solved.
    #[must_use]
    pub fn is_solved(&self, lesson: usize, exercise: usize) -> bool {
        lessons().get(lesson).is_some_and(|l| self.progress.solved.contains(&exercise_key(l, exercise)))
    }

    /// Whether the solution may be shown: asked for, or after a few failed answers.
    #[must_use]
    pub fn solution_offered(&self) -> bool {
        self.failed_attempts >= ATTEMPTS_BEFORE_SOLUTION
    }

    /// Applies a command.
    pub fn handle(&mut self, command: LearnCommand) {
        match command {
            LearnCommand::OpenLesson(index) => self.open_lesson(index),
            LearnCommand::OpenExercise(index) => self.open_exercise(index),
            LearnCommand::CloseExercise => {
                self.exercise = None;
                self.assessment = None;
                self.remember_place();
            }
            LearnCommand::PatternEdited => self.pattern_edited(),
            LearnCommand::RevealHint => self.hints_shown += 1,
            LearnCommand::ShowSolution => self.solution_shown = true,
            // The whole state does this one (it reaches the designer).
            LearnCommand::OpenInDesigner | LearnCommand::OpenExampleInDesigner(_) => {}
            LearnCommand::ResetProgress => {
                self.progress = Progress::default();
                if let Some(exercise) = self.exercise {
                    self.open_exercise(exercise);
                }
                self.remember_place();
            }
        }
    }

    fn open_lesson(&mut self, index: usize) {
        if index < lessons().len() {
            self.lesson = index;
            self.exercise = None;
            self.assessment = None;
            self.remember_place();
        }
    }

    fn open_exercise(&mut self, index: usize) {
        let Some(lesson) = self.lesson() else { return };
        let Some(exercise) = lesson.exercises.get(index) else { return };
        self.exercise = Some(index);
        self.hints_shown = 0;
        self.solution_shown = false;
        self.failed_attempts = 0;
        let key = exercise_key(lesson, index);
        self.pattern_text = self.progress.answers.get(&key).cloned().unwrap_or_else(|| exercise.start.clone());
        self.assessment = Some(self.judge(exercise));
        self.remember_place();
    }

    fn pattern_edited(&mut self) {
        let (Some(lesson), Some(index)) = (self.lesson(), self.exercise) else { return };
        let Some(exercise) = lesson.exercises.get(index) else { return };
        let assessment = self.judge(exercise);
        let key = exercise_key(lesson, index);
        // A new wrong answer (valid, and judged differently from the last) counts as an attempt.
        let was = self.assessment.as_ref();
        let changed = was.is_none_or(|w| w.events != assessment.events || w.failed_checks != assessment.failed_checks);
        if !assessment.solved() && assessment.error.is_none() && changed {
            self.failed_attempts += 1;
        }
        if assessment.solved() {
            self.progress.solved.insert(key.clone());
        }
        self.progress.answers.insert(key, self.pattern_text.clone());
        self.assessment = Some(assessment);
    }

    fn remember_place(&mut self) {
        let Some(lesson) = self.lesson() else { return };
        let exercise = self.exercise.and_then(|i| lesson.exercises.get(i)).map(|e| e.id.clone());
        self.progress.at = Some((lesson.id.clone(), exercise));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solving_is_remembered_and_the_learner_resumes_where_they_were() {
        let mut learn = LearnState::resumed(Progress::default());
        learn.handle(LearnCommand::OpenLesson(0));
        learn.handle(LearnCommand::OpenExercise(0));
        let Some(lesson) = learn.lesson() else { panic!("a lesson") };
        assert_eq!(learn.pattern_text, lesson.exercises[0].start);
        assert!(!learn.assessment().is_some_and(Assessment::solved));
        learn.pattern_text = lesson.exercises[0].solution.clone();
        learn.handle(LearnCommand::PatternEdited);
        assert!(learn.assessment().is_some_and(Assessment::solved));
        assert!(learn.is_solved(0, 0));
        let again = LearnState::resumed(learn.progress.clone());
        assert_eq!((again.lesson, again.exercise), (0, Some(0)));
        assert_eq!(again.pattern_text, lesson.exercises[0].solution, "the answer comes back");
        let mut reset = again;
        reset.handle(LearnCommand::ResetProgress);
        assert!(!reset.is_solved(0, 0));
    }

    #[test]
    fn the_solution_is_offered_after_a_few_different_wrong_answers() {
        let mut learn = LearnState::resumed(Progress::default());
        learn.handle(LearnCommand::OpenExercise(0));
        for wrong in [r#"{"source": ["x"]}"#, r#"{"source": ["x"]} "#, r#"{"source": ["aws.codebuild"]}"#, "{"] {
            learn.pattern_text = wrong.to_owned();
            learn.handle(LearnCommand::PatternEdited);
        }
        // The same verdicts twice and an invalid pattern do not count.
        assert_eq!(learn.failed_attempts, 2);
        assert!(!learn.solution_offered());
    }
}
