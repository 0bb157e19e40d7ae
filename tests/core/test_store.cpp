#include "TestSupport.h"
#include "base/Clock.h"
#include "sql/SqlQuery.h"
#include "sql/Transaction.h"

#include <QRandomGenerator>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("catalogue entries round-trip and their changes are audited", "[store]")
{
    TestDb db;
    auto& catalogues = db.store().catalogues();
    CHECK(require(catalogues.entries(Catalogue::Type)).size() == 13);
    CatalogueEntry e{
        0, Catalogue::Type, QStringLiteral("water"), QStringLiteral("供水"), QStringLiteral("Water supply"), 20, true};
    e.id = require(catalogues.add(e));
    CatalogueEntry back = require(catalogues.entry(e.id));
    CHECK(back.code == e.code);
    CHECK(back.nameZh == e.nameZh);
    CHECK(back.nameEn == e.nameEn);
    CHECK(back.sortOrder == 20);
    back.nameZh = QStringLiteral("供水停水");
    back.active = false;
    requireOk(catalogues.update(back));
    CHECK(require(catalogues.entries(Catalogue::Type, true)).size() == 13);
    const auto audit = require(db.store().audit().forRecord(QStringLiteral("catalogue_entry"), e.id));
    REQUIRE(audit.size() == 3); // create, name_zh, active
    CHECK(audit[1].field == QStringLiteral("name_zh"));
    CHECK(audit[1].oldValue == QStringLiteral("供水"));
    CHECK(audit[1].newValue == QStringLiteral("供水停水"));
    CHECK(audit[1].actorName == QStringLiteral("tester"));
}

TEST_CASE("regions, estates, buildings, departments and staff round-trip", "[store]")
{
    TestDb db;
    const auto& o = db.org();
    auto& organisation = db.store().organisation();
    const Estate estate = require(organisation.estate(o.estate));
    CHECK(estate.regionId == o.region);
    CHECK(estate.name == QStringLiteral("西溪锦园"));
    const auto buildings = require(organisation.buildings(o.estate));
    REQUIRE(buildings.size() == 2);
    CHECK(buildings[0].name == QStringLiteral("3栋"));
    CHECK(buildings[0].floors == 18);
    const Staff lead = require(organisation.staffByLogin(QStringLiteral("gc01")));
    CHECK(lead.name == QStringLiteral("王强"));
    CHECK(lead.role == Role::DepartmentLead);
    CHECK(lead.departmentId == o.engineering);
    CHECK(require(organisation.departments()).size() == 6);
    CHECK(require(organisation.roleMaySeePhone(Role::Steward)));
    CHECK_FALSE(require(organisation.roleMaySeePhone(Role::DepartmentLead)));
    // Two staff members cannot share a login.
    CHECK_FALSE(
        organisation.addStaff({0, QStringLiteral("另一个"), QStringLiteral("gc01"), Role::Steward, 0, {}, true}).ok());
}

TEST_CASE("a complaint round-trips with every field", "[store]")
{
    TestDb db;
    Complaint c = db.draft();
    c.code = QStringLiteral("TS-20261123-0001");
    c.publicArea = QStringLiteral("1号电梯厅");
    c.priority = Priority::Urgent;
    c.status = ComplaintStatus::AwaitingFollowUp;
    c.firstContactDue = c.receivedAt.addSecs(7200);
    c.feedbackDue = c.receivedAt.addDays(3);
    c.followUpDue = c.receivedAt.addDays(17);
    c.firstContactAt = c.receivedAt.addSecs(600);
    c.feedbackAt = c.receivedAt.addDays(2);
    c.satisfaction = Satisfaction::FairlySatisfied;
    c.reopenCount = 2;
    c.createdAt = c.receivedAt;
    c.updatedAt = c.receivedAt;
    c.id = require(db.store().complaints().insert(c));
    const Complaint back = require(db.store().complaints().get(c.id));
    CHECK(back.code == c.code);
    CHECK(back.receivedAt == c.receivedAt);
    CHECK(back.complainantName == c.complainantName);
    CHECK(back.complainantPhone == c.complainantPhone);
    CHECK(back.buildingId == c.buildingId);
    CHECK(back.unit == c.unit);
    CHECK(back.room == c.room);
    CHECK(back.publicArea == c.publicArea);
    CHECK(back.priority == Priority::Urgent);
    CHECK(back.status == ComplaintStatus::AwaitingFollowUp);
    CHECK(back.firstContactDue == c.firstContactDue);
    CHECK(back.feedbackAt == c.feedbackAt);
    CHECK(back.followUpDue == c.followUpDue);
    CHECK_FALSE(back.followUpAt.isValid());
    CHECK_FALSE(back.closedAt.isValid());
    CHECK(back.satisfaction == Satisfaction::FairlySatisfied);
    CHECK(back.reopenCount == 2);
    CHECK(back.rowVersion == 1);
    CHECK(back.description == c.description);
    CHECK(back.request == c.request);
}

