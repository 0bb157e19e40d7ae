-- CaseLoop schema version 8 on files: the complaints counted per day and per value of every analysis
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
CREATE TABLE complaint_days (
    dimension TEXT NOT NULL,
    day TEXT NOT NULL,
    region_id INTEGER NOT NULL,
    estate_id INTEGER NOT NULL,
    k TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (dimension, day, region_id, estate_id, k)
) WITHOUT ROWID;

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

-- One row a change: SQLite has no statement triggers. The import drops complaint_days_insert inside its
-- transaction and counts its rows with one grouped statement instead (SqliteBulk.cpp).
CREATE TRIGGER complaint_days_insert AFTER INSERT ON complaints BEGIN
    INSERT INTO complaint_days (dimension, day, region_id, estate_id, k, n)
    SELECT column1, substr(new.received_at, 1, 10), column2, column3, column4, 1 FROM (VALUES
        ('type', 0, 0, coalesce(CAST(new.type_id AS TEXT), '')),
        ('region', 0, 0, coalesce(CAST(new.region_id AS TEXT), '')),
        ('estate', coalesce(new.region_id, 0), 0, coalesce(CAST(new.estate_id AS TEXT), '')),
        ('building', coalesce(new.region_id, 0), coalesce(new.estate_id, 0), coalesce(CAST(new.building_id AS TEXT), '')),
        ('service-line', 0, 0, coalesce(CAST(new.service_line_id AS TEXT), '')),
        ('channel', 0, 0, coalesce(CAST(new.channel_id AS TEXT), '')),
        ('status', 0, 0, coalesce(new.status, '')),
        ('customer-type', 0, 0, coalesce(CAST(new.customer_type_id AS TEXT), '')),
        ('kind', 0, 0, coalesce(CAST(new.kind_id AS TEXT), '')),
        ('priority', 0, 0, coalesce(new.priority, '')),
        ('satisfaction', 0, 0, coalesce(new.satisfaction, ''))
    ) WHERE true
    ON CONFLICT (dimension, day, region_id, estate_id, k) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER complaint_days_delete AFTER DELETE ON complaints BEGIN
    INSERT INTO complaint_days (dimension, day, region_id, estate_id, k, n)
    SELECT column1, substr(old.received_at, 1, 10), column2, column3, column4, -1 FROM (VALUES
        ('type', 0, 0, coalesce(CAST(old.type_id AS TEXT), '')),
        ('region', 0, 0, coalesce(CAST(old.region_id AS TEXT), '')),
        ('estate', coalesce(old.region_id, 0), 0, coalesce(CAST(old.estate_id AS TEXT), '')),
        ('building', coalesce(old.region_id, 0), coalesce(old.estate_id, 0), coalesce(CAST(old.building_id AS TEXT), '')),
        ('service-line', 0, 0, coalesce(CAST(old.service_line_id AS TEXT), '')),
        ('channel', 0, 0, coalesce(CAST(old.channel_id AS TEXT), '')),
        ('status', 0, 0, coalesce(old.status, '')),
        ('customer-type', 0, 0, coalesce(CAST(old.customer_type_id AS TEXT), '')),
        ('kind', 0, 0, coalesce(CAST(old.kind_id AS TEXT), '')),
        ('priority', 0, 0, coalesce(old.priority, '')),
        ('satisfaction', 0, 0, coalesce(old.satisfaction, ''))
    ) WHERE true
    ON CONFLICT (dimension, day, region_id, estate_id, k) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER complaint_days_update
AFTER UPDATE OF received_at, type_id, region_id, estate_id, building_id, service_line_id, channel_id, status,
    customer_type_id, kind_id, priority, satisfaction ON complaints BEGIN
    INSERT INTO complaint_days (dimension, day, region_id, estate_id, k, n)
    SELECT column1, substr(old.received_at, 1, 10), column2, column3, column4, -1 FROM (VALUES
        ('type', 0, 0, coalesce(CAST(old.type_id AS TEXT), '')),
        ('region', 0, 0, coalesce(CAST(old.region_id AS TEXT), '')),
        ('estate', coalesce(old.region_id, 0), 0, coalesce(CAST(old.estate_id AS TEXT), '')),
        ('building', coalesce(old.region_id, 0), coalesce(old.estate_id, 0), coalesce(CAST(old.building_id AS TEXT), '')),
        ('service-line', 0, 0, coalesce(CAST(old.service_line_id AS TEXT), '')),
        ('channel', 0, 0, coalesce(CAST(old.channel_id AS TEXT), '')),
        ('status', 0, 0, coalesce(old.status, '')),
        ('customer-type', 0, 0, coalesce(CAST(old.customer_type_id AS TEXT), '')),
        ('kind', 0, 0, coalesce(CAST(old.kind_id AS TEXT), '')),
        ('priority', 0, 0, coalesce(old.priority, '')),
        ('satisfaction', 0, 0, coalesce(old.satisfaction, ''))
    ) WHERE true
    ON CONFLICT (dimension, day, region_id, estate_id, k) DO UPDATE SET n = n + excluded.n;
    INSERT INTO complaint_days (dimension, day, region_id, estate_id, k, n)
    SELECT column1, substr(new.received_at, 1, 10), column2, column3, column4, 1 FROM (VALUES
        ('type', 0, 0, coalesce(CAST(new.type_id AS TEXT), '')),
        ('region', 0, 0, coalesce(CAST(new.region_id AS TEXT), '')),
        ('estate', coalesce(new.region_id, 0), 0, coalesce(CAST(new.estate_id AS TEXT), '')),
        ('building', coalesce(new.region_id, 0), coalesce(new.estate_id, 0), coalesce(CAST(new.building_id AS TEXT), '')),
        ('service-line', 0, 0, coalesce(CAST(new.service_line_id AS TEXT), '')),
        ('channel', 0, 0, coalesce(CAST(new.channel_id AS TEXT), '')),
        ('status', 0, 0, coalesce(new.status, '')),
        ('customer-type', 0, 0, coalesce(CAST(new.customer_type_id AS TEXT), '')),
        ('kind', 0, 0, coalesce(CAST(new.kind_id AS TEXT), '')),
        ('priority', 0, 0, coalesce(new.priority, '')),
        ('satisfaction', 0, 0, coalesce(new.satisfaction, ''))
    ) WHERE true
    ON CONFLICT (dimension, day, region_id, estate_id, k) DO UPDATE SET n = n + excluded.n;
END;
