//! Widgets more than one mode uses: the pattern editor and the event viewer.

pub mod event_viewer;
pub mod pattern_editor;
