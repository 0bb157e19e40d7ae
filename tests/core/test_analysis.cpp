// Analysis against hand-counted fixtures: every number below was counted from the rows each test writes.
#include "TestSupport.h"
#include "analysis/Analysis.h"

#include <QTranslator>

using namespace caseloop;
using namespace caseloop::test;

namespace {
// A complaint written as it would be after its life so far; the fields a test cares about are set by `edit`.
Id put(TestDb& db, const QDateTime& received, const std::function<void(Complaint&)>& edit = {})
{
    static int serial = 0;
    Complaint c = db.draft();
    c.code = QStringLiteral("TS-T-%1").arg(++serial, 5, 10, QLatin1Char('0'));
    c.receivedAt = received;
    c.complainantPhone = QStringLiteral("1380013%1").arg(serial % 10000, 4, 10, QLatin1Char('0'));
    c.firstContactDue = received.addSecs(24 * 3600);
    c.feedbackDue = received.addDays(3);
    c.createdAt = c.updatedAt = received;
    if (edit)
        edit(c);
    return require(db.store().complaints().insert(c));
}
} // namespace

TEST_CASE("periods: ISO weeks, months, quarters and the one before", "[analysis]")
{
    const Period w47 = Period::isoWeek(QStringLiteral("2026-W47"));
    REQUIRE(w47.isValid());
    CHECK(w47.from == QDate(2026, 11, 16));
    CHECK(w47.to == QDate(2026, 11, 22));
    CHECK(w47.label() == QStringLiteral("2026-W47"));
    CHECK(w47.previous().from == QDate(2026, 11, 9));
    CHECK(Period::isoWeek(QStringLiteral("2026-W01")).from == QDate(2025, 12, 29)); // the week of 1 January
    CHECK(Period::isoWeek(QStringLiteral("2020-W53")).to == QDate(2021, 1, 3));
    CHECK(Period::isoWeek(QStringLiteral("2026-W53")).from == QDate(2026, 12, 28)); // 2026 begins on a Thursday
    CHECK_FALSE(Period::isoWeek(QStringLiteral("2025-W53")).isValid()); // 2025 has 52 weeks
    CHECK_FALSE(Period::isoWeek(QStringLiteral("47")).isValid());
    const Period month = Period::containing(Period::Kind::Month, QDate(2026, 3, 31));
    CHECK(month.from == QDate(2026, 3, 1));
    CHECK(month.previous().to == QDate(2026, 2, 28));
    const Period quarter = Period::containing(Period::Kind::Quarter, QDate(2026, 11, 23));
    CHECK(quarter.label() == QStringLiteral("2026-Q4"));
    CHECK(quarter.previous().from == QDate(2026, 7, 1));
    const Period custom{Period::Kind::Custom, QDate(2026, 11, 1), QDate(2026, 11, 10)};
    CHECK(custom.previous().from == QDate(2026, 10, 22));
    CHECK(custom.previous().to == QDate(2026, 10, 31));
}

TEST_CASE("a period not yet over is compared with the same days of the one before, and says so", "[analysis]")
{
    const QDate wednesday(2026, 12, 2);
    const Period week = Period::containing(Period::Kind::Week, wednesday);
    CHECK(week.isPartial(wednesday));
    const Period before = week.previousUpTo(wednesday);
    CHECK(before.from == QDate(2026, 11, 23));
    CHECK(before.to == QDate(2026, 11, 25)); // Monday to Wednesday, as this week so far
    CHECK(week.partialNote(wednesday) == QStringLiteral("(as of 12-02, week not complete)"));
    // A finished week is compared with the whole week before.
    const Period last = week.previous();
    CHECK_FALSE(last.isPartial(wednesday));
    CHECK(last.previousUpTo(wednesday).to == QDate(2026, 11, 22));
    // The month before may be shorter: the cut never passes its end.
    const QDate march31(2026, 3, 31);
    const Period march = Period::containing(Period::Kind::Month, march31);
    CHECK(march.previousUpTo(march31).to == QDate(2026, 2, 28));
    CHECK(march.partialNote(march31) == QStringLiteral("(as of 03-31, month not complete)"));
}

