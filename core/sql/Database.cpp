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

bool Database::tellWait(qint64 waitedMs)
{
    m_tellingWait = true;
    const bool goOn = m_lockWaiting(waitedMs);
    m_tellingWait = false;
    return goOn;
}

Status Database::beginSnapshot()
{
    return execute(connection(), QStringLiteral("BEGIN"));
}

Status Database::commitWrite()
{
    return execute(connection(), QStringLiteral("COMMIT"));
}

namespace {
class QueryRow : public RowView
{
public:
    explicit QueryRow(const SqlQuery& q)
        : m_q(q)
    {
    }
    bool isNull(int column) const override { return m_q.value(column).isNull(); }
    QString text(int column) const override
    {
        const QVariant v = m_q.value(column);
        return v.metaType().id() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
    }
    qint64 integer(int column) const override { return m_q.value(column).toLongLong(); }

private:
    const SqlQuery& m_q;
};
} // namespace

Status Database::readRows(const QString& sql, const QVariantList& binds,
                          const std::function<void(const RowView& row)>& row)
{
    SqlQuery q(connection(), sql);
    for (const QVariant& b : binds)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return s;
    const QueryRow view(q);
    while (q.next())
        row(view);
    return q.finished();
}

Status Database::emptyTables(const QStringList& tables)
{
    for (auto table = tables.crbegin(); table != tables.crend(); ++table)
        if (Status s = execute(connection(), QStringLiteral("DELETE FROM %1").arg(*table)); !s)
            return s;
    return {};
}

Result<qint64> Database::writeRows(const QString& table, const QStringList& columns,
                                   const std::function<bool(QVariantList& row)>& next)
{
    const QSqlDatabase db = connection();
    const int perStatement = qMax(1, 400 / int(columns.size()));
    const QString oneRow
        = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
    QVariantList batch, row;
    int rowsInBatch = 0;
    qint64 written = 0;
    const auto flush = [&]() -> Status {
        if (rowsInBatch == 0)
            return {};
        SqlQuery write(db, insert + QStringList(rowsInBatch, oneRow).join(QLatin1Char(',')));
        for (const QVariant& v : std::as_const(batch))
            write.bind(v);
        if (Status s = write.exec(); !s)
            return s;
        written += rowsInBatch;
        batch.clear();
        rowsInBatch = 0;
        return {};
    };
    while (next(row)) {
        batch += row;
        if (++rowsInBatch == perStatement)
            if (Status s = flush(); !s)
                return Error{s.error()};
    }
    if (Status s = flush(); !s)
        return Error{s.error()};
    return written;
}

void Database::endSnapshot()
{
    execute(connection(), QStringLiteral("COMMIT"));
}

} // namespace caseloop
