//! The message layer: every piece of UI text is looked up by key in a
//! Fluent file (`assets/i18n/<language>.ftl`, compiled in), so a language
//! is one more file. Fluent (Mozilla's Project Fluent, `fluent-bundle`) is
//! the usual choice for Rust desktop apps: messages take named arguments and
//! plural selectors in the translation itself, which Korean and English
//! need differently, and translators edit plain text files.
//!
//! Messages that the state keeps (notices, alerts) are [`Message`] values:
//! a key and its arguments, rendered in the language current when drawn.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language the window speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Language {
    /// English (the message file every other follows).
    English,
    /// Korean.
    Korean,
    /// English with every message wrapped in « » (for tests: text that
    /// shows without the marks skipped the message layer).
    #[serde(skip)]
    Pseudo,
}

impl Language {
    /// Every language with message files, in the order the menu lists them.
    pub const ALL: [Language; 2] = [Language::English, Language::Korean];

    /// Its message files: the messages, and the hints shown under AWS's errors.
    fn sources(self) -> [&'static str; 2] {
        match self {
            Language::English | Language::Pseudo => {
                [include_str!("../../assets/i18n/en.ftl"), include_str!("../../assets/i18n/en-hints.ftl")]
            }
            Language::Korean => {
                [include_str!("../../assets/i18n/ko.ftl"), include_str!("../../assets/i18n/ko-hints.ftl")]
            }
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Language::English | Language::Pseudo => "en-US",
            Language::Korean => "ko-KR",
        }
    }

    fn index(self) -> usize {
        match self {
            Language::English | Language::Pseudo => 0,
            Language::Korean => 1,
        }
    }

    /// The language for a system locale such as `ko-KR` or `en_US.UTF-8`:
    /// Korean for Korean locales, English otherwise.
    #[must_use]
    pub fn for_locale(locale: &str) -> Self {
        if locale.to_ascii_lowercase().starts_with("ko") { Language::Korean } else { Language::English }
    }

    /// The language of this system's locale (English when it cannot be told).
    #[must_use]
    pub fn of_system() -> Self {
        sys_locale::get_locale().map_or(Language::English, |l| Self::for_locale(&l))
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Chooses the language of everything drawn from now on.
pub fn set_language(language: Language) {
    let code = match language {
        Language::English => 0,
        Language::Korean => 1,
        Language::Pseudo => 2,
    };
    CURRENT.store(code, Ordering::Relaxed);
}

/// The language in use.
#[must_use]
pub fn language() -> Language {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Language::Korean,
        2 => Language::Pseudo,
        _ => Language::English,
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|language| {
                let langid = language.tag().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // No Unicode isolation marks around arguments: labels stay plain text.
                bundle.set_use_isolating(false);
                for source in language.sources() {
                    // A broken line is skipped (tests/messages.rs checks every file parses whole).
                    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
                    bundle.add_resource_overriding(resource);
                }
                bundle
            })
            .collect()
    })
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A count (chooses plural forms).
    Count(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

/// The text of message `key` in the current language, with `args`. A key
/// missing from the file shows as the key itself (and fails the tests).
#[must_use]
pub fn tr_args(key: &str, args: &[(&str, Arg)]) -> String {
    let bundles = bundles();
    let Some(bundle) = bundles.get(language().index()).or(bundles.first()) else { return key.to_owned() };
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else { return key.to_owned() };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
            Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, (!args.is_empty()).then_some(&fluent_args), &mut errors);
    if language() == Language::Pseudo {
        return format!("«{text}»");
    }
    text.into_owned()
}

/// The text of message `key` in the current language.
#[must_use]
pub fn tr(key: &str) -> String {
    tr_args(key, &[])
}

/// Whether `language`'s files have `key`.
#[must_use]
pub fn has(language: Language, key: &str) -> bool {
    bundles().get(language.index()).is_some_and(|b| b.has_message(key))
}

/// A message kept by the state and drawn later (a notice, an alert): its
/// key and arguments, so it shows in the language current when drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The key in the message files.
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments.
    #[must_use]
    pub fn new(key: &'static str) -> Self {
        Self { key, args: Vec::new() }
    }

    /// Adds an argument.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The text in the current language.
    #[must_use]
    pub fn text(&self) -> String {
        tr_args(self.key, &self.args)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

/// Every key of a language's files, in file order (for tests and tools).
#[must_use]
pub fn keys(language: Language) -> Vec<String> {
    language
        .sources()
        .iter()
        .flat_map(|source| source.lines())
        .filter(|line| line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(key, _)| key.trim().to_owned()))
        .collect()
}

/// Every key of the English files, in file order.
#[must_use]
pub fn english_keys() -> Vec<String> {
    keys(Language::English)
}

/// The parse errors of a language's files (none when they are whole).
#[must_use]
pub fn file_errors(language: Language) -> Vec<String> {
    language
        .sources()
        .iter()
        .flat_map(|source| match FluentResource::try_new((*source).to_owned()) {
            Ok(_) => Vec::new(),
            Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
        })
        .collect()
}
