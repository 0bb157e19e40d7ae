#include "TestSupport.h"

#include "sqlite/GramTokenizer.h"

#include "demo/DemoData.h"
#include "sql/SqlTable.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

namespace caseloop::test {

QString serverParameter(const QString& key, const QString& fallback)
{
    for (const QString& part :
         qEnvironmentVariable("CASELOOP_TEST_POSTGRES").split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (part.section(QLatin1Char('='), 0, 0) == key)
            return part.section(QLatin1Char('='), 1);
    return fallback;
}

QString serverDatabaseName(const QString& address)
{
    return address.section(QLatin1Char('/'), 3).section(QLatin1Char('?'), 0, 0);
}

namespace {
// A connection to the test server's maintenance database, for making and dropping the tests' databases.
template <class Fn> void withServer(const QString& database, Fn fn)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("test-server-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QString host = serverParameter(QStringLiteral("host"));
        const QString port = serverParameter(QStringLiteral("port"), QStringLiteral("5432"));
        const QString user = serverParameter(QStringLiteral("user"), QStringLiteral("postgres"));
        db.setHostName(host);
        db.setPort(port.toInt());
        db.setUserName(user);
        db.setDatabaseName(database);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        fn(db, host, port, user);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

bool onPostgres()
{
    return !qEnvironmentVariable("CASELOOP_TEST_POSTGRES").isEmpty();
}

QString createServerDatabase()
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("caseloop_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    QString address;
    withServer(
        QStringLiteral("postgres"),
        [&](QSqlDatabase& db, const QString& host, const QString& port, const QString& user) {
            QSqlQuery q(db);
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(
                QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'").arg(name)));
            address = QStringLiteral("postgresql://%1@/%2?host=%3&port=%4").arg(user, name, host, port);
        });
    return address;
}

void dropServerDatabase(const QString& address)
{
    const QString name = serverDatabaseName(address);
    withServer(QStringLiteral("postgres"), [&](QSqlDatabase& db, const QString&, const QString&, const QString&) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    });
}

void serverExec(const QString& sql)
{
    withServer(QStringLiteral("postgres"), [&](QSqlDatabase& db, const QString&, const QString&, const QString&) {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    });
}

void startPsql(QProcess& process, const QString& address, const QString& sql)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    REQUIRE(!psql.isEmpty());
    process.start(psql,
                  {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                   serverParameter(QStringLiteral("host")), QStringLiteral("-p"),
                   serverParameter(QStringLiteral("port")), QStringLiteral("-U"),
                   serverParameter(QStringLiteral("user"), QStringLiteral("postgres")), QStringLiteral("-d"),
                   serverDatabaseName(address), QStringLiteral("-c"), sql});
    REQUIRE(process.waitForStarted());
}

TestDb::TestDb(const QDateTime& now)
    : m_clock(now)
{
    REQUIRE(m_dir.isValid());
    if (onPostgres())
        m_server = createServerDatabase();
    reopen();
    // The office's administrator, who signs the CLI in (runCli) with the suite's password.
    const Staff tester
        = require(m_store->accounts().createFirstAdministrator(kTestLogin, QStringLiteral("tester"), kTestPassword));
    m_store->setActor({tester.id, tester.name});
}

TestDb::~TestDb()
{
    m_store.reset();
    if (!m_server.isEmpty())
        dropServerDatabase(m_server);
}

QDateTime TestDb::defaultNow()
{
    return wallTime(QDate(2026, 11, 23), QTime(10, 0)); // a Monday
}

void TestDb::reopen()
{
    m_store.reset();
    auto store = Store::open(path(), m_clock);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    m_store = std::move(store).value();
    m_store->setActor({0, QStringLiteral("tester")});
}

Id TestDb::entry(const QString& catalogue, const QString& code)
{
    return require(m_store->catalogues().entryByCode(catalogue, code)).id;
}

const TestDb::Org& TestDb::org()
{
    if (m_org)
        return *m_org;
    Org o;
    auto& organisation = m_store->organisation();
    o.region = require(organisation.addRegion({0, QStringLiteral("华东区域"), 1, true}));
    o.estate = require(organisation.addEstate({0, o.region, QStringLiteral("西溪锦园"), QStringLiteral("杭州"), true}));
    o.building = require(organisation.addBuilding({0, o.estate, QStringLiteral("3栋"), 2, 18}));
    o.otherBuilding = require(organisation.addBuilding({0, o.estate, QStringLiteral("5栋"), 2, 18}));
    o.engineering = require(organisation.departmentByName(QStringLiteral("工程部"))).id;
    o.steward = require(organisation.addStaff(
        {0, QStringLiteral("陈静"), QStringLiteral("gj001"), Role::Steward, 0, QStringLiteral("13800001111"), true}));
    o.lead = require(organisation.addStaff({0, QStringLiteral("王强"), QStringLiteral("gc01"), Role::DepartmentLead,
                                            o.engineering, QStringLiteral("13900002222"), true}));
    requireOk(m_store->accounts().setEstates(o.steward, {o.estate})); // the steward looks after the estate
    m_org = o;
    return *m_org;
}

Complaint TestDb::draft()
{
    const Org& o = org();
    Complaint c;
    c.receivedAt = m_clock.now();
    c.channelId = entry(Catalogue::Channel, QStringLiteral("phone"));
    c.kindId = entry(Catalogue::Kind, QStringLiteral("complaint"));
    c.customerTypeId = entry(Catalogue::CustomerType, QStringLiteral("owner"));
    c.typeId = entry(Catalogue::Type, QStringLiteral("facilities"));
    c.serviceLineId = entry(Catalogue::ServiceLine, QStringLiteral("elevator"));
    c.complainantName = QStringLiteral("李秀英");
    c.complainantPhone = QStringLiteral("138 0013 8000");
    c.regionId = o.region;
    c.estateId = o.estate;
    c.buildingId = o.building;
    c.unit = QStringLiteral("2");
    c.room = QStringLiteral("1502");
    c.description = QStringLiteral("3栋电梯一周内停运三次，今早困人十分钟。");
    c.request = QStringLiteral("尽快修好电梯");
    c.stewardId = o.steward;
    return c;
}

void TestDb::fillDemo(int complaints, quint32 seed)
{
    DemoOptions options;
    options.complaints = complaints;
    options.seed = seed;
    options.end = m_clock.now();
    options.password.clear(); // the test office's administrator has a password: the demo's accounts get none
    require(generateDemo(*m_store, m_clock, options));
}

Complaint TestDb::registered(const QString& channel)
{
    Complaint d = draft();
    d.channelId = entry(Catalogue::Channel, channel);
    ComplaintWorkflow workflow(*m_store);
    return require(workflow.registerComplaint(d));
}

namespace {
template <class Fn> void withConnection(const QString& path, Fn fn)
{
    if (Store::isServerLocation(path)) {
        withServer(serverDatabaseName(path),
                   [&](QSqlDatabase& db, const QString&, const QString&, const QString&) { fn(db); });
        return;
    }
    const QString name = QStringLiteral("raw-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(registerGramTokenizer(db)); // as every CaseLoop connection does (GramTokenizer.h)
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

void rawExec(const QString& path, const QString& sql)
{
    withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    });
}

QVariant rawScalar(const QString& path, const QString& sql)
{
    QVariant result;
    withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        if (q.next())
            result = q.value(0);
    });
    return result;
}

QVariantList rawColumn(const QString& path, const QString& sql)
{
    QVariantList result;
    withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        while (q.next())
            result << q.value(0);
    });
    return result;
}

QStringList textColumn(const QSqlDatabase& db, const QString& sql)
{
    return require(selectRows<QString>(db, sql, {}, [](SqlQuery& q) { return q.value(0).toString(); }));
}

QString rawDump(const QString& path, const QString& table)
{
    QString text;
    withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                text += q.value(i).toString() + QLatin1Char('\t');
            text += QLatin1Char('\n');
        }
    });
    return text;
}

QString TestDb::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

void damageFile(const QString& path, char fill, double fraction)
{
    rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(f.seek(size / 2));
    const QByteArray garbage(int(double(size) * fraction), fill);
    REQUIRE(f.write(garbage) == garbage.size());
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString runProgram(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    INFO(program.toStdString());
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace caseloop::test
