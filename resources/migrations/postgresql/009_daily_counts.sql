-- CaseLoop schema version 9 on PostgreSQL: the complaints counted per day and per value of every analysis
-- dimension, kept in the same transaction as each change, so that a chart of a quarter reads about 90 rows per
-- value instead of grouping millions of complaints (docs/ARCHITECTURE.md, "Daily counts"). They always equal
-- the GROUP BY over complaints: `caseloop-cli check` compares the two (core/sql/ComplaintDays.cpp groups the same).
--   dimension  the Dimension's storage name (type, region, estate, building, …)
--   day        the first 10 characters of received_at
--   region_id  for estate and building rows, the complaints' region (0 when none); else 0
--   estate_id  for building rows, the complaints' estate (0 when none); else 0
--   k          the value: a catalogue, region, estate or building id, or a status, priority or satisfaction; ''
--              when not recorded
--   n          how many complaints; a row may fall to 0 and stay
-- No desk still on version 8 may change a complaint between the fill below and the triggers: it would be counted
-- neither way. Desks read on meanwhile; their writes wait for this transaction.
LOCK TABLE complaints IN SHARE ROW EXCLUSIVE MODE;

CREATE TABLE complaint_days (
    dimension TEXT NOT NULL,
    day TEXT NOT NULL,
    region_id BIGINT NOT NULL,
    estate_id BIGINT NOT NULL,
    k TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (dimension, day, region_id, estate_id, k)
);

