// A steward's save while another window or program holds the write lock (an import, a scheduled job): the window
// says it is waiting and stays alive, and the save lands once the lock is free, or the user stops waiting and
// nothing is changed.
#include "LockWaitNotice.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "sql/Transaction.h"
#include "store/Store.h"
#include "workflow/ComplaintWorkflow.h"

#include <QProgressDialog>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QWidget>

#include <optional>

using namespace caseloop;
using namespace caseloop::test;

namespace {
// Another connection to the file in the middle of a write, until release().
class OtherWriter
{
public:
    explicit OtherWriter(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    ~OtherWriter()
    {
        release();
        QSqlDatabase::database(QStringLiteral("other-writer")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    }
    void release()
    {
        if (m_holding)
            QSqlQuery(QSqlDatabase::database(QStringLiteral("other-writer"))).exec(QStringLiteral("COMMIT"));
        m_holding = false;
    }

private:
    bool m_holding = true;
};

// The window's event loop while a save waits: a timer of the window keeps firing, and sees the waiting box.
struct BoxWatch
{
    explicit BoxWatch(LockWaitNotice& notice)
    {
        QObject::connect(&timer, &QTimer::timeout, [this, &notice] {
            ++ticks;
            if (QProgressDialog* box = notice.box(); box && box->isVisible()) {
                shownText = box->labelText();
                modal = box->windowModality() == Qt::ApplicationModal;
            }
        });
        timer.start(50);
    }
    QTimer timer;
    QString shownText;
    bool modal = false;
    int ticks = 0;
};
} // namespace

TEST_CASE("a save waits for another writer with the window alive, telling the user, and then lands", "[ui][safety]")
{
    TestDb db;
    db.org();
    QWidget window;
    window.show();
    LockWaitNotice notice(&window);
    notice.install(db.store(), 60);
    OtherWriter other(db.path());

    BoxWatch watch(notice);
    QTimer::singleShot(2500, [&] { other.release(); });

    QElapsedTimer waited;
    waited.start();
    ComplaintWorkflow workflow(db.store());
    const auto registered = workflow.registerComplaint(db.draft());
    INFO(registered.error().toStdString());
    REQUIRE(registered.ok());
    CHECK(waited.elapsed() >= 2400); // it did wait for the other writer, beyond the first silent second
    CHECK(watch.ticks >= 20);
    CHECK(watch.shownText.contains(QStringLiteral("Another window or program is writing; waiting")));
    CHECK(watch.modal);
    CHECK(notice.box() == nullptr); // gone once the save went through
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 1);
}

TEST_CASE("a user who stops waiting gets a plain message, and nothing is saved", "[ui][safety]")
{
    TestDb db;
    db.org();
    QWidget window;
    LockWaitNotice notice(&window);
    notice.install(db.store(), 60);
    OtherWriter other(db.path());
    QTimer::singleShot(1500, [&] {
        if (notice.box())
            notice.box()->cancel();
    });
    ComplaintWorkflow workflow(db.store());
    QElapsedTimer waited;
    waited.start();
    const auto registered = workflow.registerComplaint(db.draft());
    CHECK(waited.elapsed() < 10000); // stopped by the user, long before the 60 s wait would end
    REQUIRE_FALSE(registered.ok());
    CHECK(registered.error().contains(QStringLiteral("busy writing")));
    CHECK_FALSE(registered.error().contains(QStringLiteral("BEGIN")));
    CHECK(notice.box() == nullptr);
    other.release();
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 0);
}

namespace {
// Another desk's import on the same server, in the middle of its transaction (its rows on their way), until
// release(): it holds the lock an import takes, which keeps every other writer of complaints out.
class ServerImport
{
public:
    explicit ServerImport(TestDb& db)
    {
        auto opened = Store::open(db.path(), db.clock());
        REQUIRE(opened.ok());
        m_store = std::move(opened).value();
        m_tx.emplace(m_store->database());
        REQUIRE(m_tx->begun().ok());
        REQUIRE(m_store->database().lockForImport().ok());
    }
    void release()
    {
        if (m_tx)
            REQUIRE(m_tx->commit().ok());
        m_tx.reset();
    }

private:
    std::unique_ptr<Store> m_store;
    std::optional<Transaction> m_tx;
};
} // namespace

TEST_CASE("on a server, a save during another desk's import waits with the window alive, telling the user, and "
          "then lands; or the user stops waiting and nothing is saved",
          "[ui][server]")
{
    if (!onPostgres())
        return; // the postgresql run covers it (a file's writer is the cases above)
    TestDb db;
    db.org();
    QWidget window;
    window.show();
    LockWaitNotice notice(&window);
    notice.install(db.store(), 60);
    ComplaintWorkflow workflow(db.store());
    {
        ServerImport other(db);
        // An audit row alone (an export, the screen's lock) touches nothing the import holds: it does not wait.
        QElapsedTimer audited;
        audited.start();
        REQUIRE(db.store()
                    .audit()
                    .record(QStringLiteral("export"), 0, QStringLiteral("export"), QStringLiteral("周报"))
                    .ok());
        CHECK(audited.elapsed() < 1000);
        CHECK(notice.box() == nullptr);
        BoxWatch watch(notice);
        QTimer::singleShot(2500, [&] { other.release(); });
        QElapsedTimer waited;
        waited.start();
        const auto registered = workflow.registerComplaint(db.draft());
        INFO(registered.error().toStdString());
        REQUIRE(registered.ok());
        CHECK(waited.elapsed() >= 2400); // it waited for the import, beyond the first silent second
        CHECK(watch.ticks >= 20); // with the window's event loop running
        CHECK(watch.shownText.contains(QStringLiteral("Another window or program is writing; waiting")));
        CHECK(watch.modal);
        CHECK(notice.box() == nullptr);
    }
    {
        ServerImport other(db);
        QTimer::singleShot(1500, [&] {
            if (notice.box())
                notice.box()->cancel();
        });
        QElapsedTimer waited;
        waited.start();
        const auto registered = workflow.registerComplaint(db.draft());
        CHECK(waited.elapsed() < 10000);
        REQUIRE_FALSE(registered.ok());
        CHECK(registered.error().contains(QStringLiteral("busy writing")));
        CHECK(registered.error().contains(QStringLiteral("import")));
        CHECK(notice.box() == nullptr);
        other.release();
    }
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 1);
}
