#pragma once

// Each test gets its own temporary database through TestDb.

#include "sql/Database.h" // the tests also reach the engine under the stores
#include "sql/SqlQuery.h"
#include "store/Store.h"
#include "workflow/ComplaintWorkflow.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace caseloop::test {

// The engine the tests run on: SQLite files, or a PostgreSQL server when CASELOOP_TEST_POSTGRES holds the libpq
// parameters of one ("host=/socket/folder port=5432 user=postgres"; CMake's postgresql tests set it). The same test
// cases run on both; those about SQLite files alone carry the tag [sqlite].
bool onPostgres();
// One of the test server's parameters in CASELOOP_TEST_POSTGRES ("host", "port", "user"), or `fallback`.
QString serverParameter(const QString& key, const QString& fallback = {});
// The database an address of the test server names (postgresql://USER@/NAME?host=…).
QString serverDatabaseName(const QString& address);
// A new, empty database on the test server (UTF8, C.UTF-8), dropped again by dropServerDatabase; its address.
QString createServerDatabase();
void dropServerDatabase(const QString& address);
// Runs `sql` on the test server's maintenance database (ALTER DATABASE on a test's own, which may refuse
// connections).
void serverExec(const QString& sql);
// Starts `sql` in psql on a database of the test server (an address), as its superuser: another desk with its own
// connection, which a test lets run beside its own transaction.
void startPsql(QProcess& process, const QString& address, const QString& sql);

// A fresh database in its own temporary folder (or on the test server), on a clock the test controls.
// Every TestDb has an administrator "tester" with this login and password, as the demo's administrator has; the test
// mains put the password into CASELOOP_PASSWORD, so caseloop-cli run by a test (in-process or as a program) signs in
// with it.
inline const QString kTestLogin = QStringLiteral("admin");
inline const QString kTestPassword = QStringLiteral("demo1234");

class TestDb
{
public:
    explicit TestDb(const QDateTime& now = defaultNow());
    ~TestDb();
    static QDateTime defaultNow();

    // Where the database is: the file test.db in the folder, or the server database's address.
    QString path() const { return m_server.isEmpty() ? m_dir.filePath(QStringLiteral("test.db")) : m_server; }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    // Writes `bytes` to file(name) (a ledger, a broken file) and returns its path.
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    Store& store() { return *m_store; }
    FixedClock& clock() { return m_clock; }
    void close() { m_store.reset(); }
    void reopen();

    // Catalogue entry id by catalogue and code (the defaults of migration 1).
    Id entry(const QString& catalogue, const QString& code);
    // A small organisation: one region, estate, two buildings, a steward and a department lead.
    struct Org
    {
        Id region = 0, estate = 0, building = 0, otherBuilding = 0, steward = 0, lead = 0, engineering = 0;
    };
    const Org& org();
    // A valid phone complaint received now, ready to register.
    Complaint draft();
    Complaint registered(const QString& channel = QStringLiteral("wechat"));
    // The demo property group with a year of complaints up to the test's clock.
    void fillDemo(int complaints, quint32 seed = 1);

private:
    QTemporaryDir m_dir;
    QString m_server; // the server database's address, when on PostgreSQL
    FixedClock m_clock;
    std::unique_ptr<Store> m_store;
    std::optional<Org> m_org;
};

// A wall-clock time in 2026, the tests' year: at(11, 23) is the default "now" of TestDb.
inline QDateTime at(int month, int day, int hour = 10)
{
    return wallTime(QDate(2026, month, day), QTime(hour, 0));
}

// Runs SQL directly on a database (a file or a server's) through a separate connection (to build broken or old files).
void rawExec(const QString& path, const QString& sql);
QVariant rawScalar(const QString& path, const QString& sql);
// The first column of every row.
QVariantList rawColumn(const QString& path, const QString& sql);
// The first column of every row of `sql` as text, on a store's own connection (the lines a check names, a table read
// as lines).
QStringList textColumn(const QSqlDatabase& db, const QString& sql);
// Every row of a table, ordered by id, as text: for comparing two databases.
QString rawDump(const QString& path, const QString& table);
QByteArray fileHash(const QString& path);
// Damages a (closed) database file as a failing disk would: its WAL emptied into it, then `fill` written over the
// stretch from the middle of the file to `fraction` of its size further on, where the tables' and indexes' pages are.
void damageFile(const QString& path, char fill = '\xA5', double fraction = 0.25);
// Runs a program (pdftotext, pdffonts…), requires it to succeed, and returns what it printed.
QString runProgram(const QString& program, const QStringList& args);

template <class T> const T& require(const Result<T>& r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}
// A temporary Result gives its value by value: `const auto& x = require(store.get(1));` must not dangle.
template <class T> T require(Result<T>&& r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline void requireOk(const Status& s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

} // namespace caseloop::test