TEST_CASE("an update writes one audit row per changed field with old and new value", "[store][audit]")
{
    TestDb db;
    Complaint c = db.registered();
    const qint64 before = require(db.store().audit().count());
    c.description = QStringLiteral("电梯停运，困人");
    c.priority = Priority::Urgent;
    requireOk(db.store().complaints().update(c));
    CHECK(require(db.store().audit().count()) == before + 2);
    const auto rows = require(db.store().audit().forRecord(QStringLiteral("complaint"), c.id));
    const auto last = *std::find_if(rows.begin(), rows.end(),
                                    [](const AuditEntry& e) { return e.field == QStringLiteral("priority"); });
    CHECK(last.oldValue == QStringLiteral("normal"));
    CHECK(last.newValue == QStringLiteral("urgent"));
    CHECK(last.at == db.clock().now());
    CHECK(require(db.store().complaints().get(c.id)).rowVersion == 2);
}

TEST_CASE("a rolled-back transaction takes the change and its audit rows with it", "[store][audit]")
{
    TestDb db;
    Complaint c = db.registered();
    const qint64 auditBefore = require(db.store().audit().count());
    {
        Transaction tx(db.store().database());
        requireOk(tx.begun());
        c.description = QStringLiteral("改了但不提交");
        requireOk(db.store().complaints().update(c));
        CHECK(require(db.store().audit().count()) == auditBefore + 1);
    } // no commit
    CHECK(require(db.store().audit().count()) == auditBefore);
    CHECK(require(db.store().complaints().get(c.id)).description == db.draft().description);
}

TEST_CASE("a stale row version is refused instead of overwriting another window's change", "[store]")
{
    TestDb db;
    const Complaint original = db.registered();
    Complaint first = original, second = original;
    first.request = QStringLiteral("第一个窗口");
    requireOk(db.store().complaints().update(first));
    second.request = QStringLiteral("第二个窗口");
    const Status s = db.store().complaints().update(second);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("changed by someone else")));
    CHECK(require(db.store().complaints().get(original.id)).request == QStringLiteral("第一个窗口"));
}