INSERT INTO complaint_days (dimension, day, region_id, estate_id, k, n)
SELECT 'type', substr(received_at, 1, 10), 0, 0, coalesce(CAST(type_id AS TEXT), ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'region', substr(received_at, 1, 10), 0, 0, coalesce(CAST(region_id AS TEXT), ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'estate', substr(received_at, 1, 10), coalesce(region_id, 0), 0, coalesce(CAST(estate_id AS TEXT), ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'building', substr(received_at, 1, 10), coalesce(region_id, 0), coalesce(estate_id, 0), coalesce(CAST(building_id AS TEXT), ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'service-line', substr(received_at, 1, 10), 0, 0, coalesce(CAST(service_line_id AS TEXT), ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'channel', substr(received_at, 1, 10), 0, 0, coalesce(CAST(channel_id AS TEXT), ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'status', substr(received_at, 1, 10), 0, 0, coalesce(status, ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'customer-type', substr(received_at, 1, 10), 0, 0, coalesce(CAST(customer_type_id AS TEXT), ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'kind', substr(received_at, 1, 10), 0, 0, coalesce(CAST(kind_id AS TEXT), ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'priority', substr(received_at, 1, 10), 0, 0, coalesce(priority, ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5
UNION ALL
SELECT 'satisfaction', substr(received_at, 1, 10), 0, 0, coalesce(satisfaction, ''), COUNT(*)
    FROM complaints GROUP BY 2, 3, 4, 5;

-- One statement at a time, from its transition tables: an import's COPY of 100,000 rows is counted by one grouped
-- upsert. Each statement upserts its rows in key order, so two statements never wait for each other in a circle (a
-- deadlock) over them.
CREATE FUNCTION caseloop_count_days() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO complaint_days AS c (dimension, day, region_id, estate_id, k, n)
        SELECT x.d, substr(t.received_at, 1, 10), x.r, x.e, x.k, COUNT(*)
        FROM new_rows t CROSS JOIN LATERAL (VALUES
            ('type', 0, 0, coalesce(CAST(t.type_id AS TEXT), '')),
            ('region', 0, 0, coalesce(CAST(t.region_id AS TEXT), '')),
            ('estate', coalesce(t.region_id, 0), 0, coalesce(CAST(t.estate_id AS TEXT), '')),
            ('building', coalesce(t.region_id, 0), coalesce(t.estate_id, 0), coalesce(CAST(t.building_id AS TEXT), '')),
            ('service-line', 0, 0, coalesce(CAST(t.service_line_id AS TEXT), '')),
            ('channel', 0, 0, coalesce(CAST(t.channel_id AS TEXT), '')),
            ('status', 0, 0, coalesce(t.status, '')),
            ('customer-type', 0, 0, coalesce(CAST(t.customer_type_id AS TEXT), '')),
            ('kind', 0, 0, coalesce(CAST(t.kind_id AS TEXT), '')),
            ('priority', 0, 0, coalesce(t.priority, '')),
            ('satisfaction', 0, 0, coalesce(t.satisfaction, ''))
        ) AS x(d, r, e, k)
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (dimension, day, region_id, estate_id, k) DO UPDATE SET n = c.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO complaint_days AS c (dimension, day, region_id, estate_id, k, n)
        SELECT x.d, substr(t.received_at, 1, 10), x.r, x.e, x.k, -COUNT(*)
        FROM old_rows t CROSS JOIN LATERAL (VALUES
            ('type', 0, 0, coalesce(CAST(t.type_id AS TEXT), '')),
            ('region', 0, 0, coalesce(CAST(t.region_id AS TEXT), '')),
            ('estate', coalesce(t.region_id, 0), 0, coalesce(CAST(t.estate_id AS TEXT), '')),
            ('building', coalesce(t.region_id, 0), coalesce(t.estate_id, 0), coalesce(CAST(t.building_id AS TEXT), '')),
            ('service-line', 0, 0, coalesce(CAST(t.service_line_id AS TEXT), '')),
            ('channel', 0, 0, coalesce(CAST(t.channel_id AS TEXT), '')),
            ('status', 0, 0, coalesce(t.status, '')),
            ('customer-type', 0, 0, coalesce(CAST(t.customer_type_id AS TEXT), '')),
            ('kind', 0, 0, coalesce(CAST(t.kind_id AS TEXT), '')),
            ('priority', 0, 0, coalesce(t.priority, '')),
            ('satisfaction', 0, 0, coalesce(t.satisfaction, ''))
        ) AS x(d, r, e, k)
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (dimension, day, region_id, estate_id, k) DO UPDATE SET n = c.n + excluded.n;
    ELSE
        INSERT INTO complaint_days AS c (dimension, day, region_id, estate_id, k, n)
        SELECT x.d, substr(t.received_at, 1, 10), x.r, x.e, x.k, SUM(t.sign)
        FROM (SELECT o.*, -1 AS sign FROM old_rows o UNION ALL SELECT w.*, 1 AS sign FROM new_rows w) t
        CROSS JOIN LATERAL (VALUES
            ('type', 0, 0, coalesce(CAST(t.type_id AS TEXT), '')),
            ('region', 0, 0, coalesce(CAST(t.region_id AS TEXT), '')),
            ('estate', coalesce(t.region_id, 0), 0, coalesce(CAST(t.estate_id AS TEXT), '')),
            ('building', coalesce(t.region_id, 0), coalesce(t.estate_id, 0), coalesce(CAST(t.building_id AS TEXT), '')),
            ('service-line', 0, 0, coalesce(CAST(t.service_line_id AS TEXT), '')),
            ('channel', 0, 0, coalesce(CAST(t.channel_id AS TEXT), '')),
            ('status', 0, 0, coalesce(t.status, '')),
            ('customer-type', 0, 0, coalesce(CAST(t.customer_type_id AS TEXT), '')),
            ('kind', 0, 0, coalesce(CAST(t.kind_id AS TEXT), '')),
            ('priority', 0, 0, coalesce(t.priority, '')),
            ('satisfaction', 0, 0, coalesce(t.satisfaction, ''))
        ) AS x(d, r, e, k)
        GROUP BY 1, 2, 3, 4, 5 HAVING SUM(t.sign) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (dimension, day, region_id, estate_id, k) DO UPDATE SET n = c.n + excluded.n;
    END IF;
    RETURN NULL;
END
$$;

DO $$
BEGIN
    CREATE TRIGGER complaint_days_insert AFTER INSERT ON complaints REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_count_days();
    CREATE TRIGGER complaint_days_update AFTER UPDATE ON complaints
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_count_days();
    CREATE TRIGGER complaint_days_delete AFTER DELETE ON complaints REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION caseloop_count_days();
END
$$;
