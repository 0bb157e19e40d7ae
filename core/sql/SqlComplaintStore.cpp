#include "base/Clock.h"
#include "domain/Phone.h"
#include "sql/ComplaintColumns.h"
#include "sql/ComplaintDays.h"
#include "sql/Dialect.h"
#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace caseloop {

namespace {
Row complaintRow(const Complaint& c)
{
    Row row;
    for (int i = 0; i < kComplaintColumnCount; ++i)
        row.append({complaintColumnNames()[i], complaintValue(c, ComplaintColumn(i))});
    return row;
}

// A row of SELECT id, <every complaint column>, row_version.
Complaint readComplaint(SqlQuery& q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    for (int i = 0; i < kComplaintColumnCount; ++i)
        setComplaintValue(c, ComplaintColumn(i), q.value(i + 1));
    c.rowVersion = q.value(kComplaintColumnCount + 1).toInt();
    return c;
}

// The condition "some promise to the complainant is overdue at ?" (three binds of now).
// The status list is word for word the WHERE of the partial index complaints_open_promises (schema 4),
// which the overdue list reads through (see planOf): walking it newest first finds a page in milliseconds,
// where the planner's own choice read the table (0.5 s at a million complaints).
const QString kOverdueCondition = openStatusCondition()
    + QStringLiteral(" AND ("
                     "(first_contact_at IS NULL AND first_contact_due < ?) OR "
                     "(feedback_at IS NULL AND feedback_due < ?) OR "
                     "(follow_up_at IS NULL AND follow_up_due < ?))");

// A search text as it is stored: a phone number or a piece of one, typed with spaces, dashes or +86, is searched
// as stored ("138-0013-8000" and "138 0013" find 13800138000).
QString searchTerm(const QString& text)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+\\d][\\d \\-]*\\d$"));
    QString t = text.trimmed();
    if (phoneLike.match(t).hasMatch()) {
        const QString phone = normalisePhone(t);
        // A whole number as stored; a piece of a mobile number without separators; a landline's area-code dash kept.
        t = isValidPhone(phone)              ? phone
            : t.startsWith(QLatin1Char('0')) ? QString(t).remove(QLatin1Char(' '))
                                             : QString(t).remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    }
    return t;
}

// The complaints whose text holds the filter's search text, through the engine's search indexes (Dialect).
TextSearchSql textMatch(const Dialect& dialect, const ComplaintFilter& f)
{
    return dialect.textSearch(searchTerm(f.text), f.textInPhone);
}

