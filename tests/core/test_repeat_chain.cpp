// The repeat complainants' chains (repeat_chain): each number's complaints in received order, kept by the triggers
// through registrations out of order, withdrawals, corrected numbers and times, and two desks writing one number at
// once; `check` names an entry that differs. The random changes and imports are in test_daily_counts.cpp.
#include "TestSupport.h"
#include "sql/RepeatChain.h"
#include "sql/SqlTable.h"
#include "sql/Transaction.h"
#include "store/Store.h"
#include "workflow/ComplaintWorkflow.h"

#include <QProcess>
#include <QSqlRecord>

#include <memory>

using namespace caseloop;
using namespace caseloop::test;

namespace {
// repeat_chain as "code previous_at" lines, in complaint id order.
QStringList chainOf(TestDb& db)
{
    return textColumn(db.store().database().connection(),
                      QStringLiteral("SELECT c.code || ' ' || r.previous_at FROM repeat_chain r JOIN complaints c "
                                     "ON c.id = r.complaint_id ORDER BY r.complaint_id"));
}
} // namespace

TEST_CASE("a number's chain follows its complaints in received order, and check names an entry that differs",
          "[analysis][daily]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    const QString number = QStringLiteral("13700001111");
    const auto registeredAt = [&](const QDateTime& at, const QString& phone) {
        Complaint d = db.draft();
        d.receivedAt = at;
        d.complainantPhone = phone;
        return require(wf.registerComplaint(d));
    };
    const auto line = [](const Complaint& c, const Complaint& previous) -> QString {
        return c.code + QLatin1Char(' ') + toDb(previous.receivedAt).toString();
    };
    const QDateTime base = wallTime(db.clock().now().date().addDays(-10), QTime(9, 30));
    const Complaint first = registeredAt(base, number);
    const Complaint third = registeredAt(base.addDays(4), number);
    // Registered late, from the notes of a call two days after the first: it lands inside the chain.
    const Complaint second = registeredAt(base.addDays(2), number);
    const Complaint twin = registeredAt(base.addDays(2), number); // the same second: the id orders the two
    const Complaint other = registeredAt(base.addDays(3), QStringLiteral("13700002222"));
    CHECK(chainOf(db) == QStringList{line(third, twin), line(second, first), line(twin, second)});
    CHECK(require(db.store().maintenance().checkIntegrity()).ok());

    // Withdrawn, a complaint leaves its number's chain; a number corrected moves it to another.
    require(wf.withdraw(second.id, QStringLiteral("业主撤回")));
    CHECK(chainOf(db) == QStringList{line(third, twin), line(twin, first)});
    Complaint moved = require(db.store().complaints().get(twin.id));
    moved.complainantPhone = other.complainantPhone;
    requireOk(db.store().complaints().update(moved));
    CHECK(chainOf(db) == QStringList{line(third, first), line(other, twin)});
    // A received time corrected reorders the chain.
    Complaint earlier = require(db.store().complaints().get(third.id));
    earlier.receivedAt = base.addDays(-1);
    requireOk(db.store().complaints().update(earlier));
    CHECK(chainOf(db)
          == QStringList{QStringLiteral("%1 %2").arg(first.code, toDb(earlier.receivedAt).toString()),
                         line(other, twin)});
    CHECK(require(db.store().maintenance().checkIntegrity()).ok());

    // An entry that differs is named by its complaint's code, with the time kept and the time its chain calls for.
    const QSqlDatabase sql = db.store().database().connection();
    requireOk(execute(sql,
                      QStringLiteral("UPDATE repeat_chain SET previous_at = '2020-01-01 08:00:00' "
                                     "WHERE complaint_id = ?"),
                      {other.id}));
    requireOk(execute(sql, QStringLiteral("DELETE FROM repeat_chain WHERE complaint_id = ?"), {first.id}));
    const IntegrityReport report = require(db.store().maintenance().checkIntegrity());
    REQUIRE(report.problems.size() == 1);
    INFO(report.problems.first().toStdString());
    CHECK(report.problems.first().startsWith(QStringLiteral("2 repeat-complainant chain entries")));
    CHECK(report.problems.first().contains(
        QStringLiteral("%1: none → %2").arg(first.code, toDb(earlier.receivedAt).toString())));
    CHECK(report.problems.first().contains(
        QStringLiteral("%1: 2020-01-01 08:00:00 → %2").arg(other.code, toDb(twin.receivedAt).toString())));
    CHECK(require(db.store().maintenance().recountDays()) > 0);
    CHECK(require(db.store().maintenance().checkIntegrity()).ok());
    CHECK(chainOf(db)
          == QStringList{QStringLiteral("%1 %2").arg(first.code, toDb(earlier.receivedAt).toString()),
                         line(other, twin)});

    // An entry keeps its previous complaint's id and both complaints' stewards and regions: a complaint handed to
    // another steward, or moved to another region, changes the entries it is an end of.
    const Id otherSteward = require(db.store().organisation().addStaff(
        {0, QStringLiteral("孙秀英"), QStringLiteral("gj002"), Role::Steward, 0, {}, true}));
    Complaint handed = require(db.store().complaints().get(twin.id));
    handed.stewardId = otherSteward;
    requireOk(db.store().complaints().update(handed));
    const auto entry = [&](Id complaint) {
        return textColumn(
            sql,
            QStringLiteral("SELECT previous_id || ' ' || coalesce(CAST(steward_id AS TEXT), '-') || ' ' || "
                           "coalesce(CAST(previous_steward_id AS TEXT), '-') FROM repeat_chain "
                           "WHERE complaint_id = %1")
                .arg(complaint));
    };
    CHECK(entry(other.id)
          == QStringList{QStringLiteral("%1 %2 %3").arg(twin.id).arg(other.stewardId).arg(otherSteward)});
    CHECK(require(db.store().maintenance().checkIntegrity()).ok());
    // A steward left behind in an entry is named with the whole entry, what is kept and what the chain calls for.
    requireOk(execute(sql, QStringLiteral("UPDATE repeat_chain SET previous_steward_id = ? WHERE complaint_id = ?"),
                      {other.stewardId, other.id}));
    const IntegrityReport stale = require(db.store().maintenance().checkIntegrity());
    REQUIRE(stale.problems.size() == 1);
    INFO(stale.problems.first().toStdString());
    CHECK(stale.problems.first().contains(QStringLiteral("%1: %2|").arg(other.code, toDb(twin.receivedAt).toString())));
    CHECK(stale.problems.first().contains(QStringLiteral("|%1|").arg(otherSteward)));
    CHECK(require(db.store().maintenance().recountDays()) > 0);
    CHECK(require(db.store().maintenance().checkIntegrity()).ok());
}

