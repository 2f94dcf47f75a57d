-- Events without a source actor are kept for recall studies but not shown as events:
-- the events query, the CLI and the flat export filter on this column.
ALTER TABLE events ADD COLUMN shown INTEGER NOT NULL DEFAULT 1;
