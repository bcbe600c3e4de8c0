//! The timeline, the map, the quizzes and the share dialog are most of the app's code, and most
//! readers start with the sections. Their code is split off into wasm files of their own
//! (wasm-split, run by scripts/build-wasm.mjs) that the browser fetches the first time a reader
//! opens one of them, with the parts of the text they show (`content::text::Part`).

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::content::{text, Quiz};
use crate::i18n::Lang;
use crate::ui::app::focus_pending;
use crate::ui::map::MapView;
use crate::ui::notice;
use crate::ui::quiz::{MapQuestion, QuizList, QuizView};
use crate::ui::share_dialog::ShareDialog;
use crate::ui::timeline_view::TimelineView;
use crate::ui::view_styles::{self, Style};

/// Draws a split-off view; the code behind it lives in that view's part of the wasm.
type Render = fn(Lang, Option<&'static Quiz>) -> AnyView;

// Each returns the function that draws its view rather than the view itself, so that the view is
// built in the ordinary way, owned by the page around it, once the code is here. A part that cannot
// be downloaded is an error to show, not a panic: school networks drop connections.
#[wasm_split(map_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn map_view() -> Result<Render, SplitLoaderError> {
    Ok(|lang, _| view! { <MapView lang=lang /> }.into_any())
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

/// Draws the share dialog, which opens whenever `requests` changes.
pub type DrawDialog = fn(Lang, Signal<&'static str>, ReadSignal<u32>) -> AnyView;

// A "find it on the map" question comes with the map: its code shares the map's, in a chunk that
// neither the quiz list nor the other questions need.
#[wasm_split(map_question, wasm_split_path = ::leptos::wasm_split, fallible)]
fn map_question() -> Result<Render, SplitLoaderError> {
    Ok(|lang, _| view! { <MapQuestion lang=lang /> }.into_any())
}

#[wasm_split(share_dialog, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn share_dialog_part() -> Result<DrawDialog, SplitLoaderError> {
    Ok(|lang, view_name, requests| {
        view! { <ShareDialog lang=lang view_name=view_name requests=requests /> }.into_any()
    })
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
    pub words: &'static [text::Part],
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
        for &words in needs.words {
            if let Err(e) = text::load(lang, words).await {
                web_sys::console::error_1(&e.0.into());
                next = Fetched::Failed;
            }
        }
        if into.try_set(next).is_none() {
            then();
        }
    });
}

/// A split-off view.
#[derive(Clone, Copy)]
pub enum Lazy {
    Timeline,
    Map,
    Quiz(Option<&'static Quiz>),
    /// The current question of the quiz around it, a map question.
    MapQuestion,
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
                needs(&[text::Part::Timeline], &[Style::Controls, Style::Timeline]),
            ),
            Lazy::Map => (
                Box::pin(map_view()),
                needs(&[text::Part::Map], &[Style::Controls, Style::Map]),
            ),
            Lazy::Quiz(_) => (
                Box::pin(quiz_view()),
                needs(&[text::Part::Quizzes], &[Style::Controls, Style::Quiz]),
            ),
            Lazy::MapQuestion => (
                Box::pin(map_question()),
                needs(&[text::Part::Map], &[Style::Controls, Style::Map]),
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
        Lazy::Map | Lazy::Timeline | Lazy::MapQuestion => None,
    };
    let s = lang.strings();
    move || match part.get() {
        Fetched::Ready(draw) => draw(lang, quiz),
        Fetched::Idle | Fetched::Loading => {
            let status = notice::markup(lang.code(), s.view_loading, None);
            view! { <div class="view-loading" role="status" inner_html=status></div> }.into_any()
        }
        Fetched::Failed => {
            let alert = notice::markup(lang.code(), s.view_failed, Some(s.try_again));
            let retry = move |ev: web_sys::MouseEvent| {
                if notice::on_button(&ev) {
                    load()
                }
            };
            view! { <div class="view-loading failed" role="alert" inner_html=alert on:click=retry></div> }
                .into_any()
        }
    }
}
