//! The schema and its migrations.
//!
//! The version lives in `PRAGMA user_version`; `PRAGMA application_id` marks the file as a
//! detente store so that another program's SQLite file is refused rather than altered.
//! Migration `i` (0-based) takes the schema from version `i` to `i + 1`; each runs inside
//! the same `BEGIN IMMEDIATE` transaction that re-reads the version, so two processes
//! opening a new file at once migrate it exactly once.

/// "dtnt" as a big-endian integer.
pub const APPLICATION_ID: i64 = 0x6474_6e74;

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub(crate) const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7];

const V1: &str = r#"
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    source_path   TEXT NOT NULL,
    title         TEXT,
    date          TEXT,
    date_inferred INTEGER NOT NULL DEFAULT 0,
    url           TEXT,
    text          TEXT NOT NULL,
    bytes         INTEGER NOT NULL,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_name ON articles(name);

-- Every (name, path) an article was met under; the first is also in `articles`.
CREATE TABLE article_sources (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    source_path TEXT NOT NULL,
    UNIQUE (article_id, source_path)
);
CREATE INDEX article_sources_name ON article_sources(name);

-- One row per canonical actor in the whole store, keyed by the lower-cased name.
-- kind is the first value met; role/affiliation are those most of the actor's articles give
-- (recomputed for every actor a batch touches).
CREATE TABLE actors (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    role        TEXT,
    affiliation TEXT,
    -- Kept up to date by the writer: occurrences of the actor's forms, articles that name
    -- (or quote) the actor, direct quotes by the actor.
    mention_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0,
    quote_count   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX actors_affiliation ON actors(affiliation COLLATE NOCASE);
CREATE INDEX actors_rank ON actors(article_count DESC, mention_count DESC, name);

-- Every surface form an actor was met under (for speaker search by mention).
CREATE TABLE actor_surfaces (
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    surface_key TEXT NOT NULL,
    surface     TEXT NOT NULL,
    PRIMARY KEY (actor_id, surface_key)
) WITHOUT ROWID;
CREATE INDEX actor_surfaces_key ON actor_surfaces(surface_key);

-- An actor as described in one article. spans: where the actor's name or a surface form
-- occurs in the text, as "start-end" byte pairs separated by commas (whole words; the
-- longest form wins where forms overlap); mention_count is their number (at least 1).
CREATE TABLE article_actors (
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id      INTEGER NOT NULL REFERENCES actors(id),
    kind          TEXT NOT NULL,
    role          TEXT,
    affiliation   TEXT,
    mention_count INTEGER NOT NULL,
    spans         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors(actor_id);

-- Direct quotes. date is the quote's own date, date_lo/date_hi the day range of the
-- effective date (the quote's, else the article's) for range filters and ordering.
CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    speaker         TEXT,
    speaker_key     TEXT,
    speaker_id      INTEGER REFERENCES actors(id),
    speaker_mention TEXT,
    cue             TEXT,
    affiliation     TEXT,
    date            TEXT,
    date_lo         TEXT,
    date_hi         TEXT
);
CREATE INDEX quotes_article ON quotes(article_id, start);
CREATE INDEX quotes_speaker_id ON quotes(speaker_id, date_lo);
CREATE INDEX quotes_affiliation ON quotes(affiliation COLLATE NOCASE, date_lo);
CREATE INDEX quotes_date ON quotes(date_lo);

-- Indirect speech ("X said that ...").
CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start           INTEGER NOT NULL,
    end             INTEGER NOT NULL,
    text            TEXT NOT NULL,
    speaker         TEXT,
    speaker_key     TEXT,
    speaker_id      INTEGER REFERENCES actors(id),
    speaker_mention TEXT,
    cue             TEXT,
    affiliation     TEXT,
    date            TEXT,
    date_lo         TEXT,
    date_hi         TEXT
);
CREATE INDEX claims_article ON claims(article_id, start);
CREATE INDEX claims_speaker_id ON claims(speaker_id);
CREATE INDEX claims_date ON claims(date_lo);

-- Date expressions with the sentence they occur in.
CREATE TABLE dates (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    resolved   TEXT,
    date_lo    TEXT,
    date_hi    TEXT,
    context    TEXT NOT NULL
);
CREATE INDEX dates_article ON dates(article_id, start);
CREATE INDEX dates_date ON dates(date_lo);

-- Full-text indexes, external-content. New rows are indexed by the writer once per batch,
-- in the batch's transaction (a trigger per row would make FTS5 flush its pending terms at
-- every statement); updates and deletes are kept in sync by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, content='quotes', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, coalesce(old.speaker, ''));
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
        VALUES ('delete', old.id, old.text, coalesce(old.speaker, ''));
    INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, coalesce(new.speaker, ''));
