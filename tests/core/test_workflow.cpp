#include "TestSupport.h"

using namespace caseloop;
using namespace caseloop::test;

namespace {
FollowUp contact(const Complaint& c, FollowUpPurpose purpose, std::optional<Satisfaction> s = std::nullopt,
                 bool reopen = false)
{
    FollowUp f;
    f.complaintId = c.id;
    f.purpose = purpose;
    f.said = QStringLiteral("您好，这里是物业服务中心。");
    f.answer = QStringLiteral("好的");
    f.satisfaction = s;
    f.reopenRequested = reopen;
    return f;
}
} // namespace

TEST_CASE("registration gives a code, status 待受理 and the promised due times", "[workflow]")
{
    TestDb db;
    Complaint d = db.draft();
    d.priority = Priority::Urgent;
    ComplaintWorkflow wf(db.store());
    const Complaint c = require(wf.registerComplaint(d));
    CHECK(c.code == QStringLiteral("TS-20261123-0001"));
    CHECK(c.status == ComplaintStatus::New);
    CHECK(c.complainantPhone == QStringLiteral("13800138000")); // normalised
    CHECK(c.firstContactDue == d.receivedAt.addSecs(2 * 3600));
    CHECK(c.feedbackDue == wallTime(QDate(2026, 11, 26), QTime(10, 0))); // Mon + 3 working days
    CHECK(c.firstContactAt == d.receivedAt); // a phone call is the first contact
    const Complaint wechat = db.registered(QStringLiteral("wechat"));
    CHECK_FALSE(wechat.firstContactAt.isValid());
    CHECK(wechat.firstContactDue == d.receivedAt.addSecs(24 * 3600));
}

TEST_CASE("registration refuses a draft naming the missing or wrong field", "[workflow]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    Complaint noText = db.draft();
    noText.description = QStringLiteral("   ");
    auto r = wf.registerComplaint(noText);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("Description")));

    Complaint badPhone = db.draft();
    badPhone.complainantPhone = QStringLiteral("12345");
    r = wf.registerComplaint(badPhone);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("Phone")));
    CHECK(r.error().contains(QStringLiteral("12345")));

    Complaint future = db.draft();
    future.receivedAt = db.clock().now().addDays(2);
    r = wf.registerComplaint(future);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("future")));

    Complaint noType = db.draft();
    noType.typeId = 0;
    r = wf.registerComplaint(noType);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("Complaint type")));
    CHECK(require(db.store().complaints().count({})) == 0);
}

TEST_CASE("the whole loop: dispatch, result, feedback, satisfaction follow-up, close", "[workflow]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    Complaint c = db.registered();
    db.clock().advanceSeconds(1800);
    Ticket t = require(wf.dispatch(c.id, db.org().engineering, db.org().lead, db.clock().now().addDays(1)));
    CHECK(t.status == TicketStatus::Waiting);
    CHECK(require(db.store().complaints().get(c.id)).status == ComplaintStatus::InProgress);
    t = require(wf.acceptTicket(t.id));
    CHECK(t.status == TicketStatus::InProgress);
    db.clock().advanceSeconds(4 * 3600);
    t = require(wf.completeTicket(t.id, QStringLiteral("更换门机板"), QStringLiteral("电梯恢复运行")));
    CHECK(t.status == TicketStatus::Done);
    CHECK(t.completedAt == db.clock().now());

    db.clock().advanceSeconds(3600);
    require(wf.recordFollowUp(contact(c, FollowUpPurpose::ResultFeedback)));
    c = require(db.store().complaints().get(c.id));
    CHECK(c.status == ComplaintStatus::AwaitingFollowUp);
    CHECK(c.feedbackAt == db.clock().now());
    CHECK(c.followUpDue == db.clock().now().addDays(14));

    db.clock().advanceSeconds(3 * 86400);
    require(wf.recordFollowUp(contact(c, FollowUpPurpose::SatisfactionVisit, Satisfaction::VerySatisfied)));
    c = require(wf.close(c.id));
    CHECK(c.status == ComplaintStatus::Closed);
    CHECK(c.closedAt == db.clock().now());
    CHECK(c.satisfaction == Satisfaction::VerySatisfied);
    CHECK(require(db.store().followUps().forComplaint(c.id)).size() == 2);
    CHECK(require(db.store().maintenance().checkIntegrity()).ok());
}