// A role that sees numbers masked must not confirm hidden digits by searching for them, not even four at a time (a
// masked number hides four or more in a row): a search holding four or more digits in a row (spaces and dashes
// aside, full-width digits too) matches complaint codes only. Shorter numbers are searched as usual.
bool searchesHiddenDigits(const ComplaintFilter& f)
{
    static const QRegularExpression longNumber(QStringLiteral("\\d(?:[ \\-]?\\d){3,}"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    return !f.textInPhone && longNumber.match(f.text).hasMatch();
}

// Builds the WHERE clause of a filter; values are bound, never spliced.
QString whereClause(const Dialect& dialect, const ComplaintFilter& f, QVariantList& binds, bool fewMatches)
{
    QStringList conditions;
    auto byId = [&](const char* column, Id id) {
        if (id > 0) {
            conditions << QString::fromLatin1(column) + QStringLiteral(" = ?");
            binds << id;
        }
    };
    byId("kind_id", f.kindId);
    byId("type_id", f.typeId);
    byId("service_line_id", f.serviceLineId);
    byId("channel_id", f.channelId);
    byId("region_id", f.regionId);
    byId("estate_id", f.estateId);
    byId("building_id", f.buildingId);
    byId("steward_id", f.stewardId);
    byId("customer_type_id", f.customerTypeId);
    if (!f.ids.isEmpty())
        conditions << inCondition(QStringLiteral("id"), f.ids, binds);
    if (f.departmentId != 0) { // -1: a department lead without a department, who sees nothing
        conditions << QStringLiteral("id IN (SELECT complaint_id FROM tickets WHERE department_id = ?)");
        binds << f.departmentId;
    }
    if (f.satisfaction == QLatin1String("none")) {
        conditions << QStringLiteral("satisfaction IS NULL");
    } else if (!f.satisfaction.isEmpty()) {
        conditions << QStringLiteral("satisfaction = ?");
        binds << f.satisfaction;
    }
    if (!f.statuses.isEmpty())
        conditions << inCondition(QStringLiteral("status"), f.statuses, binds);
    if (f.priority) {
        conditions << QStringLiteral("priority = ?");
        binds << toStorage(*f.priority);
    }
    dayRange(QStringLiteral("received_at"), f.from, f.to, conditions, binds);
    if (f.overdueOnly) {
        conditions << QStringLiteral("(%1)").arg(kOverdueCondition);
        binds << toDb(f.now) << toDb(f.now) << toDb(f.now);
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString t = f.text.trimmed();
        if (searchesHiddenDigits(f)) {
            conditions << QStringLiteral("code = ?");
            binds << t;
        } else {
            const TextSearchSql search = textMatch(dialect, f);
            if (!fewMatches && !search.rowTest.isEmpty()) {
                conditions << QStringLiteral("(code = ? OR (%1))").arg(search.rowTest);
                binds << t << search.rowBinds;
            } else {
                conditions << dialect.codeOrMatch(search.ids, fewMatches);
                binds << t << search.binds;
            }
        }
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}
} // namespace

SqlComplaintStore::ListPlan SqlComplaintStore::planOf(const ComplaintFilter& f)
{
    // The overdue list goes through the open complaints' index (see kOverdueCondition).
    const Dialect& dialect = m_s.dialect();
    if (f.overdueOnly)
        return {dialect.tableThrough(QStringLiteral("complaints"), QStringLiteral("complaints_open_promises")), false};
    // A search matching many complaints is read newest first along the received_at index, testing each
    // against the matches: a page is found within a few thousand entries (20 ms for 70,000 matches of a
    // million), where the planner's own choice reads every match from the table and sorts them (seconds).
    // A rare term is better the planner's way (its few rows, then a sort): the match count decides.
    if (!f.text.trimmed().isEmpty() && !searchesHiddenDigits(f)) {
        const TextSearchSql search = textMatch(dialect, f);
        auto many
            = scalar(m_s.connection(),
                     QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT %2) matches").arg(search.ids).arg(kManyMatches + 1),
                     search.binds);
        if (many && many->toLongLong() > kManyMatches)
            return {dialect.tableThrough(QStringLiteral("complaints"), QStringLiteral("complaints_received")), false};
        return {QStringLiteral("complaints"), true};
    }
    return {QStringLiteral("complaints"), false};
}

Result<QList<Complaint>> SqlComplaintStore::select(const QString& where, const QVariantList& binds, const QString& tail,
                                                   const QString& source)
{
    return selectRows<Complaint>(m_s.connection(),
                                 QStringLiteral("SELECT id, %1, row_version FROM %4 %2 %3")
                                     .arg(columnList(complaintColumnNames()), where, tail, source),
                                 binds, readComplaint);
}

Result<Id> SqlComplaintStore::insert(const Complaint& complaint)
{
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("complaints"), QStringLiteral("complaint"), complaintRow(complaint));
    });
}

Result<Complaint> SqlComplaintStore::get(Id id)
{
    return firstOf(select(QStringLiteral("WHERE id = ?"), {id}),
                   QCoreApplication::translate("caseloop::Store", "Complaint %1").arg(id));
}

Result<Complaint> SqlComplaintStore::byCode(const QString& code)
{
    return firstOf(select(QStringLiteral("WHERE code = ?"), {code}),
                   QCoreApplication::translate("caseloop::Store", "Complaint %1").arg(code));
}

