//! The dashboard's evidence from a detente store.
//!
//! Quotes are the hot path (`/api/quotes?speaker=...` must answer thousands of requests a
//! second on 100,000 quotes), and the store's speaker filter is a LIKE over names and
//! mentions that scans every quote. So quotes are held in memory, grouped by who said them,
//! and rebuilt when the store changes ([`EvidenceSource::refresh`], polled by the server).
//! Everything else (actors, timeline, search, articles) queries the store directly, through
//! a small pool of read-only connections, on tokio's blocking pool: for SQLite, handles of
//! their own; for PostgreSQL, handles sharing one r2d2 pool of as many connections.

use super::evidence::{in_range, ArticleSummary, EvidenceSource, QuoteFilter, SearchHit, TextPart};
use crate::adapt::{article_view, quote_view, IssueLinker};
use crate::data::{ActorView, ArticleView, EventView, QuoteView};
use crate::ReportError;
use detente_store::{
    ActorFilter, AnyStore, SearchOptions, StoreError, StoreRead, TimelineFilter, TimelineKind,
};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};

/// Read-only connections kept open; SQLite reads run in parallel across them.
const POOL: usize = 4;
/// Further connections used only by searches, so that pages which do not search never
/// wait behind one (the server also bounds how many searches run at once).
const SEARCH_POOL: usize = 2;

/// Quotes in store order with an index by speaker.
#[derive(Default)]
struct QuoteIndex {
    quotes: Vec<QuoteView>,
    /// Each quote already serialised, so answering is concatenation.
    json: Vec<Box<str>>,
    /// Lower-cased "name \x1f surface forms \x1f mention" per group of quotes, and the
    /// group's quote indices in store order.
    speakers: Vec<(String, Vec<u32>)>,
    per_article: HashMap<String, usize>,
    affiliation_of: HashMap<String, String>,
}

