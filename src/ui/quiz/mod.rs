//! The quiz views: the list of quizzes, one quiz at a time, its questions and results.

mod answer_key;
mod map_pick;
mod question_card;
mod quiz_list;
mod quiz_results;
mod quiz_view;
mod session;
mod worksheet;

pub use quiz_list::QuizList;
pub use quiz_view::QuizView;
