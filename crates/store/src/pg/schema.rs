//! The PostgreSQL schema: one migration per SQLite schema version (`crate::schema`), the
//! same tables and columns in PostgreSQL's dialect, so that both engines are at the same
//! [`crate::SCHEMA_VERSION`].
//!
//! Differences, all internal: ids are `BIGSERIAL`; `date_inferred` is a boolean; the column
//! `end` is quoted; full-text search is a stored `tsvector` column (English configuration:
//! stemming and stop words, as FTS5's porter tokenizer) with a GIN index instead of the FTS5
//! tables; the version and application id live in `detente_meta` rather than pragmas; the
//! corrections log is kept append-only by a trigger function.

pub(crate) const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5, V6, V7];

// A tsvector holds at most 1 MiB: the searchable text is the first 256 KiB of an article
// (the whole text is stored and quoted; only search sees less of a longer article).
const V1: &str = r#"
CREATE TABLE articles (
    id            BIGSERIAL PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    source_path   TEXT NOT NULL,
    title         TEXT,
    date          TEXT,
    date_inferred BOOLEAN NOT NULL DEFAULT false,
    url           TEXT,
    text          TEXT NOT NULL,
    bytes         BIGINT NOT NULL,
    ingested_at   TEXT NOT NULL,
    search        tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || to_tsvector('english', left(text, 262144))) STORED
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_name ON articles(name);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE article_sources (
    id          BIGSERIAL PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    source_path TEXT NOT NULL,
    UNIQUE (article_id, source_path)
);
CREATE INDEX article_sources_name ON article_sources(name);

CREATE TABLE actors (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    role        TEXT,
    affiliation TEXT,
    mention_count BIGINT NOT NULL DEFAULT 0,
    article_count BIGINT NOT NULL DEFAULT 0,
    quote_count   BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX actors_affiliation ON actors(lower(affiliation));
CREATE INDEX actors_rank ON actors(article_count DESC, mention_count DESC, name);

CREATE TABLE actor_surfaces (
    actor_id    BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    surface_key TEXT NOT NULL,
    surface     TEXT NOT NULL,
    PRIMARY KEY (actor_id, surface_key)
);
CREATE INDEX actor_surfaces_key ON actor_surfaces(surface_key);

CREATE TABLE article_actors (
    article_id    BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    actor_id      BIGINT NOT NULL REFERENCES actors(id),
    kind          TEXT NOT NULL,
    role          TEXT,
    affiliation   TEXT,
    mention_count BIGINT NOT NULL,
    spans         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, actor_id)
);
CREATE INDEX article_actors_actor ON article_actors(actor_id);

CREATE TABLE quotes (
    id              BIGSERIAL PRIMARY KEY,
    article_id      BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start           BIGINT NOT NULL,
    "end"           BIGINT NOT NULL,
    text            TEXT NOT NULL,
    speaker         TEXT,
    speaker_key     TEXT,
    speaker_id      BIGINT REFERENCES actors(id),
    speaker_mention TEXT,
    cue             TEXT,
    affiliation     TEXT,
    date            TEXT,
    date_lo         TEXT,
    date_hi         TEXT,
    search          tsvector GENERATED ALWAYS AS (
        to_tsvector('english', left(text, 262144) || ' ' || coalesce(speaker, ''))) STORED
);
CREATE INDEX quotes_article ON quotes(article_id, start);
CREATE INDEX quotes_speaker_id ON quotes(speaker_id, date_lo);
CREATE INDEX quotes_affiliation ON quotes(lower(affiliation), date_lo);
CREATE INDEX quotes_date ON quotes(date_lo);
CREATE INDEX quotes_search ON quotes USING GIN (search);

CREATE TABLE claims (
    id              BIGSERIAL PRIMARY KEY,
    article_id      BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start           BIGINT NOT NULL,
    "end"           BIGINT NOT NULL,
    text            TEXT NOT NULL,
    speaker         TEXT,
    speaker_key     TEXT,
    speaker_id      BIGINT REFERENCES actors(id),
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

CREATE TABLE dates (
    id         BIGSERIAL PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start      BIGINT NOT NULL,
    "end"      BIGINT NOT NULL,
    text       TEXT NOT NULL,
    resolved   TEXT,
    date_lo    TEXT,
    date_hi    TEXT,
    context    TEXT NOT NULL
);
CREATE INDEX dates_article ON dates(article_id, start);
CREATE INDEX dates_date ON dates(date_lo);
"#;

const V2: &str = r#"
ALTER TABLE actors ADD COLUMN canonical_key TEXT;
CREATE INDEX actors_canonical ON actors(canonical_key);
CREATE TABLE actor_name_blocks (
    block    TEXT NOT NULL,
    actor_id BIGINT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (block, actor_id)
);
CREATE INDEX actor_name_blocks_actor ON actor_name_blocks(actor_id);
"#;

const V3: &str = r#"
ALTER TABLE articles ADD COLUMN date_basis TEXT;
"#;

const V4: &str = r#"
CREATE TABLE actor_merge_rules (version BIGINT NOT NULL);
INSERT INTO actor_merge_rules(version) VALUES (0);
"#;

const V5: &str = r#"
CREATE TABLE actor_side_votes (
    actor_id BIGINT NOT NULL REFERENCES actors(id),
    field    TEXT NOT NULL,
    value    TEXT NOT NULL,
    articles BIGINT NOT NULL,
    mentions BIGINT NOT NULL,
    PRIMARY KEY (actor_id, field, value)
);
INSERT INTO actor_side_votes(actor_id, field, value, articles, mentions)
    SELECT actor_id, 'role', role, count(*), sum(mention_count) FROM article_actors
    WHERE role IS NOT NULL GROUP BY actor_id, role;
INSERT INTO actor_side_votes(actor_id, field, value, articles, mentions)
    SELECT actor_id, 'affiliation', affiliation, count(*), sum(mention_count) FROM article_actors
    WHERE affiliation IS NOT NULL GROUP BY actor_id, affiliation;
"#;

const V6: &str = r#"
CREATE TABLE corrections (
    id         BIGSERIAL PRIMARY KEY,
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
CREATE FUNCTION detente_corrections_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'corrections are append-only'; END $$;
CREATE TRIGGER corrections_append_only BEFORE UPDATE OR DELETE ON corrections
    FOR EACH ROW EXECUTE FUNCTION detente_corrections_append_only();
"#;

/// As SQLite's version 7 (`crate::schema`): the timeline's order in the date indexes.
const V7: &str = r#"
CREATE INDEX quotes_timeline ON quotes(date_lo, article_id, start, date_hi);
DROP INDEX quotes_date;
CREATE INDEX dates_timeline ON dates(date_lo, article_id, start, date_hi);
DROP INDEX dates_date;
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn one_migration_per_sqlite_schema_version() {
        assert_eq!(super::MIGRATIONS.len() as i64, crate::SCHEMA_VERSION);
    }
}