impl QuoteIndex {
    fn build(store: &dyn StoreRead, linker: Option<&IssueLinker>) -> Result<Self, ReportError> {
        let rows = store
            .quotes(&detente_store::QuoteFilter::default())
            .map_err(store_err)?;
        let actors = store.actors(&ActorFilter::default()).map_err(store_err)?;
        let surfaces: HashMap<&str, String> = actors
            .iter()
            .map(|a| (a.name.as_str(), a.surfaces.join("\u{1f}").to_lowercase()))
            .collect();
        let mut groups: HashMap<String, Vec<u32>> = HashMap::new();
        let mut quotes = Vec::with_capacity(rows.len());
        let mut per_article: HashMap<String, usize> = HashMap::new();
        let mut affiliation_of: HashMap<String, String> = HashMap::new();
        for (i, r) in rows.iter().enumerate() {
            let Ok(i) = u32::try_from(i) else { break };
            let hay = format!(
                "{}\u{1f}{}\u{1f}{}",
                r.speaker.as_deref().unwrap_or("").to_lowercase(),
                r.speaker
                    .as_deref()
                    .and_then(|s| surfaces.get(s))
                    .map_or("", String::as_str),
                r.speaker_mention.as_deref().unwrap_or("").to_lowercase()
            );
            groups.entry(hay).or_default().push(i);
            *per_article.entry(r.article.clone()).or_default() += 1;
            if let (Some(s), Some(a)) = (&r.speaker, &r.affiliation) {
                affiliation_of.entry(s.clone()).or_insert_with(|| a.clone());
            }
            let mut q = quote_view(r);
            if let Some(l) = linker {
                l.link(&mut q);
            }
            quotes.push(q);
        }
        let mut speakers: Vec<(String, Vec<u32>)> = groups.into_iter().collect();
        speakers.sort_by(|a, b| a.0.cmp(&b.0));
        let json = quotes
            .iter()
            .map(|q| {
                serde_json::to_string(q)
                    .map(String::into_boxed_str)
                    .map_err(|e| ReportError::Store(e.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(QuoteIndex {
            quotes,
            json,
            speakers,
            per_article,
            affiliation_of,
        })
    }

    /// Indices of the matching quotes, in store order, at most `f.limit`.
    fn query(&self, f: &QuoteFilter) -> Vec<u32> {
        let rest = QuoteFilter {
            speaker: None,
            ..f.clone()
        };
        let mut out = Vec::new();
        let mut take = |i: u32| -> bool {
            if let Some(q) = self.quotes.get(i as usize) {
                if rest.matches(q) {
                    out.push(i);
                }
            }
            out.len() < f.limit
        };
        if f.limit == 0 {
            return Vec::new();
        }
        match f.speaker.as_deref().map(str::to_lowercase) {
            None => {
                for i in 0..self.quotes.len() {
                    let Ok(i) = u32::try_from(i) else { break };
                    if !take(i) {
                        break;
                    }
                }
            }
            Some(needle) => {
                let lists: Vec<&[u32]> = self
                    .speakers
                    .iter()
                    .filter(|(hay, _)| hay.contains(&needle))
                    .map(|(_, l)| l.as_slice())
                    .collect();
                // Merge the matching groups lazily in store order: usually one group, and
                // the limit is reached long before the lists are exhausted.
                let mut heap: BinaryHeap<Reverse<(u32, usize, usize)>> = lists
                    .iter()
                    .enumerate()
                    .filter_map(|(g, l)| l.first().map(|&i| Reverse((i, g, 0))))
                    .collect();
                while let Some(Reverse((i, g, pos))) = heap.pop() {
                    if !take(i) {
                        break;
                    }
                    if let Some(&next) = lists[g].get(pos + 1) {
                        heap.push(Reverse((next, g, pos + 1)));
                    }
                }
            }
        }
        out
    }
}

/// The affiliation of `speaker`'s first quote (in the store's quote order) that has one:
/// what the in-memory index's `affiliation_of` holds for the speaker once it is built.
fn first_affiliation(store: &AnyStore, speaker: &str) -> Result<Option<String>, ReportError> {
    let rows = store
        .quotes(&detente_store::QuoteFilter {
            speaker: Some(speaker.to_string()),
            // The first fifty: a prolific speaker's side is settled long before.
            limit: Some(50),
            ..Default::default()
        })
        .map_err(store_err)?;
    Ok(rows
        .into_iter()
        .filter(|r| r.speaker.as_deref() == Some(speaker))
        .find_map(|r| r.affiliation))
}

fn store_err(e: StoreError) -> ReportError {
    match e {
        StoreError::InvalidSearch { .. } | StoreError::InvalidDate { .. } => {
            ReportError::BadRequest(e.to_string())
        }
        StoreError::Interrupted { .. } => ReportError::TimedOut(e.to_string()),
        other => ReportError::Store(other.to_string()),
    }
}

/// Counts that change whenever anything is ingested.
type Fingerprint = (i64, i64, i64, i64);

pub struct StoreEvidence {
    path: PathBuf,
    handles: RwLock<Vec<Arc<AnyStore>>>,
    search_handles: RwLock<Vec<Arc<AnyStore>>>,
    next: AtomicUsize,
    index: RwLock<Arc<QuoteIndex>>,
    fingerprint: Mutex<Option<Fingerprint>>,
    /// Set once the in-memory index reflects the store; until then quotes come from SQL.
    indexed: std::sync::atomic::AtomicBool,
    linker: Option<IssueLinker>,
}

impl StoreEvidence {
    /// Opens the store read-only. A file that does not exist yet gives an empty source that
    /// picks the store up once it appears; any other problem (not a database, another
    /// program's database, a newer schema) is an error naming the file. The quote index is
    /// built by the first [`EvidenceSource::refresh`] (the server runs it at start, beside
    /// the requests); until then quotes are answered from SQLite directly.
    pub fn open(path: &Path, linker: Option<IssueLinker>) -> Result<Self, ReportError> {
        let s = StoreEvidence {
            path: path.to_path_buf(),
            handles: RwLock::new(Vec::new()),
            search_handles: RwLock::new(Vec::new()),
            next: AtomicUsize::new(0),
            index: RwLock::new(Arc::new(QuoteIndex::default())),
            fingerprint: Mutex::new(None),
            indexed: std::sync::atomic::AtomicBool::new(false),
            linker,
        };
        s.try_open()?;
        Ok(s)
    }

    /// Quotes straight from SQLite, for the seconds before the index is ready.
    fn quotes_from_sql(&self, f: &QuoteFilter) -> Result<Vec<QuoteView>, ReportError> {
        let Some(store) = self.handle() else {
            return Ok(Vec::new());
        };
        let rows = store
            .quotes(&detente_store::QuoteFilter {
                speaker: f.speaker.clone(),
                affiliation: f.affiliation.clone(),
                since: f.since.clone(),
                until: f.until.clone(),
                limit: Some(f.limit),
                ..detente_store::QuoteFilter::default()
            })
            .map_err(store_err)?;
        let rest = QuoteFilter {
            speaker: None,
            affiliation: None,
            since: None,
            until: None,
            ..f.clone()
        };
        Ok(rows
            .iter()
            .map(|r| {
                let mut q = quote_view(r);
                if let Some(l) = &self.linker {
                    l.link(&mut q);
                }
                q
            })
            .filter(|q| rest.matches(q))
            .collect())
    }

    /// True when a store file was found and opened.
    pub fn is_open(&self) -> bool {
        self.handles.read().map(|h| !h.is_empty()).unwrap_or(false)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn handle(&self) -> Option<Arc<AnyStore>> {
        Self::pick(&self.handles, &self.next)
    }

    /// A connection for a search: one of its own when they could be opened.
    fn search_handle(&self) -> Option<Arc<AnyStore>> {
        Self::pick(&self.search_handles, &self.next).or_else(|| self.handle())
    }

    fn pick(pool: &RwLock<Vec<Arc<AnyStore>>>, next: &AtomicUsize) -> Option<Arc<AnyStore>> {
        let handles = pool.read().ok()?;
        if handles.is_empty() {
            return None;
        }
        let i = next.fetch_add(1, Ordering::Relaxed) % handles.len();
        handles.get(i).cloned()
    }

    fn index(&self) -> Arc<QuoteIndex> {
        self.index
            .read()
            .map(|i| Arc::clone(&i))
            .unwrap_or_default()
    }

    fn try_open(&self) -> Result<bool, ReportError> {
        let first = match AnyStore::open_read_only_pooled(&self.path, (POOL + SEARCH_POOL) as u32) {
            Ok(s) => s,
            Err(StoreError::Missing { .. }) => return Ok(false),
            // An empty file is a store nothing was ingested into yet.
            Err(StoreError::ForeignDatabase { .. })
                if std::fs::metadata(&self.path).is_ok_and(|m| m.len() == 0) =>
            {
                return Ok(false)
            }
            Err(e) => return Err(ReportError::Store(e.to_string())),
        };
        let mut handles = vec![Arc::new(first)];
        while handles.len() < POOL + SEARCH_POOL {
            match handles[0].try_clone() {
                Ok(s) => handles.push(Arc::new(s)),
                Err(_) => break,
            }
        }
        let searches = if handles.len() > SEARCH_POOL {
            handles.split_off(handles.len() - SEARCH_POOL)
        } else {
            Vec::new()
        };
        if let Ok(mut h) = self.search_handles.write() {
            *h = searches;
        }
        if let Ok(mut h) = self.handles.write() {
            *h = handles;
        }
        Ok(true)
    }
}

impl EvidenceSource for StoreEvidence {
    fn quotes_in_memory(&self) -> bool {
        self.indexed.load(Ordering::Acquire)
    }

    fn refresh(&self) -> Result<(), ReportError> {
        if !self.is_open() && !self.try_open()? {
            return Ok(());
        }
        let Some(store) = self.handle() else {
            return Ok(());
        };
        let st = store.stats().map_err(store_err)?;
        let fp = (st.articles, st.quotes, st.actors, st.claims);
        let mut last = self
            .fingerprint
            .lock()
            .map_err(|_| ReportError::Store("index lock poisoned".into()))?;
        if *last == Some(fp) {
            return Ok(());
        }
        let index = QuoteIndex::build(store.as_ref(), self.linker.as_ref())?;
        if let Ok(mut i) = self.index.write() {
            *i = Arc::new(index);
        }
        *last = Some(fp);
        self.indexed.store(true, Ordering::Release);
        Ok(())
    }

    fn quotes(&self, filter: &QuoteFilter) -> Result<Vec<QuoteView>, ReportError> {
        if !self.indexed.load(Ordering::Acquire) {
            return self.quotes_from_sql(filter);
        }
        let index = self.index();
        Ok(index
            .query(filter)
            .into_iter()
            .filter_map(|i| index.quotes.get(i as usize).cloned())
            .collect())
    }

    fn quotes_json(&self, filter: &QuoteFilter) -> Result<(usize, String), ReportError> {
        if !self.indexed.load(Ordering::Acquire) {
            let q = self.quotes_from_sql(filter)?;
            let json = serde_json::to_string(&q).map_err(|e| ReportError::Store(e.to_string()))?;
            return Ok((q.len(), json));
        }
        let index = self.index();
        let hits = index.query(filter);
        let parts: Vec<&str> = hits
            .iter()
            .filter_map(|&i| index.json.get(i as usize).map(|s| &**s))
            .collect();
        let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum::<usize>() + 2);
        out.push('[');
        for (k, p) in parts.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            out.push_str(p);
        }
        out.push(']');
        Ok((parts.len(), out))
    }

    fn actors(&self, affiliation: Option<&str>) -> Result<Vec<ActorView>, ReportError> {
        let Some(store) = self.handle() else {
            return Ok(Vec::new());
        };
        Ok(store
            .actors(&ActorFilter {
                affiliation: affiliation.map(str::to_string),
                limit: Some(5000),
                ..ActorFilter::default()
            })
            .map_err(store_err)?
            .into_iter()
            .map(|a| ActorView {
                name: a.name,
                kind: a.kind,
                role: a.role,
                affiliation: a.affiliation,
                quotes: usize::try_from(a.quote_count).unwrap_or(0),
                ..Default::default()
            })
            .collect())
    }

    fn timeline(
        &self,
        since: Option<&str>,
        until: Option<&str>,
        limit: usize,
    ) -> Result<Vec<EventView>, ReportError> {
        let Some(store) = self.handle() else {
            return Ok(Vec::new());
        };
        // The flag is read before the index is taken: the index is stored before the flag
        // is set, so a set flag means the snapshot is the built index; read after, a build
        // finishing in between would leave an empty snapshot and no sides from the store.
        let indexed = self.indexed.load(Ordering::Acquire);
        let index = self.index();
        let rows = store
            .timeline(&TimelineFilter {
                since: since.map(str::to_string),
                until: until.map(str::to_string),
                dates_only: false,
                limit: Some(limit),
                machine: false,
            })
            .map_err(store_err)?;
        // Until the in-memory index is built, the speakers' sides come from the store, so
        // the timeline names the same parties before and after.
        let mut side_of: HashMap<String, String> = HashMap::new();
        if !indexed {
            for s in rows.iter().filter_map(|e| e.speaker.as_deref()) {
                if side_of.contains_key(s) {
                    continue;
                }
                if let Some(a) = first_affiliation(&store, s)? {
                    side_of.insert(s.to_string(), a);
                }
            }
        }
        Ok(rows
            .into_iter()
            .filter(|e| !e.date.is_empty() && in_range(Some(&e.date), since, until))
            .map(|e| {
                let is_quote = e.kind == TimelineKind::Quote;
                let party = if is_quote {
                    e.speaker.as_ref().and_then(|s| {
                        let aff = index
                            .affiliation_of
                            .get(s)
                            .or_else(|| side_of.get(s))
                            .map(String::as_str);
                        match &self.linker {
                            Some(l) => l.party_of(aff, Some(s)).or_else(|| aff.map(str::to_string)),
                            None => aff.map(str::to_string),
                        }
                    })
                } else {
                    None
                };
                EventView {
                    date: e.date.clone(),
                    kind: if is_quote { "quote" } else { "date" }.to_string(),
                    text: match (&e.speaker, &e.context) {
                        (Some(s), _) if is_quote => format!("{s}: “{}”", e.text),
                        (_, Some(c)) => c.clone(),
                        _ => e.text.clone(),
                    },
                    party,
                    article: e.article,
                    start: usize::try_from(e.start).unwrap_or(0),
                    end: usize::try_from(e.end).unwrap_or(0),
                    ..Default::default()
                }
            })
            .collect())
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, ReportError> {
        let Some(store) = self.search_handle() else {
            return Ok(Vec::new());
        };
        let hits = store
            .search(
                query,
                &SearchOptions {
                    limit,
                    mark_open: "\u{1}".into(),
                    mark_close: "\u{2}".into(),
                    articles: true,
                    quotes: true,
                },
            )
            .map_err(store_err)?;
        Ok(hits
            .into_iter()
            .map(|h| SearchHit {
                kind: match h.kind {
                    detente_store::SearchHitKind::Article => "article",
                    detente_store::SearchHitKind::Quote => "quote",
                }
                .to_string(),
                article: h.article,
                title: h.article_title,
                date: h.date,
                speaker: h.speaker,
                snippet: marked_parts(&h.snippet, h.start.and_then(|s| usize::try_from(s).ok())),
            })
            .collect())
    }

    fn article(&self, id: &str) -> Result<Option<ArticleView>, ReportError> {
        let Some(store) = self.handle() else {
            return Ok(None);
        };
        let found = match store.article_id_by_name(id).map_err(store_err)? {
            Some(n) => Some(n),
            None => id.parse::<i64>().ok(),
        };
        let Some(n) = found else { return Ok(None) };
        Ok(store
            .article(n)
            .map_err(store_err)?
            .map(|d| article_view(&d)))
    }

    fn new_since(
        &self,
        after: i64,
        limit: usize,
    ) -> Result<super::whatsnew::NewSince, ReportError> {
        use super::whatsnew::{NewArticle, NewBySide, NewSince};
        let Some(store) = self.handle() else {
            return Ok(NewSince::default());
        };
        let latest = store.last_article_id().map_err(store_err)?;
        let articles = store
            .articles_after(after, Some(limit))
            .map_err(store_err)?
            .into_iter()
            .map(|a| NewArticle {
                id: a.name,
                title: a.title,
                date: a.date,
                url: a.url,
                ingested_at: a.ingested_at,
            })
            .collect();
        let sides = store
            .statements_by_side_after(after)
            .map_err(store_err)?
            .into_iter()
            .map(|s| NewBySide {
                side: s.side,
                quotes: s.quotes,
                claims: s.claims,
            })
            .collect();
        Ok(NewSince {
            latest,
            articles,
            sides,
        })
    }

    fn articles(&self) -> Result<Vec<ArticleSummary>, ReportError> {
        let Some(store) = self.handle() else {
            return Ok(Vec::new());
        };
        let index = self.index();
        Ok(store
            .articles(Some(2000), 0)
            .map_err(store_err)?
            .into_iter()
            .map(|a| ArticleSummary {
                quotes: index.per_article.get(&a.name).copied().unwrap_or(0),
                id: a.name,
                title: a.title,
                date: a.date,
            })
            .collect())
    }
}

/// Splits a snippet with \x01 ... \x02 around matches into text parts. `start` is where the
/// snippet begins in the article, when known (quotes).
fn marked_parts(snippet: &str, start: Option<usize>) -> Vec<TextPart> {
    let mut parts = Vec::new();
    let mut hit = false;
    for piece in snippet.split(['\u{1}', '\u{2}']) {
        if !piece.is_empty() {
            parts.push(TextPart {
                text: piece.to_string(),
                mark: hit.then(|| "hit".to_string()),
                speaker: None,
                start: start.unwrap_or(0),
            });
        }
        hit = !hit;
    }
    parts
}