TEST_CASE("closing without result feedback and satisfaction follow-up is refused unless a reason is given",
          "[workflow]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    const Complaint c = db.registered();
    auto refused = wf.close(c.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(c.code));
    CHECK(refused.error().contains(QStringLiteral("fed back")));
    CHECK(refused.error().contains(QStringLiteral("satisfaction follow-up")));
    CHECK(require(db.store().complaints().get(c.id)).status == ComplaintStatus::New);

    require(wf.recordFollowUp(contact(c, FollowUpPurpose::ResultFeedback)));
    refused = wf.close(c.id);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().contains(QStringLiteral("fed back")));
    CHECK(refused.error().contains(QStringLiteral("satisfaction follow-up")));

    const Complaint closed = require(wf.close(c.id, QStringLiteral("业主电话多次无人接听")));
    CHECK(closed.status == ComplaintStatus::Closed);
    CHECK(closed.closeReason == QStringLiteral("业主电话多次无人接听"));
}

TEST_CASE("a reopen is counted and starts a new cycle of feedback and follow-up", "[workflow]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    Complaint c = db.registered();
    require(wf.recordFollowUp(contact(c, FollowUpPurpose::ResultFeedback)));
    require(wf.recordFollowUp(contact(c, FollowUpPurpose::SatisfactionVisit, Satisfaction::Satisfied)));
    require(wf.close(c.id));
    db.clock().advanceSeconds(86400);
    auto noReason = wf.reopen(c.id, QString());
    REQUIRE_FALSE(noReason.ok());
    CHECK(noReason.error().contains(QStringLiteral("Reason")));
    c = require(wf.reopen(c.id, QStringLiteral("电梯又坏了")));
    CHECK(c.status == ComplaintStatus::Reopened);
    CHECK(c.reopenCount == 1);
    CHECK_FALSE(c.closedAt.isValid());
    CHECK_FALSE(c.feedbackAt.isValid());
    CHECK_FALSE(c.followUpAt.isValid());
    CHECK(c.feedbackDue == wallTime(QDate(2026, 11, 27), QTime(10, 0))); // reopened Tue → Fri
    CHECK_FALSE(wf.close(c.id).ok()); // the new cycle needs its own feedback and follow-up

    // A dissatisfied answer on a follow-up can reopen it again, and the count goes on.
    require(wf.recordFollowUp(contact(c, FollowUpPurpose::ResultFeedback)));
    require(wf.recordFollowUp(contact(c, FollowUpPurpose::SatisfactionVisit, Satisfaction::Dissatisfied, true)));
    c = require(db.store().complaints().get(c.id));
    CHECK(c.status == ComplaintStatus::Reopened);
    CHECK(c.reopenCount == 2);
    const auto audit = require(db.store().audit().forRecord(QStringLiteral("complaint"), c.id));
    CHECK(std::count_if(audit.begin(), audit.end(),
                        [](const AuditEntry& e) { return e.action == QStringLiteral("reopen"); })
          == 2);
}

