#include "postgres/PostgresDatabase.h"

#include "postgres/PostgresChangeWatch.h"
#include "postgres/PostgresDialect.h"
#include "sql/Migrations.h"
#include "sql/SqlQuery.h"
#include "sql/SqlTable.h"
#include "sql/Transaction.h"

#include <libpq-fe.h>

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <atomic>

#ifndef _WIN32
#include <sys/socket.h>
#endif

namespace caseloop {

namespace {
// Marks the rows of caseloop_schema, and locks migrations: two desks starting a new version at once run it once.
constexpr qint64 kApplicationKey = 0x43534C50; // 'CSLP', as the SQLite files' application_id
const QString kEngine = QStringLiteral("postgresql");
constexpr int kReceiptsVersion = 8; // caseloop_receipts and the change notifications (008_desks.sql)

std::atomic<bool>& loseCommitReply()
{
    static std::atomic<bool> lose{false};
    return lose;
}

// Whether a connection failed for want of a (right) password. libpq itself says whether the server asked for one
// that was not given, on a second attempt with the same parameters (the words of the failure are in the server's
// or libpq's language); a wrong one is told by the words, English or Chinese.
bool wantsPassword(const PostgresAddress& a, const QString& password, const QString& error)
{
    if (passwordRefused(error))
        return true;
    QList<std::pair<QByteArray, QByteArray>> parameters = a.parameters(password);
    parameters.append(std::pair<QByteArray, QByteArray>("connect_timeout", "10"));
    const LibpqArrays arrays(parameters);
    PGconn* probe = PQconnectdbParams(arrays.keys.data(), arrays.values.data(), 0);
    const bool wanted = PQstatus(probe) == CONNECTION_BAD && PQconnectionNeedsPassword(probe);
    PQfinish(probe);
    return wanted;
}

// The passwords that opened a server in this process, by its address: the window's worker connections, a second
// window, and the switch to a server just tested reuse the one the user typed (never written anywhere).
QString& rememberedPassword(const QString& display)
{
    static QHash<QString, QString> passwords;
    return passwords[display];
}
std::mutex& passwordsMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Locales under which text sorts by code point, as SQLite compares it, and pg_trgm sees Chinese as letters.
bool codePointLocale(const QString& locale)
{
    return locale == QLatin1String("C") || locale == QLatin1String("POSIX")
        || locale.compare(QLatin1String("C.UTF-8"), Qt::CaseInsensitive) == 0
        || locale.compare(QLatin1String("C.utf8"), Qt::CaseInsensitive) == 0;
}
} // namespace

PostgresDatabase::PostgresDatabase(QString display, QString connectionName, const Clock& clock)
    : Database(std::move(display), std::move(connectionName), clock)
{
}

PostgresDatabase::~PostgresDatabase()
{
    if (m_cancel)
        PQfreeCancel(static_cast<PGcancel*>(m_cancel));
}

const Dialect& PostgresDatabase::dialect() const
{
    return postgresDialect();
}

Result<std::unique_ptr<Database>> PostgresDatabase::open(const QString& uri, const Clock& clock,
                                                         const OpenOptions& options)
{
    auto address = PostgresAddress::parse(uri);
    if (!address)
        return Error{address.error()};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("This CaseLoop cannot reach PostgreSQL servers: Qt's PostgreSQL driver (QPSQL, Debian's "
                        "libqt6sql6-psql) is not installed.")};
    const QString display = address->display();
    std::unique_ptr<PostgresDatabase> database(new PostgresDatabase(display, nextConnectionName(), clock));
    database->m_shortName = QStringLiteral("%1 @ %2").arg(
        address->database,
        address->host.isEmpty() || address->host.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost")
                                                                              : address->host);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    db.setHostName(address->host);
    if (address->port > 0)
        db.setPort(address->port);
    db.setDatabaseName(address->database);
    db.setUserName(address->user);
    QString password = address->password;
    if (password.isEmpty())
        password = options.password;
    if (password.isEmpty()) {
        std::lock_guard lock(passwordsMutex());
        password = rememberedPassword(display);
    }
    db.setPassword(password);
    QStringList connectOptions = address->options;
    connectOptions << QStringLiteral("application_name=CaseLoop");
    const QString given = connectOptions.join(QLatin1Char(' '));
    if (!given.contains(QLatin1String("connect_timeout")))
        connectOptions << QStringLiteral("connect_timeout=5"); // also what a reconnect may wait (PQreset)
    // A pulled cable shows as a dropped connection within about twenty seconds, whether the desk is idle, waits for
    // an answer (keepalives), or sends (tcp_user_timeout); without these, TCP may wait a quarter of an hour.
    if (!given.contains(QLatin1String("keepalives")))
        connectOptions << QStringLiteral("keepalives_idle=10") << QStringLiteral("keepalives_interval=3")
                       << QStringLiteral("keepalives_count=3");
    if (!given.contains(QLatin1String("tcp_user_timeout")))
        connectOptions << QStringLiteral("tcp_user_timeout=20000");
    db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    bool opened = db.open();
    // Asked at most three times, as psql does once: a mistyped password may be typed again.
    for (int attempt = 0;
         !opened && options.askPassword && attempt < 3 && wantsPassword(*address, password, db.lastError().text());
         ++attempt) {
        password = options.askPassword(display);
        if (password.isEmpty())
            break;
        db.setPassword(password);
        opened = db.open();
    }
    if (opened && !password.isEmpty()) {
        std::lock_guard lock(passwordsMutex());
        rememberedPassword(display) = password;
    }
    database->m_address = address.value();
    database->m_address.password = password;
    if (!opened) {
        const QString why = db.lastError().text().trimmed();
        // An account connecting as itself with the password typed at sign-in (or CASELOOP_PASSWORD).
        if (!options.password.isEmpty() && password == options.password && passwordRefused(why))
            return Error{tr("Wrong login or password for %1 (the server checks the password of an account that "
                            "connects as itself).")
                             .arg(display)};
        if (!options.askPassword && wantsPassword(*address, password, why))
            return Error{tr("Cannot connect to %1: %2. The password comes from PGPASSWORD or ~/.pgpass, or is asked "
                            "for when CaseLoop runs on a terminal.")
                             .arg(display, why)};
        return Error{tr("Cannot connect to %1: %2").arg(display, why)};
    }
    if (Status s = database->configure(options); !s)
        return Error{s.error()};
    return std::unique_ptr<Database>(std::move(database));
}

