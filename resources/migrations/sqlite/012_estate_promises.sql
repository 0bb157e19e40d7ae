-- CaseLoop schema version 12 on files: the SLA compliance of a period read from the daily sums (docs/ARCHITECTURE.md,
-- "Daily counts"). kpi_days gains the third promise, the follow-up visit (follow_kept, follow_done: as first_* and
-- feedback_*), and a third group: 'estate', g the complaint's estate (0 when none). Every complaint that counts adds
-- itself to its estate's row of its day once, so the promises of the whole office, a region or an estate over a
-- quarter are about 90 rows an estate, not every complaint of the quarter. The promises not kept yet that fell due
-- by the moment asked are counted from complaints_unkept_promises and a new index of the follow-up visits owed.
DROP TRIGGER kpi_days_insert;
DROP TRIGGER kpi_days_before_update;
DROP TRIGGER kpi_days_after_update;
DROP TRIGGER kpi_days_delete;
DROP TRIGGER kpi_days_ticket_insert;
DROP TRIGGER kpi_days_ticket_delete;
DROP TRIGGER kpi_days_ticket_move_out;
DROP TRIGGER kpi_days_ticket_move_in;
DROP VIEW kpi_members;

CREATE VIEW kpi_members AS
SELECT m.grp, m.g, substr(c.received_at, 1, 10) AS day, coalesce(c.region_id, 0) AS region_id, m.complaint_id AS id,
    1 AS n,
    CASE WHEN c.first_contact_at IS NOT NULL AND c.first_contact_due IS NOT NULL
        AND c.first_contact_at <= c.first_contact_due THEN 1 ELSE 0 END AS first_kept,
    CASE WHEN c.first_contact_at IS NOT NULL AND c.first_contact_due IS NOT NULL THEN 1 ELSE 0 END AS first_done,
    CASE WHEN c.feedback_at IS NOT NULL AND c.feedback_due IS NOT NULL
        AND c.feedback_at <= c.feedback_due THEN 1 ELSE 0 END AS feedback_kept,
    CASE WHEN c.feedback_at IS NOT NULL AND c.feedback_due IS NOT NULL THEN 1 ELSE 0 END AS feedback_done,
    CASE WHEN c.satisfaction IN ('very_satisfied', 'satisfied', 'fairly_satisfied') THEN 1 ELSE 0 END AS satisfied,
    CASE WHEN c.satisfaction IS NOT NULL THEN 1 ELSE 0 END AS rated,
    CASE WHEN c.reopen_count > 0 THEN 1 ELSE 0 END AS reopened,
    CASE WHEN c.closed_at IS NOT NULL THEN 1 ELSE 0 END AS closed,
    CASE WHEN c.closed_at IS NOT NULL
        THEN coalesce(unixepoch(c.closed_at) - unixepoch(c.received_at), 0) ELSE 0 END AS closed_seconds,
    CASE WHEN c.follow_up_at IS NOT NULL AND c.follow_up_due IS NOT NULL
        AND c.follow_up_at <= c.follow_up_due THEN 1 ELSE 0 END AS follow_kept,
    CASE WHEN c.follow_up_at IS NOT NULL AND c.follow_up_due IS NOT NULL THEN 1 ELSE 0 END AS follow_done
FROM complaints c
JOIN (SELECT 'steward' AS grp, id AS complaint_id, steward_id AS g FROM complaints WHERE steward_id IS NOT NULL
      UNION ALL
      SELECT DISTINCT 'department', complaint_id, department_id FROM tickets
      UNION ALL
      SELECT 'estate', id, coalesce(estate_id, 0) FROM complaints) m ON m.complaint_id = c.id
WHERE c.status NOT IN ('invalid', 'withdrawn');

