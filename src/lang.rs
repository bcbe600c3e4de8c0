//! The languages the explainer is written in: one definition (`sahel_vocab::Lang`), shared by the
//! content, the interface strings and the build-time content crate.

pub use sahel_vocab::Lang;
