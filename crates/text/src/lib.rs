//! Reading news articles and extracting evidence from them.
//!
//! [`read::read_paths`] streams [`Article`]s from files and folders; [`extract::Extractor`]
//! turns one article into [`ArticleEvidence`]: actors, direct quotes with speakers, indirect
//! claims, and dated expressions, each pointing back to a byte span of [`Article::text`].
pub mod article;
pub mod chronology;
pub mod dates;
pub mod extract;
pub mod html;
pub mod lexicon;
pub mod read;
pub mod records;
mod wordlists;

pub use article::article_from_text;
pub use chronology::Chronology;
pub use extract::{Explanation, Extractor};
pub use read::{read_paths, ReadEvent, ReadOptions};
pub use records::*;