ALTER TABLE kpi_days ADD COLUMN follow_kept INTEGER NOT NULL DEFAULT 0;
ALTER TABLE kpi_days ADD COLUMN follow_done INTEGER NOT NULL DEFAULT 0;
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
-- (the closing times of every closed or withdrawn complaint before, whose status was read from the table). The
-- status is a column too, since SQLite reads the table for a column its WHERE names that the index lacks.
DROP INDEX complaints_closed;
CREATE INDEX complaints_closed ON complaints(closed_at, received_at, status) WHERE status = 'closed';

-- The hotspots of a month (the same type at the same building or public area) are grouped from this index alone:
-- through the received or estate index every complaint of the month was a read of the table (0.6 s at ten million
-- complaints). Its WHERE is the hotspots' own, word for word; the status is a column too, since SQLite reads the
-- table for a column its WHERE names that the index lacks.
CREATE INDEX complaints_hotspots ON complaints(received_at, estate_id, building_id, public_area, type_id,
    service_line_id, status)
    WHERE status NOT IN ('invalid', 'withdrawn') AND estate_id IS NOT NULL;

-- The triggers of version 10 with the two new columns; a complaint moved to another estate moves its estate row.
CREATE TRIGGER kpi_days_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO kpi_days (grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done,
        satisfied, rated, reopened, closed, closed_seconds, follow_kept, follow_done)
    SELECT grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done, satisfied, rated,
        reopened, closed, closed_seconds, follow_kept, follow_done
    FROM kpi_members WHERE id = new.id AND true
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n,
        first_kept = first_kept + excluded.first_kept, first_done = first_done + excluded.first_done,
        feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds,
        follow_kept = follow_kept + excluded.follow_kept, follow_done = follow_done + excluded.follow_done;
END;

CREATE TRIGGER kpi_days_before_update BEFORE UPDATE OF id, received_at, steward_id, region_id, estate_id, status,
    first_contact_at, first_contact_due, feedback_at, feedback_due, follow_up_at, follow_up_due, satisfaction,
    reopen_count, closed_at ON complaints BEGIN
    INSERT INTO kpi_days (grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done,
        satisfied, rated, reopened, closed, closed_seconds, follow_kept, follow_done)
    SELECT grp, day, g, region_id, -n, -first_kept, -first_done, -feedback_kept, -feedback_done, -satisfied,
        -rated, -reopened, -closed, -closed_seconds, -follow_kept, -follow_done
    FROM kpi_members WHERE id = old.id AND true
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n,
        first_kept = first_kept + excluded.first_kept, first_done = first_done + excluded.first_done,
        feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds,
        follow_kept = follow_kept + excluded.follow_kept, follow_done = follow_done + excluded.follow_done;
END;

CREATE TRIGGER kpi_days_after_update AFTER UPDATE OF id, received_at, steward_id, region_id, estate_id, status,
    first_contact_at, first_contact_due, feedback_at, feedback_due, follow_up_at, follow_up_due, satisfaction,
    reopen_count, closed_at ON complaints BEGIN
    INSERT INTO kpi_days (grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done,
        satisfied, rated, reopened, closed, closed_seconds, follow_kept, follow_done)
    SELECT grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done, satisfied, rated,
        reopened, closed, closed_seconds, follow_kept, follow_done
    FROM kpi_members WHERE id = new.id AND true
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n,
        first_kept = first_kept + excluded.first_kept, first_done = first_done + excluded.first_done,
        feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds,
        follow_kept = follow_kept + excluded.follow_kept, follow_done = follow_done + excluded.follow_done;
END;

CREATE TRIGGER kpi_days_delete BEFORE DELETE ON complaints BEGIN
    INSERT INTO kpi_days (grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done,
        satisfied, rated, reopened, closed, closed_seconds, follow_kept, follow_done)
    SELECT grp, day, g, region_id, -n, -first_kept, -first_done, -feedback_kept, -feedback_done, -satisfied,
        -rated, -reopened, -closed, -closed_seconds, -follow_kept, -follow_done
    FROM kpi_members WHERE id = old.id AND true
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n,
        first_kept = first_kept + excluded.first_kept, first_done = first_done + excluded.first_done,
        feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds,
        follow_kept = follow_kept + excluded.follow_kept, follow_done = follow_done + excluded.follow_done;
