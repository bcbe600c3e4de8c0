//! The map view: the SVG map, its controls, the panel for the selection and a text alternative.

mod map_panel;
mod map_shapes;
mod map_view;
mod sahel_map;

pub use map_view::MapView;
pub use sahel_map::SahelMap;