TEST_CASE("tickets and follow-ups round-trip", "[store]")
{
    TestDb db;
    const Complaint c = db.registered();
    Ticket t;
    t.complaintId = c.id;
    t.departmentId = db.org().engineering;
    t.assigneeId = db.org().lead;
    t.dispatchedAt = db.clock().now();
    t.dueAt = db.clock().now().addDays(1);
    t.measures = QStringLiteral("更换门机板");
    t.status = TicketStatus::InProgress;
    t.id = require(db.store().tickets().insert(t));
    const Ticket tb = require(db.store().tickets().get(t.id));
    CHECK(tb.assigneeId == db.org().lead);
    CHECK(tb.dueAt == t.dueAt);
    CHECK(tb.measures == t.measures);
    CHECK(tb.status == TicketStatus::InProgress);
    CHECK_FALSE(tb.completedAt.isValid());

    FollowUp f;
    f.complaintId = c.id;
    f.at = db.clock().now();
    f.staffId = db.org().steward;
    f.method = FollowUpMethod::WeChat;
    f.purpose = FollowUpPurpose::SatisfactionVisit;
    f.said = QStringLiteral("请问满意吗？");
    f.answer = QStringLiteral("满意");
    f.satisfaction = Satisfaction::Satisfied;
    f.reopenRequested = true;
    f.id = require(db.store().followUps().insert(f));
    const auto list = require(db.store().followUps().forComplaint(c.id));
    REQUIRE(list.size() == 1);
    CHECK(list[0].method == FollowUpMethod::WeChat);
    CHECK(list[0].purpose == FollowUpPurpose::SatisfactionVisit);
    CHECK(list[0].satisfaction == Satisfaction::Satisfied);
    CHECK(list[0].reopenRequested);
    CHECK(list[0].answer == QStringLiteral("满意"));
}

TEST_CASE("a rectification item round-trips with the fields of all five steps", "[store]")
{
    TestDb db;
    const Complaint c1 = db.registered(), c2 = db.registered();
    RectificationItem r;
    r.code = QStringLiteral("ZG-2026-0001");
    r.status = RectificationStatus::Closed;
    r.problem = QStringLiteral("3栋电梯频繁故障");
    r.departmentId = db.org().engineering;
    r.suggestion = QStringLiteral("全面检测");
    r.deadline = QDate(2026, 12, 10);
    r.assignedAt = db.clock().now();
    r.measures = QStringLiteral("更换部件");
    r.responsiblePerson = QStringLiteral("王强");
    r.plannedDate = QDate(2026, 12, 5);
    r.feedback = QStringLiteral("已更换");
    r.unresolvedReason = QStringLiteral("无");
    r.reviewOpinion = QStringLiteral("同意");
    r.reviewerId = db.org().steward;
    r.confirmResult = ConfirmResult::Resolved;
    r.confirmNote = QStringLiteral("已解决");
    r.confirmedAt = db.clock().now();
    r.createdAt = r.updatedAt = db.clock().now();
    r.complaintIds = {c1.id, c2.id};
    r.id = require(db.store().rectifications().insert(r));
    const RectificationItem b = require(db.store().rectifications().get(r.id));
    CHECK(b.code == r.code);
    CHECK(b.status == RectificationStatus::Closed);
    CHECK(b.deadline == r.deadline);
    CHECK(b.plannedDate == r.plannedDate);
    CHECK(b.responsiblePerson == r.responsiblePerson);
    CHECK(b.feedback == r.feedback);
    CHECK(b.unresolvedReason == r.unresolvedReason);
    CHECK(b.reviewOpinion == r.reviewOpinion);
    CHECK(b.reviewerId == db.org().steward);
    CHECK(b.confirmResult == ConfirmResult::Resolved);
    CHECK(b.confirmedAt == r.confirmedAt);
    CHECK(b.complaintIds == QList<Id>{c1.id, c2.id});
}

TEST_CASE("holidays, adjusted working days and settings round-trip", "[store]")
{
    TestDb db;
    requireOk(db.store().calendar().setDay({QDate(2026, 10, 1), DayKind::Holiday, QStringLiteral("国庆节")}));
    requireOk(db.store().calendar().setDay({QDate(2026, 10, 10), DayKind::Workday, QStringLiteral("国庆调休")}));
    auto days = require(db.store().calendar().days(QDate(2026, 9, 1), QDate(2026, 10, 31)));
    REQUIRE(days.size() == 2);
    CHECK(days[1].kind == DayKind::Workday);
    CHECK(days[1].name == QStringLiteral("国庆调休"));
    requireOk(db.store().calendar().removeDay(QDate(2026, 10, 10)));
    CHECK(require(db.store().calendar().days(QDate(2026, 9, 1), QDate(2026, 10, 31))).size() == 1);
    requireOk(db.store().settings().setValue(QStringLiteral("office.name"), QStringLiteral("西溪锦园服务中心")));
    CHECK(require(db.store().settings().value(QStringLiteral("office.name"))) == QStringLiteral("西溪锦园服务中心"));
    CHECK(require(db.store().settings().value(QStringLiteral("missing"), QStringLiteral("d"))) == QStringLiteral("d"));
}

