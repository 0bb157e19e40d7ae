#include "sqlite/SqlQuery.h"

#include "base/Clock.h"
#include "sqlite/DamageMarks.h"
#include "store/Backups.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>

#include <optional>

namespace caseloop {

namespace {
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

// The errors a person can act on, said in their words (no SQL): a damaged file, a full disk, a lock held past the
// wait. SQLite's primary result codes (the low byte of the extended code Qt reports).
std::optional<QString> plainWords(int resultCode, const QString& databaseText, const QString& file)
{
    switch (resultCode & 0xff) {
    case 10: // SQLITE_IOERR: the disk or the network share, not (necessarily) the file
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "%1 could not be read or written: the disk or the network reported an "
                                           "error (%2). Nothing more was done; check the disk and try again.")
            .arg(file, databaseText);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        if ((resultCode & 0xff) == 11) // NOTADB: a file that is no database at all, not a damaged one
            DamageMarks::remember(file, databaseText);
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "The database file %1 is damaged and cannot be read (%2). Nothing more "
                                           "was done. Restore it from a backup: the daily copies are in %3.")
            .arg(file, databaseText, Backups::defaultFolder(file));
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "The disk holding %1 is full; nothing was changed. Free some space and "
                                           "try again.")
            .arg(file);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "Another window or program kept %1 busy writing for longer than CaseLoop "
                                           "waits; nothing was changed. Try again in a moment.")
            .arg(file);
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "%1 cannot be written (the file or its folder is read-only); nothing "
                                           "was changed.")
            .arg(file);
    default:
        return std::nullopt;
    }
}

QString describe(const QString& sql, const QSqlError& error, const QString& file)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return describeSqliteError(ok ? code : -1, error.databaseText(), sql, file);
}
} // namespace

QString describeSqliteError(int resultCode, const QString& databaseText, const QString& sql, const QString& file)
{
    if (resultCode >= 0)
        if (auto words = plainWords(resultCode, databaseText, file))
            return *words;
    QString shortSql = sql.simplified();
    if (shortSql.size() > 80)
        shortSql = shortSql.left(77) + QStringLiteral("...");
    return QCoreApplication::translate("caseloop::SqlQuery", "Database error (%1) in: %2").arg(databaseText, shortSql);
}

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
    , m_file(db.databaseName().startsWith(QLatin1String("file:")) ? QUrl(db.databaseName()).toLocalFile()
                                                                  : db.databaseName())
{
    // Rows are read once, in order: forward-only lets the driver drop each row after it is read.
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

namespace {
SqlQuery::Recorder& recorder()
{
    static SqlQuery::Recorder r;
    return r;
}
} // namespace

SqlQuery& SqlQuery::bind(const QVariant& value)
{
    if (recorder())
        m_binds << value;
    // Qt's SQLite driver stores a null QString as NULL; CaseLoop's text columns are NOT NULL DEFAULT '',
    // so a null string is stored as ''. A real NULL is an invalid QVariant (see toDb, idToDb).
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        m_query.addBindValue(QString(QLatin1String("")));
    else
        m_query.addBindValue(value);
    return *this;
}

void SqlQuery::setRecorder(Recorder r)
{
    recorder() = std::move(r);
}

Status SqlQuery::exec()
{
    if (recorder()) {
        recorder()(m_sql, m_binds);
        m_binds.clear(); // a statement run again binds afresh (Qt resets its bind count after exec too)
    }
    if (!m_prepared || !m_query.exec())
        return Error{describe(m_sql, m_query.lastError(), m_file)};
    return {};
}

bool SqlQuery::next()
{
    if (m_query.next())
        return true;
    // next() is false at the end of the rows and also when reading failed (a damaged page, an I/O error): the
    // second must not pass for the first, or a damaged file is half-read as a success.
    if (const QSqlError e = m_query.lastError(); e.isValid())
        m_failure = Error{describe(m_sql, e, m_file)};
    return false;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    SqlQuery q(db, sql);
    for (const QVariant& b : binds)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return Error{s.error()};
    if (q.next())
        return q.value(0);
    if (Status s = q.finished(); !s)
        return Error{s.error()};
    return QVariant();
}

Status execute(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    SqlQuery q(db, sql);
    for (const QVariant& b : binds)
        q.bind(b);
    return q.exec();
}

bool dbTimeText(const QDateTime& time, char (&text)[19])
{
    // kTimeFormat written out by hand: QDateTime::toString goes through QCalendar and a format parser, about
    // 1 µs a call, and the ledger import formats up to nine times per row (100,000 rows: ~0.5 s).
    int year = 0, month = 0, day = 0;
    time.date().getDate(&year, &month, &day);
    const QTime t = time.time();
    if (!time.isValid() || year < 1000 || year > 9999)
        return false;
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = ' ';
    put(11, t.hour(), 2);
    text[13] = ':';
    put(14, t.minute(), 2);
    text[16] = ':';
    put(17, t.second(), 2);
    return true;
}

QVariant toDb(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    char text[19];
    if (!dbTimeText(time, text))
        return QVariant(time.toString(kTimeFormat));
    return QVariant(QString::fromLatin1(text, 19));
}

QVariant toDb(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(kDateFormat)) : QVariant();
}

QVariant idToDb(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QDateTime timeFromDb(const QVariant& value)
{
    if (value.isNull())
        return {};
    // Parsed by hand: this runs for every time of every row read, and QDateTime::fromString is slow.
    const QString s = value.toString();
    if (s.size() < 19)
        return {};
    const auto part = [&](int from, int length) { return QStringView(s).mid(from, length).toInt(); };
    const QDate date(part(0, 4), part(5, 2), part(8, 2));
    const QTime time(part(11, 2), part(14, 2), part(17, 2));
    return date.isValid() && time.isValid() ? wallTime(date, time) : QDateTime();
}

QDate dateFromDb(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString().left(10), kDateFormat);
}

} // namespace caseloop
