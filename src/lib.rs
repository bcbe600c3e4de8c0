//! An interactive explainer on peacekeeping in Mali and the Sahel (2012–2025).
//!
//! Data flows one way: `content/` → build-time validation (`build.rs`) → static data in [`content`]
//! → components in [`ui`]. What the reader does goes into signals and the address ([`url_state`]).

#![recursion_limit = "256"]

pub mod cite;
pub mod content;
pub mod embed;
pub mod fatal;
pub mod i18n;
pub mod lang;
pub mod lms;
pub mod markup;
pub mod offline;
pub mod quiz;
pub mod storage;
pub mod ui;
pub mod url_state;

pub use ui::app::App;