Status PostgresDatabase::configure(const OpenOptions& options)
{
    const QSqlDatabase db = connection();
    const QVariant handle = db.driver()->handle();
    // Qt 6 names the type as the compiler does: "pg_conn*" (libpq's typedef struct pg_conn PGconn).
    if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        m_handle = *static_cast<void* const*>(handle.data());
    if (!m_handle)
        return Error{tr("Qt's PostgreSQL driver gave no connection handle for %1 (%2).")
                         .arg(m_path, QString::fromLatin1(handle.typeName()))};
    m_cancel = PQgetCancel(static_cast<PGconn*>(m_handle));
    if (Status s = setUpSession(); !s)
        return s;
    auto present = scalar(db,
                          QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = 'caseloop_schema' "
                                         "AND schemaname = ANY (current_schemas(false))"));
    if (!present)
        return Error{present.error()};
    if (present->toInt() > 0) {
        auto version = scalar(db, QStringLiteral("SELECT max(version) FROM caseloop_schema WHERE application = ?"),
                              {kApplicationKey});
        if (!version)
            return Error{version.error()};
        m_version = version->toInt();
        if (m_version > latestSchemaVersion(kEngine))
            return Error{tr("%1 was written by a newer CaseLoop (database version %2); this CaseLoop reads versions "
                            "up to %3. Please update CaseLoop. The database was left untouched.")
                             .arg(m_path)
                             .arg(m_version)
                             .arg(latestSchemaVersion(kEngine))};
    } else {
        auto tables = scalar(db, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
        if (!tables)
            return Error{tables.error()};
        if (tables->toInt() > 0)
            return Error{tr("%1 holds tables of another program, not a CaseLoop office; it was left untouched. "
                            "Give CaseLoop a database of its own.")
                             .arg(m_path)};
        if (!options.createIfMissing)
            return Error{tr("%1 holds no CaseLoop office yet; `caseloop-cli --db %1 init` makes it one.").arg(m_path)};
    }
    // Whose account the server signed this connection in as (none on the owner's connection).
    const auto readServerLogin = [&]() -> Status {
        auto masked = scalar(db, QStringLiteral("SELECT 'caseloop_masked' = ANY (current_schemas(false))"));
        if (!masked)
            return Error{masked.error()};
        m_masked = masked->toBool();
        if (m_version < kServerAccountsVersion)
            return {};
        auto login = scalar(db, QStringLiteral("SELECT caseloop_session_login()"));
        if (!login)
            return Error{login.error()};
        m_serverLogin = login->toString();
        return {};
    };
    if (Status s = readServerLogin(); !s || options.readOnly)
        return s;
    // An account may not change the office's tables (version 14 on): the owner's connection updates them, once.
    const int target = options.migrateTo < 0 ? latestSchemaVersion(kEngine) : options.migrateTo;
    if (!m_serverLogin.isEmpty() && m_version < target)
        return Error{tr("%1 is at version %2 and this CaseLoop needs version %3, which only the database's owner may "
                        "make: update it once with an address naming the owner (caseloop-cli --db "
                        "postgresql://OWNER@SERVER/DATABASE init), then sign in again. Nothing was changed.")
                         .arg(m_path)
                         .arg(m_version)
                         .arg(target)};
    const int found = m_version;
    if (Status s = migrate(target); !s)
        return s;
    // Read again only when the migration just made the server's accounts (an office from before version 14).
    if (found < kServerAccountsVersion && m_version >= kServerAccountsVersion)
        if (Status s = readServerLogin(); !s)
            return s;
    // A week is far longer than any desk waits for a server to come back.
    if (m_version >= kReceiptsVersion)
        return execute(db, QStringLiteral("DELETE FROM caseloop_receipts WHERE made_at < now() - interval '7 days'"));
    return {};
}

