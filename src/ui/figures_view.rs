//! The Figures view: the key numbers as charts. The charts themselves are static markup drawn at
//! build time (`sahel_content::chart`: SVG, tables, sources, CSV), in the figures part of the text;
//! what a reader operates is here: the chart picker, the "show as table" switch, and a readout of
//! the point in focus or under the pointer.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::content::{self, Figure, FIGURES};
use crate::embed;
use crate::i18n::{Lang, Localize};
use crate::ui::cite_dialog::{CiteButton, Cited};
use crate::ui::references::section_href;
use crate::url_state::{UrlContext, UrlState, View};

#[component]
pub fn FiguresView(lang: Lang) -> impl IntoView {
    let s = lang.strings();
    let url = UrlContext::get();
    let chart = Memo::new(move |_| {
        url.state
            .with(|st| st.chart)
            .and_then(content::figure)
            .unwrap_or(&FIGURES[0])
    });
    // Embedded, a chart stands alone with its sources: its title is the page's heading.
    if embed::is_embed_mode() {
        return view! { {move || view! { <ChartCard lang=lang figure=chart.get() alone=true /> }} }
            .into_any();
    }
    let picker = FIGURES
        .iter()
        .map(|f| {
            let href = move || {
                UrlState {
                    view: View::Figures,
                    chart: Some(f.id),
                    lang: url.state.with(|st| st.lang),
                    ..Default::default()
                }
                .href()
            };
            let current = move || (chart.get().id == f.id).then_some("page");
            view! { <li><a href=href aria-current=current>{f.title.get(lang)}</a></li> }
        })
        .collect_view();
    view! {
        <h1 id="view-heading" tabindex="-1">{s.figures().heading()}</h1>
        <p class="intro">{s.figures().intro()}</p>
        <nav class="chart-picker" aria-label=s.figures().charts()>
            <ul>{picker}</ul>
        </nav>
        {move || view! { <ChartCard lang=lang figure=chart.get() alone=false /> }}
    }
    .into_any()
}

/// The marks the build draws for data points: links marked with [`sahel_vocab::CHART_POINT_ATTR`],
/// each naming its value in `aria-label`.
struct PointMark;

impl PointMark {
    /// What the point at or around `target` says, if `target` is in one.
    fn label(target: Option<web_sys::EventTarget>) -> Option<String> {
        let element = target?.dyn_into::<web_sys::Element>().ok()?;
        let selector = format!("[{}]", sahel_vocab::CHART_POINT_ATTR);
        element
            .closest(&selector)
            .ok()??
            .get_attribute("aria-label")
    }
}

/// The CSV as a `data:` address for a download link: no request and nothing for the page's
/// Content-Security-Policy to allow (it lets no other origin in). Encoded here rather than at build
/// time, where percent escapes would triple the words a reader downloads with the view.
fn csv_href(csv: &str) -> String {
    format!(
        "data:text/csv;charset=utf-8,{}",
        js_sys::encode_uri_component(csv)
    )
}

/// One chart: its title, summary, switch, drawing or table, data download, citation and sources.
#[component]
fn ChartCard(lang: Lang, figure: &'static Figure, alone: bool) -> impl IntoView {
    let s = lang.strings();
    let f = s.figures();
    let as_table = RwSignal::new(false);
    let readout = RwSignal::new(None::<String>);
    let read = move |target| {
        if let Some(label) = PointMark::label(target) {
            readout.set(Some(label));
        }
    };
    // Alone (embedded), the page still needs its one h1 for the chart's h2 and h3s below it.
    let heading = alone.then(|| {
        view! { <h1 id="view-heading" tabindex="-1" class="visually-hidden">{f.heading()}</h1> }
    });
    let section = content::section(lang, figure.section);
    view! {
        <article class="figure" id=format!("figure-{}", figure.id)>
            {heading}
            <h2>{figure.title.get(lang)}</h2>
            <p class="figure-summary">{figure.summary.get(lang)}</p>
            <div class="figure-tools">
                <button
                    type="button"
                    class="button"
                    aria-pressed=move || if as_table.get() { "true" } else { "false" }
                    on:click=move |_| as_table.update(|t| *t = !*t)
                >
                    {f.show_table()}
                </button>
                <a class="button" href=csv_href(figure.csv.get(lang)) download=format!("{}.csv", figure.id)>
                    {f.download_csv()}
                </a>
                <CiteButton lang=lang what=Cited::Chart(figure.id) />
            </div>
            <div class="figure-body" hidden=move || as_table.get()>
                <p class="readout" aria-hidden="true">
                    {move || readout.get().unwrap_or_else(|| f.readout_hint().to_string())}
                </p>
                <div
                    class="figure-chart"
                    inner_html=figure.chart_html.get(lang)
                    on:focusin=move |ev| read(ev.target())
                    on:mouseover=move |ev| read(ev.target())
                ></div>
            </div>
            <div class="figure-tables" hidden=move || !as_table.get() inner_html=figure.table_html.get(lang)></div>
            <h3>{s.sources_heading()}</h3>
            <div inner_html=figure.sources_html.get(lang)></div>
            {section.map(|sec| view! {
                <p class="figure-section">{f.read_more()}" "<a href=section_href(sec.id)>{sec.title.get(lang)}</a></p>
            })}
        </article>
    }
}
