-- marsad store, schema version 1 (PRAGMA user_version = 1).
-- Applied by marsad.store.Store.migrate(); later versions add numbered migrations in
-- src/marsad/store/migrations/NNNN.sql, never edits to this file.
-- Conventions: JSON columns hold Contract 1 JSON; dates are ISO strings; offsets are character
-- offsets into articles.body.

-- One row per ingest run.
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,            -- ISO UTC timestamp
    finished_at TEXT,                    -- NULL while running, or when the run was killed
    paths TEXT NOT NULL DEFAULT '[]',    -- JSON list of the inputs as given
    engine TEXT NOT NULL DEFAULT 'local',
    workers INTEGER NOT NULL DEFAULT 1,
    marsad_version TEXT,
    n_read INTEGER NOT NULL DEFAULT 0,    -- inputs seen (articles + bad inputs)
    n_added INTEGER NOT NULL DEFAULT 0,   -- new articles stored
    n_skipped INTEGER NOT NULL DEFAULT 0, -- already in the store (same content hash)
    n_errors INTEGER NOT NULL DEFAULT 0,  -- error rows written
    status TEXT NOT NULL DEFAULT 'running' -- running | done | failed
);

-- Outlets (JSONL `source`/`src`, site name or URL host).
CREATE TABLE sources (
    name TEXT PRIMARY KEY,
    domain TEXT,
    first_seen TEXT
);

CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,             -- stable rowid (the FTS index points here)
    id TEXT NOT NULL UNIQUE,             -- the document id (content hash of the input unless the input gave one)
    content_hash TEXT NOT NULL UNIQUE,   -- content_id() of the raw input: the idempotence key
    source_path TEXT,
    source_url TEXT,
    source_format TEXT,                  -- txt | html | jsonl | warc
    source_line INTEGER,
    source_name TEXT REFERENCES sources(name),
    title TEXT,
    subtitle TEXT,
    published TEXT,                      -- ISO Gregorian date
    published_hijri TEXT,
    dateline TEXT,
    authors TEXT NOT NULL DEFAULT '[]',  -- JSON list
    tags TEXT NOT NULL DEFAULT '[]',     -- JSON list
    issue_number TEXT,
    language TEXT,
    body TEXT NOT NULL DEFAULT '',
    document TEXT NOT NULL,              -- the full Contract 1 document JSON
    warnings TEXT NOT NULL DEFAULT '[]', -- JSON list
    n_entities INTEGER NOT NULL DEFAULT 0,
    n_quotes INTEGER NOT NULL DEFAULT 0,
    n_events INTEGER NOT NULL DEFAULT 0,
    dup_group TEXT NOT NULL,             -- id of the first-stored article of its near-duplicate group (itself if unique)
    minhash BLOB,                        -- MinHash signature (uint32 little-endian) for near-duplicate lookup
    run_id INTEGER REFERENCES runs(id),
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_dup_group ON articles(dup_group);
CREATE INDEX articles_source_name ON articles(source_name);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id TEXT NOT NULL,                    -- mention id within the article (e1, e2, ...)
    text TEXT NOT NULL,
    label TEXT NOT NULL,                 -- PER | ORG | LOC | MISC
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    entity_id TEXT,                      -- referent id within the article (coreference)
    canonical TEXT,
    country TEXT,                        -- actor country code
    sector TEXT,
    title TEXT,
    place_name TEXT,
    place_country TEXT,
    lat REAL,
    lon REAL,
    confidence REAL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX entities_canonical ON entities(canonical);
CREATE INDEX entities_label ON entities(label);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,                  -- order within the article
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    speaker TEXT,
    speaker_entity TEXT,
    direct INTEGER NOT NULL DEFAULT 1,
    country TEXT,
    sector TEXT,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX quotes_speaker ON quotes(speaker);

CREATE TABLE events (
    id TEXT PRIMARY KEY,                 -- '<article id>-<n>'
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,                  -- order within the article
    type TEXT NOT NULL,                  -- PLOVER event type
    mode TEXT,
    cameo TEXT,
    date TEXT,
    date_precision TEXT,
    date_source TEXT,
    location_name TEXT,
    location_country TEXT,
    lat REAL,
    lon REAL,
    negated INTEGER NOT NULL DEFAULT 0,
    future INTEGER NOT NULL DEFAULT 0,
    hypothetical INTEGER NOT NULL DEFAULT 0,
    trigger_text TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    sentence_start INTEGER,
    sentence_end INTEGER,
    confidence REAL,
    actor TEXT NOT NULL DEFAULT '[]',     -- JSON list of Contract 1 event arguments
    recipient TEXT NOT NULL DEFAULT '[]',
    actor_country TEXT,                  -- first actor's country/sector, for filtering
    actor_sector TEXT,
    recipient_country TEXT,
    recipient_sector TEXT
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_actor_country ON events(actor_country);
CREATE INDEX events_recipient_country ON events(recipient_country);

-- Events counted once per near-duplicate group: only those of the group's representative article.
CREATE VIEW events_unique AS
    SELECT e.* FROM events e JOIN articles a ON a.id = e.article_id WHERE a.dup_group = a.id;

-- One row per input that could not be read or processed.
CREATE TABLE errors (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id),
    path TEXT NOT NULL DEFAULT '',
    line INTEGER NOT NULL DEFAULT 0,     -- JSONL line / WARC record; 0 for a whole file
    input_id TEXT,
    error TEXT NOT NULL,                 -- a reason a user understands
    created_at TEXT NOT NULL,
    UNIQUE (path, line, error)           -- the same bad input ingested again adds nothing
);

-- MinHash LSH buckets: (band, hash of the band's rows) -> article.
CREATE TABLE lsh_buckets (
    band INTEGER NOT NULL,
    bucket INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
    PRIMARY KEY (band, bucket, article_seq)
) WITHOUT ROWID;

-- Full-text index over normalised title and body (marsad.text.normalize); `stems` holds the
-- clitic-stripped forms (و ف ب ل ك ال) so «روسيا» also finds «لروسيا». rowid = articles.seq.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, stems,
    tokenize = 'unicode61 remove_diacritics 2'
);
