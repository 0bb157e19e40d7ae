-- CaseLoop schema version 10 on files: the KPIs of every steward and department summed per day, kept in the same
-- transaction as each change, so that the KPI tables of a quarter read about 90 rows per steward or department
-- instead of every complaint of the quarter (docs/ARCHITECTURE.md, "Daily counts"). They always equal the GROUP BY
-- over kpi_members: `caseloop-cli check` compares the two (core/sql/KpiDays.cpp).
--
-- kpi_members holds what one complaint adds to its steward (grp 'steward') and to each department it has a ticket
-- for (grp 'department', once however many tickets it had there); invalid and withdrawn complaints add nothing.
-- What is not a sum of days is read from complaints at query time: promises still open and overdue at the moment
-- asked, and repeat complainants.
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
        THEN coalesce(unixepoch(c.closed_at) - unixepoch(c.received_at), 0) ELSE 0 END AS closed_seconds
FROM complaints c
JOIN (SELECT 'steward' AS grp, id AS complaint_id, steward_id AS g FROM complaints WHERE steward_id IS NOT NULL
      UNION ALL
      SELECT DISTINCT 'department', complaint_id, department_id FROM tickets) m ON m.complaint_id = c.id
WHERE c.status NOT IN ('invalid', 'withdrawn');

CREATE TABLE kpi_days (
    grp TEXT NOT NULL,
    day TEXT NOT NULL,
    g INTEGER NOT NULL,
    region_id INTEGER NOT NULL,
    n INTEGER NOT NULL,
    first_kept INTEGER NOT NULL,
    first_done INTEGER NOT NULL,
    feedback_kept INTEGER NOT NULL,
    feedback_done INTEGER NOT NULL,
    satisfied INTEGER NOT NULL,
    rated INTEGER NOT NULL,
    reopened INTEGER NOT NULL,
    closed INTEGER NOT NULL,
    closed_seconds INTEGER NOT NULL,
    PRIMARY KEY (grp, day, g, region_id)
) WITHOUT ROWID;

INSERT INTO kpi_days
SELECT grp, day, g, region_id, SUM(n), SUM(first_kept), SUM(first_done), SUM(feedback_kept), SUM(feedback_done),
    SUM(satisfied), SUM(rated), SUM(reopened), SUM(closed), SUM(closed_seconds)
FROM kpi_members GROUP BY grp, day, g, region_id;

