-- Page furniture of each article (captions, credits, bylines, datelines, sub-headings, ...):
-- a JSON list of {start, end, text, kind} spans of the cleaned text.
ALTER TABLE articles ADD COLUMN furniture TEXT NOT NULL DEFAULT '[]';
