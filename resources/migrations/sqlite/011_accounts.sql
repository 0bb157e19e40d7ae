-- CaseLoop schema version 11 on files: accounts (docs/DOMAIN.md, "Accounts and roles").
-- Every staff member signs in with a password, stored as a PBKDF2 hash (core/domain/Passwords.h). An account
-- without one cannot sign in until an administrator sets it. Five wrong passwords in a row lock the account for
-- five minutes (locked_until).
ALTER TABLE staff ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until TEXT;

-- The estates a steward looks after: they see the full phone numbers of these estates' complaints.
CREATE TABLE staff_estates (
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    estate_id INTEGER NOT NULL REFERENCES estates(id),
    PRIMARY KEY (staff_id, estate_id)
);
CREATE INDEX staff_estates_estate ON staff_estates(estate_id);

-- The audit log is written once and never changed: not by CaseLoop, not by another tool on the file.
CREATE TRIGGER audit_log_insert_only_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is insert-only');
END;
CREATE TRIGGER audit_log_insert_only_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is insert-only');
END;
