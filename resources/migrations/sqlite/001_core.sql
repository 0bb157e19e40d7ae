-- CaseLoop schema version 1: catalogues, organisation, complaints, tickets, follow-ups, audit.
-- Times are office-local 'YYYY-MM-DD HH:MM:SS' text, dates 'YYYY-MM-DD'.

-- Editable catalogues: type, service_line, channel, customer_type, kind.
CREATE TABLE catalogue_entries (
    id INTEGER PRIMARY KEY,
    catalogue TEXT NOT NULL,
    code TEXT NOT NULL,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (catalogue, code)
);

CREATE TABLE regions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE estates (
    id INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions(id),
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (region_id, name)
);
CREATE INDEX estates_region ON estates(region_id);

CREATE TABLE buildings (
    id INTEGER PRIMARY KEY,
    estate_id INTEGER NOT NULL REFERENCES estates(id),
    name TEXT NOT NULL,
    units INTEGER NOT NULL DEFAULT 1,
    floors INTEGER NOT NULL DEFAULT 1,
    UNIQUE (estate_id, name)
);
CREATE INDEX buildings_estate ON buildings(estate_id);

CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE roles (
    code TEXT PRIMARY KEY,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    may_see_phone INTEGER NOT NULL DEFAULT 0,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    login TEXT NOT NULL UNIQUE,
    role_code TEXT NOT NULL REFERENCES roles(code),
    department_id INTEGER REFERENCES departments(id),
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX staff_department ON staff(department_id);

-- Public holidays ('holiday') and adjusted working days 调休 ('workday').
CREATE TABLE calendar_days (
    day TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT ''
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE code_counters (
    prefix TEXT PRIMARY KEY,
    last_value INTEGER NOT NULL
);

CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    channel_id INTEGER NOT NULL REFERENCES catalogue_entries(id),
    kind_id INTEGER NOT NULL REFERENCES catalogue_entries(id),
    complainant_name TEXT NOT NULL DEFAULT '',
    complainant_phone TEXT NOT NULL DEFAULT '',
    customer_type_id INTEGER NOT NULL REFERENCES catalogue_entries(id),
    region_id INTEGER REFERENCES regions(id),
    estate_id INTEGER REFERENCES estates(id),
    building_id INTEGER REFERENCES buildings(id),
    unit TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    public_area TEXT NOT NULL DEFAULT '',
    type_id INTEGER NOT NULL REFERENCES catalogue_entries(id),
    service_line_id INTEGER NOT NULL REFERENCES catalogue_entries(id),
    priority TEXT NOT NULL CHECK (priority IN ('urgent', 'major', 'normal')),
    valid INTEGER NOT NULL DEFAULT 1,
    invalid_reason TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    request TEXT NOT NULL DEFAULT '',
    steward_id INTEGER REFERENCES staff(id),
    status TEXT NOT NULL,
    first_contact_due TEXT,
    feedback_due TEXT,
    follow_up_due TEXT,
    first_contact_at TEXT,
    feedback_at TEXT,
    follow_up_at TEXT,
    closed_at TEXT,
    close_reason TEXT NOT NULL DEFAULT '',
    satisfaction TEXT,
    reopen_count INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);
-- One index per list filter and analysis dimension, led by the dimension and followed by time.
CREATE INDEX complaints_received ON complaints(received_at);
CREATE INDEX complaints_status ON complaints(status, received_at);
CREATE INDEX complaints_type ON complaints(type_id, received_at);
CREATE INDEX complaints_service_line ON complaints(service_line_id, received_at);
CREATE INDEX complaints_channel ON complaints(channel_id, received_at);
CREATE INDEX complaints_kind ON complaints(kind_id, received_at);
CREATE INDEX complaints_customer_type ON complaints(customer_type_id, received_at);
CREATE INDEX complaints_region ON complaints(region_id, received_at);
CREATE INDEX complaints_estate ON complaints(estate_id, received_at);
CREATE INDEX complaints_building ON complaints(building_id, received_at);
CREATE INDEX complaints_priority ON complaints(priority, received_at);
CREATE INDEX complaints_steward ON complaints(steward_id, received_at);
CREATE INDEX complaints_phone ON complaints(complainant_phone);
CREATE INDEX complaints_first_contact_open ON complaints(first_contact_due) WHERE first_contact_at IS NULL;
CREATE INDEX complaints_feedback_open ON complaints(feedback_due) WHERE feedback_at IS NULL;
CREATE INDEX complaints_follow_up_open ON complaints(follow_up_due) WHERE follow_up_at IS NULL;

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    department_id INTEGER NOT NULL REFERENCES departments(id),
    assignee_id INTEGER REFERENCES staff(id),
    dispatched_at TEXT NOT NULL,
    due_at TEXT,
    measures TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    completed_at TEXT,
    status TEXT NOT NULL,
    return_reason TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_complaint ON tickets(complaint_id);
CREATE INDEX tickets_department ON tickets(department_id, status);
CREATE INDEX tickets_assignee ON tickets(assignee_id, status);
CREATE INDEX tickets_due_open ON tickets(due_at) WHERE completed_at IS NULL;

CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    at TEXT NOT NULL,
    staff_id INTEGER REFERENCES staff(id),
    method TEXT NOT NULL,
    purpose TEXT NOT NULL,
    said TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    satisfaction TEXT,
    reopen_requested INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_ups_complaint ON follow_ups(complaint_id, at);
CREATE INDEX follow_ups_staff ON follow_ups(staff_id, at);

-- Every change: who, when, which record and field, old and new value.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id INTEGER,
    actor_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id, id);
