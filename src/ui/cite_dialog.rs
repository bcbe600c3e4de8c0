//! "Cite this": a button on every section, on the timeline, the map, each quiz, the teacher's guide
//! and in the footer (the whole explainer), and the dialog it opens: the citation in APA 7, MLA 9
//! and Chicago ([`crate::cite`]), each with a one-click copy. The dialog's code is a part of the
//! wasm of its own, fetched on the first press; one dialog serves the whole page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::cite::{self, Day, Style, Work};
use crate::content::{self, text::Part, CHECKED};
use crate::embed;
use crate::i18n::{Lang, Localize};
use crate::ui::lazy_view::{cite_dialog_part, fetch, DrawDialog, Fetched, Needs};
use crate::ui::site_header::view_label;
use crate::ui::view_styles::Style as Sheet;
use crate::url_state::{UrlContext, UrlState, View};

/// What a citation is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cited {
    /// The whole explainer.
    Explainer,
    /// A section, whether or not it is the one in the address.
    Section(&'static str),
    /// A chart of the Figures view, by its id.
    Chart(&'static str),
    /// The view on screen, as the address says: the timeline with its filter, the map with its
    /// selection, a quiz, the guide.
    Shown,
}

thread_local! {
    /// What the last "Cite this" pressed asked for; read when the dialog opens.
    static ASKED: std::cell::Cell<Cited> = const { std::cell::Cell::new(Cited::Explainer) };
    /// How many presses the dialog has opened for. It is drawn again when the language changes;
    /// that must not open it again for a press it has already answered.
    static ANSWERED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// The page's dialog, once the app has made it ([`CiteContext::provide`]). Kept here rather
    /// than in Leptos's context: buttons in markup and in every view reach it without a lookup.
    static PAGE_DIALOG: std::cell::Cell<Option<CiteContext>> = const { std::cell::Cell::new(None) };
}

/// The page's one citation dialog: how many times it was asked for, and its code once here. It
/// belongs to the app, so a language switch (which redraws the page) keeps it. Its types are the
/// share dialog's, so the main wasm holds one copy of the code that fetches and draws either.
#[derive(Clone, Copy)]
pub struct CiteContext {
    requests: RwSignal<u32>,
    dialog: RwSignal<Fetched<DrawDialog>>,
}

impl CiteContext {
    /// Makes the page's dialog, owned by the caller (the app, which outlives every view).
    pub fn provide() {
        PAGE_DIALOG.set(Some(CiteContext {
            requests: RwSignal::new(0),
            dialog: RwSignal::new(Fetched::Idle),
        }));
    }

    /// The page's dialog; none where the page is only rendered (the build's start view).
    pub fn get() -> Option<CiteContext> {
        PAGE_DIALOG.get()
    }

    /// Opens the dialog for `what`, fetching its code and words the first time (and again after a
    /// failure).
    pub fn open(self, lang: Lang, what: Cited) {
        ASKED.set(what);
        self.requests.update(|n| *n += 1);
        if matches!(self.dialog.get_untracked(), Fetched::Idle | Fetched::Failed) {
            let needs = Needs {
                words: vec![Part::GUIDE],
                styles: &[Sheet::Controls, Sheet::Classroom],
            };
            fetch(
                self.dialog,
                lang,
                needs,
                Box::pin(cite_dialog_part()),
                || {},
            );
        }
    }
}

/// The "Cite this" button for `what`.
#[component]
pub fn CiteButton(lang: Lang, what: Cited) -> impl IntoView {
    let cite = CiteContext::get();
    view! {
        <button type="button" class="button cite-button" aria-haspopup="dialog" on:click=move |_| {
            if let Some(c) = cite {
                c.open(lang, what);
            }
        }>{lang.strings().classroom().cite()}</button>
    }
}

/// Where the dialog is drawn, once its code is here (or why not).
#[component]
pub fn CiteHost(lang: Lang) -> impl IntoView {
    let cite = CiteContext::get();
    move || {
        let c = cite?;
        Some(match c.dialog.get() {
            Fetched::Ready(draw) => draw(lang, Signal::stored(""), c.requests.read_only()),
            Fetched::Failed => view! {
                <p class="share-failed" role="alert">{lang.strings().view_failed()}</p>
            }
            .into_any(),
            Fetched::Idle | Fetched::Loading => ().into_any(),
        })
    }
}

/// The address and the title of what is cited, as a reader of `lang` sees it on screen.
pub fn cited(lang: Lang, what: Cited, shown: &UrlState) -> (UrlState, Option<String>) {
    let s = lang.strings();
    let just_lang = UrlState {
        lang: shown.lang,
        ..UrlState::default()
    };
    match what {
        Cited::Explainer => (just_lang, None),
        Cited::Section(id) => (
            UrlState {
                section: Some(id),
                ..just_lang
            },
            content::section(lang, id).map(|sec| sec.title.get(lang).to_string()),
        ),
        Cited::Chart(id) => (
            UrlState {
                view: View::Figures,
                chart: Some(id),
                ..just_lang
            },
            content::figure(id).map(|f| f.title.get(lang).to_string()),
        ),
        Cited::Shown => {
            let title = match shown.view {
                View::Quiz => shown
                    .quiz
                    .and_then(content::quiz)
                    .map(|q| q.title.get(lang).to_string())
                    .unwrap_or_else(|| s.quiz().list_heading().to_string()),
                View::Timeline => s.timeline().heading().to_string(),
                View::Figures => s.figures().heading().to_string(),
                View::Glossary => s.glossary().heading().to_string(),
                View::Map => s.map().heading().to_string(),
                View::Guide => s.classroom().guide().to_string(),
                View::Sections => view_label(lang, View::Sections).to_string(),
            };
            (shown.clone(), Some(title))
        }
    }
}

/// The content's "checked as of" date, from the content.
pub fn checked() -> Day {
    Day {
        year: CHECKED.year,
        month: CHECKED.month,
        day: CHECKED.day.unwrap_or(1),
    }
}

/// The reader's today, from the browser's clock: the date of access.
fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day {
        year: now.get_full_year() as u16,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}

/// The Clipboard API, where the page may use it (secure contexts only).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!value.is_undefined()).then(|| value.unchecked_into())
}

