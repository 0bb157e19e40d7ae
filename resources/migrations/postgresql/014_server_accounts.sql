-- CaseLoop server schema version 14: the server itself enforces the accounts (docs/DOMAIN.md, "Accounts and roles";
-- docs/ARCHITECTURE.md, "Accounts on a server"). Files stay at version 11: on a file CaseLoop enforces them.
--
-- Every account that has a password is a PostgreSQL login role named DATABASE_LOGIN, with a SCRAM-SHA-256 password
-- hashed by the desk (libpq's PQencryptPasswordConn), so that no clear password reaches the server. It belongs to
-- one of four group roles, DATABASE_steward, DATABASE_department_lead, DATABASE_supervisor and
-- DATABASE_administrator, which hold the GRANTs below. Roles belong to the whole cluster: the database's name in
-- front keeps two offices on one server apart. No account holds CREATEROLE: the functions that make and change login
-- roles run as the database's owner (SECURITY DEFINER) and check who calls them first. The owner's own connection
-- (the one `init` and `migrate` use) stays the office's set-up connection.

DO $$
BEGIN
    IF NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'CaseLoop 14 gives each account its own login on the server, so the role % that updates '
            'this database needs CREATEROLE: a superuser runs ALTER ROLE % CREATEROLE, then CaseLoop is started '
            'again. Nothing was changed.', current_user, current_user;
    END IF;
END
$$;

-- DATABASE_KIND: the name of a role of this database.
CREATE FUNCTION caseloop_role(kind TEXT) RETURNS TEXT LANGUAGE sql STABLE
    AS $$ SELECT current_database() || '_' || kind $$;

-- Whether the role `r` is a CaseLoop account of this database: a member of one of its four group roles.
CREATE FUNCTION caseloop_is_account(r TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles u ON u.oid = m.member
                   WHERE u.rolname = r AND g.rolname IN (caseloop_role('steward'), caseloop_role('department_lead'),
                                                         caseloop_role('supervisor'), caseloop_role('administrator')))
$$;

DO $$
DECLARE
    kind TEXT;
BEGIN
    FOREACH kind IN ARRAY ARRAY['steward', 'department_lead', 'supervisor', 'administrator'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = caseloop_role(kind)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', caseloop_role(kind));
        END IF;
    END LOOP;
    -- Only the office's roles connect; nobody but the owner creates anything.
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I, %I, %I', current_database(), caseloop_role('steward'),
                   caseloop_role('department_lead'), caseloop_role('supervisor'), caseloop_role('administrator'));
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- The staff member the session signed in as, or NULL for a role that is no account of this office (its owner).
-- session_user, not current_user: inside these functions current_user is the owner.
CREATE FUNCTION caseloop_session_staff_id() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_catalog, pg_temp AS $$
    SELECT s.id FROM staff s WHERE caseloop_role(s.login) = session_user AND caseloop_is_account(session_user)
$$;
CREATE FUNCTION caseloop_session_login() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_catalog, pg_temp AS $$
    SELECT login FROM staff WHERE id = caseloop_session_staff_id()
$$;
-- A department lead's department (NULL for every other session): what row-level security and the masked views
-- below let them see.
CREATE FUNCTION caseloop_session_department() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_catalog, pg_temp AS $$
    SELECT department_id FROM staff
    WHERE id = caseloop_session_staff_id() AND role_code = 'department_lead' AND active = 1
$$;

-- Makes the login role of `p_login` follow its staff row: its group role, whether it may log in (deactivated
-- accounts may not), and a department lead's search_path, which puts the masked views first. A role that exists
-- but is no CaseLoop account (one the office made itself) is never touched.
CREATE FUNCTION caseloop_sync_login(p_login TEXT, p_created BOOLEAN) RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp AS $$
DECLARE
    r TEXT := caseloop_role(p_login);
    target staff%ROWTYPE;
    kind TEXT;
    member BOOLEAN;
BEGIN
    SELECT * INTO target FROM staff WHERE login = p_login;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r)
       OR NOT (p_created OR caseloop_is_account(r)) THEN
        RETURN;
    END IF;
    FOREACH kind IN ARRAY ARRAY['steward', 'department_lead', 'supervisor', 'administrator'] LOOP
        member := EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                          JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = caseloop_role(kind) AND u.rolname = r);
        IF kind = target.role_code AND NOT member THEN
            EXECUTE format('GRANT %I TO %I', caseloop_role(kind), r);
        ELSIF kind <> target.role_code AND member THEN
            EXECUTE format('REVOKE %I FROM %I', caseloop_role(kind), r);
        END IF;
    END LOOP;
    EXECUTE format('ALTER ROLE %I %s', r, CASE WHEN target.active = 1 AND target.password_hash <> ''
                                               THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF target.role_code = 'department_lead' THEN
        EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = caseloop_masked, public', r,
                       current_database());
    ELSE
        EXECUTE format('ALTER ROLE %I IN DATABASE %I RESET search_path', r, current_database());
    END IF;
