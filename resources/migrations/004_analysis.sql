-- CaseLoop schema version 4: analysis. The weekly report counts what was closed in a week and what was
-- still open at its end; both look complaints up by the time they were closed.
CREATE INDEX complaints_closed ON complaints(closed_at) WHERE closed_at IS NOT NULL;
