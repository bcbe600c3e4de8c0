use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::{self, text::Part};
use crate::embed;
use crate::i18n::{Lang, Localize};
use crate::markup::Markup;
use crate::ui::lazy_view::{fetch, share_dialog_part, Fetched, Needs};
use crate::ui::site_header::view_label;
use crate::ui::view_styles::Style;
use crate::url_state::{UrlContext, UrlState, View};

/// The "Share or embed" button. The dialog's code is a part of the wasm of its own, fetched on the
/// first press; if it cannot be downloaded, the next press tries again.
#[component]
pub fn ShareButton(lang: Lang, view_name: Signal<&'static str>) -> impl IntoView {
    let requests = RwSignal::new(0u32);
    let dialog = RwSignal::new(Fetched::Idle);
    let press = move |_| {
        requests.update(|n| *n += 1);
        if matches!(dialog.get_untracked(), Fetched::Idle | Fetched::Failed) {
            let needs = Needs {
                words: vec![Part::SHARE],
                styles: &[Style::Controls],
            };
            fetch(dialog, lang, needs, Box::pin(share_dialog_part()), || {});
        }
    };
    view! {
        <button type="button" class="button share-button" aria-haspopup="dialog" on:click=press>
            {lang.strings().share().button()}
        </button>
        {move || match dialog.get() {
            Fetched::Ready(draw) => draw(lang, view_name, requests.read_only()),
            Fetched::Failed => view! { <p class="share-failed" role="alert">{lang.strings().view_failed()}</p> }.into_any(),
            Fetched::Idle | Fetched::Loading => ().into_any(),
        }}
    }
}

/// What a frame of `state` shows, for its title: "Quiz: The 2012 crisis…", "Map", ….
fn shown_name(lang: Lang, state: &UrlState) -> String {
    let d = lang.strings().share_dialog();
    let colon = lang.strings().colon();
    if let Some(sec) = state.section.and_then(|id| content::section(lang, id)) {
        return format!("{}{colon}{}", d.section_word(), sec.title.get(lang));
    }
    if let Some(quiz) = state.quiz.and_then(content::quiz) {
        return format!("{}{colon}{}", d.quiz_word(), quiz.title.get(lang));
    }
    view_label(lang, state.view).to_string()
}

/// How tall a frame should be for `state` when the host page cannot run embed.js (which fits the
/// frame to its content): roughly what each view needs on a laptop.
pub fn suggested_height(state: &UrlState) -> u32 {
    if state.section.is_some() {
        return 1600;
    }
    match state.view {
        View::Sections => 1600,
        View::Timeline => 1400,
        View::Map => 1100,
        View::Figures => 1200,
        View::Quiz => 900,
        View::Glossary | View::Guide => 1600,
    }
}

/// The code a course page pastes: the frame, and embed.js to fit it to its content.
fn snippet(src: &str, title: &str, height: u32, script: &str) -> String {
    let mut m = Markup::new();
    m.empty(
        "iframe",
        &[
            ("src", src),
            ("title", title),
            ("loading", "lazy"),
            ("width", "100%"),
            ("height", &height.to_string()),
            ("style", "border:0;max-width:100%"),
        ],
    );
    let frame = m.finish();
    let mut m = Markup::new();
    m.empty("script", &[("src", script), ("async", "")]);
    format!("{frame}\n{}", m.finish().replace("async=\"\"", "async"))
}

/// The Clipboard API, where the page may use it (secure contexts only).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!value.is_undefined()).then(|| value.unchecked_into())
}

/// Which of the dialog's two texts a copy was of, so its outcome is said beside it.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Link,
    Code,
}