END
$$;

-- Sets an account's password: `p_verifier` for the server (SCRAM-SHA-256, made by the desk) and `p_hash` for
-- CaseLoop's own check on the owner's connection (PBKDF2, core/domain/Passwords.h). An administrator may set any
-- account's, everyone their own; the owner's connection (no account) sets up any. Creates the login role when the
-- account has none yet.
CREATE FUNCTION caseloop_set_password(p_login TEXT, p_verifier TEXT, p_hash TEXT) RETURNS VOID LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp AS $$
DECLARE
    caller BIGINT := caseloop_session_staff_id();
    target staff%ROWTYPE;
    r TEXT := caseloop_role(p_login);
    created BOOLEAN := false;
BEGIN
    SELECT * INTO target FROM staff WHERE login = p_login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no account %', p_login;
    END IF;
    IF caller IS NULL THEN
        IF NOT pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()),
                           'MEMBER') THEN
            RAISE EXCEPTION 'only an administrator sets passwords' USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF caller <> target.id
          AND (SELECT role_code FROM staff WHERE id = caller AND active = 1) IS DISTINCT FROM 'administrator' THEN
        RAISE EXCEPTION 'only an administrator sets passwords' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' OR p_hash NOT LIKE 'pbkdf2-sha256$%' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier and a PBKDF2 hash';
    END IF;
    IF octet_length(r) > 63 THEN
        RAISE EXCEPTION 'the server role % would be longer than 63 bytes: choose a shorter login', r;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
        IF NOT caseloop_is_account(r) THEN
            RAISE EXCEPTION 'the server role % exists and is no CaseLoop account; it was left untouched', r;
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        created := true;
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_verifier);
    UPDATE staff SET password_hash = p_hash, failed_logins = 0, locked_until = NULL WHERE id = target.id;
    PERFORM caseloop_sync_login(p_login, created);
END
$$;

-- A staff row changed (role, department, deactivated, renamed): its login role follows in the same transaction.
CREATE FUNCTION caseloop_staff_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.login <> NEW.login AND caseloop_is_account(caseloop_role(OLD.login))
       AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = caseloop_role(NEW.login)) THEN
        EXECUTE format('ALTER ROLE %I RENAME TO %I', caseloop_role(OLD.login), caseloop_role(NEW.login));
    END IF;
    PERFORM caseloop_sync_login(NEW.login, false);
    RETURN NULL;
END
$$;
DO $$
BEGIN
    CREATE TRIGGER staff_login_role AFTER INSERT OR UPDATE ON staff FOR EACH ROW
        EXECUTE FUNCTION caseloop_staff_changed();
END
$$;

-- The counting triggers write complaint_days and kpi_days as the owner: no desk may write them itself.
ALTER FUNCTION caseloop_count_days() SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp;
ALTER FUNCTION caseloop_count_kpis() SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp;
ALTER FUNCTION caseloop_count_ticket_kpis() SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp;

REVOKE ALL ON FUNCTION caseloop_sync_login(TEXT, BOOLEAN), caseloop_staff_changed() FROM PUBLIC;

