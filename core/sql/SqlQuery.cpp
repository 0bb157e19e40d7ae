#include "sql/SqlQuery.h"

#include "base/Clock.h"
#include "sql/Dialect.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <optional>

namespace caseloop {

namespace {
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
} // namespace

QString genericDatabaseError(const QString& databaseText, const QString& sql)
{
    QString shortSql = sql.simplified();
    if (shortSql.size() > 80)
        shortSql = shortSql.left(77) + QStringLiteral("...");
    return QCoreApplication::translate("caseloop::SqlQuery", "Database error (%1) in: %2").arg(databaseText, shortSql);
}

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql)
    : m_query(db)
    , m_sql(sql)
    , m_dialect(&Dialect::of(db))
    , m_file(m_dialect->where(db))
{
    // Rows are read once, in order: forward-only lets the driver drop each row after it is read.
    m_query.setForwardOnly(true);
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
    // Qt's drivers store a null QString as NULL; CaseLoop's text columns are NOT NULL DEFAULT '',
    // so a null string is stored as ''. A real NULL is an invalid QVariant (see toDb, idToDb).
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        m_binds << QString(QLatin1String(""));
    else
        m_binds << value;
    return *this;
}

void SqlQuery::setRecorder(Recorder r)
{
    recorder() = std::move(r);
}

void SqlQuery::record(const QString& sql, const QVariantList& binds)
{
    if (recorder())
        recorder()(sql, binds);
}

Status SqlQuery::exec()
{
    if (recorder())
        recorder()(m_sql, m_binds);
    // A statement without values runs as it is: PostgreSQL prepares only queries and DML, not DDL or SET.
    bool ran = false;
    if (m_binds.isEmpty() && !m_prepared) {
        ran = m_query.exec(m_sql);
    } else {
        if (!m_prepared)
            m_prepared = m_query.prepare(m_sql);
        if (m_prepared) {
            for (const QVariant& value : std::as_const(m_binds))
                m_query.addBindValue(value);
            ran = m_query.exec();
        }
    }
    m_binds.clear(); // a statement run again binds afresh (Qt resets its bind count after exec too)
    if (!ran) {
        // Qt's PostgreSQL driver counts a connection the server dropped as closed, and then fails every statement
        // without a word: name the cause.
        if (m_query.driver() && !m_query.driver()->isOpen())
            return Error{m_dialect->describeError(
                QSqlError(QStringLiteral("no connection to the server"), QString(), QSqlError::ConnectionError), m_sql,
                m_file)};
        return Error{m_dialect->describeError(m_query.lastError(), m_sql, m_file)};
    }
    return {};
}

bool SqlQuery::next()
{
    if (m_query.next())
        return true;
    // next() is false at the end of the rows and also when reading failed (a damaged page, an I/O error): the
    // second must not pass for the first, or a damaged file is half-read as a success.
    if (const QSqlError e = m_query.lastError(); e.isValid())
        m_failure = Error{m_dialect->describeError(e, m_sql, m_file)};
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

namespace {
// `value` as `digits` decimal digits at text[at].
void putDigits(char* text, int at, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        text[at + i] = char('0' + value % 10);
}

// kDateFormat written out by hand into text[0..9]; false for an invalid date or one outside four-digit years.
// QDate::toString goes through a formatted print: a sixth of the reading of a tracking sheet of 10,000 items.
bool putDate(const QDate& date, char* text)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1000 || year > 9999)
        return false;
    putDigits(text, 0, year, 4);
    text[4] = '-';
    putDigits(text, 5, month, 2);
    text[7] = '-';
    putDigits(text, 8, day, 2);
    return true;
}
} // namespace

bool dbTimeText(const QDateTime& time, char (&text)[19])
{
    // kTimeFormat written out by hand: QDateTime::toString goes through QCalendar and a format parser, about
    // 1 µs a call, and the ledger import formats up to nine times per row (100,000 rows: ~0.5 s).
    if (!time.isValid() || !putDate(time.date(), text))
        return false;
    const QTime t = time.time();
    text[10] = ' ';
    putDigits(text, 11, t.hour(), 2);
    text[13] = ':';
    putDigits(text, 14, t.minute(), 2);
    text[16] = ':';
    putDigits(text, 17, t.second(), 2);
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

QString dateText(const QDate& date)
{
    if (!date.isValid())
        return {};
    char text[10];
    return putDate(date, text) ? QString::fromLatin1(text, 10) : date.toString(kDateFormat);
}

QVariant toDb(const QDate& date)
{
    return date.isValid() ? QVariant(dateText(date)) : QVariant();
}

QVariant idToDb(Id id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

namespace {
// The number written by `count` ASCII digits from `from`, or -1 when one is not a digit. By hand, digit by digit:
// QStringView::toInt goes through the locale's number parser, a tenth of the reading of a sheet of 10,000 items.
int digitsAt(QStringView s, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t u = s.at(i).unicode();
        if (u < u'0' || u > u'9')
            return -1;
        value = value * 10 + (u - u'0');
    }
    return value;
}
} // namespace

// Parsed by hand: this runs for every date and time of every row read, and Q(Date)Time::fromString is slow.
QDate dateFromText(QStringView s)
{
    if (s.size() < 10 || s.at(4) != QLatin1Char('-') || s.at(7) != QLatin1Char('-'))
        return {};
    const int year = digitsAt(s, 0, 4), month = digitsAt(s, 5, 2), day = digitsAt(s, 8, 2);
    return year >= 0 && month >= 0 && day >= 0 ? QDate(year, month, day) : QDate();
}

QDateTime timeFromText(QStringView s)
{
    if (s.size() < 19)
        return {};
    const QDate date = dateFromText(s);
    const QTime time(digitsAt(s, 11, 2), digitsAt(s, 14, 2), digitsAt(s, 17, 2));
    return date.isValid() && time.isValid() ? wallTime(date, time) : QDateTime();
}

QDateTime timeFromDb(const QVariant& value)
{
    return value.isNull() ? QDateTime() : timeFromText(value.toString());
}

QDate dateFromDb(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDate) // a server's date column
        return value.toDate();
    return dateFromText(value.toString());
}

} // namespace caseloop
