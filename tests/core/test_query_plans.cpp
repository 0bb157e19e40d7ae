// Every filter of the list and every aggregation of the analysis uses an index on the big tables: each
// statement they run is replayed with EXPLAIN QUERY PLAN, and no plan may read complaints, tickets or
// rectification items in full.
#include "TestSupport.h"
#include "sql/Transaction.h"
#include "sqlite/GramTokenizer.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace caseloop;
using namespace caseloop::test;

namespace {
struct Statement
{
    QString sql;
    QVariantList binds;
};

QStringList planOf(const QString& path, const Statement& s)
{
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plans"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(registerGramTokenizer(db));
        QSqlQuery q(db);
        REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + s.sql));
        for (const QVariant& b : s.binds)
            q.addBindValue(b);
        INFO(s.sql.toStdString() << " — " << q.lastError().text().toStdString());
        REQUIRE(q.exec());
        while (q.next())
            lines << q.value(3).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plans"));
    return lines;
}
} // namespace

TEST_CASE("every list filter and analysis query is served by an index", "[plans][sqlite]")
{
    TestDb db;
    db.fillDemo(300);
    rawExec(db.path(), QStringLiteral("ANALYZE"));

    QList<Statement> recorded;
    SqlQuery::setRecorder([&](const QString& sql, const QVariantList& binds) {
        const QString head = sql.trimmed().left(6).toUpper();
        if (head == QLatin1String("SELECT") || head.startsWith(QLatin1String("WITH")))
            recorded.append({sql, binds});
    });
    const Complaint o = require(db.store().complaints().get(1));
    const QDateTime now = db.clock().now();
    QList<ComplaintFilter> filters;
    auto add = [&](const std::function<void(ComplaintFilter&)>& set) {
        ComplaintFilter f;
        f.now = now;
        set(f);
        filters << f;
    };
    add([](ComplaintFilter&) {});
    add([](ComplaintFilter& f) { f.statuses = openValues<ComplaintStatus>(); });
    add([&](ComplaintFilter& f) { f.kindId = o.kindId; });
    add([&](ComplaintFilter& f) { f.typeId = o.typeId; });
    add([&](ComplaintFilter& f) { f.serviceLineId = o.serviceLineId; });
    add([&](ComplaintFilter& f) { f.channelId = o.channelId; });
    add([&](ComplaintFilter& f) { f.regionId = o.regionId; });
    add([&](ComplaintFilter& f) { f.estateId = o.estateId; });
    add([&](ComplaintFilter& f) { f.buildingId = o.buildingId ? o.buildingId : 1; });
    add([&](ComplaintFilter& f) { f.stewardId = o.stewardId; });
    add([&](ComplaintFilter& f) { f.customerTypeId = o.customerTypeId; });
    add([](ComplaintFilter& f) { f.priority = Priority::Urgent; });
    add([&](ComplaintFilter& f) {
        f.from = now.date().addDays(-30);
        f.to = now.date();
    });
    add([](ComplaintFilter& f) { f.overdueOnly = true; });
    add([](ComplaintFilter& f) { f.text = QStringLiteral("电梯停运"); });
    add([](ComplaintFilter& f) { f.text = QStringLiteral("13800138000"); });
    add([](ComplaintFilter& f) { f.text = QStringLiteral("电梯"); });
    add([](ComplaintFilter& f) { f.text = QStringLiteral("漏"); });
    add([](ComplaintFilter& f) { f.satisfaction = QStringLiteral("dissatisfied"); });
    for (const ComplaintFilter& f : filters) {
        require(db.store().complaints().list(f, 200));
        require(db.store().complaints().listAt(f, 400, 200));
        const qint64 total = require(db.store().complaints().count(f));
        require(db.store().complaints().listAt(f, total * 3 / 4, 20, total)); // from the oldest end
    }
    require(db.store().complaints().dueItems(now, now.addDays(1), DueScope{o.stewardId, 0}, 300));
    require(db.store().complaints().dueCounts(now, now, DueScope{0, 0}));
    require(db.store().complaints().dueItems(now, now.addDays(1), DueScope{0, 1}, 300));
    StatisticsStore& stats = db.store().statistics();
    const AnalysisScope quarter{now.date().addDays(-90), now.date()};
    for (Dimension d : allValues<Dimension>())
        require(stats.countIn(d, quarter));
    require(stats.countIn(Dimension::Building, {quarter.from, quarter.to, o.regionId, o.estateId}));
    require(stats.trend(quarter.from, quarter.to, false));
    require(stats.sla(quarter, now));
    require(stats.kpis(KpiGroup::Steward, quarter, now));
    require(stats.kpis(KpiGroup::Department, quarter, now));
    require(stats.hotspots(now.date(), {30, 3}));
    require(stats.figures(quarter.from, quarter.to, now));
    require(db.store().complaints().listAt({}, 150, 5)); // 20 pages deep: from its day (ComplaintDays::perDayOf)
    require(stats.figuresOf(
        {{now.date().addDays(-6), now.date(), now}, {now.date().addDays(-13), now.date().addDays(-7), {}}}));
    SqlQuery::setRecorder({});

    REQUIRE(recorded.size() > 60);
    // A full read of a big table shows as "SCAN <table or alias>" without "USING … INDEX".
    static const QRegularExpression fullScan(QStringLiteral("^SCAN (complaints|tickets|follow_ups|x|c|c2|t|t2)$"));
    int checked = 0;
    for (const Statement& s : recorded) {
        if (!s.sql.contains(QLatin1String("complaints")) && !s.sql.contains(QLatin1String("tickets"))
            && !s.sql.contains(QLatin1String("rectification_items")))
            continue;
        for (const QString& line : planOf(db.path(), s)) {
            INFO(s.sql.toStdString() << "\n  plan: " << line.toStdString());
            CHECK_FALSE(fullScan.match(line).hasMatch());
        }
        ++checked;
    }
    CHECK(checked > 50);
}

