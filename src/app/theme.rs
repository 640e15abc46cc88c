//! Design tokens: colours by role, for dark and light themes, and the
//! spacing panels share. Panels use these, never raw colours or sizes
//! (`clippy.toml` points raw colour constructors here).

use eframe::egui::{Color32, Visuals};

/// The colours a panel needs, chosen to read on the current background.
#[derive(Debug, Clone, Copy)]
pub struct Palette {
    /// Text and markers for a match.
    pub matched: Color32,
    /// Text and markers for a miss.
    pub missed: Color32,
    /// Errors.
    pub error: Color32,
    /// Background behind event values that satisfied the pattern.
    pub satisfied_bg: Color32,
    /// Background behind event values that made it miss.
    pub failed_bg: Color32,
    /// Secondary text.
    pub muted: Color32,
    /// The linter's warnings.
    pub warning: Color32,
    /// The linter's advice.
    pub advice: Color32,
}

/// Sizes the panels share.
pub mod spacing {
    /// The narrowest a side panel may be dragged.
    pub const SIDE_PANEL_MIN: f32 = 220.0;
    /// The largest share of the window's width the form panel may take.
    pub const FORM_PANEL_MAX_SHARE: f32 = 0.28;
    /// The largest share of the window's width the events panel may take
    /// (sample names are long); with the form's, the editor keeps 36%.
    pub const EVENTS_PANEL_MAX_SHARE: f32 = 0.36;
}

/// The palette for the current visuals.
#[must_use]
#[expect(clippy::disallowed_methods, reason = "the one place colours are defined")]
pub fn palette(visuals: &Visuals) -> Palette {
    if visuals.dark_mode {
        Palette {
            matched: Color32::from_rgb(0x6c, 0xd6, 0x8a),
            missed: Color32::from_rgb(0xf0, 0xb4, 0x50),
            error: Color32::from_rgb(0xff, 0x7b, 0x72),
            satisfied_bg: Color32::from_rgba_unmultiplied(0x2e, 0xa0, 0x43, 0x70),
            failed_bg: Color32::from_rgba_unmultiplied(0xda, 0x36, 0x33, 0x70),
            muted: Color32::from_gray(0x9a),
            warning: Color32::from_rgb(0xe3, 0xb3, 0x41),
            advice: Color32::from_rgb(0x79, 0xc0, 0xff),
        }
    } else {
        Palette {
            matched: Color32::from_rgb(0x1a, 0x7f, 0x37),
            missed: Color32::from_rgb(0x9a, 0x5b, 0x00),
            error: Color32::from_rgb(0xcf, 0x22, 0x2e),
            satisfied_bg: Color32::from_rgba_unmultiplied(0x4a, 0xc2, 0x6b, 0x60),
            failed_bg: Color32::from_rgba_unmultiplied(0xff, 0x81, 0x82, 0x70),
            muted: Color32::from_gray(0x60),
            warning: Color32::from_rgb(0x9a, 0x67, 0x00),
            advice: Color32::from_rgb(0x09, 0x69, 0xda),
        }
    }
}
