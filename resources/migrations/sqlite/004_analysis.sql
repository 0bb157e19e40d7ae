-- CaseLoop schema version 4: analysis. The weekly report counts what was closed in a week and what was
-- still open at its end; both look complaints up by the time they were closed.
CREATE INDEX complaints_closed ON complaints(closed_at) WHERE closed_at IS NOT NULL;

-- The open complaints' promises, read without touching the table: "open and overdue at the end of a week".
-- The weekly figures name it (INDEXED BY), and its WHERE must stay the query's status list word for word.
CREATE INDEX complaints_open_promises ON complaints(received_at, closed_at, first_contact_due, first_contact_at,
    feedback_due, feedback_at, follow_up_due, follow_up_at)
    WHERE status IN ('new', 'in_progress', 'awaiting_follow_up', 'reopened');

-- The complaints behind a slice of the satisfaction chart.
CREATE INDEX complaints_satisfaction ON complaints(satisfaction, received_at);