TEST_CASE("chart counts by type, region, estate and building follow the drill-down; an empty week is empty",
          "[analysis]")
{
    TestDb db;
    const auto& o = db.org();
    const Id noise = db.entry(Catalogue::Type, QStringLiteral("noise"));
    const Id facilities = db.entry(Catalogue::Type, QStringLiteral("facilities"));
    const Id otherRegion = require(db.store().organisation().addRegion({0, QStringLiteral("华南区域"), 2, true}));
    const Id otherEstate
        = require(db.store().organisation().addEstate({0, otherRegion, QStringLiteral("珠江御景湾"), {}, true}));
    put(db, at(11, 16)); // facilities, 3栋
    put(db, at(11, 17)); // facilities, 3栋
    put(db, at(11, 18), [&](Complaint& c) {
        c.typeId = noise;
        c.buildingId = o.otherBuilding;
    });
    put(db, at(11, 22, 23), [&](Complaint& c) {
        c.regionId = otherRegion;
        c.estateId = otherEstate;
        c.buildingId = 0;
    });
    put(db, at(11, 23)); // next week
    put(db, at(11, 15, 23)); // last week
    StatisticsStore& stats = db.store().statistics();
    const AnalysisScope week{QDate(2026, 11, 16), QDate(2026, 11, 22)};
    const QList<CountRow> types = require(stats.countIn(Dimension::Type, week));
    CHECK(countFor(types, QString::number(facilities)) == 3);
    CHECK(countFor(types, QString::number(noise)) == 1);
    CHECK(types.first().label == QStringLiteral("设施设备"));
    const QList<CountRow> regions = require(stats.countIn(Dimension::Region, week));
    CHECK(countFor(regions, QString::number(o.region)) == 3);
    CHECK(countFor(regions, QString::number(otherRegion)) == 1);
    AnalysisScope inRegion = week;
    inRegion.regionId = o.region;
    CHECK(require(stats.countIn(Dimension::Estate, inRegion)).size() == 1);
    AnalysisScope inEstate = inRegion;
    inEstate.estateId = o.estate;
    const QList<CountRow> buildings = require(stats.countIn(Dimension::Building, inEstate));
    CHECK(countFor(buildings, QString::number(o.building)) == 2);
    CHECK(countFor(buildings, QString::number(o.otherBuilding)) == 1);
    CHECK(require(stats.countIn(Dimension::Type, {QDate(2026, 6, 1), QDate(2026, 6, 7)})).isEmpty());
    CHECK(require(stats.sla({QDate(2026, 6, 1), QDate(2026, 6, 7)}, at(6, 8))).firstContact.of == 0);
    CHECK(require(stats.kpis(KpiGroup::Steward, {QDate(2026, 6, 1), QDate(2026, 6, 7)}, at(6, 8))).isEmpty());
}

TEST_CASE("weekly and monthly trends have every bucket, zeros included", "[analysis]")
{
    TestDb db;
    put(db, at(10, 26)); // Monday of W44
    put(db, at(11, 1, 22)); // Sunday of W44
    put(db, at(11, 10)); // W46
    const QList<TrendPoint> weeks
        = require(db.store().statistics().trend(QDate(2026, 10, 26), QDate(2026, 11, 22), false));
    REQUIRE(weeks.size() == 4);
    CHECK(weeks[0].start == QDate(2026, 10, 26));
    CHECK(weeks[0].count == 2);
    CHECK(weeks[1].count == 0);
    CHECK(weeks[2].count == 1);
    CHECK(weeks[3].count == 0);
    const QList<TrendPoint> months
        = require(db.store().statistics().trend(QDate(2026, 9, 1), QDate(2026, 11, 30), true));
    REQUIRE(months.size() == 3);
    CHECK(months[0].count == 0);
    CHECK(months[1].count == 1);
    CHECK(months[2].count == 2);
}

