-- 0001_initial: the tables of the extraction record, story and run bookkeeping, full-text search.
--
-- Migrations are applied in order, each inside one transaction, by sitroom.store.migrate; the
-- version applied is recorded in schema_migrations. A migration file holds no BEGIN/COMMIT.
-- Offsets ("start", "end") are character offsets into articles.text. JSON columns hold JSON
-- text. "end" is quoted because it is a reserved word outside SQLite.

-- One row per stored document. `article_no` is an INTEGER PRIMARY KEY so the full-text index,
-- which is keyed on it, survives VACUUM; `id` is the article's stable id and the key the
-- other tables refer to. story_id and duplicate_of are not foreign keys: articles are stored
-- before their stories, and a duplicate may point to a copy stored in another run.
CREATE TABLE articles (
    article_no    INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    content_hash  TEXT NOT NULL UNIQUE,
    source        TEXT,
    url           TEXT,
    publisher     TEXT,
    title         TEXT,
    published     TEXT,
    author        TEXT,
    editor        TEXT,
    dateline      TEXT,
    language      TEXT NOT NULL DEFAULT 'en',
    text          TEXT NOT NULL,
    quality_score REAL NOT NULL DEFAULT 1.0,
    quality_flags TEXT NOT NULL DEFAULT '[]',
    story_id      TEXT,
    duplicate_of  TEXT,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_story_id ON articles (story_id);
CREATE INDEX articles_published ON articles (published);

-- `seq` is the position of the row in its article's list, so the record is rebuilt in order.
CREATE TABLE mentions (
    mention_id  INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    "start"     INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL,
    actor_id    TEXT,
    canonical   TEXT,
    country     TEXT,
    sector      TEXT,
    confidence  REAL NOT NULL DEFAULT 0.0
);
CREATE INDEX mentions_article_id ON mentions (article_id);
CREATE INDEX mentions_actor_id ON mentions (actor_id);
CREATE INDEX mentions_canonical ON mentions (canonical);
CREATE INDEX mentions_type ON mentions (type);

-- Recomputed from mentions by Store.rebuild_actors().
CREATE TABLE actors (
    actor_id      TEXT PRIMARY KEY,
    canonical     TEXT,
    type          TEXT,
    country       TEXT,
    sector        TEXT,
    kind          TEXT NOT NULL CHECK (kind IN ('kb', 'local', 'group')),
    mention_count INTEGER NOT NULL DEFAULT 0,
    variants      TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX actors_canonical ON actors (canonical);
CREATE INDEX actors_type ON actors (type);

-- A quote without a cue or speaker has NULL in those columns.
CREATE TABLE quotes (
    quote_id          INTEGER PRIMARY KEY,
    article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,
    "start"           INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    text              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    cue_start         INTEGER,
    cue_end           INTEGER,
    cue_text          TEXT,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    speaker_text      TEXT,
    speaker_actor_id  TEXT,
    speaker_canonical TEXT,
    confidence        REAL NOT NULL DEFAULT 0.0
);
CREATE INDEX quotes_article_id ON quotes (article_id);
CREATE INDEX quotes_speaker_actor_id ON quotes (speaker_actor_id);
CREATE INDEX quotes_speaker_canonical ON quotes (speaker_canonical);

-- actor / recipient hold the full actor references as JSON; actor_codes / recipient_codes
-- hold their country codes joined by spaces, for plain SQL (WHERE actor_codes LIKE '%RUS%').
CREATE TABLE events (
    event_id         INTEGER PRIMARY KEY,
    article_id       TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    type             TEXT NOT NULL,
    mode             TEXT,
    context          TEXT NOT NULL DEFAULT '[]',
    actor            TEXT NOT NULL DEFAULT '[]',
    recipient        TEXT NOT NULL DEFAULT '[]',
    actor_codes      TEXT NOT NULL DEFAULT '',
    recipient_codes  TEXT NOT NULL DEFAULT '',
    date             TEXT,
    location_text    TEXT,
    location_country TEXT,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    anchor_start     INTEGER NOT NULL,
    anchor_end       INTEGER NOT NULL,
    anchor_text      TEXT NOT NULL,
    negated          INTEGER NOT NULL DEFAULT 0,
    hypothetical     INTEGER NOT NULL DEFAULT 0,
    confidence       REAL NOT NULL DEFAULT 0.0
);
CREATE INDEX events_article_id ON events (article_id);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date);

-- `published` is the article's date, copied so a stance can be followed over time in SQL.
CREATE TABLE positions (
    position_id    INTEGER PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    actor_id       TEXT,
    canonical      TEXT,
    issue          TEXT NOT NULL,
    stance         TEXT NOT NULL,
    red_line       INTEGER NOT NULL DEFAULT 0,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT NOT NULL,
    confidence     REAL NOT NULL DEFAULT 0.0,
    published      TEXT
);
CREATE INDEX positions_article_id ON positions (article_id);
CREATE INDEX positions_actor_id ON positions (actor_id);
CREATE INDEX positions_canonical ON positions (canonical);
CREATE INDEX positions_issue ON positions (issue);

CREATE TABLE stories (
    story_id    TEXT PRIMARY KEY,
    title       TEXT,
    first_date  TEXT,
    last_date   TEXT,
    n_articles  INTEGER NOT NULL DEFAULT 0,
    outlets     TEXT NOT NULL DEFAULT '[]',
    main_actors TEXT NOT NULL DEFAULT '[]',
    summary     TEXT NOT NULL DEFAULT 'null'
);

CREATE TABLE story_articles (
    story_id   TEXT NOT NULL REFERENCES stories (story_id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article_id ON story_articles (article_id);

-- support / conflict: JSON lists of article ids.
CREATE TABLE claims (
    claim_id   INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    story_id   TEXT,
    "start"    INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    status     TEXT NOT NULL,
    support    TEXT NOT NULL DEFAULT '[]',
    conflict   TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX claims_article_id ON claims (article_id);
CREATE INDEX claims_story_id ON claims (story_id);

-- A log of runs and of the inputs each one skipped (with the reason).
CREATE TABLE runs (
    run_id      INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    n_ok        INTEGER NOT NULL DEFAULT 0,
    n_skipped   INTEGER NOT NULL DEFAULT 0,
    args        TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE skipped (
    skipped_id INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
    path       TEXT NOT NULL,
    line       INTEGER,
    reason     TEXT NOT NULL
);
CREATE INDEX skipped_run_id ON skipped (run_id);

-- Full-text search: external-content FTS5 tables kept in sync by triggers.
-- remove_diacritics 2 makes "Sakaliene" find "Šakalienė".
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'articles', content_rowid = 'article_no',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.article_no, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.article_no, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.article_no, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.article_no, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, speaker_canonical,
    content = 'quotes', content_rowid = 'quote_id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker_canonical)
    VALUES (new.quote_id, new.text, new.speaker_canonical);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_canonical)
    VALUES ('delete', old.quote_id, old.text, old.speaker_canonical);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_canonical ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker_canonical)
    VALUES ('delete', old.quote_id, old.text, old.speaker_canonical);
    INSERT INTO quotes_fts (rowid, text, speaker_canonical)
    VALUES (new.quote_id, new.text, new.speaker_canonical);
END;