Status PostgresDatabase::setUpSession()
{
    const QSqlDatabase db = connection();
    // No JIT compilation: a desk's statements run for milliseconds to a second, and the server first compiles every
    // one whose estimated cost passes jit_above_cost. The tracking sheet's statement (10,000 items, each with its
    // linked codes by a subquery) spent 85 ms of 430 ms compiling; the sheet now loads in 0.14 s instead of 0.17 s.
    // Read committed whatever the server's default: the repeat chains' trigger (017_repeat_chain.sql) waits for
    // another writer of the same numbers and must then see what it committed, which a transaction's single snapshot
    // would hide.
    for (const QString& statement :
         {QStringLiteral("SET client_encoding TO 'UTF8'"), QStringLiteral("SET datestyle TO 'ISO'"),
          QStringLiteral("SET lock_timeout = '%1s'").arg(m_lockWaitSeconds), QStringLiteral("SET jit = off"),
          QStringLiteral("SET default_transaction_isolation = 'read committed'")})
        if (Status s = execute(db, statement); !s)
            return s;
    return {};
}

Status PostgresDatabase::migrate(int target)
{
    if (m_version >= target)
        return {};
    const QSqlDatabase db = connection();
    Transaction tx(*this);
    if (!tx.begun())
        return tx.begun();
    // One desk migrates; another starting at the same moment waits here, then finds the work done.
    if (Status s = execute(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationKey)); !s)
        return s;
    if (m_version == 0) {
        auto facts = selectRows<QStringList>(
            db,
            QStringLiteral("SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database "
                           "WHERE datname = current_database()"),
            {}, [](SqlQuery& q) {
                return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
            });
        if (!facts)
            return Error{facts.error()};
        if (facts->isEmpty() || facts->first().at(0) != QLatin1String("UTF8") || !codePointLocale(facts->first().at(1))
            || !codePointLocale(facts->first().at(2)))
            return Error{tr("%1 must be made with the UTF8 encoding and the C.UTF-8 locale (it has %2), so that "
                            "text sorts and is searched as CaseLoop expects. Make it again with: createdb -T "
                            "template0 -E UTF8 --locale=C.UTF-8 DATABASE. Nothing was changed.")
                             .arg(m_path, facts->isEmpty() ? QString() : facts->first().join(QStringLiteral(", ")))};
        if (Status s = execute(db,
                               QStringLiteral("CREATE TABLE IF NOT EXISTS caseloop_schema (application BIGINT "
                                              "NOT NULL PRIMARY KEY, version INTEGER NOT NULL)"));
            !s)
            return s;
    }
    auto current = scalar(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM caseloop_schema"));
    if (!current)
        return Error{current.error()};
    for (const Migration& m : allMigrations(kEngine)) {
        if (m.version <= current->toInt() || m.version > target)
            continue;
        for (const QString& statement : splitSqlStatements(m.sql))
            if (Status s = execute(db, statement); !s)
                return Error{
                    tr("Updating the database to version %1 (%2) failed: %3").arg(m.version).arg(m.name, s.error())};
    }
    if (Status s = execute(db,
                           QStringLiteral("INSERT INTO caseloop_schema (application, version) VALUES (?, ?) "
                                          "ON CONFLICT (application) DO UPDATE SET version = excluded.version"),
                           {kApplicationKey, qMax(target, current->toInt())});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_created = current->toInt() == 0;
    m_version = qMax(target, current->toInt());
    return {};
}

void PostgresDatabase::interrupt()
{
    std::lock_guard lock(m_cancelMutex);
    if (!m_cancel)
        return;
    char message[256];
    PQcancel(static_cast<PGcancel*>(m_cancel), message, int(sizeof message));
}

void PostgresDatabase::setStopCheck(std::function<bool()> stop)
{
    // The server cannot ask back while a statement runs, and a cancel sent on a timer may reach the next, wanted
    // statement instead of the stale one (measured: the list's searches failed now and then). So the check is not
    // polled: interrupt() cancels the statement that runs when it is called, and callers check before they start.
    m_stop = std::move(stop);
}

void PostgresDatabase::setLockWait(int seconds, std::function<bool(qint64)> waiting, std::function<void()> over)
{
    Database::setLockWait(seconds, std::move(waiting), std::move(over));
    execute(connection(), QStringLiteral("SET lock_timeout = '%1s'").arg(seconds));
}

Status PostgresDatabase::waitForLongWriters()
{
    // A long writer locks the tables a desk writes to against other writers for its whole transaction: an import
    // (lockForImport, half a minute for 100,000 rows into a million complaints), a recount (lockWriters). A desk's
    // statement would then wait inside the server, and the driver holds the window's thread while it does: the
    // window would freeze without a word. So, when the user is to be told (setLockWait), the server is asked first
    // whether another session holds or asks for such a lock, and while one does the desk waits here, between questions,
    // as it waits for a file's write lock: silent for the first second, then `waiting` (which may show a box and run
    // the event loop). A lock taken just after the question is waited for inside the server, as before. An audit row
    // alone (Database::AuditOnly) touches none of those tables and never waits.
    if (!m_lockWaiting || m_auditOnly)
        return {};
    // Granted or still asked for: a request waiting for its lock is served before a desk's that comes after it.
    static const QString held = QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'relation' AND pid <> pg_backend_pid() "
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
        "AND relation IN (to_regclass('public.complaints'), to_regclass('public.code_counters'), "
        "to_regclass('public.tickets')) AND mode IN ('ShareLock', 'ShareRowExclusiveLock', "
        "'ExclusiveLock', 'AccessExclusiveLock'))");
    const auto busy = [this] {
        return Error{tr("Another window or program kept %1 busy writing for longer than CaseLoop waits (an import or "
                        "a recount); nothing was changed. Try again in a moment.")
                         .arg(dialect().where(connection()))};
    };
    QElapsedTimer waited;
    waited.start();
    bool told = false;
    Status result;
    for (;;) {
        auto locked = scalar(connection(), held);
        if (!locked || !locked->toBool())
            break; // free (or the question failed: the write itself then says what is wrong)
        if (tellingWait() || waited.elapsed() >= qint64(m_lockWaitSeconds) * 1000) {
            result = busy(); // a write started from the event loop of a wait does not wait in turn
            break;
        }
        if (waited.elapsed() < 1000) {
            QThread::msleep(100);
            continue;
        }
        told = true;
        if (!tellWait(waited.elapsed())) {
            result = busy();
            break;
        }
    }
    if (told && m_lockWaitOver)
        m_lockWaitOver();
    return result;
}