/// The dialog: a native modal <dialog> (focus stays inside, Escape closes it, focus returns to the
/// button after), with each style's citation and its copy button. If the browser blocks the
/// clipboard, the citation appears in a read-only field, selected, for the reader to copy. It opens
/// when first drawn, and again whenever `requests` counts a new press, for what that button asked.
#[component]
pub fn CiteDialog(lang: Lang, requests: ReadSignal<u32>) -> impl IntoView {
    let s = lang.strings();
    let c = s.classroom();
    let url = UrlContext::get();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The outcome of the last copy: which style, and whether it reached the clipboard.
    let status = RwSignal::new(None::<(Style, bool)>);
    // What was on screen when the button was pressed: the address is read then, not followed, so a
    // closed dialog does not look up the words of a view that is still arriving.
    let work = Memo::new(move |_| {
        requests.track();
        let what = ASKED.get();
        let (state, title) = url.state.with_untracked(|shown| cited(lang, what, shown));
        (embed::full_url(&state.to_fragment()), title)
    });
    let accessed = today();
    let citation = move |style: Style| {
        work.with(|(link, title)| {
            cite::cite(
                style,
                lang,
                &Work {
                    site: s.site_title(),
                    title: title.as_deref(),
                    url: link,
                    checked: checked(),
                    accessed,
                },
            )
        })
    };
    Effect::new(move |_| {
        let pressed = requests.get();
        if ANSWERED.replace(pressed) == pressed {
            return;
        }
        status.set(None);
        if let Some(d) = dialog.get_untracked() {
            // Browsers without modal dialogs still show it, just not modal.
            if d.show_modal().is_err() {
                d.set_open(true);
            }
        }
    });
    // Each style's read-only field, shown when copying it was blocked.
    let fields = Style::ALL.map(|_| NodeRef::<leptos::html::Textarea>::new());
    let field_of = move |style: Style| fields[style as usize];
    // Copying was blocked: the citation is shown in its field, selected and focused for Ctrl+C.
    let blocked = move |style: Style| {
        status.set(Some((style, false)));
        request_animation_frame(move || {
            if let Some(el) = field_of(style).get_untracked() {
                let _ = el.focus();
                el.select();
            }
        });
    };
    let copy = move |style: Style| {
        let text = citation(style).plain();
        let Some(clipboard) = clipboard() else {
            blocked(style);
            return;
        };
        let promise = clipboard.write_text(&text);
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => status.set(Some((style, true))),
                Err(_) => blocked(style),
            }
        });
    };
    let title = move || {
        let name = work
            .with(|(_, t)| t.clone())
            .unwrap_or(s.site_title().to_string());
        format!("{}{}{name}", c.cite(), s.colon())
    };
    let rows = Style::ALL
        .into_iter()
        .map(|style| {
            let id = format!("cite-{}", style_code(style));
            let failed = move || status.get() == Some((style, false));
            view! {
                <div class="cite-row">
                    <h3 id=id.clone()>{style.name()}</h3>
                    <p class="cite-text" inner_html=move || citation(style).html()></p>
                    <button type="button" class="button" on:click=move |_| copy(style)>
                        {lang.strings().guide().copy()}" "{style.name()}
                    </button>
                    <p class="share-status" role="status">
                        {move || match status.get() {
                            Some((st, true)) if st == style => s.share().copied(),
                            Some((st, false)) if st == style => s.share().copy_failed(),
                            _ => "",
                        }}
                    </p>
                    <textarea class="cite-field" readonly rows="3" aria-labelledby=id.clone()
                        node_ref=field_of(style) hidden=move || !failed()
                        prop:value=move || citation(style).plain()></textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <dialog node_ref=dialog class="share-dialog cite-dialog" aria-labelledby="cite-title">
            <h2 id="cite-title">{title}</h2>
            <p class="hint">{lang.strings().guide().cite_intro()}</p>
            {rows}
            <form method="dialog">
                <button class="button primary">{s.share().close()}</button>
            </form>
        </dialog>
    }
}

/// A style's name in element ids.
fn style_code(style: Style) -> &'static str {
    match style {
        Style::Apa => "apa",
        Style::Mla => "mla",
        Style::Chicago => "chicago",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_links_to_what_it_cites() {
        let shown = UrlState::parse("#view=timeline&actors=un&lang=fr");
        let (state, title) = cited(Lang::Fr, Cited::Shown, &shown);
        assert_eq!(state.to_fragment(), "view=timeline&actors=un&lang=fr");
        assert_eq!(
            title.as_deref(),
            Some(Lang::Fr.strings().timeline().heading())
        );
        let sec = &content::sections(Lang::En)[2];
        let (state, title) = cited(Lang::En, Cited::Section(sec.id), &shown);
        assert_eq!(state.to_fragment(), format!("section={}&lang=fr", sec.id));
        assert_eq!(title.as_deref(), Some(sec.title.get(Lang::En)));
        let chart = &content::FIGURES[0];
        let (state, title) = cited(Lang::En, Cited::Chart(chart.id), &shown);
        assert_eq!(
            state.to_fragment(),
            format!("view=figures&chart={}&lang=fr", chart.id)
        );
        assert_eq!(title.as_deref(), Some(chart.title.get(Lang::En)));
        let (state, title) = cited(Lang::En, Cited::Explainer, &shown);
        assert_eq!((state.to_fragment(), title), ("lang=fr".to_string(), None));
        let quiz = &content::QUIZZES[0];
        let (state, title) = cited(
            Lang::En,
            Cited::Shown,
            &UrlState::parse(&format!("#quiz={}&q=3", quiz.id)),
        );
        assert_eq!(state.to_fragment(), format!("quiz={}&q=3", quiz.id));
        assert_eq!(title.as_deref(), Some(quiz.title.get(Lang::En)));
    }

    #[test]
    fn the_date_cited_is_the_contents() {
        let d = checked();
        assert_eq!((d.year, d.month, d.day), (2026, 12, 1));
    }
}
