-- Who proposed the edit a finding row holds, kept on the row itself: the two-person rule then holds even when an
-- older extraction of the paper becomes current again with an edit proposed on it (decisions on the same record id
-- made on the newer row must not clear it).
ALTER TABLE finding ADD COLUMN proposed_by TEXT[] NOT NULL DEFAULT '{}';
UPDATE finding f SET proposed_by = ARRAY(
        SELECT DISTINCT d.actor FROM decision d
        WHERE d.finding_id = f.id AND d.action = 'edit'
          AND d.id > COALESCE((SELECT max(a.id) FROM decision a
                               WHERE a.finding_id = f.id AND a.action IN ('approve', 'discard-edit')), 0))
    WHERE f.curated IS NOT NULL;
