// Several desks on one database at once: other processes (tests/DeskProcess.cpp, caseloop-cli) work on the test's
// database while the test does; on a server also the connection dropping under a desk, and the server stopping.
#include "TestSupport.h"

#include "postgres/PostgresDatabase.h"
#include "store/Store.h"
#include "workflow/ComplaintWorkflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

using namespace caseloop;
using namespace caseloop::test;

namespace {
const QString kDesk = QStringLiteral(CASELOOP_TEST_DESK_PATH);

// Runs the event loop until `done` or `ms` have passed; whether it came.
template <class Fn> bool waitUntil(Fn done, int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return done();
}

struct Finished
{
    int exitCode = -1;
    QString out, err;
};

Finished finish(QProcess& process)
{
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

qint64 complaintCount(const QString& path)
{
    return rawScalar(path, QStringLiteral("SELECT count(*) FROM complaints")).toLongLong();
}
} // namespace

TEST_CASE("eight desks registering at once get every code of the day once, without gaps", "[desks][process]")
{
    TestDb db;
    const Complaint model = db.registered();
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int i = 0; i < 8; ++i) {
        desks.push_back(std::make_unique<QProcess>());
        desks.back()->start(kDesk,
                            {QStringLiteral("register"), db.path(), QString::number(model.id), QStringLiteral("10")});
    }
    QStringList codes{model.code};
    for (auto& desk : desks) {
        const Finished done = finish(*desk);
        INFO(done.err.toStdString());
        CHECK(done.exitCode == 0);
        codes += done.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    codes.sort();
    REQUIRE(codes.size() == 81);
    for (int i = 0; i < codes.size(); ++i)
        CHECK(codes.at(i) == QStringLiteral("TS-20261123-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
    CHECK(complaintCount(db.path()) == 81);
}

TEST_CASE("a change another desk saved first is not overwritten, and neither is this desk's", "[desks][process]")
{
    TestDb db;
    const Complaint read = db.registered(); // both desks have it on screen
    QProcess other;
    other.start(kDesk,
                {QStringLiteral("update"), db.path(), QString::number(read.id), QString::number(read.rowVersion),
                 QStringLiteral("请物业经理本人回电")});
    const Finished saved = finish(other);
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);

    Complaint mine = read;
    mine.request = QStringLiteral("尽快派人修电梯");
    const Status refused = db.store().complaints().update(mine);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("changed by someone else")));
    CHECK(require(db.store().complaints().get(read.id)).request == QStringLiteral("请物业经理本人回电"));

    // Once this desk has read the other's change, its own lands; the other desk, still on the old version, is
    // refused in turn.
    mine = require(db.store().complaints().get(read.id));
    mine.request = QStringLiteral("尽快派人修电梯，并请经理回电");
    requireOk(db.store().complaints().update(mine));
    QProcess late;
    late.start(kDesk,
               {QStringLiteral("update"), db.path(), QString::number(read.id), QString::number(read.rowVersion + 1),
                QStringLiteral("迟到的修改")});
    const Finished lateDone = finish(late);
    CHECK(lateDone.exitCode == 1);
    CHECK(lateDone.err.contains(QStringLiteral("changed by someone else")));
    CHECK(require(db.store().complaints().get(read.id)).request == mine.request);
}

TEST_CASE("a complaint registered at another desk is told to this one", "[desks][process]")
{
    TestDb db;
    const Complaint model = db.registered();
    QObject context;
    bool listening = false;
    QList<QStringList> told;
    ChangeWatch::Handlers handlers;
    handlers.listening = [&] { listening = true; };
    handlers.changed = [&](const QStringList& tables) { told << tables; };
    const auto watch = db.store().watchChanges(&context, handlers);
    REQUIRE(waitUntil([&] { return listening; }, 10000));
    CHECK(told.isEmpty()); // nothing before anything changed

    QProcess other;
    other.start(kDesk, {QStringLiteral("register"), db.path(), QString::number(model.id), QStringLiteral("1")});
    REQUIRE(finish(other).exitCode == 0);
    REQUIRE(waitUntil([&] { return !told.isEmpty(); }, 10000));
    if (onPostgres()) // a server names the tables; a file cannot
        CHECK(told.first().contains(QStringLiteral("complaints")));
}

