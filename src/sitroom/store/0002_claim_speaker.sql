-- Claims remember who made them when a quote carries the claim: two different people
-- saying opposite things is a disagreement, not a contradiction between sources.
ALTER TABLE claims ADD COLUMN speaker TEXT;