END;
"#;

/// Version 2: actors merged across spellings. `canonical_key` is the `name_key` of the actor
/// this one is an alias of (NULL: it is canonical itself); name keys rather than row ids so
/// that the merge does not depend on the order rows were written in. `actor_name_blocks`
/// holds each person's surname blocks (see `aliases.rs`): actors that may be the same person
/// share a block. Existing rows are filled in by `aliases::rebuild_all` after this runs.
const V2: &str = r#"
ALTER TABLE actors ADD COLUMN canonical_key TEXT;
CREATE INDEX actors_canonical ON actors(canonical_key);
CREATE TABLE actor_name_blocks (
    block    TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (block, actor_id)
) WITHOUT ROWID;
CREATE INDEX actor_name_blocks_actor ON actor_name_blocks(actor_id);
"#;

/// What an inferred article date rests on (the expression, or the known event matched).
const V3: &str = r#"
ALTER TABLE articles ADD COLUMN date_basis TEXT;
"#;

/// Version 4: the version of the actor-merging rules (`aliases::RULES_VERSION`) the stored
/// aliases and name blocks were made with. 0 (as a migrated store starts) or any other
/// version makes the next write file and merge every actor again, inside its transaction.
const V4: &str = r#"
CREATE TABLE actor_merge_rules (version INTEGER NOT NULL);
INSERT INTO actor_merge_rules(version) VALUES (0);
"#;

/// Version 5: how many articles (and mentions) give each role and side of an actor, kept by
/// the writer, so that `actors.role`/`affiliation` are the majority's without re-reading
/// every article of a much-mentioned actor at each batch.
const V5: &str = r#"
CREATE TABLE actor_side_votes (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    field    TEXT NOT NULL,
    value    TEXT NOT NULL,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (actor_id, field, value)
) WITHOUT ROWID;
INSERT INTO actor_side_votes(actor_id, field, value, articles, mentions)
    SELECT actor_id, 'role', role, count(*), sum(mention_count) FROM article_actors
    WHERE role IS NOT NULL GROUP BY actor_id, role;
INSERT INTO actor_side_votes(actor_id, field, value, articles, mentions)
    SELECT actor_id, 'affiliation', affiliation, count(*), sum(mention_count) FROM article_actors
    WHERE affiliation IS NOT NULL GROUP BY actor_id, affiliation;
UPDATE actors SET
    role = coalesce((SELECT value FROM actor_side_votes v
        WHERE v.actor_id = actors.id AND v.field = 'role'
        ORDER BY articles DESC, mentions DESC, value LIMIT 1), role),
    affiliation = coalesce((SELECT value FROM actor_side_votes v
        WHERE v.actor_id = actors.id AND v.field = 'affiliation'
        ORDER BY articles DESC, mentions DESC, value LIMIT 1), affiliation);
"#;

/// Version 6: the analyst's corrections, an append-only log (see `corrections.rs`). Rows are
/// never updated or deleted; the latest row for a (target, key, field) wins.
const V6: &str = r#"
CREATE TABLE corrections (
    id         INTEGER PRIMARY KEY,
    target     TEXT NOT NULL,
    key        TEXT NOT NULL,
    field      TEXT NOT NULL,
    action     TEXT NOT NULL,
    value      TEXT,
    machine    TEXT,
    author     TEXT NOT NULL,
    at         TEXT NOT NULL,
    note       TEXT
);
CREATE INDEX corrections_current ON corrections(target, key, field, id);
CREATE TRIGGER corrections_append_only_update BEFORE UPDATE ON corrections
    BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
CREATE TRIGGER corrections_append_only_delete BEFORE DELETE ON corrections
    BEGIN SELECT RAISE(ABORT, 'corrections are append-only'); END;
"#;

/// Version 7: the date indexes of quotes and dates carry the timeline's whole order
/// (`date_lo`, then the article and the span's start), so a timeline with a limit reads
/// each table's index in order and stops at the limit instead of sorting every row the
/// date range matches; and `date_hi`, so the rows of a `--since` range's year that end
/// before it are passed over in the index without reading them. The new indexes still
/// serve every query of the old ones (their first column).
const V7: &str = r#"
CREATE INDEX quotes_timeline ON quotes(date_lo, article_id, start, date_hi);
DROP INDEX quotes_date;
CREATE INDEX dates_timeline ON dates(date_lo, article_id, start, date_hi);
DROP INDEX dates_date;
"#;
