//! Korean, through the window as a person would: chosen from the View
//! menu, every panel speaks it, AWS's message stays English with a Korean
//! hint under it, a miss is explained in Korean, and Korean text (user data)
//! renders with the bundled font. Its own test binary: the language is
//! global, and the other UI tests pin English.

use egui_kittest::kittest::Queryable;
use rulecraft::app::AppState;
use rulecraft::app::i18n::Language;

mod common;

#[test]
fn korean_is_chosen_from_the_view_menu_and_the_whole_window_speaks_it() {
    let event = r#"{"source": "aws.ec2", "detail-type": "EC2 Instance State-change Notification", "detail": {"state": "Running", "프로젝트": "빌드"}}"#;
    let mut h = common::harness(AppState::new(r#"{"detail": {"state": ["running"]}}"#, &[("한국어 이벤트", event)]));
    if let Some(menu) = h.get_all_by_label("View").next() {
        menu.click();
    }
    h.run();
    h.get_by_label("한국어").click();
    h.run();
    assert_eq!(h.state().settings.language, Language::Korean, "remembered with the settings");
    assert!(h.query_by_label("패턴").is_some(), "the editor's label");
    assert!(h.query_by_label("유효한 패턴").is_some());
    assert!(h.query_all_by_label("파일").next().is_some(), "the menus");
    // A miss, explained in Korean.
    h.get_by_label("(내 이벤트) 한국어 이벤트").click();
    h.run();
    assert!(h.query_by_label("일치하지 않음").is_some());
    assert!(h.query_by_label_contains("detail.state 값은 \"Running\"").is_some(), "the reason in Korean");
    // AWS's message stays AWS's words; the hint under it is Korean.
    common::replace_text(&mut h, "패턴", r#"{"source": "aws.ec2"}"#);
    assert!(
        h.query_by_label_contains("Event pattern is not valid. Reason: \"source\" must be an object or an array")
            .is_some()
    );
    assert!(h.query_by_label_contains("값을 배열에 넣으세요").is_some(), "the Korean hint");
    rulecraft::app::i18n::set_language(Language::English);
}