TEST_CASE("SLA compliance counts promises kept, late or fallen due; a holiday week moves the feedback promise",
          "[analysis]")
{
    TestDb db(at(10, 9, 18));
    // National Day: 1–7 October off, Saturday 10 October worked (调休).
    for (int day = 1; day <= 7; ++day)
        requireOk(db.store().calendar().setDay({QDate(2026, 10, day), DayKind::Holiday, QStringLiteral("国庆节")}));
    requireOk(db.store().calendar().setDay({QDate(2026, 10, 10), DayKind::Workday, QStringLiteral("国庆调休")}));
    ComplaintWorkflow wf(db.store());
    auto registerAt = [&](const QDateTime& when, const QString& channel) {
        db.clock().set(when);
        Complaint d = db.draft();
        d.receivedAt = when;
        d.channelId = db.entry(Catalogue::Channel, channel);
        return require(wf.registerComplaint(d));
    };
    // Received on Wednesday 30 September: 3 working days are 8 Oct, 9 Oct and the 调休 Saturday 10 Oct
    // (without the calendar it would have been Saturday 3 October).
    const Complaint a = registerAt(wallTime(QDate(2026, 9, 30), QTime(10, 0)), QStringLiteral("phone"));
    CHECK(a.feedbackDue == wallTime(QDate(2026, 10, 10), QTime(10, 0)));
    const Complaint b = registerAt(wallTime(QDate(2026, 10, 2), QTime(9, 0)), QStringLiteral("wechat"));
    const Complaint c = registerAt(wallTime(QDate(2026, 10, 3), QTime(9, 0)), QStringLiteral("wechat"));
    // a: fed back on 8 October (on time, thanks to the holiday); b: first contact late (26 h), c: none yet.
    auto feedBack = [&](const Complaint& x, const QDateTime& when) {
        db.clock().set(when);
        FollowUp f;
        f.complaintId = x.id;
        f.purpose = FollowUpPurpose::ResultFeedback;
        f.said = QStringLiteral("已处理");
        require(wf.recordFollowUp(f));
    };
    feedBack(a, wallTime(QDate(2026, 10, 8), QTime(16, 0)));
    db.clock().set(wallTime(QDate(2026, 10, 3), QTime(11, 0)));
    FollowUp late;
    late.complaintId = b.id;
    late.purpose = FollowUpPurpose::FirstResponse;
    late.said = QStringLiteral("您好");
    require(wf.recordFollowUp(late));

    const AnalysisScope scope{QDate(2026, 9, 28), QDate(2026, 10, 4)};
    const SlaCompliance s = require(db.store().statistics().sla(scope, wallTime(QDate(2026, 10, 9), QTime(18, 0))));
    // First contact: a (the call itself) on time, b late, c overdue since 4 Oct 09:00 → 1 of 3.
    CHECK(s.firstContact.hits == 1);
    CHECK(s.firstContact.of == 3);
    // Feedback: a on time; b and c (received in the holiday) are due on 10 October: not yet counted.
    CHECK(s.feedback.hits == 1);
    CHECK(s.feedback.of == 1);
    CHECK(s.followUp.of == 0); // a's follow-up is due on 22 October
    CHECK(s.firstContact.percent() == Approx(100.0 / 3));
}

