// The weekly figures of SqlStatisticsStore: received, closed, open and overdue at the end of one or more periods.
#include "base/Clock.h"
#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

namespace caseloop {

namespace {

// The statement's values: each is named where it is taken (":v3") and may be used several times; bound() turns
// the names into positional marks, one value per mark in the order of the text, as both engines' drivers take them.
class Binds
{
public:
    QString operator()(const QVariant& value)
    {
        m_values << value;
        return QStringLiteral(":v%1").arg(m_values.size() - 1);
    }
    QString bound(const QString& sql, QVariantList& values) const
    {
        static const QRegularExpression name(QStringLiteral(":v(\\d+)\\b"));
        QString positional;
        qsizetype last = 0;
        for (auto it = name.globalMatch(sql); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            positional += QStringView(sql).mid(last, m.capturedStart() - last);
            positional += QLatin1Char('?');
            values << m_values.value(m.captured(1).toInt());
            last = m.capturedEnd();
        }
        return positional + QStringView(sql).mid(last);
    }

private:
    QVariantList m_values;
};

// Open at `e`: received before it and not closed by then (a closed complaint counts until its closing time; reopening
// clears that time). Overdue: a promise past due at `e` and not kept by then.
QString openAt(const QString& e)
{
    return QStringLiteral("received_at < %1 AND (closed_at IS NULL OR closed_at >= %1)").arg(e);
}

QString overdueAt(const QString& e)
{
    return QStringLiteral("((first_contact_due < %1 AND (first_contact_at IS NULL OR first_contact_at > %1)) OR "
                          "(feedback_due < %1 AND (feedback_at IS NULL OR feedback_at > %1)) OR "
                          "(follow_up_due < %1 AND (follow_up_at IS NULL OR follow_up_at > %1)))")
        .arg(e);
}

} // namespace

Result<QList<PeriodFigures>> SqlStatisticsStore::figuresOf(const QList<FiguresAsked>& periods)
{
    if (periods.isEmpty())
        return QList<PeriodFigures>{};
    // A period without its dates has no figures: zeros, and it is left out of the statement (its end would bound the
    // rows read for the others to nothing).
    const auto dated = [](const FiguresAsked& p) { return p.from.isValid() && p.to.isValid(); };
    if (!std::all_of(periods.cbegin(), periods.cend(), dated)) {
        QList<FiguresAsked> some;
        std::copy_if(periods.cbegin(), periods.cend(), std::back_inserter(some), dated);
        auto figures = figuresOf(some);
        if (!figures)
            return figures;
        QList<PeriodFigures> all;
        qsizetype next = 0;
        for (const FiguresAsked& p : periods)
            all << (dated(p) ? figures->at(next++) : PeriodFigures{});
        return all;
    }
    // The moments each period ends: the day after its last, or asOf if earlier.
    QList<QDateTime> ends;
    for (const FiguresAsked& p : periods) {
        const QDateTime dayAfter = wallTime(p.to.addDays(1));
        ends << (p.asOf.isValid() && p.asOf < dayAfter ? p.asOf : dayAfter);
    }
    const auto [earliest, latest] = std::minmax_element(ends.cbegin(), ends.cend());
    const Dialect& dialect = m_s.dialect();
    Binds bind;
    QStringList columns;
    // Per period, received: the whole days from the daily counts, the day the end cuts short (if it does) from the
    // received index; closed: from the index of closing times alone.
    for (int i = 0; i < periods.size(); ++i) {
        const FiguresAsked& p = periods[i];
        const QDateTime cut = std::max(wallTime(ends[i].date()), wallTime(p.from));
        const QString received
            = QStringLiteral("(SELECT coalesce(SUM(n), 0) FROM complaint_days WHERE dimension = 'status' AND day >= %1 "
                             "AND day <= %2) + (SELECT COUNT(*) FROM complaints WHERE received_at >= %3 "
                             "AND received_at < %4)")
                  .arg(bind(p.from.toString(Qt::ISODate)), bind(ends[i].date().addDays(-1).toString(Qt::ISODate)),
                       bind(toDb(cut)), bind(toDb(ends[i])));
        const QString closed
            = QStringLiteral("(SELECT COUNT(*) FROM %1 WHERE status = 'closed' AND closed_at >= %2 "
                             "AND closed_at < %3)")
                  .arg(dialect.tableThrough(QStringLiteral("complaints"), QStringLiteral("complaints_closed")),
                       bind(toDb(wallTime(p.from))), bind(toDb(ends[i])));
        columns << received << closed << QStringLiteral("o.n%1").arg(i) << QStringLiteral("o.late%1").arg(i);
    }
    // Open and overdue at every end, from one read of the complaints that were open at any of them: those still open
    // (complaints_open_promises) and those closed after the earliest end (complaints_closed_promises), both named on
    // a file because its planner prefers the status index, which reads the table.
    QStringList endNames;
    for (const QDateTime& end : ends)
        endNames << bind(toDb(end));
    // With one end (one period) the rows read are exactly those open at it; with several, each end picks its own.
    const bool oneEnd = *earliest == *latest;
    auto counts = [&](bool summed) {
        QStringList parts;
        for (int i = 0; i < periods.size(); ++i) {
            const QString& e = endNames[i];
            const QString n = QString::number(i);
            if (summed)
                parts << QStringLiteral("SUM(n%1) AS n%1, SUM(late%1) AS late%1").arg(n);
            else if (oneEnd)
                parts << QStringLiteral("COUNT(*) AS n%1, COUNT(*) FILTER (WHERE %2) AS late%1").arg(n, overdueAt(e));
            else
                parts << QStringLiteral(
                             "COUNT(*) FILTER (WHERE %2) AS n%1, COUNT(*) FILTER (WHERE %2 AND %3) AS late%1")
                             .arg(n, openAt(e), overdueAt(e));
        }
        return parts.join(QStringLiteral(", "));
    };
    const QString latestEnd = bind(toDb(*latest));
    const QString earliestEnd = bind(toDb(*earliest));
    const QString stillOpen
        = QStringLiteral("FROM %1 WHERE %2 AND received_at < %3 AND (closed_at IS NULL OR closed_at >= %4)")
              .arg(dialect.tableThrough(QStringLiteral("complaints"), QStringLiteral("complaints_open_promises")),
                   openStatusCondition(), latestEnd, earliestEnd);
    const QString closedLater
        = QStringLiteral("FROM %1 WHERE status = 'closed' AND closed_at >= %2 AND received_at < %3")
              .arg(dialect.tableThrough(QStringLiteral("complaints"), QStringLiteral("complaints_closed_promises")),
                   earliestEnd, latestEnd);
    const QString promiseColumns = QStringLiteral("%1first_contact_due, first_contact_at, feedback_due, feedback_at, "
                                                  "follow_up_due, follow_up_at")
                                       .arg(oneEnd ? QString() : QStringLiteral("received_at, closed_at, "));
    // On a server the two parts are read side by side by its parallel workers and counted together; on a file each
    // is counted straight off its index and the counts added (through a UNION ALL every row passed through it first:
    // a week at ten million complaints, 0.25 s against 0.11 s).
    const bool parallel = dialect.readsUnionsInParallel();
    const QString open = QStringLiteral("SELECT %1 FROM (SELECT %2 %3 UNION ALL SELECT %2 %4) open_rows")
                             .arg(counts(!parallel), parallel ? promiseColumns : counts(false), stillOpen, closedLater);
    const QString sql = QStringLiteral("SELECT %1 FROM (%2) o").arg(columns.join(QStringLiteral(", ")), open);
    QVariantList values;
    const QString positional = bind.bound(sql, values);
    auto rows = selectRows<QList<PeriodFigures>>(m_s.connection(), positional, values, [&periods](SqlQuery& q) {
        QList<PeriodFigures> figures;
        for (int i = 0; i < periods.size(); ++i)
            figures << PeriodFigures{q.value(4 * i).toLongLong(), q.value(4 * i + 1).toLongLong(),
                                     q.value(4 * i + 2).toLongLong(), q.value(4 * i + 3).toLongLong()};
        return figures;
    });
    if (!rows)
        return Error{rows.error()};
    if (rows.value().isEmpty())
        return QList<PeriodFigures>(periods.size());
    return rows.value().first();
}

} // namespace caseloop
