-- CaseLoop schema version 3: the steward's desk. Reply templates 话术模板 and the minefield phrases
-- 投诉雷区 (docs/DOMAIN.md §6) a steward should not say to a customer, each with a gentler wording; both editable.

CREATE TABLE reply_templates (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE minefield_phrases (
    id INTEGER PRIMARY KEY,
    phrase TEXT NOT NULL UNIQUE,
    gentler TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    row_version INTEGER NOT NULL DEFAULT 1
);

-- Type-ahead for a returning complainant by name (the phone has its index since version 1).
CREATE INDEX complaints_complainant_name ON complaints(complainant_name);

INSERT INTO reply_templates (title, body, sort_order) VALUES
    ('首次响应', '您好，我是{管家}，您反映的问题我们已经记录（单号{单号}），会在24小时内安排人员处理并给您回复，请您放心。', 1),
    ('致歉安抚', '非常抱歉给您的生活带来了不便，您的心情我们完全理解，我们会尽快查明原因并给您一个满意的答复。', 2),
    ('进度告知', '您好，关于您反映的问题（单号{单号}），目前工程人员已到场查看，预计明天完成处理，完成后我们会第一时间告知您。', 3),
    ('需要时间', '这个问题需要协调相关部门，我们已经在跟进，请给我们一点时间，三个工作日内一定给您答复。', 4),
    ('结果反馈', '您好，您反映的问题已经处理完毕，处理情况是：{处理结果}。请您方便时确认一下，如还有问题随时联系我。', 5),
    ('满意度回访', '您好，我是{管家}，前几天您反映的问题已处理完成，想了解一下您对处理结果是否满意？还有什么需要我们改进的吗？', 6),
    ('非物业职责', '这个问题需要由供电/燃气等单位处理，我们已经帮您联系了对方，并会持续跟进进度，有消息第一时间告诉您。', 7);

INSERT INTO minefield_phrases (phrase, gentler) VALUES
    ('您理解错了', '可能是我没有解释清楚，我再详细说明一下'),
    ('你理解错了', '可能是我没有解释清楚，我再详细说明一下'),
    ('这不归我们管', '这个问题我们来帮您联系负责的单位，并跟进结果'),
    ('不归我们管', '这个问题我们来帮您联系负责的单位，并跟进结果'),
    ('规定就是这样', '按照目前的规定是这样处理的，我理解您的感受，看看还有什么办法能帮到您'),
    ('没办法', '我们一起来想想办法'),
    ('不可能', '这种情况比较少见，我马上帮您核实'),
    ('我也没办法', '我会把您的情况反映给负责人，尽快给您答复'),
    ('你自己去', '我来帮您联系'),
    ('这是你的问题', '我们一起看看问题出在哪里'),
    ('我不知道', '我马上帮您查一下'),
    ('找领导也没用', '我会把您的意见如实反映给负责人'),
    ('不是我负责的', '我来帮您转给负责的同事，并跟进到底'),
    ('你听我说', '请您先听我解释一下，好吗');
