-- CaseLoop schema version 2: rectification items 整改项 carried through the five steps of
-- 投诉整改五步法 (assign, resolve, report back, review, confirm), with the history of every step.

CREATE TABLE rectification_items (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    -- 1 分派 assign
    problem TEXT NOT NULL,
    type_id INTEGER REFERENCES catalogue_entries(id),
    region_id INTEGER REFERENCES regions(id),
    estate_id INTEGER REFERENCES estates(id),
    building_id INTEGER REFERENCES buildings(id),
    service_line_id INTEGER REFERENCES catalogue_entries(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    suggestion TEXT NOT NULL DEFAULT '',
    deadline TEXT NOT NULL,
    assigned_by INTEGER REFERENCES staff(id),
    assigned_at TEXT NOT NULL,
    -- 2 解决 resolve
    measures TEXT NOT NULL DEFAULT '',
    responsible_person TEXT NOT NULL DEFAULT '',
    planned_date TEXT,
    resolved_at TEXT,
    -- 3 反馈 report back
    feedback TEXT NOT NULL DEFAULT '',
    unresolved_reason TEXT NOT NULL DEFAULT '',
    reported_at TEXT,
    -- 4 审核 review
    review_opinion TEXT NOT NULL DEFAULT '',
    reviewer_id INTEGER REFERENCES staff(id),
    reviewed_at TEXT,
    -- 5 确认 confirm
    confirm_result TEXT,
    confirm_note TEXT NOT NULL DEFAULT '',
    confirmer_id INTEGER REFERENCES staff(id),
    confirmed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX rectification_status ON rectification_items(status, deadline);
CREATE INDEX rectification_department ON rectification_items(department_id, status);
CREATE INDEX rectification_deadline ON rectification_items(deadline);
CREATE INDEX rectification_region ON rectification_items(region_id);
CREATE INDEX rectification_type ON rectification_items(type_id);

CREATE TABLE rectification_complaints (
    item_id INTEGER NOT NULL REFERENCES rectification_items(id),
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    PRIMARY KEY (item_id, complaint_id)
);
CREATE INDEX rectification_complaints_complaint ON rectification_complaints(complaint_id);

CREATE TABLE rectification_steps (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES rectification_items(id),
    step TEXT NOT NULL,
    action TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rectification_steps_item ON rectification_steps(item_id, id);