TEST_CASE("an import at another desk and registrations at this one both land", "[desks][process]")
{
    TestDb db;
    const Complaint first = db.registered();
    QByteArray csv = "受理时间,业主,项目,房号,投诉内容\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("2026-%1-%2 08:%3,业主%4,西溪锦园,3-%5-%6,第%4号投诉：地库照明不足\n")
                   .arg(1 + i % 10)
                   .arg(1 + i % 28)
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(1 + i % 2)
                   .arg(101 + i % 1800)
                   .toUtf8();
    QProcess import;
    import.start(QStringLiteral(CASELOOP_CLI_PATH),
                 {QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin, QStringLiteral("import"),
                  db.writeFile(QStringLiteral("ledger.csv"), csv)});
    REQUIRE(import.waitForStarted());
    ComplaintWorkflow workflow(db.store());
    QStringList codes{first.code};
    for (int i = 0; i < 10; ++i) // each waits for the import's lock while it holds it, then goes on
        codes << require(workflow.registerComplaint(db.draft())).code;
    const Finished imported = finish(import);
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.startsWith(QStringLiteral("imported 3000,")));
    CHECK(complaintCount(db.path()) == 3011);
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(DISTINCT code) FROM complaints")).toInt() == 3011);
    codes.sort();
    CHECK(codes.last() == QStringLiteral("TS-20261123-0011"));
}

TEST_CASE("a connection the server ended fails the change it cut off, and the next change connects again",
          "[desks][postgresql]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it (tests/CMakeLists.txt)
    TestDb db;
    const Complaint draft = db.draft();
    ComplaintWorkflow workflow(db.store());
    const QSqlDatabase connection = db.store().database().connection();
    const auto pid = require(scalar(connection, QStringLiteral("SELECT pg_backend_pid()"))).toLongLong();
    // Ended inside the change, after it began: a connection found ended before a change begins is made again at
    // once (Database::connection), and the change then goes through. The wait lets the server process end first.
    const auto cut = inTransaction(db.store().work(), [&]() -> Result<Complaint> {
        rawExec(db.path(), QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid));
        return workflow.registerComplaint(draft);
    });
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().contains(QStringLiteral("connection")));
    CHECK(db.store().connectionLost());
    const Complaint next = require(workflow.registerComplaint(draft));
    CHECK(next.code == QStringLiteral("TS-20261123-0001")); // the change cut off took no code
    CHECK_FALSE(db.store().connectionLost());
    CHECK(complaintCount(db.path()) == 1);
}

TEST_CASE("a change whose connection dropped before the server saved it says it was not saved", "[desks][postgresql]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it (tests/CMakeLists.txt)
    TestDb db;
    db.org();
    ComplaintWorkflow workflow(db.store());
    const auto pid = require(scalar(db.store().database().connection(), QStringLiteral("SELECT pg_backend_pid()")));
    // The connection ends after the complaint was written but before COMMIT: COMMIT never reaches the server.
    const auto cut = inTransaction(db.store().work(), [&]() -> Result<Complaint> {
        auto registered = workflow.registerComplaint(db.draft());
        rawExec(db.path(), QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid.toLongLong()));
        return registered;
    });
    REQUIRE_FALSE(cut.ok());
    INFO(cut.error().toStdString());
    CHECK(cut.error().contains(QStringLiteral("was not saved")));
    CHECK(complaintCount(db.path()) == 0);
    CHECK(db.store().takeSettledWrites().isEmpty());
}

TEST_CASE("a change whose answer was lost is found saved by its receipt, at once or after the server is back",
          "[desks][postgresql]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it (tests/CMakeLists.txt)
    TestDb db;
    db.org();
    ComplaintWorkflow workflow(db.store());

    SECTION("the server is still there: the receipt is read at once, and the change counts as saved")
    {
        PostgresDatabase::loseNextCommitReply();
        const Complaint saved = require(workflow.registerComplaint(db.draft()));
        CHECK(saved.code == QStringLiteral("TS-20261123-0001"));
        CHECK(complaintCount(db.path()) == 1);
        CHECK_FALSE(db.store().connectionLost());
    }
    SECTION("the server cannot be reached yet: the desk says it cannot tell, and tells once it is back")
    {
        const QString name = serverDatabaseName(db.path());
        serverExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name));
        PostgresDatabase::loseNextCommitReply();
        const auto unknown = workflow.registerComplaint(db.draft());
        serverExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name));
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().contains(QStringLiteral("cannot yet tell whether it was saved")));
        CHECK(db.store().connectionLost());
        CHECK(db.store().takeSettledWrites().isEmpty());

        requireOk(db.store().reconnect());
        const QStringList settled = db.store().takeSettledWrites();
        REQUIRE(settled.size() == 1);
        CHECK(settled.first().contains(QStringLiteral("was saved")));
        CHECK(complaintCount(db.path()) == 1);
        CHECK(db.store().takeSettledWrites().isEmpty()); // told once
    }
}