Status PostgresDatabase::beginWrite()
{
    if (Status s = reconnect(); !s)
        return s;
    if (!m_unsettled.isEmpty())
        settleWrites();
    if (Status s = waitForLongWriters(); !s)
        return s;
    if (Status s = execute(connection(), QStringLiteral("BEGIN")); !s)
        return s;
    m_truncated = {};
    m_receipt.clear();
    if (m_version < kReceiptsVersion)
        return {};
    const QString receipt = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = execute(connection(), QStringLiteral("INSERT INTO caseloop_receipts (key) VALUES (?)"), {receipt});
        !s) {
        execute(connection(), QStringLiteral("ROLLBACK"));
        return s;
    }
    m_receipt = receipt;
    return {};
}

Status PostgresDatabase::commitWrite()
{
    const QString receipt = std::exchange(m_receipt, QString());
    Status s = execute(connection(), QStringLiteral("COMMIT"));
#ifndef _WIN32
    if (s && loseCommitReply().exchange(false)) {
        // The answer is lost as a pulled cable would lose it: the socket is shut, and libpq finds it closed.
        PGconn* conn = static_cast<PGconn*>(m_handle);
        ::shutdown(PQsocket(conn), SHUT_RDWR);
        PQconsumeInput(conn);
        s = Error{QStringLiteral("server closed the connection unexpectedly")};
    }
#endif
    if (s || !connectionLost() || receipt.isEmpty())
        return s; // saved, or refused by a server that answered (nothing was saved)
    // The COMMIT may or may not have reached the server before the connection dropped: its receipt says which.
    const QDateTime sentAt = m_clock.now();
    if (connectAgain()) {
        auto saved = landed(receipt);
        if (saved && saved.value())
            return {};
        if (saved)
            return Error{tr("The connection to %1 dropped while this change was being saved, and it was not saved. "
                            "What you entered is kept: save it again.")
                             .arg(m_path)};
    }
    m_unsettled.append({receipt, sentAt});
    return Error{tr("The connection to %1 dropped just as this change was sent, so CaseLoop cannot yet tell whether it "
                    "was saved. What you entered is kept. Once the server can be reached again, the window finds out "
                    "by itself and tells you; save again only if it says the change was not saved.")
                     .arg(m_path)};
}