-- Free text with its phone and ID-card numbers masked, as maskNumbersInText (core/domain/Phone.cpp) masks them, and
-- one number masked as maskPhone.
CREATE FUNCTION caseloop_mask_phone(phone TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    digits INTEGER := length(regexp_replace(phone, '[^0-9Xx０-９]', '', 'g'));
    hidden INTEGER := greatest(4, (digits + 1) / 2);
    visible INTEGER := greatest(0, digits - hidden);
    head INTEGER := (visible + 1) / 2;
    tail INTEGER := visible - head;
    masked TEXT := '';
    c TEXT;
    i INTEGER := 0;
BEGIN
    FOREACH c IN ARRAY regexp_split_to_array(phone, '') LOOP
        IF c ~ '[0-9Xx０-９]' THEN
            masked := masked || CASE WHEN i < head OR i >= digits - tail THEN c ELSE '*' END;
            i := i + 1;
        ELSE
            masked := masked || c;
        END IF;
    END LOOP;
    RETURN masked;
END
$$;
CREATE FUNCTION caseloop_mask_text(t TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    pattern CONSTANT TEXT := '(?<![0-9０-９])(?:[0-9０-９]{17}[0-9０-９Xx]'
        '|(?:\+86[ -]?|0086[ -]?)?[1１][3-9３-９][0-9０-９](?:[ -]?[0-9０-９]){8}'
        '|\(?[0０][0-9０-９]{2,3}\)?[ -]?[0-9０-９]{3,4}[ -]?[0-9０-９]{4})(?![0-9０-９])';
    out TEXT := '';
    rest TEXT := t;
    at INTEGER;
    found TEXT;
BEGIN
    IF t IS NULL OR t !~ pattern THEN
        RETURN t;
    END IF;
    LOOP
        at := regexp_instr(rest, pattern);
        EXIT WHEN at = 0;
        found := regexp_substr(rest, pattern);
        out := out || substr(rest, 1, at - 1) || caseloop_mask_phone(found);
        rest := substr(rest, at + length(found));
    END LOOP;
    RETURN out || rest;
END
$$;

-- What a department lead reads: their department's complaints (those with a ticket of it), with every phone number
-- masked, in the free text too; the follow-ups of those complaints; and the rectification items given to their
-- department. A lead's search_path puts this schema first, so CaseLoop reads these views by the tables' own names;
-- the lead has no right to the tables behind them. The views run as their owner, limited by
-- caseloop_session_department(); new columns of these tables must be added here too.
CREATE SCHEMA caseloop_masked;
CREATE VIEW caseloop_masked.complaints WITH (security_barrier) AS
SELECT id, code, received_at, channel_id, kind_id, complainant_name, caseloop_mask_phone(complainant_phone)
        AS complainant_phone, customer_type_id, region_id, estate_id, building_id, unit, room, public_area, type_id,
    service_line_id, priority, valid, invalid_reason, caseloop_mask_text(description) AS description,
    caseloop_mask_text(request) AS request, steward_id, status, first_contact_due, feedback_due, follow_up_due,
    first_contact_at, feedback_at, follow_up_at, closed_at, caseloop_mask_text(close_reason) AS close_reason,
    satisfaction, reopen_count, created_at, updated_at, row_version, caseloop_mask_text(note) AS note, import_key
FROM public.complaints c
WHERE EXISTS (SELECT 1 FROM public.tickets t
              WHERE t.complaint_id = c.id AND t.department_id = caseloop_session_department());
CREATE VIEW caseloop_masked.follow_ups WITH (security_barrier) AS
SELECT id, complaint_id, at, staff_id, method, purpose, caseloop_mask_text(said) AS said,
    caseloop_mask_text(answer) AS answer, satisfaction, reopen_requested
FROM public.follow_ups f
WHERE EXISTS (SELECT 1 FROM public.tickets t
              WHERE t.complaint_id = f.complaint_id AND t.department_id = caseloop_session_department());
CREATE VIEW caseloop_masked.rectification_items WITH (security_barrier) AS
SELECT id, code, status, caseloop_mask_text(problem) AS problem, type_id, region_id, estate_id, building_id,
    service_line_id, department_id, caseloop_mask_text(suggestion) AS suggestion, deadline, assigned_by, assigned_at,
    caseloop_mask_text(measures) AS measures, responsible_person, planned_date, resolved_at,
    caseloop_mask_text(feedback) AS feedback, caseloop_mask_text(unresolved_reason) AS unresolved_reason, reported_at,
    caseloop_mask_text(review_opinion) AS review_opinion, reviewer_id, reviewed_at, confirm_result,
    caseloop_mask_text(confirm_note) AS confirm_note, confirmer_id, confirmed_at, created_at, updated_at, row_version
FROM public.rectification_items
WHERE department_id = caseloop_session_department();
CREATE VIEW caseloop_masked.rectification_steps WITH (security_barrier) AS
SELECT s.id, s.item_id, s.step, s.action, s.from_status, s.to_status, s.at, s.staff_id,
    caseloop_mask_text(s.note) AS note
FROM public.rectification_steps s JOIN public.rectification_items i ON i.id = s.item_id
WHERE i.department_id = caseloop_session_department();
CREATE VIEW caseloop_masked.rectification_complaints WITH (security_barrier) AS
SELECT rc.item_id, rc.complaint_id FROM public.rectification_complaints rc
    JOIN public.rectification_items i ON i.id = rc.item_id
WHERE i.department_id = caseloop_session_department();

-- The audit of their department's complaints and tickets, masked as the complaints are. The audit rows a lead's
-- desk writes, and the follow-ups they record, go through these views into the tables (INSTEAD OF triggers, which
-- write as the owner: a lead may not read those tables, not even the new row's id; follow-ups of their department's
-- complaints only).
CREATE VIEW caseloop_masked.audit_log WITH (security_barrier) AS
SELECT a.id, a.at, a.actor_id, a.actor_name, a.entity, a.entity_id, a.action, a.field,
    caseloop_mask_text(a.old_value) AS old_value, caseloop_mask_text(a.new_value) AS new_value
FROM public.audit_log a
WHERE (a.entity = 'complaint' AND EXISTS (SELECT 1 FROM public.tickets t WHERE t.complaint_id = a.entity_id
                                          AND t.department_id = caseloop_session_department()))
   OR (a.entity = 'ticket' AND EXISTS (SELECT 1 FROM public.tickets t WHERE t.id = a.entity_id
                                       AND t.department_id = caseloop_session_department()));
CREATE FUNCTION caseloop_masked.write_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO public.audit_log (at, actor_id, actor_name, entity, entity_id, action, field, old_value, new_value)
    VALUES (NEW.at, NEW.actor_id, NEW.actor_name, NEW.entity, NEW.entity_id, NEW.action, coalesce(NEW.field, ''),
            NEW.old_value, NEW.new_value)
    RETURNING id INTO NEW.id;
    RETURN NEW;
END
$$;
CREATE FUNCTION caseloop_masked.write_follow_up() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.tickets t WHERE t.complaint_id = NEW.complaint_id
                   AND t.department_id = caseloop_session_department()) THEN
        RAISE EXCEPTION 'a department lead follows up their department''s complaints only'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public.follow_ups (complaint_id, at, staff_id, method, purpose, said, answer, satisfaction,
                                   reopen_requested)
    VALUES (NEW.complaint_id, NEW.at, NEW.staff_id, NEW.method, NEW.purpose, coalesce(NEW.said, ''),
            coalesce(NEW.answer, ''), NEW.satisfaction, coalesce(NEW.reopen_requested, 0))
    RETURNING id INTO NEW.id;
    RETURN NEW;
END
$$;
DO $$
BEGIN
    CREATE TRIGGER audit_log_write INSTEAD OF INSERT ON caseloop_masked.audit_log FOR EACH ROW
        EXECUTE FUNCTION caseloop_masked.write_audit();
    CREATE TRIGGER follow_ups_write INSTEAD OF INSERT ON caseloop_masked.follow_ups FOR EACH ROW
        EXECUTE FUNCTION caseloop_masked.write_follow_up();
END
$$;

-- Tickets: a department lead reads and handles their department's only. A view, not row-level security: COPY, with
-- which an import writes tickets, refuses a table under row-level security.
CREATE VIEW caseloop_masked.tickets WITH (security_barrier) AS
SELECT * FROM public.tickets WHERE department_id = caseloop_session_department()
WITH CASCADED CHECK OPTION;

-- The GRANTs, by group role.
DO $$
DECLARE
    steward TEXT := quote_ident(caseloop_role('steward'));
    lead TEXT := quote_ident(caseloop_role('department_lead'));
    supervisor TEXT := quote_ident(caseloop_role('supervisor'));
    administrator TEXT := quote_ident(caseloop_role('administrator'));
    everyone TEXT := steward || ', ' || lead || ', ' || supervisor || ', ' || administrator;
    readers TEXT := steward || ', ' || supervisor || ', ' || administrator;
    workers TEXT := steward || ', ' || supervisor || ', ' || administrator;
BEGIN
    EXECUTE 'GRANT USAGE ON SCHEMA public TO ' || everyone;
    EXECUTE 'GRANT USAGE ON SCHEMA caseloop_masked TO ' || lead;
    -- What every desk reads to work at all: the set-up, the vocabulary, who is who (never the passwords).
    EXECUTE 'GRANT SELECT ON caseloop_schema, catalogue_entries, regions, estates, buildings, departments, roles, '
            'calendar_days, settings, reply_templates, minefield_phrases, staff_estates TO ' || everyone;
    EXECUTE 'GRANT SELECT (id, name, login, role_code, department_id, phone, active) ON staff TO ' || everyone;
    -- Every desk writes its receipts, its audit rows and counts its codes; nobody changes an audit row.
    EXECUTE 'GRANT SELECT, INSERT, DELETE ON caseloop_receipts TO ' || everyone;
    EXECUTE 'GRANT INSERT ON audit_log TO ' || everyone;
    EXECUTE 'GRANT SELECT, INSERT, UPDATE ON code_counters TO ' || everyone;
    EXECUTE 'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ' || everyone;
    EXECUTE 'GRANT SELECT, INSERT, UPDATE ON tickets TO ' || readers;
    EXECUTE 'GRANT SELECT, UPDATE ON caseloop_masked.tickets TO ' || lead;
    -- A department lead: the masked views, their department's follow-ups written, and no table behind them.
    EXECUTE 'GRANT SELECT ON caseloop_masked.complaints, caseloop_masked.follow_ups, caseloop_masked.audit_log, '
            'caseloop_masked.rectification_items, caseloop_masked.rectification_steps, '
            'caseloop_masked.rectification_complaints TO ' || lead;
    EXECUTE 'GRANT INSERT ON caseloop_masked.follow_ups, caseloop_masked.audit_log TO ' || lead;
    -- Handling a ticket moves its complaint on (status, times): through the view, never its masked columns.
    EXECUTE 'GRANT UPDATE ON caseloop_masked.complaints TO ' || lead;
    -- Stewards, supervisors, administrators: complaints, follow-ups, the audit and the counts read in full.
    EXECUTE 'GRANT SELECT ON complaints, follow_ups, audit_log, complaint_days, kpi_days, kpi_members, '
            'rectification_items, rectification_steps, rectification_complaints, import_batches TO ' || readers;
    EXECUTE 'GRANT INSERT, UPDATE ON complaints, follow_ups TO ' || workers;
    EXECUTE 'GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO ' || administrator;
    -- Supervisors decide rectification.
    EXECUTE 'GRANT INSERT, UPDATE, DELETE ON rectification_items, rectification_steps, rectification_complaints TO '
            || supervisor || ', ' || administrator;
    -- Administrators: the set-up, the accounts, imports; still never the audit log's rows.
    EXECUTE 'GRANT INSERT, UPDATE, DELETE ON catalogue_entries, regions, estates, buildings, departments, '
            'calendar_days, settings, reply_templates, minefield_phrases, staff_estates, import_batches, '
            'complaints, follow_ups, tickets TO ' || administrator;
    EXECUTE 'GRANT SELECT, INSERT, UPDATE ON staff TO ' || administrator;
    -- `check --recount` counts the daily sums again.
    EXECUTE 'GRANT INSERT, DELETE ON complaint_days, kpi_days TO ' || administrator;
END
$$;