CREATE INDEX audit_at ON audit_log(at);

-- Default catalogues of a new office; every entry can be renamed, added to or retired.
INSERT INTO catalogue_entries (catalogue, code, name_zh, name_en, sort_order) VALUES
    ('kind', 'complaint', '投诉', 'Complaint', 1),
    ('kind', 'suggestion', '建议', 'Suggestion', 2),
    ('kind', 'inquiry', '咨询', 'Inquiry', 3),
    ('kind', 'praise', '表扬', 'Praise', 4),
    ('channel', 'phone', '电话', 'Phone', 1),
    ('channel', 'visit', '来访', 'Walk-in', 2),
    ('channel', 'wechat', '微信/APP', 'WeChat/App', 3),
    ('channel', 'email', '邮件', 'E-mail', 4),
    ('channel', 'hotline12345', '12345政务热线', '12345 city hotline', 5),
    ('channel', 'opinion_book', '意见簿', 'Opinion book', 6),
    ('channel', 'follow_up_call', '回访发现', 'Found on a follow-up call', 7),
    ('customer_type', 'owner', '业主', 'Owner', 1),
    ('customer_type', 'tenant', '租户', 'Tenant', 2),
    ('customer_type', 'shop', '商户', 'Shop', 3),
    ('customer_type', 'visitor', '访客', 'Visitor', 4),
    ('customer_type', 'other', '其他', 'Other', 5),
    ('type', 'attitude', '服务态度', 'Service attitude', 1),
    ('type', 'quality', '服务质量', 'Service quality', 2),
    ('type', 'efficiency', '服务效率', 'Service efficiency', 3),
    ('type', 'facilities', '设施设备', 'Facilities', 4),
    ('type', 'fees', '收费', 'Fees', 5),
    ('type', 'safety', '安全', 'Safety', 6),
    ('type', 'sanitation', '环境卫生', 'Sanitation', 7),
    ('type', 'noise', '噪音', 'Noise', 8),
    ('type', 'parking', '停车', 'Parking', 9),
    ('type', 'renovation', '装修', 'Renovation', 10),
    ('type', 'neighbour', '邻里纠纷', 'Neighbour dispute', 11),
    ('type', 'privacy', '信息/隐私', 'Information & privacy', 12),
    ('type', 'other', '其他', 'Other', 13),
    ('service_line', 'front_desk', '客服', 'Front desk', 1),
    ('service_line', 'repairs', '工程维修', 'Repairs', 2),
    ('service_line', 'elevator', '电梯', 'Elevators', 3),
    ('service_line', 'cleaning', '保洁', 'Cleaning', 4),
    ('service_line', 'security', '秩序/安保', 'Security', 5),
    ('service_line', 'landscaping', '绿化', 'Landscaping', 6),
    ('service_line', 'parking', '停车', 'Parking', 7),
    ('service_line', 'billing', '收费', 'Billing', 8),
    ('service_line', 'other', '其他', 'Other', 9);

INSERT INTO roles (code, name_zh, name_en, may_see_phone, sort_order) VALUES
    ('steward', '物业管家', 'Steward', 1, 1),
    ('department_lead', '部门负责人', 'Department lead', 0, 2),
    ('supervisor', '客服主管', 'Supervisor', 1, 3),
    ('administrator', '系统管理员', 'Administrator', 1, 4);

INSERT INTO departments (name, name_en) VALUES
    ('客服中心', 'Customer service'),
    ('工程部', 'Engineering'),
    ('保洁部', 'Cleaning'),
    ('秩序部', 'Security'),
    ('绿化部', 'Landscaping'),
    ('财务部', 'Finance');