void PostgresDatabase::loseNextCommitReply()
{
    loseCommitReply() = true;
}

Result<bool> PostgresDatabase::landed(const QString& receipt)
{
    auto found
        = scalar(connection(), QStringLiteral("SELECT count(*) FROM caseloop_receipts WHERE key = ?"), {receipt});
    if (!found)
        return Error{found.error()};
    return found->toInt() > 0;
}

bool PostgresDatabase::connectionLost() const
{
    PGconn* conn = static_cast<PGconn*>(m_handle);
    if (!conn)
        return false;
    // A failed send ("server closed the connection unexpectedly") leaves libpq's status OK until it reads the
    // end of the connection: reading what is there (without waiting) tells. A server stopping sends a notice
    // first, which one read consumes; the second finds the end. One recv() per statement when nothing is there.
    if (PQstatus(conn) == CONNECTION_OK && PQtransactionStatus(conn) != PQTRANS_ACTIVE && PQconsumeInput(conn)
        && PQisBusy(conn) == 0)
        PQconsumeInput(conn);
    return PQstatus(conn) == CONNECTION_BAD;
}

Status PostgresDatabase::reconnect()
{
    PGconn* conn = static_cast<PGconn*>(m_handle);
    if (!conn)
        return {};
    if (!connectionLost()) // whole; its settings too, unless setting them failed last time
        return m_session.pid != 0 || transactionDepth() > 0 ? Status{} : setUpSession();
    // A transaction the drop cut off is gone with its server process and fails as it is; connecting again under it
    // would let its remaining statements run outside any transaction.
    if (transactionDepth() > 0)
        return Error{tr("The connection to %1 dropped in the middle of a change; it was not saved.").arg(m_path)};
    return connectAgain();
}