TEST_CASE("invalid and withdrawn need a reason; a withdrawn complaint stays withdrawn", "[workflow]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    const Complaint a = db.registered(), b = db.registered();
    REQUIRE_FALSE(wf.markInvalid(a.id, QStringLiteral(" ")).ok());
    const Complaint invalid = require(wf.markInvalid(a.id, QStringLiteral("重复登记")));
    CHECK(invalid.status == ComplaintStatus::Invalid);
    CHECK_FALSE(invalid.valid);
    CHECK(invalid.invalidReason == QStringLiteral("重复登记"));
    const Complaint withdrawn = require(wf.withdraw(b.id, QStringLiteral("业主已自行解决")));
    CHECK(withdrawn.status == ComplaintStatus::Withdrawn);
    auto r = wf.reopen(b.id, QStringLiteral("再试"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(displayName(ComplaintStatus::Withdrawn)));
    auto d = wf.dispatch(b.id, db.org().engineering, 0, {});
    REQUIRE_FALSE(d.ok());
    CHECK(d.error().contains(displayName(ComplaintAction::Dispatch)));
}

TEST_CASE("a ticket can be returned with a reason and dispatched again; a done ticket is final", "[workflow]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    const Complaint c = db.registered();
    const Id security = require(db.store().organisation().departmentByName(QStringLiteral("秩序部"))).id;
    Ticket t = require(wf.dispatch(c.id, security, 0, {}));
    REQUIRE_FALSE(wf.returnTicket(t.id, QString()).ok());
    t = require(wf.returnTicket(t.id, QStringLiteral("非本部门职责")));
    CHECK(t.status == TicketStatus::Returned);
    CHECK(t.returnReason == QStringLiteral("非本部门职责"));
    REQUIRE_FALSE(wf.completeTicket(t.id, {}, QStringLiteral("x")).ok());
    t = require(wf.redispatchTicket(t.id, db.org().engineering, db.org().lead, db.clock().now().addDays(1)));
    CHECK(t.status == TicketStatus::Waiting);
    CHECK(t.departmentId == db.org().engineering);
    REQUIRE_FALSE(wf.completeTicket(t.id, {}, QString()).ok()); // a result is required
    t = require(wf.completeTicket(t.id, {}, QStringLiteral("已修复")));
    auto again = wf.returnTicket(t.id, QStringLiteral("晚了"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(displayName(TicketStatus::Done)));
}

TEST_CASE("a satisfaction follow-up needs a satisfaction and a result fed back first", "[workflow]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    const Complaint c = db.registered();
    auto noValue = wf.recordFollowUp(contact(c, FollowUpPurpose::SatisfactionVisit));
    REQUIRE_FALSE(noValue.ok());
    CHECK(noValue.error().contains(QStringLiteral("Satisfaction")));
    auto tooEarly = wf.recordFollowUp(contact(c, FollowUpPurpose::SatisfactionVisit, Satisfaction::Satisfied));
    REQUIRE_FALSE(tooEarly.ok());
    CHECK(tooEarly.error().contains(QStringLiteral("fed back first")));
    FollowUp before = contact(c, FollowUpPurpose::FirstResponse);
    before.at = c.receivedAt.addSecs(-60);
    REQUIRE_FALSE(wf.recordFollowUp(before).ok());
    // A first response on a WeChat complaint is the first contact and starts handling.
    require(wf.recordFollowUp(contact(c, FollowUpPurpose::FirstResponse)));
    const Complaint after = require(db.store().complaints().get(c.id));
    CHECK(after.firstContactAt == db.clock().now());
    CHECK(after.status == ComplaintStatus::InProgress);
}

TEST_CASE("overdue and due-soon promises are listed per clock", "[workflow][sla]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    const Complaint wechat = db.registered(QStringLiteral("wechat")); // first contact due in 24 h
    const Complaint phone = db.registered(QStringLiteral("phone")); // already contacted
    db.clock().advanceSeconds(25 * 3600);
    auto due = require(db.store().complaints().dueItems(db.clock().now(), db.clock().now().addDays(1)));
    const auto firstContact = std::find_if(due.begin(), due.end(), [&](const DueItem& d) {
        return d.complaintId == wechat.id && d.clock == DueClock::FirstContact;
    });
    REQUIRE(firstContact != due.end());
    CHECK(firstContact->overdue);
    CHECK(std::none_of(due.begin(), due.end(), [&](const DueItem& d) {
        return d.complaintId == phone.id && d.clock == DueClock::FirstContact;
    }));
    // Feedback for both is due Thursday 10:00: not overdue on Tuesday, but inside a 3-day horizon.
    CHECK(std::count_if(due.begin(), due.end(), [](const DueItem& d) { return d.clock == DueClock::Feedback; }) == 0);
    due = require(db.store().complaints().dueItems(db.clock().now(), db.clock().now().addDays(3)));
    CHECK(std::count_if(due.begin(), due.end(),
                        [](const DueItem& d) { return d.clock == DueClock::Feedback && !d.overdue; })
          == 2);
    // Latest due first, at most `limit` of them; counted in full per steward.
    const QList<DueItem> latest
        = require(db.store().complaints().dueItems(db.clock().now(), db.clock().now().addDays(3), {}, 2));
    REQUIRE(due.size() >= 3);
    REQUIRE(latest.size() == 2);
    QList<QDateTime> dues;
    for (const DueItem& d : due)
        dues << d.due;
    std::sort(dues.begin(), dues.end(), std::greater<>());
    CHECK(latest[0].due == dues[0]);
    CHECK(latest[1].due == dues[1]);
    const QList<DueCount> counts
        = require(db.store().complaints().dueCounts(db.clock().now(), db.clock().now().addDays(3)));
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].stewardId == wechat.stewardId);
    CHECK(counts[0].overdue == std::count_if(due.begin(), due.end(), [](const DueItem& d) { return d.overdue; }));
    CHECK(counts[0].overdue == 1);
    CHECK(counts[0].due == due.size());
    CHECK(require(db.store().complaints().dueCounts(db.clock().now(), db.clock().now().addDays(3),
                                                    DueScope{db.org().lead, 0}))
              .isEmpty());
    // A department's: only the complaints with a ticket still open there.
    const DueScope engineering{0, db.org().engineering};
    CHECK(require(db.store().complaints().dueItems(db.clock().now(), db.clock().now().addDays(3), engineering))
              .isEmpty());
    require(wf.dispatch(phone.id, db.org().engineering, 0, db.clock().now().addDays(1)));
    const QList<DueItem> dispatched
        = require(db.store().complaints().dueItems(db.clock().now(), db.clock().now().addDays(3), engineering));
    REQUIRE(dispatched.size() == 1);
    CHECK(dispatched[0].complaintId == phone.id);
    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    overdue.now = db.clock().now();
    CHECK(require(db.store().complaints().count(overdue)) == 1);
    require(wf.close(wechat.id, QStringLiteral("测试关闭")));
    CHECK(require(db.store().complaints().count(overdue)) == 0);
}
