//! The timeline, the map, the quizzes, the charts, the glossary, the teacher's guide and the share and citation dialogs are most of the app's code, and most
//! readers start with the sections. Their code is split off into wasm files of their own
//! (wasm-split, run by scripts/build-wasm.mjs) that the browser fetches the first time a reader
//! opens one of them, with the parts of the text they show (`content::text::Part`).

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::content::{text, Quiz};
use crate::i18n::{Lang, Localize};
use crate::ui::app::focus_pending;
use crate::ui::cite_dialog::CiteDialog;
use crate::ui::figures_view::FiguresView;
use crate::ui::glossary_view::GlossaryView;
use crate::ui::guide_view::GuideView;
use crate::ui::map::{MapView, SahelMap};
use crate::ui::notice::Notice;
use crate::ui::quiz::{QuizList, QuizView};
use crate::ui::share_dialog::ShareDialog;
use crate::ui::timeline_view::TimelineView;
use crate::ui::view_styles::{self, Style};
use crate::ui::words;
use crate::url_state::{View, LAST_YEAR};

/// Draws a split-off view; the code behind it lives in that view's part of the wasm.
type Render = fn(Lang, Option<&'static Quiz>) -> AnyView;

// Each returns the function that draws its view rather than the view itself, so that the view is
// built in the ordinary way, owned by the page around it, once the code is here. A part that cannot
// be downloaded is an error to show, not a panic: school networks drop connections.
#[wasm_split(map_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn map_view() -> Result<Render, SplitLoaderError> {
    Ok(|lang, _| view! { <MapView lang=lang /> }.into_any())
}

#[wasm_split(figures_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn figures_view() -> Result<Render, SplitLoaderError> {
    Ok(|lang, _| view! { <FiguresView lang=lang /> }.into_any())
}

#[wasm_split(timeline_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn timeline_view() -> Result<Render, SplitLoaderError> {
    Ok(|lang, _| view! { <TimelineView lang=lang /> }.into_any())
}

#[wasm_split(quiz_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn quiz_view() -> Result<Render, SplitLoaderError> {
    Ok(|lang, quiz| match quiz {
        Some(q) => view! { <QuizView lang=lang quiz=q /> }.into_any(),
        None => view! { <QuizList lang=lang /> }.into_any(),
    })
}

#[wasm_split(glossary_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn glossary_view() -> Result<Render, SplitLoaderError> {
    Ok(|lang, _| view! { <GlossaryView lang=lang /> }.into_any())
}

/// Draws the share dialog, which opens whenever `requests` changes.
pub type DrawDialog = fn(Lang, Signal<&'static str>, ReadSignal<u32>) -> AnyView;

/// Draws the map for a "find it on the map" question: the selected place, what a choice does, and
/// the places whose names the map must not write.
type DrawPicker =
    fn(Lang, Signal<Option<&'static str>>, Callback<&'static str>, Vec<&'static str>) -> AnyView;

// A "find it on the map" question comes with the map: its code shares the map's, in a chunk that
// neither the quiz list nor the other questions need.
#[wasm_split(map_picker, wasm_split_path = ::leptos::wasm_split, fallible)]
fn map_picker() -> Result<DrawPicker, SplitLoaderError> {
    Ok(|lang, selected, on_pick, unlabelled| {
        view! {
            <SahelMap
                lang=lang
                year=Signal::stored(LAST_YEAR)
                layers=Signal::stored(Vec::new())
                selected=selected
                href=Callback::new(|_| "#".to_string())
                on_pick=on_pick
                unlabelled=unlabelled
            />
        }
        .into_any()
    })
}

#[wasm_split(share_dialog, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn share_dialog_part() -> Result<DrawDialog, SplitLoaderError> {
    Ok(|lang, view_name, requests| {
        view! { <ShareDialog lang=lang view_name=view_name requests=requests /> }.into_any()
    })
}

// The citation dialog has the share dialog's type (its title comes from what it cites), so one copy
// of the code that fetches and draws a dialog serves both.
#[wasm_split(cite_dialog, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn cite_dialog_part() -> Result<DrawDialog, SplitLoaderError> {
    Ok(|lang, _, requests| view! { <CiteDialog lang=lang requests=requests /> }.into_any())
}

#[wasm_split(guide_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn guide_view() -> Result<Render, SplitLoaderError> {
    Ok(|lang, _| view! { <GuideView lang=lang /> }.into_any())
}

/// Where a split-off part is: not asked for, coming, here (with what it draws), or not
/// downloadable.
#[derive(Clone, Copy)]
pub enum Fetched<T> {
    Idle,
    Loading,
    Ready(T),
    Failed,
}

type Fetching<T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, SplitLoaderError>>>>;

/// What a split-off view needs besides its code: the parts of the text it shows and its styles.
pub struct Needs {
    pub words: Vec<text::Part>,
    pub styles: &'static [Style],
}

/// Fetches a part of the wasm and what it `needs`, puts it `into` the signal (unless the reader
/// has moved on and the signal is gone), then runs `then`.
pub fn fetch<T: Send + Sync + 'static>(
    into: RwSignal<Fetched<T>>,
    lang: Lang,
    needs: Needs,
    part: Fetching<T>,
    then: fn(),
) {
    into.set(Fetched::Loading);
    leptos::task::spawn_local(async move {
        let mut next = match part.await {
            Ok(draw) => Fetched::Ready(draw),
            Err(_) => Fetched::Failed,
        };
        view_styles::ensure(needs.styles).await;
        for part in needs.words {
            if let Err(e) = words::load(lang, part).await {
                web_sys::console::error_1(&e.0.into());
                next = Fetched::Failed;
            }
        }
        if into.try_set(next).is_none() {
            then();
        }
    });
}