TEST_CASE("the complaint list pages by keyset and filters in SQL", "[store][list]")
{
    TestDb db;
    ComplaintWorkflow workflow(db.store());
    for (int i = 0; i < 25; ++i) {
        Complaint d = db.draft();
        d.receivedAt = db.clock().now().addSecs(-3600 * i);
        if (i % 5 == 0)
            d.typeId = db.entry(Catalogue::Type, QStringLiteral("noise"));
        require(workflow.registerComplaint(d));
    }
    auto& complaints = db.store().complaints();
    const auto first = require(complaints.list({}, 10));
    REQUIRE(first.size() == 10);
    CHECK(first[0].receivedAt > first[9].receivedAt);
    const auto second = require(complaints.list({}, 10, ComplaintCursor{first.last().receivedAt, first.last().id}));
    REQUIRE(second.size() == 10);
    CHECK(second[0].receivedAt < first.last().receivedAt);
    const auto third = require(complaints.list({}, 10, ComplaintCursor{second.last().receivedAt, second.last().id}));
    CHECK(third.size() == 5);

    ComplaintFilter noise;
    noise.typeId = db.entry(Catalogue::Type, QStringLiteral("noise"));
    CHECK(require(complaints.count(noise)) == 5);
    ComplaintFilter text;
    text.text = QStringLiteral("困人");
    CHECK(require(complaints.count(text)) == 25);
    ComplaintFilter byCode;
    byCode.text = first[3].code;
    CHECK(require(complaints.list(byCode, 10)).first().id == first[3].id);
    ComplaintFilter range;
    range.from = db.clock().now().date();
    range.to = db.clock().now().date();
    CHECK(require(complaints.count(range)) == 11); // 10:00 back to 00:00 of the same day
}

namespace {
// The ids of a page of the list, in its order.
QList<Id> ids(const QList<Complaint>& rows)
{
    QList<Id> out;
    for (const Complaint& c : rows)
        out << c.id;
    return out;
}
} // namespace

TEST_CASE("a jump many pages deep starts from the day its page begins in and finds the same rows", "[store][list]")
{
    // Seventy complaints over twelve days, several at one moment (the id breaks the tie), some withdrawn: jumps one row
    // a page (so that every jump past the twentieth row starts from its day) give the rows the list gives, from
    // either end, for the lists the daily counts hold and for one they do not.
    TestDb db;
    ComplaintWorkflow workflow(db.store());
    const QDateTime now = db.clock().now();
    for (int i = 0; i < 70; ++i) {
        Complaint d = db.draft();
        d.receivedAt = now.addSecs(-3600 * 8 * (i / 2) - 60 * (i % 5 == 0)); // 8 h apart, two at a time
        if (i % 2 == 0)
            d.typeId = db.entry(Catalogue::Type, QStringLiteral("noise"));
        const Complaint c = require(workflow.registerComplaint(d));
        if (i % 4 == 1)
            require(workflow.withdraw(c.id, QStringLiteral("业主撤回")));
    }
    // At the edges of days: the first and the last second of some.
    for (int days = 1; days <= 10; days += 3)
        for (const QTime& t : {QTime(0, 0), QTime(23, 59, 59)}) {
            Complaint d = db.draft();
            d.receivedAt = wallTime(now.date().addDays(-days), t);
            require(workflow.registerComplaint(d));
        }
    // Whether a jump took the daily counts' path: the statements it ran.
    QStringList ran;
    SqlQuery::setRecorder([&](const QString& sql, const QVariantList&) { ran << sql; });
    require(db.store().complaints().listAt({}, 40, 1));
    require(db.store().complaints().listAt({}, 10, 1));
    SqlQuery::setRecorder({});
    CHECK(ran.filter(QStringLiteral("FROM complaint_days")).size() == 1); // the first, 40 rows deep; not the second
    auto& complaints = db.store().complaints();
    ComplaintFilter open, range, openInRange, noise;
    open.statuses = openValues<ComplaintStatus>();
    range.from = now.date().addDays(-9);
    range.to = now.date().addDays(-2);
    openInRange = range;
    openInRange.statuses = open.statuses;
    noise.typeId = db.entry(Catalogue::Type, QStringLiteral("noise"));
    for (const ComplaintFilter& f : {ComplaintFilter{}, open, range, openInRange, noise}) {
        const QList<Id> all = ids(require(complaints.list(f, 200)));
        const qint64 total = require(complaints.count(f));
        REQUIRE(total == all.size());
        REQUIRE(total > 25);
        for (qint64 offset = 1; offset <= total + 1; ++offset) {
            INFO("offset " << offset << " of " << total);
            CHECK(ids(require(complaints.listAt(f, offset, 1, total))) == all.mid(offset, 1));
            CHECK(ids(require(complaints.listAt(f, offset, 1))) == all.mid(offset, 1));
            CHECK(ids(require(complaints.listAt(f, offset, 3))) == all.mid(offset, 3));
        }
    }
}

