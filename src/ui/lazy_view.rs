//! The map and the quizzes are most of the app's code, and most readers start with the sections.
//! Their code is split off into wasm files of their own (wasm-split, run by scripts/build-wasm.mjs)
//! that the browser fetches the first time a reader opens one of them, with the part of the text
//! they show (`content::text::Part`).

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::content::{text, Quiz};
use crate::i18n::Lang;
use crate::ui::app::focus_view_heading;
use crate::ui::map::MapView;
use crate::ui::quiz::{QuizList, QuizView};

/// Draws a split-off view; the code behind it lives in that view's part of the wasm.
type Render = fn(Lang, Option<&'static Quiz>) -> AnyView;

// Each returns the function that draws its view rather than the view itself, so that the view is
// built in the ordinary way, owned by the page around it, once the code is here. A part that cannot
// be downloaded is an error to show, not a panic: school networks drop connections.
#[wasm_split(map_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn map_view() -> Result<Render, SplitLoaderError> {
    Ok(|lang, _| view! { <MapView lang=lang /> }.into_any())
}

#[wasm_split(quiz_view, wasm_split_path = ::leptos::wasm_split, fallible)]
fn quiz_view() -> Result<Render, SplitLoaderError> {
    Ok(|lang, quiz| match quiz {
        Some(q) => view! { <QuizView lang=lang quiz=q /> }.into_any(),
        None => view! { <QuizList lang=lang /> }.into_any(),
    })
}

/// Which split-off view to show.
#[derive(Clone, Copy)]
pub enum Lazy {
    Map,
    Quiz(Option<&'static Quiz>),
}

#[derive(Clone, Copy)]
enum Part {
    Loading,
    Ready(Render),
    Failed,
}

/// Shows a split-off view once its code is here, saying so meanwhile, and offering to try again if
/// the download fails.
#[component]
pub fn LazyView(lang: Lang, which: Lazy) -> impl IntoView {
    let part = RwSignal::new(Part::Loading);
    let load = move || {
        part.set(Part::Loading);
        leptos::task::spawn_local(async move {
            let (loaded, words): (_, &[text::Part]) = match which {
                Lazy::Map => (map_view().await, &[text::Part::Map]),
                // Map questions name countries and places.
                Lazy::Quiz(_) => (quiz_view().await, &[text::Part::Quizzes, text::Part::Map]),
            };
            let mut next = match loaded {
                Ok(render) => Part::Ready(render),
                Err(_) => Part::Failed,
            };
            for &words in words {
                if let Err(e) = text::load(lang, words).await {
                    web_sys::console::error_1(&e.0.into());
                    next = Part::Failed;
                }
            }
            // The reader may have moved on meanwhile; then there is nothing left to draw into.
            if part.try_set(next).is_none() {
                // The heading it brings is where a new view puts focus (see App).
                request_animation_frame(focus_view_heading);
            }
        });
    };
    load();
    let quiz = match which {
        Lazy::Quiz(quiz) => quiz,
        Lazy::Map => None,
    };
    let s = lang.strings();
    move || match part.get() {
        Part::Ready(draw) => draw(lang, quiz),
        Part::Loading => {
            view! { <p class="view-loading" role="status">{s.view_loading}</p> }.into_any()
        }
        Part::Failed => view! {
            <div class="view-loading failed" role="alert">
                <p>{s.view_failed}</p>
                <button type="button" class="button" on:click=move |_| load()>{s.try_again}</button>
            </div>
        }
        .into_any(),
    }
}
