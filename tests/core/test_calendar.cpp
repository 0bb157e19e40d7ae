#include "TestSupport.h"
#include "domain/SlaPolicy.h"
#include "domain/WorkingCalendar.h"

using namespace caseloop;
using namespace caseloop::test;

namespace {
// The 2026 National Day arrangement: 1–7 October off, Sunday 20 September and Saturday 10 October worked.
WorkingCalendar nationalDay2026()
{
    QList<CalendarDay> days;
    for (int d = 1; d <= 7; ++d)
        days.append({QDate(2026, 10, d), DayKind::Holiday, QStringLiteral("国庆节")});
    days.append({QDate(2026, 9, 20), DayKind::Workday, QStringLiteral("国庆调休")});
    days.append({QDate(2026, 10, 10), DayKind::Workday, QStringLiteral("国庆调休")});
    return WorkingCalendar(days);
}
} // namespace

TEST_CASE("working days are Monday to Friday without a calendar", "[calendar]")
{
    const WorkingCalendar plain;
    CHECK(plain.isWorkingDay(QDate(2026, 11, 23))); // Monday
    CHECK(plain.isWorkingDay(QDate(2026, 11, 27))); // Friday
    CHECK_FALSE(plain.isWorkingDay(QDate(2026, 11, 28))); // Saturday
    CHECK_FALSE(plain.isWorkingDay(QDate(2026, 11, 29))); // Sunday
}

TEST_CASE("a deadline across a weekend skips Saturday and Sunday", "[calendar]")
{
    const WorkingCalendar plain;
    const QDateTime friday = wallTime(QDate(2026, 11, 20), QTime(16, 0));
    CHECK(plain.addWorkingDays(friday, 3) == wallTime(QDate(2026, 11, 25), QTime(16, 0))); // Wednesday
    const QDateTime saturday = wallTime(QDate(2026, 11, 21), QTime(11, 30));
    CHECK(plain.addWorkingDays(saturday, 3) == wallTime(QDate(2026, 11, 25), QTime(11, 30)));
    CHECK(plain.workingDaysBetween(QDate(2026, 11, 20), QDate(2026, 11, 25)) == 3);
}

TEST_CASE("a holiday week is skipped and an adjusted Saturday counts as a working day", "[calendar]")
{
    const WorkingCalendar cal = nationalDay2026();
    CHECK_FALSE(cal.isWorkingDay(QDate(2026, 10, 5))); // a Monday off
    CHECK(cal.isWorkingDay(QDate(2026, 10, 10))); // a Saturday worked
    CHECK(cal.isWorkingDay(QDate(2026, 9, 20))); // a Sunday worked
    // Received Wednesday 30 September: 8 Oct (Thu), 9 Oct (Fri), 10 Oct (the adjusted Saturday).
    const QDateTime received = wallTime(QDate(2026, 9, 30), QTime(10, 0));
    CHECK(cal.addWorkingDays(received, 3) == wallTime(QDate(2026, 10, 10), QTime(10, 0)));
    CHECK(cal.workingDaysBetween(QDate(2026, 9, 30), QDate(2026, 10, 12)) == 4);
}

TEST_CASE("SLA due times per priority, configurable and stored", "[sla]")
{
    TestDb db;
    SlaPolicy policy = require(SlaPolicy::load(db.store().settings()));
    const QDateTime received = wallTime(QDate(2026, 9, 30), QTime(10, 0));
    CHECK(policy.firstContactDue(received, Priority::Urgent) == received.addSecs(2 * 3600));
    CHECK(policy.firstContactDue(received, Priority::Major) == received.addSecs(24 * 3600));
    CHECK(policy.firstContactDue(received, Priority::Normal) == received.addSecs(24 * 3600));
    CHECK(policy.feedbackDue(received, nationalDay2026()) == wallTime(QDate(2026, 10, 10), QTime(10, 0)));
    CHECK(policy.followUpDue(received) == received.addDays(14));

    policy.firstContactHoursUrgent = 1;
    policy.feedbackWorkingDays = 2;
    policy.followUpDays = 7;
    requireOk(policy.save(db.store().settings()));
    const SlaPolicy stored = require(SlaPolicy::load(db.store().settings()));
    CHECK(stored.firstContactDue(received, Priority::Urgent) == received.addSecs(3600));
    CHECK(stored.feedbackDue(received, nationalDay2026()) == wallTime(QDate(2026, 10, 9), QTime(10, 0)));
    CHECK(stored.followUpDue(received) == received.addDays(7));

    requireOk(db.store().settings().setValue(QStringLiteral("sla.follow_up_days"), QStringLiteral("two weeks")));
    auto broken = SlaPolicy::load(db.store().settings());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().contains(QStringLiteral("sla.follow_up_days")));
    CHECK(broken.error().contains(QStringLiteral("two weeks")));
}

TEST_CASE("registration uses the office's holiday calendar for the feedback promise", "[sla][calendar]")
{
    TestDb db(wallTime(QDate(2026, 9, 30), QTime(10, 0)));
    for (int d = 1; d <= 7; ++d)
        requireOk(db.store().calendar().setDay({QDate(2026, 10, d), DayKind::Holiday, QStringLiteral("国庆节")}));
    requireOk(db.store().calendar().setDay({QDate(2026, 10, 10), DayKind::Workday, QStringLiteral("国庆调休")}));
    const Complaint c = db.registered();
    CHECK(c.feedbackDue == wallTime(QDate(2026, 10, 10), QTime(10, 0)));
}