TEST_CASE("a page of the list is the same whether it is counted from the newest or the oldest end", "[store][list]")
{
    TestDb db;
    ComplaintWorkflow workflow(db.store());
    for (int i = 0; i < 23; ++i) {
        Complaint d = db.draft();
        d.receivedAt = db.clock().now().addSecs(-3600 * (i / 3)); // three at a time: the id breaks the tie
        if (i % 4 == 0)
            d.typeId = db.entry(Catalogue::Type, QStringLiteral("noise"));
        require(workflow.registerComplaint(d));
    }
    auto& complaints = db.store().complaints();
    ComplaintFilter noise;
    noise.typeId = db.entry(Catalogue::Type, QStringLiteral("noise"));
    for (const ComplaintFilter& f : {ComplaintFilter{}, noise}) {
        const QList<Id> all = ids(require(complaints.list(f, 100)));
        const qint64 total = require(complaints.count(f));
        REQUIRE(total == all.size());
        for (qint64 offset = 1; offset <= total; ++offset) {
            INFO("offset " << offset << " of " << total);
            const QList<Id> expected = all.mid(offset, 4);
            CHECK(ids(require(complaints.listAt(f, offset, 4, total))) == expected);
            CHECK(ids(require(complaints.listAt(f, offset, 4))) == expected);
        }
    }
    // Counted from the daily counts (statuses and days only): the same as the rows listed.
    ComplaintFilter open;
    open.statuses = openValues<ComplaintStatus>();
    open.from = db.clock().now().date().addDays(-1);
    CHECK(require(complaints.count(open)) == require(complaints.list(open, 100)).size());
    open.statuses = {ComplaintStatus::Closed};
    CHECK(require(complaints.count(open)) == 0);
}

TEST_CASE("times are stored as yyyy-MM-dd HH:mm:ss, exactly as Qt formats them", "[store]")
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 2000; ++i) {
        const QDateTime t
            = wallTime(QDate(1000, 1, 1).addDays(rng.bounded(3000000)), QTime(0, 0).addSecs(int(rng.bounded(86400))));
        INFO(t.toString(Qt::ISODate).toStdString());
        CHECK(toDb(t).toString() == t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
    for (const QDateTime& t :
         {at(1, 1, 0), wallTime(QDate(2026, 12, 31), QTime(23, 59, 59)), wallTime(QDate(999, 5, 6), QTime(7, 8, 9))})
        CHECK(toDb(t).toString() == t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    CHECK_FALSE(toDb(QDateTime()).isValid());
}