TEST_CASE("KPIs per steward and per department match the hand count", "[analysis]")
{
    TestDb db;
    const auto& o = db.org();
    const Id other = require(db.store().organisation().addStaff(
        {0, QStringLiteral("孙秀英"), QStringLiteral("gj002"), Role::Steward, 0, {}, true}));
    const QDateTime asOf = at(11, 23, 9);
    // 陈静: four complaints, one of them invalid (owes nothing and is not counted).
    const Id c1 = put(db, at(11, 16), [](Complaint& c) {
        c.firstContactAt = c.receivedAt.addSecs(3600); // on time
        c.feedbackAt = c.receivedAt.addDays(2); // on time
        c.satisfaction = Satisfaction::Satisfied;
        c.closedAt = c.receivedAt.addDays(5); // 120 h
        c.status = ComplaintStatus::Closed;
        c.complainantPhone = QStringLiteral("13912340000");
    });
    put(db, at(11, 17), [](Complaint& c) {
        c.firstContactAt = c.receivedAt.addSecs(30 * 3600); // late
        c.feedbackAt = c.receivedAt.addDays(4); // late
        c.satisfaction = Satisfaction::Dissatisfied;
        c.reopenCount = 1;
        c.closedAt = c.receivedAt.addDays(3); // 72 h
        c.status = ComplaintStatus::Closed;
        c.complainantPhone = QStringLiteral("13912340000"); // the same caller again: a repeat complainant
    });
    put(db, at(11, 22), [](Complaint& c) {
        c.status = ComplaintStatus::InProgress; // first contact due 23 Nov 10:00: not yet due at 09:00
    });
    put(db, at(11, 18), [](Complaint& c) {
        c.status = ComplaintStatus::Invalid;
        c.valid = false;
    });
    // 孙秀英: one, first contact overdue.
    const Id c5 = put(db, at(11, 19), [&](Complaint& c) {
        c.stewardId = other;
        c.status = ComplaintStatus::InProgress;
    });
    // Tickets: c1 twice to engineering (counted once), c5 to engineering.
    for (Id complaint : {c1, c1, c5}) {
        Ticket t;
        t.complaintId = complaint;
        t.departmentId = o.engineering;
        t.dispatchedAt = at(11, 19);
        t.dueAt = at(11, 20);
        require(db.store().tickets().insert(t));
    }

    const AnalysisScope week{QDate(2026, 11, 16), QDate(2026, 11, 22)};
    const QList<KpiRow> stewards = require(db.store().statistics().kpis(KpiGroup::Steward, week, asOf));
    REQUIRE(stewards.size() == 2);
    const KpiRow& chen = stewards[0];
    CHECK(chen.name == QStringLiteral("陈静"));
    CHECK(chen.complaints == 3);
    CHECK(chen.firstResponse.hits == 1);
    CHECK(chen.firstResponse.of == 2);
    CHECK(chen.closure.hits == 1);
    CHECK(chen.closure.of == 2);
    CHECK(chen.satisfaction.hits == 1);
    CHECK(chen.satisfaction.of == 2);
    CHECK(chen.reopen.hits == 1);
    CHECK(chen.reopen.of == 3);
    CHECK(chen.averageHandlingHours == Approx(96.0));
    CHECK(chen.repeatComplainants == 1);
    const KpiRow& sun = stewards[1];
    CHECK(sun.complaints == 1);
    CHECK(sun.firstResponse.hits == 0);
    CHECK(sun.firstResponse.of == 1);
    CHECK(sun.averageHandlingHours == 0.0);

    const QList<KpiRow> departments = require(db.store().statistics().kpis(KpiGroup::Department, week, asOf));
    REQUIRE(departments.size() == 1);
    CHECK(departments[0].name == QStringLiteral("工程部"));
    CHECK(departments[0].complaints == 2);
    CHECK(departments[0].satisfaction.hits == 1);
    CHECK(departments[0].firstResponse.hits == 1);
    CHECK(departments[0].firstResponse.of == 2);
    // 13912340000's second complaint has no ticket: engineering has one complaint from the number, whose two tickets
    // do not make it two.
    CHECK(departments[0].repeatComplainants == 0);
}

