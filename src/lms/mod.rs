//! Inside a course platform (an LMS: Moodle, Canvas, Brightspace, Blackboard…) as a SCORM 1.2
//! package (crates/scorm writes them). The package opens the explainer at
//! `index.html?scorm=1&graded=<quiz>&mastery=<percent>`; the platform's SCORM API then keeps the
//! reader's progress (`cmi.suspend_data`) and receives the score and status of the graded quiz.
//!
//! This module is free of the web and tested natively: what a launch asks for, the values SCORM 1.2
//! defines, and the suspend data. Talking to the platform's API is a split-off part ([`runtime`]),
//! fetched only by a package's launch: every other reader downloads none of it. With no API found
//! (the package opened outside a platform), the explainer behaves exactly as it does anywhere else.

pub mod runtime;

use std::cell::RefCell;

use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::content::{self, Quiz};
use crate::quiz::Score;

/// SCORM 1.2's limit for `cmi.suspend_data` (CMIString4096).
pub const SUSPEND_LIMIT: usize = 4096;
/// The share of the graded quiz's questions to get right at first try to pass, in per cent, unless
/// the package (its manifest's `adlcp:masteryscore`, or its launch address) says otherwise.
pub const DEFAULT_MASTERY: u8 = 70;
/// What the suspend data starts with: its format, so that a later one can still read it.
const SUSPEND_VERSION: &str = "s1";

/// What a package's launch address asks for.
#[derive(Clone, Copy)]
pub struct Launch {
    /// The quiz whose score and status the platform's gradebook receives.
    pub graded: &'static Quiz,
    pub mastery: u8,
}

/// The launch a page's query (`?…`) asks for, if it is a package's (`scorm=1`). The quiz defaults to
/// the final one, which covers the whole explainer.
pub fn launch(search: &str) -> Option<Launch> {
    let pairs: Vec<(&str, &str)> = search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|p| p.split_once('='))
        .collect();
    let value = |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    if value("scorm") != Some("1") {
        return None;
    }
    let graded = value("graded")
        .and_then(content::quiz)
        .or_else(|| content::quiz("final"))
        .or_else(|| content::QUIZZES.last())?;
    let mastery = value("mastery")
        .and_then(mastery)
        .unwrap_or(DEFAULT_MASTERY);
    Some(Launch { graded, mastery })
}

/// A mastery score as SCORM 1.2 writes it (`cmi.student_data.mastery_score`, a CMIDecimal from 0 to
/// 100; platforms write `70` or `70.0`), rounded to a whole per cent. Read by hand: Rust's
/// floating-point parser would add kilobytes to what every reader downloads.
pub fn mastery(text: &str) -> Option<u8> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole: u32 = whole.parse().ok()?;
    if whole > 100 || (whole == 100 && fraction.bytes().any(|b| b != b'0')) {
        return None;
    }
    let round_up = fraction.as_bytes().first().is_some_and(|&d| d >= b'5');
    u8::try_from(whole + u32::from(round_up)).ok()
}

/// `cmi.core.lesson_status` as this package reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Some question of the graded quiz has no first answer yet.
    Incomplete,
    Passed,
    Failed,
}

impl Status {
    pub fn of(score: Score, mastery: u8) -> Status {
        if score.total == 0 || score.answered < score.total {
            Status::Incomplete
        } else if percent(score) >= u32::from(mastery) {
            Status::Passed
        } else {
            Status::Failed
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Incomplete => "incomplete",
            Status::Passed => "passed",
            Status::Failed => "failed",
        }
    }
}

/// `cmi.core.score.raw`: right first answers as a whole per cent of the quiz's questions, on the
/// scale of the mastery score and of the gradebooks that read it (min 0, max 100).
pub fn percent(score: Score) -> u32 {
    if score.total == 0 {
        return 0;
    }
    ((score.right * 100 + score.total / 2) / score.total) as u32
}

/// `cmi.core.session_time` (CMITimespan, `HHHH:MM:SS.SS`) for a session of `millis`.
pub fn session_time(millis: f64) -> String {
    let hundredths = (millis.max(0.0) / 10.0).round() as u64;
    let (seconds, hundredths) = (hundredths / 100, hundredths % 100);
    let hours = (seconds / 3600).min(9999);
    format!(
        "{hours:04}:{:02}:{:02}.{hundredths:02}",
        seconds / 60 % 60,
        seconds % 60
    )
}

