-- Each contradicted claim keeps its evidence: the other sentence and outlet, what differs
-- (figure, role, verb, negation), each side's words and a confidence (a JSON list).
ALTER TABLE claims ADD COLUMN contradictions TEXT NOT NULL DEFAULT '[]';
