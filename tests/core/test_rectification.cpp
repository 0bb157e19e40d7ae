#include "TestSupport.h"
#include "workflow/RectificationWorkflow.h"

using namespace caseloop;
using namespace caseloop::test;

namespace {
RectificationItem draftItem(TestDb& db, QList<Id> complaints)
{
    RectificationItem d;
    d.problem = QStringLiteral("3栋电梯一个月内三次困人");
    d.departmentId = db.org().engineering;
    d.suggestion = QStringLiteral("联系维保单位全面检测");
    d.deadline = db.clock().now().date().addDays(14);
    d.complaintIds = std::move(complaints);
    return d;
}
} // namespace

TEST_CASE("an item goes through the five steps with a person and a date for each", "[rectification]")
{
    TestDb db;
    const Complaint c1 = db.registered(), c2 = db.registered();
    RectificationWorkflow wf(db.store());
    RectificationItem item = require(wf.assign(draftItem(db, {c1.id, c2.id})));
    CHECK(item.code == QStringLiteral("ZG-2026-0001"));
    CHECK(item.status == RectificationStatus::Assigned);
    CHECK(item.typeId == c1.typeId); // taken from the first complaint
    CHECK(item.buildingId == db.org().building);
    db.clock().advanceSeconds(86400);
    item = require(wf.resolve(item.id, QStringLiteral("更换门机板"), QStringLiteral("王强"), QDate(2026, 12, 1)));
    CHECK(item.status == RectificationStatus::InProgress);
    CHECK(item.resolvedAt == db.clock().now());
    db.clock().advanceSeconds(86400);
    item = require(wf.reportBack(item.id, QStringLiteral("已更换，运行正常"), {}));
    CHECK(item.status == RectificationStatus::ReportedBack);
    db.store().setActor({db.org().steward, QStringLiteral("陈静")});
    item = require(wf.review(item.id, true, QStringLiteral("同意")));
    CHECK(item.status == RectificationStatus::Reviewed);
    CHECK(item.reviewerId == db.org().steward);
    item = require(wf.confirm(item.id, ConfirmResult::Resolved, QStringLiteral("回访业主确认")));
    CHECK(item.status == RectificationStatus::Closed);
    CHECK(item.confirmResult == ConfirmResult::Resolved);
    CHECK(item.confirmedAt == db.clock().now());
    const auto steps = require(db.store().rectifications().steps(item.id));
    REQUIRE(steps.size() == 5);
    CHECK(steps[0].step == RectificationStep::Assign);
    CHECK(steps[4].step == RectificationStep::Confirm);
    CHECK(steps[4].fromStatus == RectificationStatus::Reviewed);
    CHECK(steps[4].toStatus == RectificationStatus::Closed);
}

TEST_CASE("review can send an item back and confirm can keep it open", "[rectification]")
{
    TestDb db;
    RectificationWorkflow wf(db.store());
    RectificationItem item = require(wf.assign(draftItem(db, {db.registered().id})));
    require(wf.resolve(item.id, QStringLiteral("临时维修"), QStringLiteral("王强"), QDate(2026, 12, 1)));
    require(wf.reportBack(item.id, {}, QStringLiteral("配件未到")));
    item = require(wf.review(item.id, false, QStringLiteral("措施不到位，退回")));
    CHECK(item.status == RectificationStatus::InProgress);
    require(wf.resolve(item.id, QStringLiteral("更换配件"), QStringLiteral("王强"), QDate(2026, 12, 8)));
    require(wf.reportBack(item.id, QStringLiteral("已更换"), {}));
    require(wf.review(item.id, true, QStringLiteral("同意")));
    item = require(wf.confirm(item.id, ConfirmResult::ContinueTracking, QStringLiteral("继续观察一个月")));
    CHECK(item.status == RectificationStatus::ContinueTracking);
    CHECK(isOpen(item.status));
    item = require(wf.reportBack(item.id, QStringLiteral("一个月无故障"), {}));
    CHECK(item.status == RectificationStatus::ReportedBack);
    CHECK(require(db.store().rectifications().steps(item.id)).size() == 9);
}

TEST_CASE("rectification steps out of order are refused, and fields are required", "[rectification]")
{
    TestDb db;
    RectificationWorkflow wf(db.store());
    RectificationItem noDept = draftItem(db, {});
    noDept.departmentId = 0;
    auto r = wf.assign(noDept);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("Responsible department")));
    const RectificationItem item = require(wf.assign(draftItem(db, {})));
    auto early = wf.confirm(item.id, ConfirmResult::Resolved, {});
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(item.code));
    CHECK(early.error().contains(displayName(RectificationStatus::Assigned)));
    auto noMeasures = wf.resolve(item.id, QString(), QStringLiteral("王强"), QDate(2026, 12, 1));
    REQUIRE_FALSE(noMeasures.ok());
    CHECK(noMeasures.error().contains(QStringLiteral("Measures")));
    CHECK(require(db.store().rectifications().get(item.id)).status == RectificationStatus::Assigned);
}

TEST_CASE("an open item past its deadline is overdue; a closed one is not", "[rectification]")
{
    TestDb db;
    RectificationWorkflow wf(db.store());
    RectificationItem item = require(wf.assign(draftItem(db, {})));
    const QDate today = db.clock().now().date();
    CHECK_FALSE(RectificationWorkflow::isOverdue(item, today));
    CHECK(RectificationWorkflow::isOverdue(item, today.addDays(15)));
    RectificationFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = today.addDays(15);
    CHECK(require(db.store().rectifications().list(overdue)).size() == 1);
    item.status = RectificationStatus::Closed;
    CHECK_FALSE(RectificationWorkflow::isOverdue(item, today.addDays(15)));
}
