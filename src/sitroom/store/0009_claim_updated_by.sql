-- The reports that give a later count of the toll a claim counts (a running count told
-- later is an update, not a contradiction; a JSON list of article ids).
ALTER TABLE claims ADD COLUMN updated_by TEXT NOT NULL DEFAULT '[]';