TEST_CASE("hotspots: the same type at the same place N times within D days", "[analysis]")
{
    TestDb db;
    const auto& o = db.org();
    const Id noise = db.entry(Catalogue::Type, QStringLiteral("noise"));
    // Three elevator (facilities) complaints in 3栋 within 30 days: a hotspot (docs/DOMAIN.md §5, hotspots).
    // Two of them name the elevator line, one repairs: the hotspot's line is the elevator.
    const Id repairs = db.entry(Catalogue::ServiceLine, QStringLiteral("repairs"));
    const Id frontDesk = db.entry(Catalogue::ServiceLine, QStringLiteral("front_desk"));
    put(db, at(11, 2));
    put(db, at(11, 12), [&](Complaint& c) { c.serviceLineId = repairs; });
    const Id newest = put(db, at(11, 20));
    // Two in 5栋 (one line each: a tie goes to the line entered first), and a third 40 days ago: not one.
    put(db, at(11, 5), [&](Complaint& c) {
        c.buildingId = o.otherBuilding;
        c.serviceLineId = repairs;
    });
    put(db, at(11, 6), [&](Complaint& c) {
        c.buildingId = o.otherBuilding;
        c.serviceLineId = frontDesk;
    });
    put(db, at(10, 10), [&](Complaint& c) { c.buildingId = o.otherBuilding; });
    // Noise in the car park three times, one of them invalid: not one at 3, one at 2.
    for (int day : {3, 9, 15})
        put(db, at(11, day), [&](Complaint& c) {
            c.typeId = noise;
            c.buildingId = 0;
            c.unit.clear();
            c.room.clear();
            c.publicArea = QStringLiteral("地下车库");
            if (day == 15)
                c.status = ComplaintStatus::Invalid;
        });

    StatisticsStore& stats = db.store().statistics();
    QList<Hotspot> spots = require(stats.hotspots(QDate(2026, 11, 23), HotspotRule{30, 3}));
    REQUIRE(spots.size() == 1);
    CHECK(spots[0].buildingId == o.building);
    CHECK(spots[0].place == QStringLiteral("西溪锦园 3栋"));
    CHECK(spots[0].typeName == QStringLiteral("设施设备"));
    CHECK(spots[0].complaintIds.size() == 3);
    CHECK(spots[0].complaintIds.first() == newest);
    CHECK(spots[0].first == QDate(2026, 11, 2));
    CHECK(spots[0].serviceLineId == db.entry(Catalogue::ServiceLine, QStringLiteral("elevator")));
    CHECK(spots[0].openItemCode.isEmpty());

    spots = require(stats.hotspots(QDate(2026, 11, 23), HotspotRule{30, 2}));
    CHECK(spots.size() == 3); // 3栋, 5栋 (two within 30 days), the car park (two valid)
    const auto fiveBuilding
        = std::find_if(spots.cbegin(), spots.cend(), [&](const Hotspot& h) { return h.buildingId == o.otherBuilding; });
    REQUIRE(fiveBuilding != spots.cend());
    CHECK(fiveBuilding->serviceLineId == std::min(repairs, frontDesk));
    spots = require(stats.hotspots(QDate(2026, 11, 23), HotspotRule{50, 3}));
    CHECK(spots.size() == 2); // 5栋 counts its October complaint within 50 days
    spots = require(stats.hotspots(QDate(2026, 11, 10), HotspotRule{30, 3}));
    CHECK(spots.isEmpty()); // the third 3栋 complaint came later

    // Once an item tracks them, the hotspot says so.
    RectificationItem item;
    item.code = QStringLiteral("ZG-2026-0001");
    item.problem = QStringLiteral("3栋电梯反复停运");
    item.departmentId = o.engineering;
    item.deadline = QDate(2026, 12, 7);
    item.assignedAt = item.createdAt = item.updatedAt = at(11, 21);
    item.complaintIds = {newest};
    require(db.store().rectifications().insert(item));
    spots = require(stats.hotspots(QDate(2026, 11, 23), HotspotRule{30, 3}));
    CHECK(spots[0].openItemCode == QStringLiteral("ZG-2026-0001"));
}

TEST_CASE("English says one complaint and many complaints, not complaint(s)", "[i18n]")
{
    // The English catalogue holds only plural forms; it is read here without installing it (the language is
    // process-wide).
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/caseloop_en.qm")));
    CHECK(english.translate("CliText", "Backed up %n complaint(s) to %1.", nullptr, 1)
          == QStringLiteral("Backed up %n complaint to %1."));
    CHECK(english.translate("CliText", "Backed up %n complaint(s) to %1.", nullptr, 643)
          == QStringLiteral("Backed up %n complaints to %1."));
}