TEST_CASE("on a server, two desks registering complaints from one number at once keep its chain",
          "[analysis][daily][desks][postgresql]")
{
    if (!onPostgres())
        return; // a file has one writer at a time
    TestDb db;
    const Complaint c = db.registered();
    REQUIRE_FALSE(c.complainantPhone.isEmpty());
    const QSqlDatabase sql = db.store().database().connection();
    QStringList columns;
    const QSqlRecord record = sql.record(QStringLiteral("complaints"));
    for (int i = 0; i < record.count(); ++i)
        if (!QStringList{QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("received_at"),
                         QStringLiteral("import_key")}
                 .contains(record.fieldName(i)))
            columns << record.fieldName(i);
    // Another complaint from the same number, as a copy of the first received at another time.
    const auto copyAt = [&](const QString& code, const QDateTime& at) {
        return QStringLiteral("INSERT INTO complaints (code, received_at, %1) SELECT '%2', '%3', %1 FROM complaints "
                              "WHERE id = %4")
            .arg(columns.join(QStringLiteral(", ")), code, toDb(at).toString())
            .arg(c.id);
    };
    const QString day = c.receivedAt.date().toString(QStringLiteral("yyyyMMdd"));
    // Desk A registers one a day after the first and has not committed yet ...
    auto a = std::make_unique<Transaction>(db.store().database());
    requireOk(a->begun());
    requireOk(execute(sql, copyAt(QStringLiteral("TS-%1-0901").arg(day), c.receivedAt.addDays(1))));
    // ... when desk B (psql, its own connection) registers one between the two.
    QProcess b;
    startPsql(b, db.path(), copyAt(QStringLiteral("TS-%1-0902").arg(day), c.receivedAt.addSecs(3600)));
    // B writes the number's chain only once A's complaint is in: it waits for the number.
    CHECK_FALSE(b.waitForFinished(1500));
    requireOk(a->commit());
    a.reset();
    if (b.state() != QProcess::NotRunning)
        REQUIRE(b.waitForFinished(30000));
    INFO(b.readAllStandardError().toStdString());
    REQUIRE(b.exitCode() == 0);
    CHECK(textColumn(sql, RepeatChain::differences()).isEmpty());
    CHECK(chainOf(db).size() == 2);
}

TEST_CASE("on a server, the chain trigger plans its statements at each call, for the numbers at hand",
          "[analysis][postgresql]")
{
    if (!onPostgres())
        return;
    TestDb db;
    // A generic plan cached by a session while its office was small tested every complaint against an import's whole
    // array of numbers (020_chain_custom_plans.sql); the setting must survive any later CREATE OR REPLACE.
    const QString config = rawScalar(db.path(),
                                     QStringLiteral("SELECT array_to_string(proconfig, ',') FROM pg_proc "
                                                    "WHERE proname = 'caseloop_chain_complaints'"))
                               .toString();
    CHECK(config.contains(QStringLiteral("plan_cache_mode=force_custom_plan")));
    CHECK(config.contains(QStringLiteral("search_path=")));
}