/// The suspend data: each quiz's progress (quiz/progress.rs), `s1|<quiz>:<progress>|…`, the graded
/// quiz first. When the whole would pass SCORM's limit, other quizzes are left out, latest first:
/// the graded quiz's progress is what the platform must not lose.
pub fn encode_suspend(graded: &str, progress: &[(&'static str, String)]) -> String {
    let mut entries: Vec<&(&str, String)> = progress.iter().filter(|(q, _)| *q == graded).collect();
    entries.extend(progress.iter().filter(|(q, _)| *q != graded));
    loop {
        let text = std::iter::once(SUSPEND_VERSION.to_string())
            .chain(entries.iter().map(|(q, p)| format!("{q}:{p}")))
            .collect::<Vec<_>>()
            .join("|");
        if text.len() <= SUSPEND_LIMIT || entries.len() <= 1 {
            return text;
        }
        entries.pop();
    }
}

/// Suspend data that this app did not write: the reader starts afresh, and is told.
#[derive(Debug, PartialEq, Eq)]
pub struct Malformed;

/// Each quiz's progress in suspend data, unchecked (quiz/progress.rs decides whether it still fits
/// its quiz). Empty data is a first visit. Quizzes the explainer no longer has are skipped.
pub fn decode_suspend(text: &str) -> Result<Vec<(&'static str, String)>, Malformed> {
    if text.is_empty() {
        return Ok(Vec::new());
    }
    if text.len() > SUSPEND_LIMIT {
        return Err(Malformed);
    }
    let mut parts = text.split('|');
    if parts.next() != Some(SUSPEND_VERSION) {
        return Err(Malformed);
    }
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for entry in parts {
        let (id, progress) = entry.split_once(':').ok_or(Malformed)?;
        if let Some(quiz) = content::quiz(id) {
            if out.iter().any(|(q, _)| *q == quiz.id) {
                return Err(Malformed);
            }
            out.push((quiz.id, progress.to_string()));
        }
    }
    Ok(out)
}

/// The platform's session, once the runtime has found its API and started.
pub struct Session {
    pub launch: Launch,
    /// Each quiz's progress, as saved and as the platform keeps it.
    pub progress: Vec<(&'static str, String)>,
    /// Whether progress from the platform could not be read, and the reader starts afresh.
    pub discarded: bool,
    /// Sends everything to the platform and commits it (in the runtime's part).
    report: fn(),
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

/// Whether a course platform keeps the progress (so the explainer does not: it owns the attempts).
pub fn active() -> bool {
    SESSION.with_borrow(Option::is_some)
}

/// Whether the progress the platform held could not be read.
pub fn discarded() -> bool {
    SESSION.with_borrow(|s| s.as_ref().is_some_and(|s| s.discarded))
}

/// The progress the platform keeps for `quiz`.
pub fn progress(quiz: &str) -> Option<String> {
    SESSION.with_borrow(|s| {
        let s = s.as_ref()?;
        s.progress
            .iter()
            .find(|(q, _)| *q == quiz)
            .map(|(_, p)| p.clone())
    })
}

/// The platform's progress for `quiz` did not fit it: it is dropped, and the reader is told.
pub fn discard(quiz: &str) {
    SESSION.with_borrow_mut(|s| {
        if let Some(s) = s.as_mut() {
            s.progress.retain(|(q, _)| *q != quiz);
            s.discarded = true;
        }
    });
}

/// Keeps `quiz`'s progress and reports it to the platform, which commits it.
pub fn save(quiz: &'static str, text: String) {
    let report = SESSION.with_borrow_mut(|s| {
        let s = s.as_mut()?;
        match s.progress.iter_mut().find(|(q, _)| *q == quiz) {
            Some(entry) => entry.1 = text,
            None => s.progress.push((quiz, text)),
        }
        Some(s.report)
    });
    // Outside the borrow: the report reads the session.
    if let Some(report) = report {
        report();
    }
}

fn begin(session: Session) {
    SESSION.set(Some(session));
}

fn with_session<T>(f: impl FnOnce(&Session) -> T) -> Option<T> {
    SESSION.with_borrow(|s| s.as_ref().map(f))
}

#[wasm_split(lms_runtime, wasm_split_path = ::leptos::wasm_split, fallible)]
fn runtime_part() -> Result<(), SplitLoaderError> {
    runtime::start();
    Ok(())
}

/// In a package's launch, fetches the runtime and starts the platform's session before the app
/// draws anything, so every quiz starts from the platform's progress. Elsewhere, returns at once.
pub async fn start() {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    // Only the query's `scorm=1` here: reading the rest of the launch is the runtime's, so that
    // none of it weighs on every reader's first load.
    if search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == "scorm=1")
    {
        // Without the part (no connection), the explainer works as it would outside a platform.
        let _ = runtime_part().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(right: usize, answered: usize, total: usize) -> Score {
        Score {
            right,
            answered,
            total,
        }
    }

    #[test]
    fn a_launch_names_its_graded_quiz_and_mastery() {
        let l = launch("?scorm=1&graded=minusma&mastery=80").unwrap();
        assert_eq!((l.graded.id, l.mastery), ("minusma", 80));
        let l = launch("?scorm=1").unwrap();
        assert_eq!((l.graded.id, l.mastery), ("final", DEFAULT_MASTERY));
        let l = launch("?scorm=1&graded=nope&mastery=200").unwrap();
        assert_eq!((l.graded.id, l.mastery), ("final", DEFAULT_MASTERY));
        assert!(launch("").is_none());
        assert!(launch("?embed=1").is_none());
        assert!(launch("?scorm=0&graded=minusma").is_none());
    }

    #[test]
    fn mastery_scores_as_platforms_write_them() {
        assert_eq!(mastery("70"), Some(70));
        assert_eq!(mastery(" 72.6 "), Some(73));
        assert_eq!(mastery("0"), Some(0));
        assert_eq!(mastery("100.0"), Some(100));
        assert_eq!(mastery("69.5"), Some(70));
        assert_eq!(mastery("69.49"), Some(69));
        for bad in [
            "",
            "-1",
            "100.5",
            "seventy",
            "NaN",
            ".5",
            "7e1",
            "1.2.3",
            "99999999999",
        ] {
            assert_eq!(mastery(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn status_is_incomplete_until_every_question_has_a_first_answer() {
        assert_eq!(Status::of(score(0, 0, 10), 70), Status::Incomplete);
        assert_eq!(Status::of(score(9, 9, 10), 70), Status::Incomplete);
        assert_eq!(Status::of(score(7, 10, 10), 70), Status::Passed);
        assert_eq!(Status::of(score(6, 10, 10), 70), Status::Failed);
        assert_eq!(Status::of(score(0, 10, 10), 0), Status::Passed);
        assert_eq!(Status::of(score(0, 0, 0), 70), Status::Incomplete);
        assert_eq!(Status::Failed.as_str(), "failed");
    }

    #[test]
    fn raw_scores_are_whole_per_cents() {
        assert_eq!(percent(score(5, 7, 7)), 71);
        assert_eq!(percent(score(2, 3, 3)), 67);
        assert_eq!(percent(score(7, 7, 7)), 100);
        assert_eq!(percent(score(0, 0, 0)), 0);
    }

    #[test]
    fn session_time_is_a_cmi_timespan() {
        assert_eq!(session_time(0.0), "0000:00:00.00");
        assert_eq!(session_time(83_456.0), "0000:01:23.46");
        assert_eq!(session_time(3_600_000.0 * 27.0 + 61_000.0), "0027:01:01.00");
        assert_eq!(session_time(-5.0), "0000:00:00.00");
    }

    #[test]
    fn suspend_data_round_trips_graded_first() {
        let progress = vec![
            ("minusma", "2;5;;;*".to_string()),
            ("final", "2;9;x=c1;x=1;*".to_string()),
        ];
        let text = encode_suspend("final", &progress);
        assert_eq!(text, "s1|final:2;9;x=c1;x=1;*|minusma:2;5;;;*");
        let back = decode_suspend(&text).unwrap();
        assert_eq!(back, vec![progress[1].clone(), progress[0].clone()]);
        assert_eq!(decode_suspend(""), Ok(Vec::new()));
        assert_eq!(decode_suspend("s1"), Ok(Vec::new()));
        assert_eq!(
            decode_suspend("s1|gone-quiz:2;1;;;*"),
            Ok(Vec::new()),
            "a quiz no longer here is skipped"
        );
    }

    #[test]
    fn suspend_data_stays_within_scorm_limits() {
        let big = "x".repeat(1500);
        let progress: Vec<(&'static str, String)> = content::QUIZZES
            .iter()
            .map(|q| (q.id, big.clone()))
            .collect();
        let text = encode_suspend("minusma", &progress);
        assert!(text.len() <= SUSPEND_LIMIT, "{}", text.len());
        assert!(text.starts_with(&format!("s1|minusma:{big}")));
        assert!(text.split('|').count() >= 3);
    }

    #[test]
    fn malformed_suspend_data_is_refused() {
        let long = format!("s1|final:{}", "1".repeat(SUSPEND_LIMIT));
        for bad in [
            "garbage",
            "{\"a\":1}",
            "s2|final:2;1;;;*",
            "s1|final",
            "s1|final:2;1;;;*|final:2;1;;;*",
            long.as_str(),
        ] {
            assert_eq!(decode_suspend(bad), Err(Malformed), "{bad:?}");
        }
    }
}
