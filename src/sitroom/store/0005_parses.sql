-- 0003_parses: the parse of each stored article, so positions can be recomputed for a new
-- or edited issue catalog without running the model again (`sitroom positions --catalog`).
-- One row per parsed section: `offset` is where the section starts in articles.text, `data`
-- the section's spaCy Doc (words, lemmas, tags, dependencies, entities; no tensor),
-- zlib-compressed. Written by `sitroom run`; articles stored before this migration have none.
CREATE TABLE parses (
    parse_id    INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    "offset"    INTEGER NOT NULL,
    data        BLOB NOT NULL
);
CREATE INDEX parses_article_id ON parses (article_id);
