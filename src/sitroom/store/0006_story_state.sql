-- Stories continue across runs (sitroom.stories.incremental): why each article is in its
-- story, and the state the story clusterer keeps between runs.
-- reason: JSON {how, similarity, other, actors, terms, events} (sitroom.stories.JoinReason).
ALTER TABLE story_articles ADD COLUMN reason TEXT;

-- Named blobs of clusterer state: 'df' (the hashed document-frequency table, zlib-compressed
-- int32) and 'n_docs' (how many articles it has counted).
CREATE TABLE story_state (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE INDEX stories_dates ON stories (last_date, first_date);
