-- How often a paper stuck in a non-final state was sent through the pipeline again (see StuckPapers).
ALTER TABLE paper ADD COLUMN redrives INT NOT NULL DEFAULT 0;
CREATE INDEX paper_unfinished ON paper (updated_at) WHERE state IN ('submitted', 'ingested');
