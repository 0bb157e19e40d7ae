// The daily counts (complaint_days) that the charts read, and the daily KPI sums (kpi_days) that the KPI tables
// read: after every kind of change they equal the GROUP BY over the complaints and tickets themselves, on both
// engines, and `check` names a count or sum that does not.
#include "CliRun.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "ledger/LedgerImport.h"
#include "ledger/LedgerNames.h"
#include "sql/AnalysisSql.h"
#include "sql/ComplaintDayTally.h"
#include "sql/ComplaintDays.h"
#include "sql/KpiDays.h"
#include "sql/Migrations.h"
#include "sql/RepeatChain.h"
#include "sql/SqlTable.h"
#include "sql/Transaction.h"
#include "store/Store.h"
#include "workflow/ComplaintWorkflow.h"

#include <QMap>
#include <QProcess>

#include <algorithm>
#include <memory>
#include <random>

using namespace caseloop;
using namespace caseloop::test;

namespace {
// The complaints' own count per value of `column` in the scope, as the charts showed it before the daily counts.
QMap<QString, qint64> rawCounts(TestDb& db, const QString& column, const AnalysisScope& scope)
{
    QStringList conditions;
    QVariantList binds;
    scopeConditions(scope, conditions, binds);
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QMap<QString, qint64> counts;
    const auto rows = require(selectRows<QPair<QString, qint64>>(
        db.store().database().connection(),
        QStringLiteral("SELECT %1, COUNT(*) FROM complaints%2 GROUP BY %1").arg(column, where), binds, [](SqlQuery& q) {
            return qMakePair(q.value(0).isNull() ? QString() : q.value(0).toString(), q.value(1).toLongLong());
        }));
    for (const auto& [key, n] : rows)
        counts.insert(key, n);
    return counts;
}

// The complaints' own COUNT(*) under `conditions`.
qint64 rawCount(TestDb& db, const QStringList& conditions, const QVariantList& binds = {})
{
    const QString where
        = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return require(scalar(db.store().database().connection(), QStringLiteral("SELECT COUNT(*) FROM complaints") + where,
                          binds))
        .toLongLong();
}

QMap<QString, qint64> chartCounts(TestDb& db, Dimension d, const AnalysisScope& scope)
{
    QMap<QString, qint64> counts;
    for (const CountRow& row : require(db.store().statistics().countIn(d, scope)))
        counts.insert(row.key, row.count);
    return counts;
}

QStringList differences(TestDb& db, const QString& sql = ComplaintDays::differences())
{
    return textColumn(db.store().database().connection(), sql);
}

// A KPI table as text, every figure of every row.
QStringList kpiTable(TestDb& db, KpiGroup group, const AnalysisScope& scope, const QDateTime& asOf)
{
    const auto rate = [](const Rate& r) { return QStringLiteral("%1/%2").arg(r.hits).arg(r.of); };
    QStringList lines;
    for (const KpiRow& r : require(db.store().statistics().kpis(group, scope, asOf)))
        lines << QStringLiteral("%1 n%2 first %3 closure %4 satisfied %5 reopen %6 hours %7 repeat %8")
                     .arg(r.name)
                     .arg(r.complaints)
                     .arg(rate(r.firstResponse), rate(r.closure), rate(r.satisfaction), rate(r.reopen))
                     .arg(r.averageHandlingHours, 0, 'f', 6)
                     .arg(r.repeatComplainants);
    return lines;
}

// The SLA compliance as grouped from the complaints themselves (the statement the analysis ran before the daily
// sums), as text: kept/due of the first contact, the feedback and the follow-up visit.
QString rawSla(Store& store, const AnalysisScope& scope, const QDateTime& asOf)
{
    QStringList conditions{AnalysisSql::owesNothing()};
    QVariantList binds{toDb(asOf), toDb(asOf), toDb(asOf)};
    scopeConditions(scope, conditions, binds);
    const auto rows = require(selectRows<QString>(
        store.database().connection(),
        QStringLiteral("SELECT %1, %2, %3 FROM complaints %4")
            .arg(AnalysisSql::rateColumns({}, QStringLiteral("first_contact_at"), QStringLiteral("first_contact_due")),
                 AnalysisSql::rateColumns({}, QStringLiteral("feedback_at"), QStringLiteral("feedback_due")),
                 AnalysisSql::rateColumns({}, QStringLiteral("follow_up_at"), QStringLiteral("follow_up_due")),
                 AnalysisSql::whereOf(conditions)),
        binds, [](SqlQuery& q) {
            return QStringLiteral("%1/%2 %3/%4 %5/%6")
                .arg(q.value(0).toLongLong())
                .arg(q.value(1).toLongLong())
                .arg(q.value(2).toLongLong())
                .arg(q.value(3).toLongLong())
                .arg(q.value(4).toLongLong())
                .arg(q.value(5).toLongLong());
        }));
    return rows.value(0);
}

QString slaText(Store& store, const AnalysisScope& scope, const QDateTime& asOf)
{
    const SlaCompliance s = require(store.statistics().sla(scope, asOf));
    return QStringLiteral("%1/%2 %3/%4 %5/%6")
        .arg(s.firstContact.hits)
        .arg(s.firstContact.of)
        .arg(s.feedback.hits)
        .arg(s.feedback.of)
        .arg(s.followUp.hits)
        .arg(s.followUp.of);
}

const QString kLedger = QStringLiteral(
    "投诉日期,业主,手机,小区,房号,投诉类型,问题描述,状态,满意度\r\n"
    "2026-10-05 14:30,王建国,13812345678,西溪锦园,3-2-1502,噪音,楼上装修每天早上7点开始电钻,已办结,满意\r\n"
    "2026-10-06 09:05,李秀英,13900001111,西溪锦园,3-1-1201,设施设备,卫生间天花板渗水已经三天,处理中,\r\n"
    "2026-11-07 10:00,赵敏,,西溪锦园,地下车库B区,噪音,夜间车库卷帘门噪音大,,\r\n");
} // namespace