/// The words a quiz view shows: the list's, and an open quiz's own questions.
pub fn quiz_words(quiz: Option<&'static Quiz>) -> Vec<text::Part> {
    let own = quiz.map_or(&[][..], |q| q.parts);
    std::iter::once(text::Part::QUIZZES)
        .chain(own.iter().filter_map(|&n| text::Part::numbered(n)))
        .collect()
}

/// A split-off view.
#[derive(Clone, Copy)]
pub enum Lazy {
    Timeline,
    Map,
    Figures,
    Quiz(Option<&'static Quiz>),
    Glossary,
    /// The teacher's guide: each section's objectives and questions (with the sections' bodies),
    /// the quizzes' titles, and its own words.
    Guide,
}

impl Lazy {
    /// The split-off view that shows `view` (none for the sections, which are not split off);
    /// `quiz` gives the open quiz, asked only for the quizzes.
    pub fn of(view: View, quiz: impl FnOnce() -> Option<&'static Quiz>) -> Option<Lazy> {
        match view {
            View::Sections => None,
            View::Timeline => Some(Lazy::Timeline),
            View::Map => Some(Lazy::Map),
            View::Quiz => Some(Lazy::Quiz(quiz())),
            View::Figures => Some(Lazy::Figures),
            View::Glossary => Some(Lazy::Glossary),
            View::Guide => Some(Lazy::Guide),
        }
    }
}

/// Shows a split-off view once its code is here, saying so meanwhile, and offering to try again if
/// the download fails.
#[component]
pub fn LazyView(lang: Lang, which: Lazy) -> impl IntoView {
    let part = RwSignal::new(Fetched::<Render>::Idle);
    let load = move || {
        let needs = |words, styles| Needs { words, styles };
        let (code, needs): (Fetching<Render>, _) = match which {
            Lazy::Timeline => (
                Box::pin(timeline_view()),
                needs(
                    vec![text::Part::TIMELINE],
                    &[Style::Controls, Style::Timeline],
                ),
            ),
            Lazy::Map => (
                Box::pin(map_view()),
                needs(vec![text::Part::MAP], &[Style::Controls, Style::Map]),
            ),
            Lazy::Figures => (
                Box::pin(figures_view()),
                needs(
                    vec![text::Part::FIGURES],
                    &[Style::Controls, Style::Figures],
                ),
            ),
            Lazy::Glossary => (
                Box::pin(glossary_view()),
                needs(vec![text::Part::GLOSSARY], &[Style::Glossary]),
            ),
            // The list's words, and an open quiz's own questions: each quiz's come with it.
            Lazy::Quiz(quiz) => (
                Box::pin(quiz_view()),
                needs(quiz_words(quiz), &[Style::Controls, Style::Quiz]),
            ),
            Lazy::Guide => (
                Box::pin(guide_view()),
                needs(
                    vec![
                        text::Part::SECTIONS,
                        text::Part::QUIZZES,
                        text::Part::GLOSSARY,
                        text::Part::GUIDE,
                    ],
                    &[Style::Controls, Style::Classroom],
                ),
            ),
        };
        // Once drawn, it has the heading a move to it asked focus for (a new view's, a question's).
        fetch(part, lang, needs, code, || {
            request_animation_frame(focus_pending)
        });
    };
    load();
    let quiz = match which {
        Lazy::Quiz(quiz) => quiz,
        Lazy::Map | Lazy::Timeline | Lazy::Figures | Lazy::Glossary | Lazy::Guide => None,
    };
    move || match part.get() {
        Fetched::Ready(draw) => draw(lang, quiz),
        state => waiting(lang, state, load).into_any(),
    }
}

/// What stands in for a split-off part until it is here: "loading", or why it is not, with a way
/// to try again.
fn waiting<T>(
    lang: Lang,
    state: Fetched<T>,
    retry: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let s = lang.strings();
    if matches!(state, Fetched::Failed) {
        let retry = Callback::new(move |()| retry());
        view! {
            <div class="view-loading failed" role="alert">
                <Notice lang=lang text=s.view_failed() retry=Some(retry) />
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class="view-loading" role="status">
                <Notice lang=lang text=s.view_loading() />
            </div>
        }
        .into_any()
    }
}

/// The map in a "find it on the map" question, once its code and words are here.
#[component]
pub fn MapPicker(
    lang: Lang,
    selected: Signal<Option<&'static str>>,
    on_pick: Callback<&'static str>,
    unlabelled: Vec<&'static str>,
) -> impl IntoView {
    let part = RwSignal::new(Fetched::<DrawPicker>::Idle);
    let load = move || {
        let needs = Needs {
            words: vec![text::Part::MAP],
            styles: &[Style::Controls, Style::Map],
        };
        fetch(part, lang, needs, Box::pin(map_picker()), || {});
    };
    load();
    move || match part.get() {
        Fetched::Ready(draw) => draw(lang, selected, on_pick, unlabelled.clone()),
        state => waiting(lang, state, load).into_any(),
    }
}