TEST_CASE("a search with thousands of matches is read newest first along the received index", "[plans][sqlite]")
{
    TestDb db;
    Complaint c = db.draft();
    c.createdAt = c.updatedAt = db.clock().now();
    {
        Transaction tx(db.store().database());
        for (int i = 0; i < 2100; ++i) {
            c.code = QStringLiteral("TS-M-%1").arg(i, 5, 10, QLatin1Char('0'));
            // Received out of id order, so the order must come from received_at, not the rowid.
            c.receivedAt = db.clock().now().addSecs(-qint64((i * 7919) % 2100) * 60);
            c.description = QStringLiteral("地下车库积水严重，第%1次反映").arg(i);
            require(db.store().complaints().insert(c));
        }
        requireOk(tx.commit());
    }
    ComplaintFilter f;
    f.text = QStringLiteral("车库积水");
    const QList<Complaint> first = require(db.store().complaints().list(f, 200));
    REQUIRE(first.size() == 200);
    for (int i = 1; i < first.size(); ++i)
        CHECK(first[i - 1].receivedAt >= first[i].receivedAt);
    CHECK(first.first().receivedAt == db.clock().now());
    const QList<Complaint> next
        = require(db.store().complaints().list(f, 200, ComplaintCursor{first.last().receivedAt, first.last().id}));
    CHECK(next.first().receivedAt <= first.last().receivedAt);
    CHECK(require(db.store().complaints().listAt(f, 2000, 200)).size() == 100);
    CHECK(require(db.store().complaints().count(f)) == 2100);

    // The statement names the received_at index for this many matches.
    QStringList sql;
    SqlQuery::setRecorder([&](const QString& s, const QVariantList&) { sql << s; });
    require(db.store().complaints().list(f, 200));
    SqlQuery::setRecorder({});
    CHECK(sql.filter(QStringLiteral("INDEXED BY complaints_received")).size() == 1);
}
