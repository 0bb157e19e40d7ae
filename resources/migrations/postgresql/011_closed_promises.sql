-- CaseLoop server schema version 11: the closed complaints' promises in one index, so that the weekly figures'
-- "closed in the period" and "closed after its end, so open at it, and overdue then?" are index-only scans.
-- Through complaints_closed each such row was a read of the table (a quarter at a million complaints: 0.45 s).
-- Built without CONCURRENTLY: a migration runs in a transaction; the desks' writes wait for it (about 2 s a
-- million complaints), their reading goes on.
CREATE INDEX complaints_closed_promises ON complaints(closed_at, received_at, first_contact_due, first_contact_at,
    feedback_due, feedback_at, follow_up_due, follow_up_at)
    WHERE status = 'closed';
