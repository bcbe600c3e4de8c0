//! The view layer: one component per file, named for what the reader sees.

pub mod accordion;
pub mod aims;
pub mod app;
pub mod cite_dialog;
pub mod figures_view;
pub mod glossary_terms;
pub mod glossary_view;
pub mod guide_view;
pub mod language_status;
pub mod language_switch;
pub mod lazy_view;
pub mod map;
pub mod notice;
pub mod offline_status;
pub mod quiz;
pub mod reference_links;
pub mod references;
pub mod sections_view;
pub mod share_dialog;
pub mod site_footer;
pub mod site_header;
pub mod timeline_view;
pub mod view_styles;
pub mod words;
