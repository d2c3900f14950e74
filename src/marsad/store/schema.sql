PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE,
    source TEXT,
    url TEXT,
    published TEXT,
    author TEXT,
    title TEXT,
    subtitle TEXT,
    body TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '[]',
    origin TEXT,
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    analysis TEXT
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);

-- Pre-analysed terms (folded, light-stemmed; marsad.search.analyzer), one row per article
-- (rowid = articles.rowid): title = title and subtitle, body = body. The ranker re-reads the
-- term strings of its candidates, so FTS5 keeps its own copy of them (SQLite 3.40 has no
-- contentless delete either). The lead is the start of body (marsad.search.rank).
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, body, tokenize='unicode61 remove_diacritics 0', detail=full
);
-- document frequency of each term (marsad.search.rank reads it for idf)
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts_terms USING fts5vocab(articles_fts, 'row');
-- which analyzer (marsad.search.analyzer.INDEX_VERSION) wrote the terms; another one means
-- the index is rebuilt from the stored articles when the store is opened
CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS mentions (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    country TEXT,
    code TEXT,
    lat REAL,
    lon REAL
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions(article);

CREATE TABLE IF NOT EXISTS events (
    article INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    cameo TEXT NOT NULL,
    plover TEXT,
    source_id TEXT,
    source_code TEXT,
    target_id TEXT,
    target_code TEXT,
    claimed_by TEXT,
    status TEXT,
    negated INTEGER NOT NULL DEFAULT 0,
    location_id TEXT,
    date TEXT,
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_source ON events(source_id);
CREATE INDEX IF NOT EXISTS events_target ON events(target_id);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