TEST_CASE("the daily counts equal the complaints' own counts after registrations, changes, reopenings and an import",
          "[analysis][daily]")
{
    TestDb db;
    db.fillDemo(400, 7);
    ComplaintWorkflow wf(db.store());
    std::mt19937 random(20261202);
    const auto any = [&](qint64 n) { return qint64(random() % quint64(n)); };
    const QList<Complaint> all = require(db.store().complaints().list({}, 400));
    REQUIRE(all.size() > 100);
    const QList<Region> regions = require(db.store().organisation().regions());
    const QList<Estate> estates = require(db.store().organisation().estates());
    const QList<Department> departments = require(db.store().organisation().departments());
    REQUIRE(departments.size() >= 2);
    int changed = 0, moved = 0;
    for (int step = 0; step < 160; ++step) {
        const Complaint c = require(db.store().complaints().get(all[any(all.size())].id));
        switch (any(9)) {
        case 0: { // registered now
            const Complaint like = all[any(all.size())]; // what a steward types at the intake, from a real one
            Complaint d;
            d.receivedAt = db.clock().now().addSecs(-3600 * any(24 * 60));
            d.channelId = like.channelId;
            d.kindId = like.kindId;
            d.customerTypeId = like.customerTypeId;
            d.complainantName = like.complainantName;
            d.complainantPhone = like.complainantPhone;
            d.regionId = like.regionId;
            d.estateId = like.estateId;
            d.buildingId = like.buildingId;
            d.unit = like.unit;
            d.room = like.room;
            d.publicArea = like.publicArea;
            d.typeId = all[any(all.size())].typeId;
            d.serviceLineId = like.serviceLineId;
            d.priority = like.priority;
            d.description = like.description;
            d.stewardId = like.stewardId;
            changed += wf.registerComplaint(d).ok();
            break;
        }
        case 1: { // corrected: another type, another day, another place
            Complaint e = c;
            e.typeId = all[any(all.size())].typeId;
            e.receivedAt = e.receivedAt.addDays(-1 - any(40));
            const Complaint other = all[any(all.size())];
            e.regionId = other.regionId;
            e.estateId = other.estateId;
            e.buildingId = other.buildingId;
            if (any(3) == 0) // a number typed wrong at the intake: the complaint moves to another number's chain
                e.complainantPhone = other.complainantPhone;
            if (any(2) == 0) // handed over to another steward: the chains keep each complaint's steward
                e.stewardId = other.stewardId;
            changed += db.store().complaints().update(e).ok();
            break;
        }
        case 2:
            changed += wf.close(c.id, QStringLiteral("业主已满意，电话确认")).ok();
            break;
        case 3:
            changed += wf.reopen(c.id, QStringLiteral("业主反映问题再次出现")).ok();
            break;
        case 4:
            changed += wf.markInvalid(c.id, QStringLiteral("重复登记")).ok();
            break;
        case 5:
            changed += wf.withdraw(c.id, QStringLiteral("业主撤回")).ok();
            break;
        case 7: // dispatched to a department, perhaps one it already has a ticket for
            changed += wf.dispatch(c.id, departments[any(departments.size())].id, 0, db.clock().now().addDays(2)).ok();
            break;
        case 8: { // a ticket sent back and dispatched to another department
            const QList<Id> open = require(selectRows<Id>(
                db.store().database().connection(), QStringLiteral("SELECT id FROM tickets WHERE status <> 'done'"), {},
                [](SqlQuery& q) { return q.value(0).toLongLong(); }));
            if (open.isEmpty())
                break;
            const Id ticket = open[any(open.size())];
            wf.returnTicket(ticket, QStringLiteral("不属于本部门处理范围")).ok();
            moved
                += wf.redispatchTicket(ticket, departments[any(departments.size())].id, 0, db.clock().now().addDays(2))
                       .ok();
            break;
        }
        default: { // a satisfaction follow-up
            FollowUp f;
            f.complaintId = c.id;
            f.at = db.clock().now();
            f.staffId = c.stewardId;
            f.purpose = FollowUpPurpose::SatisfactionVisit;
            f.said = QStringLiteral("回访业主对处理结果是否满意");
            const auto answers = allValues<Satisfaction>();
            f.satisfaction = *(std::begin(answers) + any(qint64(std::size(answers))));
            changed += wf.recordFollowUp(f).ok();
            break;
        }
        }
    }
    CHECK(changed > 30); // enough of the steps were allowed by the complaints' states
    CHECK(moved > 0);
    // Tickets moved by other tools: one to a department its complaint already has, one to a new one.
    const QSqlDatabase sql = db.store().database().connection();
    requireOk(execute(sql,
                      QStringLiteral("UPDATE tickets SET department_id = (SELECT MIN(department_id) FROM tickets) "
                                     "WHERE id IN (SELECT MIN(id) FROM tickets GROUP BY complaint_id LIMIT 20)")));
    requireOk(execute(sql,
                      QStringLiteral("UPDATE tickets SET department_id = ? WHERE id = (SELECT MAX(id) FROM "
                                     "tickets)"),
                      {departments.last().id}));
    // An import writes its rows with one statement (COPY on a server, INSERT…SELECT on a file).
    LedgerNames names;
    requireOk(names.load(db.store()));
    const LedgerPlan plan = require(planLedger(
        require(readLedgerFile(db.writeFile(QStringLiteral("台账.csv"), kLedger.toUtf8()))), names, db.clock().now()));
    CHECK(require(writeLedger(db.store(), plan, defaultLedgerChoices(plan))).imported == 3);
    // A second ledger from numbers the office has, days before and after their complaints: its rows land inside the
    // numbers' chains of earlier complaints (repeat_chain).
    QString inside = QStringLiteral("投诉日期,业主,手机,小区,房号,投诉类型,问题描述,状态,满意度\r\n");
    for (int i = 0; i < 8; ++i) {
        const Complaint& like = all[any(all.size())];
        inside += QStringLiteral("%1,%2,%3,西溪锦园,3-2-%4,噪音,楼上夜里拖动家具声音很大,处理中,\r\n")
                      .arg(like.receivedAt.addDays(i % 2 == 0 ? -2 : 2).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           like.complainantName, like.complainantPhone)
                      .arg(1501 + i);
    }
    const LedgerPlan insidePlan = require(planLedger(
        require(readLedgerFile(db.writeFile(QStringLiteral("台账二.csv"), inside.toUtf8()))), names, db.clock().now()));
    CHECK(require(writeLedger(db.store(), insidePlan, defaultLedgerChoices(insidePlan))).imported == 8);

    CHECK(differences(db).isEmpty());
    CHECK(differences(db, KpiDays::differences()).isEmpty());
    CHECK(differences(db, RepeatChain::differences()).isEmpty());
    const IntegrityReport checked = require(db.store().maintenance().checkIntegrity());
    INFO(checked.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(checked.ok());
    const std::pair<Dimension, const char*> columns[] = {
        {Dimension::Type, "type_id"},
        {Dimension::Region, "region_id"},
        {Dimension::Estate, "estate_id"},
        {Dimension::Building, "building_id"},
        {Dimension::ServiceLine, "service_line_id"},
        {Dimension::Channel, "channel_id"},
        {Dimension::Status, "status"},
        {Dimension::CustomerType, "customer_type_id"},
        {Dimension::Kind, "kind_id"},
        {Dimension::Priority, "priority"},
        {Dimension::Satisfaction, "satisfaction"},
    };
    const QList<AnalysisScope> scopes{{}, {QDate(2026, 8, 1), QDate(2026, 10, 31)}, {QDate(2026, 11, 23), {}}};
    for (const auto& [dimension, column] : columns)
        for (const AnalysisScope& scope : scopes) {
            INFO(toStorage(dimension).toStdString() << " " << scope.from.toString(Qt::ISODate).toStdString());
            REQUIRE(ComplaintDays::answers(dimension, scope));
            CHECK(chartCounts(db, dimension, scope) == rawCounts(db, QString::fromLatin1(column), scope));
        }
    // The SLA compliance from the estates' daily sums and the promises still owed equals the complaints' own, for the
    // office, each region and each estate, at a moment inside the days counted and at now.
    for (const QDateTime& asOf : {db.clock().now(), QDateTime(QDate(2026, 9, 15), QTime(12, 0))})
        for (const AnalysisScope& scope : scopes) {
            QList<AnalysisScope> places{scope};
            for (const Region& r : regions)
                places.append({scope.from, scope.to, r.id});
            for (const Estate& e : estates)
                places.append({scope.from, scope.to, e.regionId, e.id});
            for (const AnalysisScope& place : places) {
                INFO(scope.from.toString(Qt::ISODate).toStdString()
                     << " region " << place.regionId << " estate " << place.estateId << " as of "
                     << asOf.toString(Qt::ISODate).toStdString());
                CHECK(slaText(db.store(), place, asOf) == rawSla(db.store(), place, asOf));
            }
        }
    // The weekly figures' received (whole days from the daily counts, a day cut short by the moment asked from the
    // complaints) and closed equal the complaints' own: asked after the period, inside it at midnight and mid-day,
    // and before it.
    const QDate first(2026, 10, 26), last(2026, 11, 8);
    QList<QDateTime> moments{at(11, 23), at(10, 1), QDateTime()};
    for (QDate d = first; d <= last.addDays(1); d = d.addDays(1))
        moments << wallTime(d) << wallTime(d, QTime(15, 30));
    for (const QDateTime& asOf : moments) {
        INFO("as of " << asOf.toString(Qt::ISODate).toStdString());
        const PeriodFigures f = require(db.store().statistics().figures(first, last, asOf));
        const QDateTime dayAfter = wallTime(last.addDays(1));
        const QVariantList range{toDb(wallTime(first)), toDb(asOf.isValid() && asOf < dayAfter ? asOf : dayAfter)};
        CHECK(f.received
              == rawCount(db, {QStringLiteral("received_at >= ?"), QStringLiteral("received_at < ?")}, range));
        CHECK(f.closed
              == rawCount(db,
                          {QStringLiteral("status = 'closed'"), QStringLiteral("closed_at >= ?"),
                           QStringLiteral("closed_at < ?")},
                          range));
        CHECK((f.received > 0 || asOf < wallTime(first).addDays(1)));
        // Open at the end: received by then and not closed by then (invalid and withdrawn ones never count).
        const QString end = range[1].toString();
        const QStringList openThen{QStringLiteral("received_at < '%1'").arg(end),
                                   QStringLiteral("((status = 'closed' AND closed_at >= '%1') OR (%2 AND "
                                                  "(closed_at IS NULL OR closed_at >= '%1')))")
                                       .arg(end, openStatusCondition())};
        CHECK(f.openAtEnd == rawCount(db, openThen));
        CHECK(f.overdueAtEnd
              == rawCount(db,
                          QStringList(openThen)
                              << QStringLiteral("((first_contact_due < '%1' AND (first_contact_at IS NULL OR "
                                                "first_contact_at > '%1')) OR (feedback_due < '%1' AND "
                                                "(feedback_at IS NULL OR feedback_at > '%1')) OR "
                                                "(follow_up_due < '%1' AND (follow_up_at IS NULL OR "
                                                "follow_up_at > '%1')))")
                                     .arg(end)));
    }
    // Asked together (as the weekly report asks two weeks), every period gets the figures it gets alone: periods of
    // one or two weeks ending at each moment above, read in one statement.
    QList<FiguresAsked> together;
    for (const QDateTime& asOf : moments) {
        together.append({first, last, asOf});
        together.append({first.addDays(7), last, asOf});
        together.append({first, first.addDays(6), asOf});
    }
    const QList<PeriodFigures> asked = require(db.store().statistics().figuresOf(together));
    REQUIRE(asked.size() == together.size());
    for (qsizetype i = 0; i < together.size(); ++i) {
        const FiguresAsked& p = together[i];
        INFO(p.from.toString(Qt::ISODate).toStdString() << ".." << p.to.toString(Qt::ISODate).toStdString() << " as of "
                                                        << p.asOf.toString(Qt::ISODate).toStdString());
        CHECK(asked[i] == require(db.store().statistics().figures(p.from, p.to, p.asOf)));
    }
    CHECK(require(db.store().statistics().figuresOf({})).isEmpty());
    // A period without days beside one with them: the first gets its own figures, the second zeros.
    const QList<PeriodFigures> withNone
        = require(db.store().statistics().figuresOf({together[0], {QDate(), QDate(), {}}}));
    REQUIRE(withNone.size() == 2);
    CHECK(withNone[0] == asked[0]);
    CHECK(withNone[1] == PeriodFigures{});
    const QString office = rawSla(db.store(), {}, db.clock().now());
    CHECK_FALSE(office.endsWith(QStringLiteral(" 0/0"))); // follow-up visits were made
    // The drill-down: estates of a region, buildings of an estate.
    for (const Region& r : regions) {
        const AnalysisScope inRegion{QDate(2026, 1, 1), QDate(2026, 12, 31), r.id};
        CHECK(chartCounts(db, Dimension::Estate, inRegion) == rawCounts(db, QStringLiteral("estate_id"), inRegion));
    }
    for (const Estate& e : estates) {
        const AnalysisScope inEstate{QDate(2026, 1, 1), QDate(2026, 12, 31), e.regionId, e.id};
        CHECK(chartCounts(db, Dimension::Building, inEstate) == rawCounts(db, QStringLiteral("building_id"), inEstate));
    }
    // The trend counts every complaint of each day once.
    qint64 trendTotal = 0;
    for (const TrendPoint& p : require(db.store().statistics().trend(QDate(2025, 1, 1), QDate(2026, 12, 31), true)))
        trendTotal += p.count;
    CHECK(trendTotal == rawCount(db, {}));
    // The list's counts of the whole list, of statuses and of days come from the daily counts too.
    const auto filter = [](QList<ComplaintStatus> statuses, QDate from, QDate to) {
        ComplaintFilter f;
        f.statuses = std::move(statuses);
        f.from = from;
        f.to = to;
        return f;
    };
    for (const ComplaintFilter& f :
         {filter({}, {}, {}), filter(openValues<ComplaintStatus>(), {}, {}),
          filter({ComplaintStatus::Closed, ComplaintStatus::Withdrawn}, QDate(2026, 8, 1), QDate(2026, 10, 31)),
          filter({}, QDate(2026, 11, 23), {}), filter({}, {}, QDate(2026, 9, 30))}) {
        QStringList conditions;
        QVariantList binds;
        if (!f.statuses.isEmpty())
            conditions << inCondition(QStringLiteral("status"), f.statuses, binds);
        dayRange(QStringLiteral("received_at"), f.from, f.to, conditions, binds);
        INFO(conditions.join(QStringLiteral(" AND ")).toStdString());
        QVariantList dayBinds;
        REQUIRE_FALSE(ComplaintDays::countOf(f, dayBinds).isEmpty());
        CHECK(require(db.store().complaints().count(f)) == rawCount(db, conditions, binds));
    }

    // The KPI tables from the daily sums equal those grouped from the complaints: with every complaint of a region
    // in one estate, the region's (read from kpi_days) and the estate's (from complaints) are the same.
    const Estate& only = estates.first();
    requireOk(execute(sql, QStringLiteral("UPDATE complaints SET estate_id = ? WHERE region_id = ?"),
                      {only.id, only.regionId}));
    // One owner who calls about everything: a number given to every third complaint of the region, by one statement
    // (on a server, one run of the chains' trigger over many rows), so that its stewards and departments have
    // repeat complainants to compare.
    requireOk(execute(sql,
                      QStringLiteral("UPDATE complaints SET complainant_phone = '13955550000' WHERE region_id = ? "
                                     "AND id % 3 = 0"),
                      {only.regionId}));
    CHECK(differences(db, KpiDays::differences()).isEmpty());
    CHECK(differences(db, RepeatChain::differences()).isEmpty());
    const QDateTime asOf = db.clock().now();
    // Also up to a day: the repeat complainants' numbers are then those with an entry before its end.
    QList<AnalysisScope> kpiScopes = scopes;
    kpiScopes.append({QDate(), QDate(2026, 9, 30)});
    for (const AnalysisScope& scope : kpiScopes) {
        const AnalysisScope region{scope.from, scope.to, only.regionId},
            estate{scope.from, scope.to, only.regionId, only.id};
        REQUIRE(KpiDays::answers(region));
        REQUIRE_FALSE(KpiDays::answers(estate));
        for (KpiGroup group : {KpiGroup::Steward, KpiGroup::Department}) {
            const QStringList fromDays = kpiTable(db, group, region, asOf);
            CHECK((!fromDays.isEmpty() || scope.from.isValid()));
            if (!scope.from.isValid()) // over all days, some members have repeat complainants to compare
                CHECK(std::any_of(fromDays.begin(), fromDays.end(),
                                  [](const QString& line) { return !line.endsWith(QStringLiteral(" repeat 0")); }));
            CHECK(fromDays == kpiTable(db, group, estate, asOf));
        }
    }
}

namespace {
// A demo office of 200 complaints written at `version` (files) or `serverVersion` (servers), then opened by this
// CaseLoop, which updates it: `check` is called with the updated store.
template <class Check> void updatedFrom(int version, int serverVersion, Check check)
{
    QTemporaryDir dir;
    const QString path = onPostgres() ? createServerDatabase() : dir.filePath(QStringLiteral("office.db"));
    FixedClock clock(TestDb::defaultNow());
    {
        OpenOptions before;
        before.migrateTo = onPostgres() ? serverVersion : version;
        auto store = Store::open(path, clock, before);
        INFO(store.error().toStdString());
        REQUIRE(store.ok());
        REQUIRE(store.value()->database().schemaVersion() == before.migrateTo);
        DemoOptions options;
        options.complaints = 200;
        options.end = clock.now();
        require(generateDemo(*store.value(), clock, options));
    }
    {
        auto store = Store::open(path, clock);
        INFO(store.error().toStdString());
        REQUIRE(store.ok());
        CHECK(store.value()->database().schemaVersion()
              == latestSchemaVersion(onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")));
        check(*store.value(), clock);
    }
    if (onPostgres())
        dropServerDatabase(path);
}
} // namespace

TEST_CASE("an office of the version before is updated with its estates' promises summed", "[analysis][daily][database]")
{
    // The version before kpi_days held the estates' rows and the follow-up visits: 11 on files, 15 on servers.
    updatedFrom(11, 15, [](Store& updated, const Clock& clock) {
        CHECK(textColumn(updated.database().connection(), KpiDays::differences()).isEmpty());
        for (const Estate& e : require(updated.organisation().estates())) {
            const AnalysisScope estate{QDate(2026, 1, 1), QDate(2026, 12, 31), e.regionId, e.id};
            CHECK(slaText(updated, estate, clock.now()) == rawSla(updated, estate, clock.now()));
        }
        const QString office = slaText(updated, {}, clock.now());
        CHECK(office == rawSla(updated, {}, clock.now()));
        CHECK_FALSE(office.endsWith(QStringLiteral(" 0/0")));
    });
}

TEST_CASE("an office of the version before is updated with its numbers' repeat chains", "[analysis][daily][database]")
{
    // The version before repeat_chain: 12 on files, 16 on servers.
    updatedFrom(12, 16, [](Store& updated, const Clock&) {
        const QSqlDatabase sql = updated.database().connection();
        CHECK(textColumn(sql, RepeatChain::differences()).isEmpty());
        // The demo office has numbers with several complaints: the chains are not empty.
        CHECK(require(scalar(sql, QStringLiteral("SELECT count(*) FROM repeat_chain"))).toLongLong() > 0);
    });
}

namespace {
// Rows held in memory, as a bulk write's feed gives them: a text as a QString or, on every other row, as ASCII bytes.
class MemoryFeed final : public RowFeed
{
public:
    explicit MemoryFeed(QList<QVariantList> rows)
        : m_rows(std::move(rows))
    {
    }
    qsizetype rowCount() const override { return m_rows.size(); }
    void column(qsizetype row, int column, Cell& out) override
    {
        const QVariant& v = m_rows[row][column];
        if (v.isNull())
            return out.null();
        if (v.metaType().id() == QMetaType::LongLong || v.metaType().id() == QMetaType::Int)
            return out.integer(v.toLongLong());
        const QByteArray ascii = v.toString().toLatin1();
        return row % 2 ? out.ascii(ascii.constData(), int(ascii.size())) : out.text(v.toString());
    }

private:
    QList<QVariantList> m_rows;
};
} // namespace

TEST_CASE("the daily counts an import adds from its rows equal the complaints' own GROUP BY", "[analysis][daily]")
{
    TestDb db;
    db.fillDemo(300, 7);
    const QSqlDatabase sql = db.store().database().connection();
    QStringList columns{QStringLiteral("received_at"), QStringLiteral("region_id"), QStringLiteral("estate_id")};
    for (const ComplaintDays::Counted& c : ComplaintDays::kCounted)
        if (!columns.contains(QLatin1String(c.column)))
            columns << QLatin1String(c.column);
    // The days out of order and coming back (a feed of a ledger is in time order; the counts must not depend on it).
    const QList<QVariantList> rows = require(selectRows<QVariantList>(
        sql,
        QStringLiteral("SELECT %1 FROM complaints ORDER BY id % 3, id DESC").arg(columns.join(QStringLiteral(", "))),
        {}, [&](SqlQuery& q) {
            QVariantList row;
            for (int i = 0; i < columns.size(); ++i)
                row << (q.value(i).isNull() ? QVariant() : q.value(i));
            return row;
        }));
    REQUIRE(rows.size() == 300);
    MemoryFeed feed(rows);
    ComplaintDays::Tally tally = require(ComplaintDays::Tally::of(feed, columns));

    struct Line final : Cell
    {
        QStringList values;
        void null() override { values << QStringLiteral("NULL"); }
        void integer(qint64 v) override { values << QString::number(v); }
        void text(const QString& v) override { values << v; }
        void ascii(const char* v, int size) override { values << QString::fromLatin1(v, size); }
        void error(const QString& message) override { FAIL(message.toStdString()); }
    };
    QStringList counted;
    for (qsizetype row = 0; row < tally.rowCount(); ++row) {
        Line line;
        for (int c = 0; c < int(ComplaintDays::Tally::columns().size()); ++c)
            tally.column(row, c, line);
        counted << line.values.join(QLatin1Char(' '));
    }
    CHECK(counted.size() == QSet<QString>(counted.begin(), counted.end()).size()); // each key once
    QStringList grouped = require(selectRows<QString>(sql, ComplaintDays::grouped(), {}, [](SqlQuery& q) {
        QStringList values;
        for (int i = 0; i < 6; ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        return values.join(QLatin1Char(' '));
    }));
    REQUIRE(grouped.size() > 300);
    counted.sort();
    grouped.sort();
    CHECK(counted == grouped);
}

TEST_CASE("check names daily counts that differ from the complaints", "[analysis][daily]")
{
    TestDb db;
    const Complaint c = db.registered();
    REQUIRE(require(db.store().maintenance().checkIntegrity()).ok());
    requireOk(execute(db.store().database().connection(),
                      QStringLiteral("UPDATE complaint_days SET n = n + 2 WHERE dimension = 'type'")));
    requireOk(execute(db.store().database().connection(),
                      QStringLiteral("UPDATE complaint_days SET n = n - 1 WHERE dimension = 'building'")));
    const IntegrityReport report = require(db.store().maintenance().checkIntegrity());
    REQUIRE(report.problems.size() == 1);
    INFO(report.problems.first().toStdString());
    CHECK(report.problems.first().contains(QStringLiteral("daily counts")));
    const QString day = c.receivedAt.date().toString(Qt::ISODate);
    // Counted minus actual, and a building named with its estate.
    CHECK(report.problems.first().contains(QStringLiteral("type %1 %2 +2").arg(day).arg(c.typeId)));
    CHECK(report.problems.first().contains(
        QStringLiteral("building %1 estate %2 %3 -1").arg(day).arg(c.estateId).arg(c.buildingId)));

    // Counted again from the complaints: check is content, and so is the CLI's.
    CHECK(require(db.store().maintenance().recountDays()) > 0);
    CHECK(require(db.store().maintenance().checkIntegrity()).ok());
    // A KPI sum that differs is named by its steward and day, with what differs.
    requireOk(execute(db.store().database().connection(),
                      QStringLiteral("UPDATE kpi_days SET first_kept = first_kept + 1 WHERE grp = 'steward'")));
    const IntegrityReport kpis = require(db.store().maintenance().checkIntegrity());
    REQUIRE(kpis.problems.size() == 1);
    INFO(kpis.problems.first().toStdString());
    CHECK(kpis.problems.first().contains(QStringLiteral("daily KPI sums")));
    CHECK(kpis.problems.first().contains(
        QStringLiteral("steward %1 %2 region %3: n 0, first 1/0").arg(day).arg(c.stewardId).arg(c.regionId)));
    CHECK(require(db.store().maintenance().recountDays()) > 0);
    CHECK(require(db.store().maintenance().checkIntegrity()).ok());
    requireOk(execute(db.store().database().connection(),
                      QStringLiteral("DELETE FROM complaint_days WHERE dimension = 'status'")));
    const CliRun failing = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check")});
    CHECK(failing.code != 0);
    const CliRun recounted
        = runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check"), QStringLiteral("--recount")});
    INFO(recounted.err.toStdString());
    CHECK(recounted.code == 0);
    CHECK(recounted.out.contains(QStringLiteral("Daily counts, KPI sums and repeat chains counted again")));
    CHECK(differences(db).isEmpty());
}

TEST_CASE("on a server, a ticket moved while another desk changes its complaint keeps the KPI sums",
          "[analysis][daily][desks][postgresql]")
{
    if (!onPostgres())
        return; // a file has one writer at a time
    TestDb db;
    db.fillDemo(60, 3);
    const QSqlDatabase sql = db.store().database().connection();
    const auto ticket = require(selectRows<std::tuple<Id, Id, Id>>(
        sql,
        QStringLiteral("SELECT t.id, t.complaint_id, t.department_id FROM tickets t JOIN complaints c "
                       "ON c.id = t.complaint_id WHERE c.status NOT IN ('invalid', 'withdrawn') AND c.reopen_count = 0 "
                       "AND c.satisfaction IS NULL ORDER BY t.id LIMIT 1"),
        {}, [](SqlQuery& q) {
            return std::make_tuple(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong());
        }));
    REQUIRE(ticket.size() == 1);
    const auto [ticketId, complaintId, departmentId] = ticket.first();
    const Id elsewhere
        = rawScalar(db.path(), QStringLiteral("SELECT min(id) FROM departments WHERE id <> %1").arg(departmentId))
              .toLongLong();
    REQUIRE(elsewhere > 0);

    // Desk A changes the complaint (reopened, not satisfied) and has not committed yet ...
    auto a = std::make_unique<Transaction>(db.store().database());
    requireOk(a->begun());
    requireOk(execute(sql,
                      QStringLiteral("UPDATE complaints SET reopen_count = 1, satisfaction = 'dissatisfied' "
                                     "WHERE id = ?"),
                      {complaintId}));
    // ... when desk B (psql, its own connection) moves the complaint's ticket to another department.
    QProcess b;
    startPsql(b, db.path(),
              QStringLiteral("UPDATE tickets SET department_id = %1 WHERE id = %2").arg(elsewhere).arg(ticketId));
    // B counts the move only once A's change is in: it waits for the complaint's row.
    CHECK_FALSE(b.waitForFinished(1500));
    requireOk(a->commit());
    a.reset();
    REQUIRE(b.waitForFinished(30000));
    INFO(b.readAllStandardError().toStdString());
    REQUIRE(b.exitCode() == 0);
    CHECK(differences(db, KpiDays::differences()).isEmpty());
}
