//! Rulecraft: design, test and explain Amazon EventBridge event patterns.
//!
//! The pipeline: pattern text is read by [`json`] (keeping byte spans) and
//! compiled by [`pattern`] into a typed [`pattern::Pattern`], or rejected with
//! AWS's exact message. An event is read by [`event`] into the leaf values the
//! pattern asks about; [`matcher`] decides match or no match, and [`explain`]
//! says why, condition by condition, with spans into both texts. [`cli`] is
//! the command line, [`app`] the desktop window's state and panels.

pub mod app;
pub mod batch;
pub mod catalog;
pub mod cli;
pub mod document;
pub mod envelope;
pub mod event;
pub mod explain;
pub mod export;
pub mod files;
pub mod form;
pub mod iac;
pub mod json;
pub mod learn;
pub mod lint;
pub mod matcher;
pub mod pattern;
pub mod putevents;
pub mod recovery;
pub mod samples;
pub mod schedule;
pub mod suggest;
pub mod target;
pub mod variants;

pub use matcher::{EventMatcher, matches};
pub use pattern::{Pattern, PatternError};