Status PostgresDatabase::connectAgain()
{
    PGconn* conn = static_cast<PGconn*>(m_handle);
    // PQreset connects again with the same parameters into the same PGconn, which Qt's driver keeps using.
    PQreset(conn);
    if (PQstatus(conn) != CONNECTION_OK)
        return Error{tr("The server at %1 cannot be reached (%2). What you entered is kept; CaseLoop connects again "
                        "by itself when the server is back.")
                         .arg(m_path, QString::fromUtf8(PQerrorMessage(conn)).trimmed())};
    {
        std::lock_guard lock(m_cancelMutex);
        if (m_cancel)
            PQfreeCancel(static_cast<PGcancel*>(m_cancel));
        m_cancel = PQgetCancel(conn); // the new connection has a new server process
    }
    const auto [oldPid, oldStart] = std::exchange(m_session, {});
    if (Status s = setUpSession(); !s)
        return s;
    // The old connection's server process may live on: the server notices a vanished client only when it next
    // writes to it, or after TCP's keepalives. Until it ends, it holds its locks (a desk's registration waits behind
    // them), and its open transaction could still commit, so its receipt is not yet an answer. It is ended here and
    // waited for (it is this desk's own; its start time tells it from a later process with the same number).
    const QSqlDatabase db = connection();
    if (oldPid != 0) {
        (void)execute(db,
                      QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ? AND "
                                     "CAST(backend_start AS text) = ?"),
                      {oldPid, oldStart});
        for (int waited = 0; waited < 10000; waited += 50) {
            auto alive = scalar(db,
                                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ? AND "
                                               "CAST(backend_start AS text) = ?"),
                                {oldPid, oldStart});
            if (!alive || alive->toInt() == 0)
                break;
            QThread::msleep(50);
        }
    }
    settleWrites();
    return {};
}

void PostgresDatabase::settleWrites()
{
    const QList<Unsettled> unsettled = std::exchange(m_unsettled, {});
    for (const Unsettled& u : unsettled) {
        auto saved = landed(u.receipt);
        if (!saved) {
            m_unsettled.append(u);
            continue;
        }
        const QString at = u.sentAt.toString(QStringLiteral("HH:mm:ss"));
        m_settled << (saved.value()
                          ? tr("The change you saved at %1, just as the connection dropped, was saved.").arg(at)
                          : tr("The change you saved at %1, just as the connection dropped, was NOT saved. "
                               "Please enter it again (its window, if still open, keeps what you typed).")
                                .arg(at));
    }
}

QStringList PostgresDatabase::takeSettledWrites()
{
    return std::exchange(m_settled, {});
}

std::unique_ptr<ChangeWatch> PostgresDatabase::watchChanges(QObject* context, ChangeWatch::Handlers handlers) const
{
    return std::make_unique<PostgresChangeWatch>(m_address.parameters(m_address.password), context,
                                                 std::move(handlers));
}

} // namespace caseloop
