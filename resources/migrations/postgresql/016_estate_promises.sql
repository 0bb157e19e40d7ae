-- CaseLoop server schema version 16: the SLA compliance of a period read from the daily sums (docs/ARCHITECTURE.md,
-- "Daily counts"); the same as files' version 12. kpi_days gains the third promise, the follow-up visit
-- (follow_kept, follow_done: as first_* and feedback_*), and a third group: 'estate', g the complaint's estate (0
-- when none). Every complaint that counts adds itself to its estate's row of its day once, so the promises of the
-- whole office, a region or an estate over a quarter are about 90 rows an estate, not every complaint of the quarter
-- (a parallel read of the whole table at ten million). The promises not kept yet that fell due by the moment asked
-- are counted from complaints_unkept_promises and a new index of the follow-up visits owed.
-- No desk still on version 15 may change a complaint or a ticket between the fill below and the new triggers.
LOCK TABLE complaints, tickets IN SHARE ROW EXCLUSIVE MODE;

-- A promise kept on time (1 or 0), and a promise made at all, late or not, from its two times.
CREATE FUNCTION caseloop_promise_kept(done_at TEXT, due TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN done_at IS NOT NULL AND due IS NOT NULL AND done_at <= due THEN 1 ELSE 0 END
$$;
CREATE FUNCTION caseloop_promise_made(done_at TEXT, due TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN done_at IS NOT NULL AND due IS NOT NULL THEN 1 ELSE 0 END
$$;

ALTER TABLE kpi_days ADD COLUMN follow_kept BIGINT NOT NULL DEFAULT 0, ADD COLUMN follow_done BIGINT NOT NULL DEFAULT 0;

-- The same columns as before (the readers' grants stay), two more at the end.
CREATE OR REPLACE VIEW kpi_members AS
SELECT m.grp, m.g, substr(c.received_at, 1, 10) AS day, coalesce(c.region_id, 0) AS region_id, m.complaint_id AS id,
    1 AS n, v.first_kept, v.first_done, v.feedback_kept, v.feedback_done, v.satisfied, v.rated, v.reopened, v.closed,
    v.closed_seconds, caseloop_promise_kept(c.follow_up_at, c.follow_up_due) AS follow_kept,
    caseloop_promise_made(c.follow_up_at, c.follow_up_due) AS follow_done
FROM complaints c
JOIN (SELECT CAST('steward' AS TEXT) AS grp, id AS complaint_id, steward_id AS g FROM complaints
      WHERE steward_id IS NOT NULL
      UNION ALL
      SELECT DISTINCT 'department', complaint_id, department_id FROM tickets
      UNION ALL
      SELECT 'estate', id, coalesce(estate_id, 0) FROM complaints) m ON m.complaint_id = c.id
CROSS JOIN LATERAL caseloop_kpi_values(c.received_at, c.first_contact_at, c.first_contact_due, c.feedback_at,
    c.feedback_due, c.satisfaction, c.reopen_count, c.closed_at) v
WHERE c.status NOT IN ('invalid', 'withdrawn');

DELETE FROM kpi_days;
INSERT INTO kpi_days (grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done, satisfied,
    rated, reopened, closed, closed_seconds, follow_kept, follow_done)
SELECT grp, day, g, region_id, SUM(n), SUM(first_kept), SUM(first_done), SUM(feedback_kept), SUM(feedback_done),
    SUM(satisfied), SUM(rated), SUM(reopened), SUM(closed), SUM(closed_seconds), SUM(follow_kept), SUM(follow_done)
FROM kpi_members GROUP BY grp, day, g, region_id;

-- The complaints still owing a follow-up visit: with complaints_unkept_promises (the first contact and the
-- feedback, which the steward and department KPIs read), what the SLA compliance counts as owed and fallen due.
CREATE INDEX complaints_unkept_follow_ups ON complaints(received_at, region_id, estate_id, follow_up_due,
    follow_up_at, status)
    WHERE follow_up_at IS NULL AND follow_up_due IS NOT NULL;

-- The complaints closed, by closing time: the weekly figures' "closed in the period" is a count of this index alone
-- (the closing times of every closed or withdrawn complaint before, whose status was read from the table: 0.3 s for
-- a week at ten million complaints).
CREATE INDEX complaints_closed_new ON complaints(closed_at, received_at) WHERE status = 'closed';
DROP INDEX complaints_closed;
ALTER INDEX complaints_closed_new RENAME TO complaints_closed;

-- The hotspots of a month (the same type at the same building or public area) are grouped from this index alone:
-- through the received index every complaint of the month was a read of the table (0.3-0.7 s at ten million
-- complaints). Its WHERE is the hotspots' own.
CREATE INDEX complaints_hotspots ON complaints(received_at, estate_id, building_id, public_area, type_id,
    service_line_id) INCLUDE (id)
    WHERE status NOT IN ('invalid', 'withdrawn') AND estate_id IS NOT NULL;

-- The upsert of version 12 with the two new columns.
CREATE OR REPLACE FUNCTION caseloop_kpi_upsert(members TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
SELECT format($sql$
    INSERT INTO kpi_days AS k
    SELECT * FROM (
        SELECT t.grp, substr(t.received_at, 1, 10) AS day, t.g, coalesce(t.region_id, 0) AS region_id,
            SUM(t.sign) AS n, SUM(t.sign * v.first_kept) AS first_kept, SUM(t.sign * v.first_done) AS first_done,
            SUM(t.sign * v.feedback_kept) AS feedback_kept, SUM(t.sign * v.feedback_done) AS feedback_done,
            SUM(t.sign * v.satisfied) AS satisfied, SUM(t.sign * v.rated) AS rated,
            SUM(t.sign * v.reopened) AS reopened, SUM(t.sign * v.closed) AS closed,
            SUM(t.sign * v.closed_seconds) AS closed_seconds,
            SUM(t.sign * caseloop_promise_kept(t.follow_up_at, t.follow_up_due)) AS follow_kept,
            SUM(t.sign * caseloop_promise_made(t.follow_up_at, t.follow_up_due)) AS follow_done
        FROM (%s) t
        CROSS JOIN LATERAL caseloop_kpi_values(t.received_at, t.first_contact_at, t.first_contact_due,
            t.feedback_at, t.feedback_due, t.satisfaction, t.reopen_count, t.closed_at) v
        WHERE t.status NOT IN ('invalid', 'withdrawn')
        GROUP BY 1, 2, 3, 4) s
    WHERE (s.n, s.first_kept, s.first_done, s.feedback_kept, s.feedback_done, s.satisfied, s.rated, s.reopened,
        s.closed, s.closed_seconds, s.follow_kept, s.follow_done) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = k.n + excluded.n,
        first_kept = k.first_kept + excluded.first_kept, first_done = k.first_done + excluded.first_done,
        feedback_kept = k.feedback_kept + excluded.feedback_kept,
        feedback_done = k.feedback_done + excluded.feedback_done, satisfied = k.satisfied + excluded.satisfied,
        rated = k.rated + excluded.rated, reopened = k.reopened + excluded.reopened,
        closed = k.closed + excluded.closed, closed_seconds = k.closed_seconds + excluded.closed_seconds,
        follow_kept = k.follow_kept + excluded.follow_kept, follow_done = k.follow_done + excluded.follow_done
$sql$, members)
$$;

-- A statement's complaints: their rows of kpi_members, signed, now with their estate's. Replacing a function resets
-- what it was not told: it still writes as the owner (version 14).
CREATE OR REPLACE FUNCTION caseloop_count_kpis() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp AS $$
DECLARE
    changed TEXT := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT w.*, 1 AS sign FROM new_rows w'
        WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
        ELSE 'SELECT o.*, -1 AS sign FROM old_rows o UNION ALL SELECT w.*, 1 AS sign FROM new_rows w' END;
BEGIN
    EXECUTE caseloop_kpi_upsert(format($sql$
        SELECT c.*, m.grp, m.g FROM (%s) c
        CROSS JOIN LATERAL (SELECT 'steward', c.steward_id WHERE c.steward_id IS NOT NULL
            UNION ALL SELECT DISTINCT 'department', d.department_id FROM tickets d WHERE d.complaint_id = c.id
            UNION ALL SELECT 'estate', coalesce(c.estate_id, 0))
            AS m(grp, g)
    $sql$, changed));
    RETURN NULL;
END
$$;
