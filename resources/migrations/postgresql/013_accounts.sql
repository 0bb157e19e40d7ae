-- CaseLoop server schema version 13: accounts (docs/DOMAIN.md, "Accounts and roles"). The same as files' version 11.
-- Every staff member signs in with a password, stored as a PBKDF2 hash (core/domain/Passwords.h). An account
-- without one cannot sign in until an administrator sets it. Five wrong passwords in a row lock the account for
-- five minutes (locked_until).
ALTER TABLE staff ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE staff ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until TEXT;

-- The estates a steward looks after: they see the full phone numbers of these estates' complaints.
CREATE TABLE staff_estates (
    staff_id BIGINT NOT NULL REFERENCES staff(id),
    estate_id BIGINT NOT NULL REFERENCES estates(id),
    PRIMARY KEY (staff_id, estate_id)
);
CREATE INDEX staff_estates_estate ON staff_estates(estate_id);

-- The audit log is written once and never changed, by any role.
CREATE FUNCTION caseloop_audit_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is insert-only';
END;
$$;
CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION caseloop_audit_insert_only();
CREATE TRIGGER audit_log_insert_only_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION caseloop_audit_insert_only();
