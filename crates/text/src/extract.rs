//! Evidence extraction from one article.
use crate::dates::{find_dates, Reference};
use crate::records::{Article, ArticleEvidence, DateMention};

/// Extracts actors, quotes, claims and dates. Build once, share across threads.
#[derive(Debug, Default)]
pub struct Extractor {}

impl Extractor {
    pub fn new() -> Self {
        Extractor {}
    }

    pub fn extract(&self, article: &Article) -> ArticleEvidence {
        let reference = article.date.as_deref().and_then(Reference::parse);
        let start = crate::read::parse_text_header(&article.text).body_start;
        let dates = find_dates(&article.text, start, article.text.len(), reference.as_ref())
            .into_iter()
            .map(|f| DateMention {
                article: article.id.clone(),
                start: f.start,
                end: f.end,
                text: article.text[f.start..f.end].to_string(),
                resolved: f.resolved,
            })
            .collect();
        ArticleEvidence {
            dates,
            ..ArticleEvidence::default()
        }
    }
}
