-- Page furniture of each article (captions, credits, bylines, datelines, sub-headings, ...):
-- a JSON list of {start, end, text, kind} spans of the cleaned text.
ALTER TABLE articles ADD COLUMN furniture TEXT NOT NULL DEFAULT '[]';
-- Mentions of a name used as a location ("talks in Doha"), not as an actor: kept, linked,
-- and left out of the actors table.
ALTER TABLE mentions ADD COLUMN place INTEGER NOT NULL DEFAULT 0;
