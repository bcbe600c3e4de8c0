use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one content file. Line 0 means the problem concerns the whole file or folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

impl ContentError {
    pub fn new(file: &Path, line: usize, message: String) -> Self {
        ContentError {
            file: file.to_path_buf(),
            line,
            message,
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
        }
    }
}

/// 1-based line number of a byte offset in `text`.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}
