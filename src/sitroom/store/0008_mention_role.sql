-- The role the text gives a person outside the knowledge base ("spokesperson for South
-- Africa's president"), as written, and the sentence that gives it (offsets into
-- articles.text). NULL where no role is stated.
ALTER TABLE mentions ADD COLUMN role TEXT;
ALTER TABLE mentions ADD COLUMN role_start INTEGER;
ALTER TABLE mentions ADD COLUMN role_end INTEGER;
-- A corpus-local actor's role: the one stated most often (ties: the latest stored), the
-- sentence stating it and the article it comes from.
ALTER TABLE actors ADD COLUMN role TEXT;
ALTER TABLE actors ADD COLUMN role_evidence TEXT;
ALTER TABLE actors ADD COLUMN role_article TEXT;