Status SqlComplaintStore::update(const Complaint& complaint)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("complaints"), QStringLiteral("complaint"), complaint.id,
                         complaintRow(complaint), complaint.rowVersion);
    });
}

Result<QList<Complaint>> SqlComplaintStore::list(const ComplaintFilter& filter, int limit,
                                                 const std::optional<ComplaintCursor>& after)
{
    const ListPlan plan = planOf(filter);
    QVariantList binds;
    QString where = whereClause(m_s.dialect(), filter, binds, plan.fewMatches);
    if (after) {
        where += (where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(received_at < ? OR (received_at = ? AND id < ?))");
        binds << toDb(after->receivedAt) << toDb(after->receivedAt) << after->id;
    }
    binds << limit;
    return select(where, binds, QStringLiteral("ORDER BY received_at DESC, id DESC LIMIT ?"), plan.source);
}

Result<QList<Complaint>> SqlComplaintStore::listAt(const ComplaintFilter& filter, qint64 offset, int limit,
                                                   qint64 total)
{
    if (offset <= 0)
        return list(filter, limit, std::nullopt);
    // The ids of the page come from the ordering index alone; only the page's own rows are read. Past the middle
    // of a list of known length, the index is walked from the oldest end: the same page, fewer entries skipped.
    QString order = QStringLiteral("DESC");
    if (total > 0 && offset > total / 2) {
        const qint64 end = qMin(total, offset + limit);
        if (end <= offset)
            return QList<Complaint>{};
        limit = int(end - offset);
        offset = total - end;
        order = QStringLiteral("ASC");
    }
    // A jump many pages deep, in a list the daily counts hold (statuses and days only): the day the page starts in
    // is found from the counts per day, and only that day's earlier rows are skipped, where OFFSET walks every skipped
    // entry of the index (the middle of ten million: 0.39 s on a server, 0.07-0.11 s on a file).
    QString dayBound;
    QVariant dayBoundValue;
    if (offset >= kDaysFromPages * qint64(limit) && m_s.database().seesEveryComplaint()) {
        const bool newestFirst = order == QLatin1String("DESC");
        QVariantList dayBinds;
        if (const QString perDay = ComplaintDays::perDayOf(filter, newestFirst, dayBinds); !perDay.isEmpty()) {
            auto days = selectRows<QPair<QString, qint64>>(m_s.connection(), perDay, dayBinds, [](SqlQuery& q) {
                return qMakePair(q.value(0).toString(), q.value(1).toLongLong());
            });
            if (!days)
                return Error{days.error()};
            qint64 before = 0; // the rows of the days nearer the end walked from
            QDate start;
            for (const auto& [day, n] : days.value()) {
                if (before + n > offset) {
                    start = QDate::fromString(day, Qt::ISODate);
                    break;
                }
                before += n;
            }
            if (!start.isValid())
                return QList<Complaint>{}; // past the end of the list
            offset -= before;
            dayBound = newestFirst ? QStringLiteral("received_at < ?") : QStringLiteral("received_at >= ?");
            dayBoundValue = toDb(wallTime(newestFirst ? start.addDays(1) : start));
        }
    }
    const ListPlan plan = planOf(filter);
    QVariantList binds;
    QString where = whereClause(m_s.dialect(), filter, binds, plan.fewMatches);
    if (!dayBound.isEmpty()) {
        where += (where.isEmpty() ? QStringLiteral("WHERE ") : QStringLiteral(" AND ")) + dayBound;
        binds << dayBoundValue;
    }
    binds << limit << offset;
    return select(QStringLiteral("WHERE id IN (SELECT id FROM %2 %1 ORDER BY received_at %3, id %3 "
                                 "LIMIT ? OFFSET ?)")
                      .arg(where, plan.source, order),
                  binds, QStringLiteral("ORDER BY received_at DESC, id DESC"));
}

Result<qint64> SqlComplaintStore::count(const ComplaintFilter& filter)
{
    QVariantList dayBinds;
    if (const QString days = m_s.database().seesEveryComplaint() ? ComplaintDays::countOf(filter, dayBinds) : QString();
        !days.isEmpty()) {
        auto v = scalar(m_s.connection(), days, dayBinds);
        if (!v)
            return Error{v.error()};
        return v->toLongLong();
    }
    const ListPlan plan = planOf(filter);
    QVariantList binds;
    const QString where = whereClause(m_s.dialect(), filter, binds, plan.fewMatches);
    auto v = scalar(m_s.connection(), QStringLiteral("SELECT COUNT(*) FROM %1 %2").arg(plan.source, where), binds);
    if (!v)
        return Error{v.error()};
    return v->toLongLong();
}

namespace {
// One arm per promise, each served by its partial index on the open due time; columns id, code, clock, due,
// steward_id.
QString dueUnion(const DueScope& scope, const QDateTime& horizon, QVariantList& binds)
{
    QString extra;
    if (scope.stewardId > 0)
        extra += QStringLiteral(" AND steward_id = ?");
    if (scope.departmentId > 0)
        extra += QStringLiteral(" AND EXISTS (SELECT 1 FROM tickets t WHERE t.complaint_id = complaints.id "
                                "AND t.department_id = ? AND t.status NOT IN ('done', 'returned'))");
    const QString arm = QStringLiteral("SELECT id, code, %1 AS clock, %2 AS due, steward_id FROM complaints "
                                       "WHERE %3 IS NULL AND %2 < ? AND ")
        + openStatusCondition() + extra;
    for (int i = 0; i < 3; ++i) {
        binds << toDb(horizon);
        if (scope.stewardId > 0)
            binds << scope.stewardId;
        if (scope.departmentId > 0)
            binds << scope.departmentId;
    }
    return arm.arg(QStringLiteral("0"), QStringLiteral("first_contact_due"), QStringLiteral("first_contact_at"))
        + QStringLiteral(" UNION ALL ")
        + arm.arg(QStringLiteral("1"), QStringLiteral("feedback_due"), QStringLiteral("feedback_at"))
        + QStringLiteral(" UNION ALL ")
        + arm.arg(QStringLiteral("2"), QStringLiteral("follow_up_due"), QStringLiteral("follow_up_at"));
}
} // namespace

Result<QList<DueItem>> SqlComplaintStore::dueItems(const QDateTime& now, const QDateTime& horizon, DueScope scope,
                                                   int limit)
{
    QVariantList binds;
    QString sql = dueUnion(scope, horizon, binds) + QStringLiteral(" ORDER BY 4 DESC");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << limit;
    }
    return selectRows<DueItem>(m_s.connection(), sql, binds, [&](SqlQuery& q) {
        DueItem item;
        item.complaintId = q.value(0).toLongLong();
        item.code = q.value(1).toString();
        item.clock = static_cast<DueClock>(q.value(2).toInt());
        item.due = timeFromDb(q.value(3));
        item.stewardId = q.value(4).toLongLong();
        item.overdue = item.due < now;
        return item;
    });
}

Result<QList<DueCount>> SqlComplaintStore::dueCounts(const QDateTime& now, const QDateTime& horizon, DueScope scope)
{
    QVariantList binds{toDb(now)};
    const QString sql = QStringLiteral("SELECT steward_id, COUNT(*) FILTER (WHERE due < ?), COUNT(*) FROM (")
        + dueUnion(scope, horizon, binds) + QStringLiteral(") d GROUP BY steward_id ORDER BY steward_id");
    return selectRows<DueCount>(m_s.connection(), sql, binds, [&](SqlQuery& q) {
        return DueCount{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    });
}

} // namespace caseloop
