-- CaseLoop server schema version 18: one index fewer on tickets. tickets_complaint (complaint_id) was a leading part
-- of tickets_complaint_department (complaint_id, department_id, id; 008_desks.sql), which answers every lookup it
-- did; each ticket written (an import of 100,000 complaints writes about 80,000) kept both.
DROP INDEX tickets_complaint;
