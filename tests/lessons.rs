//! Every bundled lesson, in both languages: it loads, says nothing false
//! (each example's stated verdicts are the engine's), every exercise's
//! solution passes all its checks, every listed wrong answer fails and
//! brings its own feedback, and every event is one `TestEventPattern` takes.

use rulecraft::learn::{Text, assess, load_all};

fn both_languages(text: &Text, place: &str, problems: &mut Vec<String>) {
    if text.en.trim().is_empty() || text.ko.trim().is_empty() {
        problems.push(format!("{place}: a text lacks English or Korean"));
    }
    if text.en == text.ko && text.en.chars().any(char::is_alphabetic) && text.en.split_whitespace().count() > 2 {
        problems.push(format!("{place}: the Korean text is the English one"));
    }
}

#[test]
fn every_lesson_teaches_only_what_the_engine_does() {
    let lessons = load_all().unwrap_or_else(|e| panic!("{e}"));
    let mut problems = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for lesson in &lessons {
        let at = |what: &str| format!("lesson {}: {what}", lesson.id);
        if !ids.insert(lesson.id.clone()) {
            problems.push(at("the id is used twice"));
        }
        both_languages(&lesson.title, &at("title"), &mut problems);
        both_languages(&lesson.explanation, &at("explanation"), &mut problems);
        if lesson.examples.is_empty() {
            problems.push(at("no example"));
        }
        if !(2..=4).contains(&lesson.exercises.len()) {
            problems.push(at(&format!("{} exercises (2 to 4 wanted)", lesson.exercises.len())));
        }
        for (e, example) in lesson.examples.iter().enumerate() {
            both_languages(&example.caption, &at(&format!("example {}", e + 1)), &mut problems);
            let pattern = match rulecraft::Pattern::parse(&example.pattern) {
                Ok(pattern) => pattern,
                Err(error) => {
                    problems.push(at(&format!("example {} is refused: {error}", e + 1)));
                    continue;
                }
            };
            for event in &example.events {
                if let Err(why) = rulecraft::envelope::check(&event.event) {
                    problems.push(at(&format!("example {} event {}: {why}", e + 1, event.name)));
                }
                let got = rulecraft::matcher::matches(&pattern, &event.event).unwrap_or(false);
                if got != event.matches {
                    problems.push(at(&format!(
                        "example {} says {} {}, the engine says it {}",
                        e + 1,
                        event.name,
                        if event.matches { "matches" } else { "does not match" },
                        if got { "matches" } else { "does not" }
                    )));
                }
            }
        }
        let mut exercise_ids = std::collections::HashSet::new();
        for exercise in &lesson.exercises {
            let at = |what: &str| format!("lesson {} exercise {}: {what}", lesson.id, exercise.id);
            if !exercise_ids.insert(exercise.id.clone()) {
                problems.push(at("the id is used twice"));
            }
            both_languages(&exercise.task, &at("task"), &mut problems);
            both_languages(&exercise.notes, &at("notes"), &mut problems);
            for hint in &exercise.hints {
                both_languages(hint, &at("hint"), &mut problems);
            }
            if exercise.hints.is_empty() {
                problems.push(at("no hint"));
            }
            if exercise.mistakes.is_empty() {
                problems.push(at("no typical mistake"));
            }
            let events = exercise.events.iter().map(|e| (e.name.as_str(), &e.event));
            let checks = exercise.checks.iter().map(|c| ("a hidden check", &c.event));
            for (name, event) in events.chain(checks) {
                if let Err(why) = rulecraft::envelope::check(event) {
                    problems.push(at(&format!("{name}: {why}")));
                }
            }
            for check in &exercise.checks {
                both_languages(&check.requirement, &at("hidden check"), &mut problems);
            }
            if !exercise.events.iter().any(|e| e.matches) || !exercise.events.iter().any(|e| !e.matches) {
                problems.push(at("the visible events should include both must-match and must-not-match"));
            }
            let solution = assess(exercise, &exercise.solution);
            if !solution.solved() {
                problems.push(at(&format!("the solution does not solve it: {solution:?}")));
            }
            if assess(exercise, &exercise.start).solved() {
                problems.push(at("the starting pattern already solves it"));
            }
            for (m, mistake) in exercise.mistakes.iter().enumerate() {
                both_languages(&mistake.feedback, &at(&format!("mistake {}", m + 1)), &mut problems);
                let judged = assess(exercise, &mistake.pattern);
                if judged.solved() {
                    problems.push(at(&format!("mistake {} solves the exercise", m + 1)));
                } else if judged.mistake != Some(m) {
                    problems.push(at(&format!("mistake {} is recognised as {:?}", m + 1, judged.mistake)));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    assert!(!lessons.is_empty(), "lessons are bundled");
}

#[test]
fn every_operator_has_its_lesson_and_the_curriculum_is_whole() {
    let lessons = load_all().unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = lessons.iter().map(|l| l.id.as_str()).collect();
    for operator in rulecraft::form::Operator::ALL {
        assert!(ids.contains(&operator.lesson()), "{operator:?} links to {}, which is not a lesson", operator.lesson());
    }
    assert!(ids.contains(&"or"), "the $or row links to the lesson 'or'");
    assert!(lessons.len() >= 16, "{} lessons", lessons.len());
}