TEST_CASE("a server stopped in the middle of a session and of an import: the desk reconnects, the import is all or "
          "none",
          "[desks][postgresql][process]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it (tests/CMakeLists.txt)
    // A server of this test's own, stopped as a power cut would stop it (the other tests share theirs).
    const QString script = QStringLiteral(CASELOOP_TEST_CLUSTER_SCRIPT);
    const QString folder
        = QDir::temp().filePath(QStringLiteral("caseloop-pg-%1").arg(QCoreApplication::applicationPid()));
    const QString port = QString::number(56000 + QCoreApplication::applicationPid() % 1000);
    const auto cluster = [&](const QString& action) {
        QProcess p;
        p.start(QStringLiteral("bash"), {script, action, folder, port});
        const Finished done = finish(p);
        INFO(done.err.toStdString());
        REQUIRE(done.exitCode == 0);
    };
    cluster(QStringLiteral("start"));
    struct Cleanup
    {
        std::function<void()> run;
        ~Cleanup() { run(); }
    } cleanup{[&] {
        QProcess p;
        p.start(QStringLiteral("bash"), {script, QStringLiteral("stop"), folder, port});
        p.waitForFinished(60000);
    }};
    const QString address = QStringLiteral("postgresql://postgres@/postgres?host=%1&port=%2").arg(folder, port);
    FixedClock clock(TestDb::defaultNow());
    {
        auto store = require(Store::open(address, clock));
        require(store->accounts().createFirstAdministrator(kTestLogin, QStringLiteral("tester"), kTestPassword));
        const auto watchContext = std::make_unique<QObject>();
        bool lost = false, back = false;
        ChangeWatch::Handlers handlers;
        handlers.lost = [&](const QString&) { lost = true; };
        handlers.back = [&] { back = true; };
        const auto watch = store->watchChanges(watchContext.get(), handlers);

        cluster(QStringLiteral("crash"));
        REQUIRE(waitUntil([&] { return lost; }, 15000));
        const Status away = store->settings().setValue(QStringLiteral("test/probe"), QStringLiteral("1"));
        REQUIRE_FALSE(away.ok());
        INFO(away.error().toStdString());
        CHECK((away.error().contains(QStringLiteral("connection")) || away.error().contains(QStringLiteral("reach"))));

        CHECK(store->connectionLost());
        CHECK_FALSE(store->reconnect().ok()); // the server is still away
        cluster(QStringLiteral("resume"));
        REQUIRE(waitUntil([&] { return back; }, 15000));
        requireOk(store->reconnect());
        requireOk(store->settings().setValue(QStringLiteral("test/probe"), QStringLiteral("2")));
        CHECK(require(store->settings().value(QStringLiteral("test/probe"))) == QStringLiteral("2"));
    }

    // An import the server stops under: nothing of it stays, and it can be run again.
    QTemporaryDir dir;
    QByteArray csv = "受理时间,业主,项目,房号,投诉内容\n";
    for (int i = 0; i < 20000; ++i)
        csv += QStringLiteral("2026-%1-%2 09:%3,业主%4,西溪锦园,3-%5-%6,第%4号投诉：楼道灯不亮\n")
                   .arg(1 + i % 10)
                   .arg(1 + i % 28)
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(1 + i % 2)
                   .arg(101 + i % 1800)
                   .toUtf8();
    QFile ledger(dir.filePath(QStringLiteral("big.csv")));
    REQUIRE(ledger.open(QIODevice::WriteOnly));
    ledger.write(csv);
    ledger.close();
    const QStringList importArgs{
        QStringLiteral("--db"),      address,    QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--user"),    kTestLogin, QStringLiteral("import"), ledger.fileName(),
        QStringLiteral("--progress")};
    QProcess import;
    import.start(QStringLiteral(CASELOOP_CLI_PATH), importArgs);
    REQUIRE(import.waitForStarted());
    QByteArray progress;
    while (!progress.contains("writing") && import.state() == QProcess::Running) {
        import.waitForReadyRead(100);
        progress += import.readAllStandardError();
    }
    REQUIRE(progress.contains("writing"));
    cluster(QStringLiteral("crash"));
    const Finished failed = finish(import);
    INFO(failed.err.toStdString());
    CHECK(failed.exitCode != 0);
    cluster(QStringLiteral("resume"));
    // (rawScalar reaches the shared test server only: this one is asked through a store.)
    const auto countOnServer = [&] {
        auto store = require(Store::openExisting(address, clock));
        return require(scalar(store->database().connection(), QStringLiteral("SELECT count(*) FROM complaints")))
            .toLongLong();
    };
    CHECK(failed.err.contains(QStringLiteral("connection")));
    CHECK(countOnServer() == 0);
    QProcess again;
    again.start(QStringLiteral(CASELOOP_CLI_PATH), importArgs.mid(0, 8));
    const Finished redone = finish(again);
    INFO(redone.err.toStdString());
    CHECK(redone.out.startsWith(QStringLiteral("imported 20000,")));
    CHECK(countOnServer() == 20000);
}
