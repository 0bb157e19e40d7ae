-- CaseLoop server schema version 17: repeat complainants from a chain of each number's complaints, as files' version
-- 13 (docs/ARCHITECTURE.md, "Daily counts"). A number has two complaints in a period exactly when one of its
-- complaints there follows another there; repeat_chain keeps, for each complaint that has an earlier one from the same
-- number (among those that count, in received order, the id breaking ties), that earlier one's received time. The
-- numbers of a period are those with an entry whose previous_at falls in it (about 30,000 entries a quarter at ten
-- million complaints, against nearly 500,000 complaints), and only their complaints are grouped per member, from
-- complaints_phone_chain.
-- No desk still on version 16 may change a complaint between the fill below and the new triggers.
LOCK TABLE complaints IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE repeat_chain (
    complaint_id BIGINT PRIMARY KEY,
    previous_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    complainant_phone TEXT NOT NULL
);

-- A number's complaints that count, in received order; the columns the KPI tables group by, the id for the tickets.
CREATE INDEX complaints_phone_chain ON complaints(complainant_phone, received_at, steward_id, region_id) INCLUDE (id)
    WHERE status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> '';

INSERT INTO repeat_chain (complaint_id, previous_at, received_at, complainant_phone)
SELECT id, previous_at, received_at, complainant_phone FROM (
    SELECT id, received_at, complainant_phone,
        LAG(received_at) OVER (PARTITION BY complainant_phone ORDER BY received_at, id) AS previous_at
    FROM complaints WHERE status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> '') c
WHERE previous_at IS NOT NULL;

CREATE INDEX repeat_chain_previous ON repeat_chain(previous_at, received_at, complainant_phone);

-- Read by the KPI tables before; complaints_phone_chain and repeat_chain answer them now.
DROP INDEX complaints_repeat_phones;

-- A statement's changes write the chains of the numbers it moved again: each such number's complaints that count,
-- read in order from complaints_phone_chain. Only a change of the number, the received time or whether a complaint
-- counts (invalid or withdrawn ones do not) moves a chain. Two statements moving the same number wait for each other
-- (a transaction lock on one of 256 buckets of numbers, taken in bucket order), so that the second reads the first's
-- complaints once it has committed; a whole import takes at most the 256 locks.
-- Named complaint_chain_*, the triggers run before the other triggers of a statement (a server runs them in name
-- order): a statement takes its bucket locks before it locks rows of the daily counts and sums, as every statement
-- does, so that two never wait for each other in a circle.
CREATE FUNCTION caseloop_chain_complaints() RETURNS trigger LANGUAGE plpgsql
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
        WHERE (o.complainant_phone, o.received_at, o.status IN ('invalid', 'withdrawn'))
            IS DISTINCT FROM (n.complainant_phone, n.received_at, n.status IN ('invalid', 'withdrawn'));
    END IF;
    IF phones IS NULL AND gone IS NULL THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(17, b)
    FROM (SELECT DISTINCT hashtext(p) & 255 AS b FROM unnest(phones) p ORDER BY 1) buckets;
    -- New complaints only ever give a complaint an earlier one, never take it away: after an insert (an import's
    -- whole COPY) the chains' entries are added or changed, and only those are written. Anything else takes the
    -- numbers' entries out first (two statements, each a join: one with an OR would test every entry against a
    -- subquery).
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM repeat_chain r USING complaints c
        WHERE c.id = r.complaint_id AND c.complainant_phone = ANY (phones);
        IF gone IS NOT NULL THEN
            DELETE FROM repeat_chain WHERE complaint_id = ANY (gone);
        END IF;
    END IF;
    INSERT INTO repeat_chain AS k (complaint_id, previous_at, received_at, complainant_phone)
    SELECT id, previous_at, received_at, complainant_phone FROM (
        SELECT id, received_at, complainant_phone,
            LAG(received_at) OVER (PARTITION BY complainant_phone ORDER BY received_at, id) AS previous_at
        FROM complaints WHERE complainant_phone = ANY (phones) AND complainant_phone <> ''
            AND status NOT IN ('invalid', 'withdrawn')) c
    WHERE previous_at IS NOT NULL
    ON CONFLICT (complaint_id) DO UPDATE SET previous_at = excluded.previous_at
        WHERE k.previous_at <> excluded.previous_at;
    RETURN NULL;
END
$$;

DO $$
BEGIN
    CREATE TRIGGER complaint_chain_insert AFTER INSERT ON complaints REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_chain_complaints();
    CREATE TRIGGER complaint_chain_update AFTER UPDATE ON complaints
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_chain_complaints();
    CREATE TRIGGER complaint_chain_delete AFTER DELETE ON complaints REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_chain_complaints();
END
$$;

-- Supervisors and administrators read it for the KPI tables (it holds phone numbers: nobody else); `check
-- --recount` writes it again.
DO $$
BEGIN
    EXECUTE 'GRANT SELECT ON repeat_chain TO ' || quote_ident(caseloop_role('supervisor')) || ', '
            || quote_ident(caseloop_role('administrator'));
    EXECUTE 'GRANT INSERT, DELETE ON repeat_chain TO ' || quote_ident(caseloop_role('administrator'));
END
$$;