/// "Share or embed": the link to what is on screen and an iframe snippet to copy, with a preview.
/// A native modal <dialog>: focus stays inside, Escape closes it, focus returns after. It opens
/// when drawn, and again whenever `requests` changes.
#[component]
pub fn ShareDialog(
    lang: Lang,
    view_name: Signal<&'static str>,
    requests: ReadSignal<u32>,
) -> impl IntoView {
    let s = lang.strings().share();
    let d = lang.strings().share_dialog();
    let url = UrlContext::get();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let is_open = RwSignal::new(false);
    // The outcome of the last copy, said under the field copied.
    let status = RwSignal::new(None::<(Field, &'static str)>);
    // On a question, the reader chooses: the quiz from its start (the default), or this question.
    let whole_quiz = RwSignal::new(true);
    let shared = Memo::new(move |_| {
        let mut state = url.state.get();
        if whole_quiz.get() {
            state.question = None;
        }
        state
    });
    let on_question = Memo::new(move |_| url.state.with(|st| st.question.is_some()));
    let link = Memo::new(move |_| embed::full_url(&shared.get().to_fragment()));
    let frame_src = Memo::new(move |_| embed::embed_url(&shared.get().to_fragment()));
    let code = Memo::new(move |_| {
        shared.with(|st| {
            let title = d.frame_title(shown_name(lang, st));
            snippet(
                &frame_src.get(),
                &title,
                suggested_height(st),
                &embed::embed_script_url(),
            )
        })
    });
    // From a file on disk, the addresses work on this computer only.
    let from_file = embed::is_file_page();
    let open = move || {
        status.set(None);
        is_open.set(true);
        if let Some(d) = dialog.get_untracked() {
            // Browsers without modal dialogs still show it, just not modal.
            if d.show_modal().is_err() {
                d.set_open(true);
            }
        }
    };
    let copy = move |field: Field,
                     text: String,
                     input: NodeRef<leptos::html::Input>,
                     area: NodeRef<leptos::html::Textarea>| {
        let select = move || {
            if let Some(el) = input.get_untracked() {
                el.select();
            } else if let Some(el) = area.get_untracked() {
                el.select();
            }
        };
        let Some(clipboard) = clipboard() else {
            select();
            status.set(Some((field, s.copy_failed())));
            return;
        };
        let promise = clipboard.write_text(&text);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => status.set(Some((field, s.copied()))),
                Err(_) => {
                    select();
                    status.set(Some((field, s.copy_failed())));
                }
            }
        });
    };
    let said =
        move |field: Field| move || status.get().filter(|(f, _)| *f == field).map(|(_, t)| t);
    let link_field = NodeRef::<leptos::html::Input>::new();
    let code_field = NodeRef::<leptos::html::Textarea>::new();

    Effect::new(move |_| {
        requests.track();
        open();
    });
    // The view's name (from the header) titles the dialog for screen readers.
    let title = move || format!("{} ({})", d.title(), view_name.get());

    view! {
        <dialog node_ref=dialog class="share-dialog" aria-labelledby="share-title" on:close=move |_| is_open.set(false)>
            <h2 id="share-title">{title}</h2>
            {from_file.then(|| view! { <p class="share-warning" role="note">{d.file_warning()}</p> })}
            {move || (on_question.get()).then(|| view! {
                <fieldset class="share-what">
                    <legend>{d.what_legend()}</legend>
                    <label>
                        <input type="radio" name="share-what" prop:checked=move || whole_quiz.get() on:change=move |_| whole_quiz.set(true) />
                        {d.whole_quiz()}
                    </label>
                    <label>
                        <input type="radio" name="share-what" prop:checked=move || !whole_quiz.get() on:change=move |_| whole_quiz.set(false) />
                        {d.this_question()}
                    </label>
                </fieldset>
            })}
            <label for="share-link">{d.link_label()}</label>
            <div class="share-row">
                <input id="share-link" type="text" readonly node_ref=link_field prop:value=move || link.get() />
                <button type="button" class="button" on:click=move |_| copy(Field::Link, link.get_untracked(), link_field, NodeRef::new())>{d.copy_link()}</button>
            </div>
            <p class="share-status" role="status">{said(Field::Link)}</p>
            <label for="share-code">{d.code_label()}</label>
            <p class="hint" id="share-code-hint">{d.code_hint()}</p>
            <div class="share-row">
                <textarea id="share-code" readonly rows="4" aria-describedby="share-code-hint" node_ref=code_field prop:value=move || code.get()></textarea>
                <button type="button" class="button" on:click=move |_| copy(Field::Code, code.get_untracked(), NodeRef::new(), code_field)>{d.copy_code()}</button>
            </div>
            <p class="share-status" role="status">{said(Field::Code)}</p>
            <h3>{d.preview()}</h3>
            // A picture of what a course page shows: out of the Tab order and hidden from screen
            // readers, which have the real view behind the dialog. It loads only while open.
            {move || is_open.get().then(|| view! {
                <iframe class="share-preview" src=frame_src.get() title=d.preview() inert=true tabindex="-1"></iframe>
            })}
            <form method="dialog">
                <button class="button primary">{s.close()}</button>
            </form>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_is_escaped_and_sized_for_what_it_shows() {
        let code = snippet(
            "https://x.org/?embed=1#quiz=a\"b",
            "Quiz: <b>&",
            900,
            "https://x.org/embed.js",
        );
        assert_eq!(
            code,
            "<iframe src=\"https://x.org/?embed=1#quiz=a&quot;b\" title=\"Quiz: &lt;b&gt;&amp;\" loading=\"lazy\" width=\"100%\" height=\"900\" style=\"border:0;max-width:100%\"></iframe>\n<script src=\"https://x.org/embed.js\" async></script>"
        );
        let quiz = UrlState::parse(&format!("#quiz={}", content::QUIZZES[0].id));
        assert_eq!(suggested_height(&quiz), 900);
        let section = UrlState::parse(&format!("#section={}", content::sections(Lang::En)[0].id));
        assert_eq!(suggested_height(&section), 1600);
    }

    #[test]
    fn a_frame_is_named_for_what_it_shows() {
        let quiz = &content::QUIZZES[0];
        let state = UrlState::parse(&format!("#quiz={}&q=2", quiz.id));
        assert_eq!(
            shown_name(Lang::En, &state),
            format!("Quiz: {}", quiz.title.get(Lang::En))
        );
        let sec = &content::sections(Lang::Fr)[0];
        let state = UrlState::parse(&format!("#section={}", sec.id));
        assert_eq!(
            shown_name(Lang::Fr, &state),
            format!("Chapitre\u{202F}: {}", sec.title.get(Lang::Fr))
        );
        assert_eq!(shown_name(Lang::En, &UrlState::parse("#view=map")), "Map");
    }
}
