#include "sql/Database.h"

#include "base/OutputTarget.h"
#include "base/PrivateFiles.h"
#include "postgres/PostgresDatabase.h"
#include "sql/SqlQuery.h"
#include "sql/Transaction.h"
#include "sqlite/SqliteDatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QStandardPaths>

namespace caseloop {

QString Database::nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("caseloop-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Database::displayLocation(const QString& location)
{
    if (!isServerLocation(location))
        return location;
    auto address = PostgresAddress::parse(location);
    return address ? address->display() : QStringLiteral("postgresql://…");
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, const Clock& clock,
                                                 const OpenOptions& options)
{
    if (isServerLocation(location))
        return PostgresDatabase::open(location, clock, options);
    return SqliteDatabase::open(location, clock, options);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    makeFolderPrivate(dir);
    return QDir(dir).filePath(QStringLiteral("caseloop.db"));
}

Database::Database(QString path, QString connectionName, const Clock& clock)
    : m_path(std::move(path))
    , m_clock(clock)
    , m_connectionName(std::move(connectionName))
{
    OpenDatabases::add(m_path); // exports and backups refuse to write over it (base/OutputTarget.h)
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    OpenDatabases::remove(m_path);
}

QSqlDatabase Database::connection() const
{
    // A connection the server dropped is made again before the next statement: reads too, not only writes, come
    // back by themselves. While the server cannot be reached, at most every ten seconds: connecting may wait for
    // its timeout (the window also connects again as soon as its change watch sees the server back). Inside a
    // transaction the drop is not mended: that transaction is gone and fails as it is.
    if (m_depth == 0 && connectionLost() && (!m_lastRevival.isValid() || m_lastRevival.hasExpired(10000))) {
        m_lastRevival.start();
        const_cast<Database*>(this)->reconnect();
    }
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<UnitOfWork::Scope> Database::begin()
{
    return std::make_unique<Transaction>(*this);
}

void Database::setLockWait(int seconds, std::function<bool(qint64)> waiting, std::function<void()> over)
{
    m_lockWaitSeconds = seconds;
    m_lockWaiting = std::move(waiting);
    m_lockWaitOver = std::move(over);
}

Status Database::beginSnapshot()
{
    return execute(connection(), QStringLiteral("BEGIN"));
}

Status Database::commitWrite()
{
    return execute(connection(), QStringLiteral("COMMIT"));
}

void Database::endSnapshot()
{
    execute(connection(), QStringLiteral("COMMIT"));
}

} // namespace caseloop
