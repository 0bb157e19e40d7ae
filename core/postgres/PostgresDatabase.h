#pragma once

#include "postgres/PostgresAddress.h"
#include "sql/Database.h"

#include <mutex>

namespace caseloop {

// One office database on a PostgreSQL server, through Qt's QPSQL driver, with libpq itself (the PGconn* the
// driver hands out) for what QPSQL lacks: cancelling a statement, and COPY for the import (PostgresBulk.cpp).
// Opening checks what the database is before touching it: a CaseLoop office (its version in caseloop_schema), an
// empty database (made an office when asked to), or anything else (refused untouched).
class PostgresDatabase final : public Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static Result<std::unique_ptr<Database>> open(const QString& uri, const Clock& clock,
                                                  const OpenOptions& options = {});
    ~PostgresDatabase() override;

    const Dialect& dialect() const override;
    QString engineName() const override { return QStringLiteral("PostgreSQL"); }
    QString shortName() const override { return m_shortName; }
    bool keepsDailyCopies() const override { return false; }
    void interrupt() override;
    // Kept only: a statement is stopped by interrupt() (see the .cpp).
    void setStopCheck(std::function<bool()> stop) override;
    void setLockWait(int seconds, std::function<bool(qint64 waitedMs)> waiting,
                     std::function<void()> over = {}) override;
    QString serverLogin() const override { return m_serverLogin; }
    bool seesEveryComplaint() const override { return !m_masked; }
    bool serverAccounts() const override { return m_version >= kServerAccountsVersion; }
    Result<bool> checkServerPassword(const QString& password) override;
    Status setServerPassword(const QString& login, const QString& password, const QString& hash) override;
    Result<bool> hasServerLogin(const QString& login) override;
    // The login role of a CaseLoop account on a server: the database's name, "_", the login (014_server_accounts.sql).
    static QString accountRole(const QString& database, const QString& login);
    // Whether `uri` is a server's address that names no user: whoever signs in connects as their own account.
    static bool namesNoUser(const QString& uri);
    // `uri` with its user set to `login`'s login role when it names none (namesNoUser): how a desk signs in to a
    // server as an account. Any other address is returned as it is.
    static QString addressForAccount(const QString& uri, const QString& login);
    Status beginWrite() override;
    Result<Id> reserveComplaintIds(qsizetype count) override;
    Status lockForImport() override;
    Status lockWriters(const QStringList& tables) override;
    Status writeImportedRows(LedgerFeed& feed, const Actor& actor, const QDateTime& now) override;
    Status copyTo(const QString& file) override;
    Status beginSnapshot() override;
    Status resumeIds(const QString& table) override;
    Status lockTables(const QStringList& tables) override;
    Status emptyTables(const QStringList& tables) override;
    Result<qint64> writeRows(const QString& table, const QStringList& columns,
                             const std::function<bool(QVariantList& row)>& next) override;
    Status canCommit() override;
    Status commitWrite() override;
    std::unique_ptr<ChangeWatch> watchChanges(QObject* context, ChangeWatch::Handlers handlers) const override;
    bool connectionLost() const override;
    Status reconnect() override;
    QStringList takeSettledWrites() override;
    // Tests only: the next COMMIT of this process runs, then its connection drops before the answer is read, as
    // when a cable is pulled at that moment.
    static void loseNextCommitReply();
    // The PGconn* under Qt's driver (libpq-fe.h), for COPY.
    void* nativeHandle() const { return m_handle; }

private:
    PostgresDatabase(QString display, QString connectionName, const Clock& clock);
    Status configure(const OpenOptions& options);
    Status migrate(int target);
    // The session's settings, set again on a new connection after a reconnect (Qt's driver sets its own at open).
    Status setUpSession();
    // Before a write: waits while another session holds a lock that keeps writers out (an import's), telling the
    // user as setLockWait() asked; fails when the wait ends without the lock being free.
    Status waitForLongWriters();
    // reconnect() without its check that no transaction is open (commitWrite's own is over, whatever happened).
    Status connectAgain();
    // Asks the server about the writes caught by a drop (m_unsettled), into m_settled.
    void settleWrites();
    // Whether the write with this receipt was saved, asked after reconnecting.
    Result<bool> landed(const QString& receipt);

    struct Unsettled
    {
        QString receipt;
        QDateTime sentAt;
    };

    static constexpr int kServerAccountsVersion = 14;
    QString m_shortName;
    QString m_serverLogin; // caseloop_session_login(), read at open
    bool m_masked = false; // the masked views come first in the search path (a department lead's), read at open
    void* m_handle = nullptr; // PGconn*
    void* m_cancel = nullptr; // PGcancel*, usable from any thread; renewed by reconnect() under m_cancelMutex
    std::mutex m_cancelMutex;
    std::function<bool()> m_stop;
    PostgresAddress m_address; // with the password that opened it: the change watch connects with it too
    QString m_receipt; // of the open write transaction
    struct ServerSession
    {
        int pid = 0; // 0: the session's settings are not (yet) made on this connection
        QString start; // pg_stat_activity.backend_start, as text
    } m_session;
    struct Truncated
    {
        QStringList tables; // emptied by TRUNCATE (emptyTables) …
        int depth = -1; // … at this transaction depth; -1: none in the open transaction
    } m_truncated;
    QList<Unsettled> m_unsettled; // COMMITs whose answer was lost while the server could not be reached
    QStringList m_settled;
};

} // namespace caseloop
