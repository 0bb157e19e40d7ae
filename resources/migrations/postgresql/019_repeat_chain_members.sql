-- CaseLoop server schema version 19: the KPI tables' repeat complainants from repeat_chain alone, as files' version
-- 14 (docs/ARCHITECTURE.md, "Repeat chains"). Each complaint of a period from a chained number is an end of one of
-- the period's entries (the later complaint of one, or the earlier of the number's first entry there), so an entry
-- now keeps its previous complaint's id and both complaints' steward and region: a period's complaints of those
-- numbers are read from the entries' index, instead of every number's complaints being looked up in
-- complaints_phone_chain (at ten million complaints, a lookup for each of about 30,000 numbers a quarter).
-- No desk still on version 18 may change a complaint between the fill below and the new trigger function.
LOCK TABLE complaints IN SHARE ROW EXCLUSIVE MODE;

ALTER TABLE repeat_chain ADD COLUMN previous_id BIGINT, ADD COLUMN steward_id BIGINT, ADD COLUMN region_id BIGINT,
    ADD COLUMN previous_steward_id BIGINT, ADD COLUMN previous_region_id BIGINT;
TRUNCATE repeat_chain;
DROP INDEX repeat_chain_previous;
INSERT INTO repeat_chain (complaint_id, previous_at, received_at, complainant_phone, previous_id, steward_id,
                          region_id, previous_steward_id, previous_region_id)
SELECT id, previous_at, received_at, complainant_phone, previous_id, steward_id, region_id, previous_steward_id,
    previous_region_id FROM (
    SELECT id, received_at, complainant_phone, steward_id, region_id, LAG(received_at) OVER chain AS previous_at,
        LAG(id) OVER chain AS previous_id, LAG(steward_id) OVER chain AS previous_steward_id,
        LAG(region_id) OVER chain AS previous_region_id
    FROM complaints WHERE status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> ''
    WINDOW chain AS (PARTITION BY complainant_phone ORDER BY received_at, id)) c
WHERE previous_at IS NOT NULL;
ALTER TABLE repeat_chain ALTER COLUMN previous_id SET NOT NULL;

-- A period's entries with both ends, read from the index alone.
CREATE INDEX repeat_chain_previous ON repeat_chain(previous_at, received_at, complainant_phone)
    INCLUDE (complaint_id, previous_id, steward_id, previous_steward_id, region_id, previous_region_id);

-- As version 17's, with the new columns, and a change of a complaint's steward or region moving its number's chain
-- too.
CREATE OR REPLACE FUNCTION caseloop_chain_complaints() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp AS $$
DECLARE
    phones TEXT[];
    gone BIGINT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT complainant_phone) INTO phones FROM new_rows
        WHERE status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> '';
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT complainant_phone), array_agg(id) INTO phones, gone FROM old_rows
        WHERE status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> '';
    ELSE
        SELECT array_agg(DISTINCT p.phone) FILTER (WHERE p.phone <> ''), array_agg(DISTINCT p.id) INTO phones, gone
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES (o.id, CASE WHEN o.status NOT IN ('invalid', 'withdrawn') THEN o.complainant_phone
                                              ELSE '' END),
                                   (n.id, CASE WHEN n.status NOT IN ('invalid', 'withdrawn') THEN n.complainant_phone
                                              ELSE '' END)) AS p(id, phone)
        WHERE (o.complainant_phone, o.received_at, o.status IN ('invalid', 'withdrawn'), o.steward_id, o.region_id)
            IS DISTINCT FROM (n.complainant_phone, n.received_at, n.status IN ('invalid', 'withdrawn'), n.steward_id,
                              n.region_id);
    END IF;
    IF phones IS NULL AND gone IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(17, b)
    FROM (SELECT DISTINCT hashtext(p) & 255 AS b FROM unnest(phones) p ORDER BY 1) buckets;
    -- New complaints only ever change which complaint comes before an older one, never take an entry away: after an
    -- insert (an import's whole COPY) the chains' entries are added or their previous complaint changed, and only
    -- those are written. Anything else takes the numbers' entries out first (two statements, each a join: one with
    -- an OR would test every entry against a subquery).
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM repeat_chain r USING complaints c
        WHERE c.id = r.complaint_id AND c.complainant_phone = ANY (phones);
        IF gone IS NOT NULL THEN
            DELETE FROM repeat_chain WHERE complaint_id = ANY (gone);
        END IF;
    END IF;
    INSERT INTO repeat_chain AS k (complaint_id, previous_at, received_at, complainant_phone, previous_id, steward_id,
                                   region_id, previous_steward_id, previous_region_id)
    SELECT id, previous_at, received_at, complainant_phone, previous_id, steward_id, region_id, previous_steward_id,
        previous_region_id FROM (
        SELECT id, received_at, complainant_phone, steward_id, region_id, LAG(received_at) OVER chain AS previous_at,
            LAG(id) OVER chain AS previous_id, LAG(steward_id) OVER chain AS previous_steward_id,
            LAG(region_id) OVER chain AS previous_region_id
        FROM complaints WHERE complainant_phone = ANY (phones) AND complainant_phone <> ''
            AND status NOT IN ('invalid', 'withdrawn')
        WINDOW chain AS (PARTITION BY complainant_phone ORDER BY received_at, id)) c
    WHERE previous_at IS NOT NULL
    ON CONFLICT (complaint_id) DO UPDATE SET previous_at = excluded.previous_at, previous_id = excluded.previous_id,
        previous_steward_id = excluded.previous_steward_id, previous_region_id = excluded.previous_region_id
        WHERE k.previous_id <> excluded.previous_id;
    RETURN NULL;
END
$$;