END;

CREATE TRIGGER kpi_days_ticket_insert AFTER INSERT ON tickets
WHEN NOT EXISTS (SELECT 1 FROM tickets t WHERE t.complaint_id = new.complaint_id
    AND +t.department_id = new.department_id AND t.id <> new.id) BEGIN
    INSERT INTO kpi_days (grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done,
        satisfied, rated, reopened, closed, closed_seconds, follow_kept, follow_done)
    SELECT grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done, satisfied, rated,
        reopened, closed, closed_seconds, follow_kept, follow_done
    FROM kpi_members WHERE id = new.complaint_id AND grp = 'department' AND +g = new.department_id
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n,
        first_kept = first_kept + excluded.first_kept, first_done = first_done + excluded.first_done,
        feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds,
        follow_kept = follow_kept + excluded.follow_kept, follow_done = follow_done + excluded.follow_done;
END;

CREATE TRIGGER kpi_days_ticket_delete BEFORE DELETE ON tickets
WHEN NOT EXISTS (SELECT 1 FROM tickets t WHERE t.complaint_id = old.complaint_id
    AND +t.department_id = old.department_id AND t.id <> old.id) BEGIN
    INSERT INTO kpi_days (grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done,
        satisfied, rated, reopened, closed, closed_seconds, follow_kept, follow_done)
    SELECT grp, day, g, region_id, -n, -first_kept, -first_done, -feedback_kept, -feedback_done, -satisfied,
        -rated, -reopened, -closed, -closed_seconds, -follow_kept, -follow_done
    FROM kpi_members WHERE id = old.complaint_id AND grp = 'department' AND +g = old.department_id
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n,
        first_kept = first_kept + excluded.first_kept, first_done = first_done + excluded.first_done,
        feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds,
        follow_kept = follow_kept + excluded.follow_kept, follow_done = follow_done + excluded.follow_done;
END;

CREATE TRIGGER kpi_days_ticket_move_out BEFORE UPDATE OF complaint_id, department_id ON tickets
WHEN (old.complaint_id <> new.complaint_id OR old.department_id <> new.department_id)
    AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.complaint_id = old.complaint_id
        AND +t.department_id = old.department_id AND t.id <> old.id) BEGIN
    INSERT INTO kpi_days (grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done,
        satisfied, rated, reopened, closed, closed_seconds, follow_kept, follow_done)
    SELECT grp, day, g, region_id, -n, -first_kept, -first_done, -feedback_kept, -feedback_done, -satisfied,
        -rated, -reopened, -closed, -closed_seconds, -follow_kept, -follow_done
    FROM kpi_members WHERE id = old.complaint_id AND grp = 'department' AND +g = old.department_id
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n,
        first_kept = first_kept + excluded.first_kept, first_done = first_done + excluded.first_done,
        feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds,
        follow_kept = follow_kept + excluded.follow_kept, follow_done = follow_done + excluded.follow_done;
END;

CREATE TRIGGER kpi_days_ticket_move_in AFTER UPDATE OF complaint_id, department_id ON tickets
WHEN (old.complaint_id <> new.complaint_id OR old.department_id <> new.department_id)
    AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.complaint_id = new.complaint_id
        AND +t.department_id = new.department_id AND t.id <> new.id) BEGIN
    INSERT INTO kpi_days (grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done,
        satisfied, rated, reopened, closed, closed_seconds, follow_kept, follow_done)
    SELECT grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done, satisfied, rated,
        reopened, closed, closed_seconds, follow_kept, follow_done
    FROM kpi_members WHERE id = new.complaint_id AND grp = 'department' AND +g = new.department_id
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n,
        first_kept = first_kept + excluded.first_kept, first_done = first_done + excluded.first_done,
        feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds,
        follow_kept = follow_kept + excluded.follow_kept, follow_done = follow_done + excluded.follow_done;
END;