-- Promises not kept and not yet due are counted at query time from this index (steward and department KPIs: "fell
-- due by the end of the period"); it holds the few complaints that still owe a first contact or a feedback.
CREATE INDEX complaints_unkept_promises ON complaints(received_at, steward_id, region_id, estate_id,
    first_contact_due, feedback_due, first_contact_at, feedback_at, status)
    WHERE (first_contact_at IS NULL AND first_contact_due IS NOT NULL)
        OR (feedback_at IS NULL AND feedback_due IS NOT NULL);

-- Repeat complainants (two or more complaints from one number in the period) read this index only: the period's
-- numbers without a read of the table.
CREATE INDEX complaints_repeat_phones ON complaints(received_at, complainant_phone, steward_id, region_id, estate_id,
    status)
    WHERE status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> '';

-- The triggers add a complaint's rows of kpi_members (signed) to kpi_days. A change of a complaint takes its rows
-- out before the change and puts them back after it, both read through kpi_members by id.
CREATE TRIGGER kpi_days_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO kpi_days
    SELECT grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done, satisfied, rated,
        reopened, closed, closed_seconds
    FROM kpi_members WHERE id = new.id AND true
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n, first_kept = first_kept + excluded.first_kept,
        first_done = first_done + excluded.first_done, feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds;
END;

CREATE TRIGGER kpi_days_before_update
BEFORE UPDATE OF id, received_at, steward_id, region_id, status, first_contact_at, first_contact_due, feedback_at,
    feedback_due, satisfaction, reopen_count, closed_at ON complaints BEGIN
    INSERT INTO kpi_days
    SELECT grp, day, g, region_id, -n, -first_kept, -first_done, -feedback_kept, -feedback_done, -satisfied, -rated,
        -reopened, -closed, -closed_seconds
    FROM kpi_members WHERE id = old.id AND true
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n, first_kept = first_kept + excluded.first_kept,
        first_done = first_done + excluded.first_done, feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds;
END;

CREATE TRIGGER kpi_days_after_update
AFTER UPDATE OF id, received_at, steward_id, region_id, status, first_contact_at, first_contact_due, feedback_at,
    feedback_due, satisfaction, reopen_count, closed_at ON complaints BEGIN
    INSERT INTO kpi_days
    SELECT grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done, satisfied, rated,
        reopened, closed, closed_seconds
    FROM kpi_members WHERE id = new.id AND true
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n, first_kept = first_kept + excluded.first_kept,
        first_done = first_done + excluded.first_done, feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds;
END;

CREATE TRIGGER kpi_days_delete BEFORE DELETE ON complaints BEGIN
    INSERT INTO kpi_days
    SELECT grp, day, g, region_id, -n, -first_kept, -first_done, -feedback_kept, -feedback_done, -satisfied, -rated,
        -reopened, -closed, -closed_seconds
    FROM kpi_members WHERE id = old.id AND true
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n, first_kept = first_kept + excluded.first_kept,
        first_done = first_done + excluded.first_done, feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds;
END;

-- A ticket adds its complaint to the department when it is the department's first for that complaint, and takes it
-- out when it was the last one.
CREATE TRIGGER kpi_days_ticket_insert AFTER INSERT ON tickets
WHEN NOT EXISTS (SELECT 1 FROM tickets t WHERE t.complaint_id = new.complaint_id
    AND +t.department_id = new.department_id AND t.id <> new.id) BEGIN
    INSERT INTO kpi_days
    SELECT grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done, satisfied, rated,
        reopened, closed, closed_seconds
    FROM kpi_members WHERE id = new.complaint_id AND grp = 'department' AND +g = new.department_id
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n, first_kept = first_kept + excluded.first_kept,
        first_done = first_done + excluded.first_done, feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds;
END;

CREATE TRIGGER kpi_days_ticket_delete BEFORE DELETE ON tickets
WHEN NOT EXISTS (SELECT 1 FROM tickets t WHERE t.complaint_id = old.complaint_id
    AND +t.department_id = old.department_id AND t.id <> old.id) BEGIN
    INSERT INTO kpi_days
    SELECT grp, day, g, region_id, -n, -first_kept, -first_done, -feedback_kept, -feedback_done, -satisfied, -rated,
        -reopened, -closed, -closed_seconds
    FROM kpi_members WHERE id = old.complaint_id AND grp = 'department' AND +g = old.department_id
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n, first_kept = first_kept + excluded.first_kept,
        first_done = first_done + excluded.first_done, feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds;
END;

-- A ticket moved to another complaint or department: out of the old pair as a delete would, into the new as an
-- insert would (the two triggers above, before and after the move).
CREATE TRIGGER kpi_days_ticket_move_out BEFORE UPDATE OF complaint_id, department_id ON tickets
WHEN (old.complaint_id <> new.complaint_id OR old.department_id <> new.department_id)
    AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.complaint_id = old.complaint_id
        AND +t.department_id = old.department_id AND t.id <> old.id) BEGIN
    INSERT INTO kpi_days
    SELECT grp, day, g, region_id, -n, -first_kept, -first_done, -feedback_kept, -feedback_done, -satisfied, -rated,
        -reopened, -closed, -closed_seconds
    FROM kpi_members WHERE id = old.complaint_id AND grp = 'department' AND +g = old.department_id
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n, first_kept = first_kept + excluded.first_kept,
        first_done = first_done + excluded.first_done, feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds;
END;

CREATE TRIGGER kpi_days_ticket_move_in AFTER UPDATE OF complaint_id, department_id ON tickets
WHEN (old.complaint_id <> new.complaint_id OR old.department_id <> new.department_id)
    AND NOT EXISTS (SELECT 1 FROM tickets t WHERE t.complaint_id = new.complaint_id
        AND +t.department_id = new.department_id AND t.id <> new.id) BEGIN
    INSERT INTO kpi_days
    SELECT grp, day, g, region_id, n, first_kept, first_done, feedback_kept, feedback_done, satisfied, rated,
        reopened, closed, closed_seconds
    FROM kpi_members WHERE id = new.complaint_id AND grp = 'department' AND +g = new.department_id
    ON CONFLICT (grp, day, g, region_id) DO UPDATE SET n = n + excluded.n, first_kept = first_kept + excluded.first_kept,
        first_done = first_done + excluded.first_done, feedback_kept = feedback_kept + excluded.feedback_kept,
        feedback_done = feedback_done + excluded.feedback_done, satisfied = satisfied + excluded.satisfied,
        rated = rated + excluded.rated, reopened = reopened + excluded.reopened, closed = closed + excluded.closed,
        closed_seconds = closed_seconds + excluded.closed_seconds;
END;
