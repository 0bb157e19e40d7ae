-- The KPI tables' repeat complainants from repeat_chain alone. Each complaint of a period from a chained number is an
-- end of one of the period's entries (the later complaint of one, or the earlier of the number's first entry there),
-- so an entry now keeps its previous complaint's id and both complaints' steward and region: a period's complaints
-- of those numbers are read from the entries' index, instead of every number's complaints being looked up in
-- complaints_phone_chain (at ten million complaints, a lookup for each of about 30,000 numbers a quarter).
DROP TRIGGER complaint_chain_insert;
DROP TRIGGER complaint_chain_delete;
DROP TRIGGER complaint_chain_update;
DROP TABLE repeat_chain;

CREATE TABLE repeat_chain (
    complaint_id INTEGER PRIMARY KEY,
    previous_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    complainant_phone TEXT NOT NULL,
    previous_id INTEGER NOT NULL,
    steward_id INTEGER,
    region_id INTEGER,
    previous_steward_id INTEGER,
    previous_region_id INTEGER
);

INSERT INTO repeat_chain (complaint_id, previous_at, received_at, complainant_phone, previous_id, steward_id,
                          region_id, previous_steward_id, previous_region_id)
SELECT id, previous_at, received_at, complainant_phone, previous_id, steward_id, region_id, previous_steward_id,
    previous_region_id FROM (
    SELECT id, received_at, complainant_phone, steward_id, region_id, LAG(received_at) OVER chain AS previous_at,
        LAG(id) OVER chain AS previous_id, LAG(steward_id) OVER chain AS previous_steward_id,
        LAG(region_id) OVER chain AS previous_region_id
    FROM complaints WHERE status NOT IN ('invalid', 'withdrawn') AND complainant_phone <> ''
    WINDOW chain AS (PARTITION BY complainant_phone ORDER BY received_at, id))
WHERE previous_at IS NOT NULL;

-- A period's entries with both ends, read from the index alone.
CREATE INDEX repeat_chain_previous ON repeat_chain(previous_at, received_at, complainant_phone, complaint_id,
    previous_id, steward_id, previous_steward_id, region_id, previous_region_id);

-- A change to a number's complaints writes that number's chain again: its complaints that count, read in order from
-- complaints_phone_chain (a number has a handful). A change of the number, the received time, whether the complaint
-- counts (invalid or withdrawn do not), its steward or its region moves a chain.
CREATE TRIGGER complaint_chain_insert AFTER INSERT ON complaints
WHEN new.status NOT IN ('invalid', 'withdrawn') AND new.complainant_phone <> '' BEGIN
    DELETE FROM repeat_chain
    WHERE complaint_id IN (SELECT id FROM complaints WHERE complainant_phone = new.complainant_phone);
    INSERT INTO repeat_chain (complaint_id, previous_at, received_at, complainant_phone, previous_id, steward_id,
                              region_id, previous_steward_id, previous_region_id)
    SELECT id, previous_at, received_at, complainant_phone, previous_id, steward_id, region_id, previous_steward_id,
        previous_region_id FROM (
        SELECT id, received_at, complainant_phone, steward_id, region_id, LAG(received_at) OVER chain AS previous_at,
            LAG(id) OVER chain AS previous_id, LAG(steward_id) OVER chain AS previous_steward_id,
            LAG(region_id) OVER chain AS previous_region_id
        FROM complaints WHERE complainant_phone = new.complainant_phone AND complainant_phone <> ''
            AND status NOT IN ('invalid', 'withdrawn')
        WINDOW chain AS (ORDER BY received_at, id))
    WHERE previous_at IS NOT NULL;
END;

CREATE TRIGGER complaint_chain_delete AFTER DELETE ON complaints
WHEN old.status NOT IN ('invalid', 'withdrawn') AND old.complainant_phone <> '' BEGIN
    DELETE FROM repeat_chain WHERE complaint_id = old.id
        OR complaint_id IN (SELECT id FROM complaints WHERE complainant_phone = old.complainant_phone);
    INSERT INTO repeat_chain (complaint_id, previous_at, received_at, complainant_phone, previous_id, steward_id,
                              region_id, previous_steward_id, previous_region_id)
    SELECT id, previous_at, received_at, complainant_phone, previous_id, steward_id, region_id, previous_steward_id,
        previous_region_id FROM (
        SELECT id, received_at, complainant_phone, steward_id, region_id, LAG(received_at) OVER chain AS previous_at,
            LAG(id) OVER chain AS previous_id, LAG(steward_id) OVER chain AS previous_steward_id,
            LAG(region_id) OVER chain AS previous_region_id
        FROM complaints WHERE complainant_phone = old.complainant_phone AND complainant_phone <> ''
            AND status NOT IN ('invalid', 'withdrawn')
        WINDOW chain AS (ORDER BY received_at, id))
    WHERE previous_at IS NOT NULL;
END;

CREATE TRIGGER complaint_chain_update AFTER UPDATE OF complainant_phone, received_at, status, steward_id, region_id
ON complaints
WHEN (old.complainant_phone IS NOT new.complainant_phone OR old.received_at IS NOT new.received_at
        OR (old.status IN ('invalid', 'withdrawn')) IS NOT (new.status IN ('invalid', 'withdrawn'))
        OR old.steward_id IS NOT new.steward_id OR old.region_id IS NOT new.region_id)
    AND ((old.status NOT IN ('invalid', 'withdrawn') AND old.complainant_phone <> '')
        OR (new.status NOT IN ('invalid', 'withdrawn') AND new.complainant_phone <> '')) BEGIN
    DELETE FROM repeat_chain WHERE complaint_id = new.id
        OR complaint_id IN (SELECT id FROM complaints WHERE complainant_phone IN (old.complainant_phone,
            new.complainant_phone) AND complainant_phone <> '');
    INSERT INTO repeat_chain (complaint_id, previous_at, received_at, complainant_phone, previous_id, steward_id,
                              region_id, previous_steward_id, previous_region_id)
    SELECT id, previous_at, received_at, complainant_phone, previous_id, steward_id, region_id, previous_steward_id,
        previous_region_id FROM (
        SELECT id, received_at, complainant_phone, steward_id, region_id, LAG(received_at) OVER chain AS previous_at,
            LAG(id) OVER chain AS previous_id, LAG(steward_id) OVER chain AS previous_steward_id,
            LAG(region_id) OVER chain AS previous_region_id
        FROM complaints WHERE complainant_phone IN (old.complainant_phone, new.complainant_phone)
            AND complainant_phone <> '' AND status NOT IN ('invalid', 'withdrawn')
        WINDOW chain AS (PARTITION BY complainant_phone ORDER BY received_at, id))
    WHERE previous_at IS NOT NULL;
END;
