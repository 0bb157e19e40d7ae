#pragma once

#include "base/EnumTable.h"
#include "sql/Session.h"
#include "sql/Transaction.h" // IWYU pragma: export (inTransaction)

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace caseloop {

// Column name → value, in column order. Column names come from code constants only.
using Row = QList<QPair<QString, QVariant>>;

// Generic audited writes shared by the SQL stores (docs/ARCHITECTURE.md §3, where SQL lives).
// insertRow writes one 'create' audit row holding the new record as JSON;
// updateRow writes one audit row per changed field with old and new value, and when
// expectedVersion >= 0 refuses to overwrite a row another window changed since it was read.
// Both must run inside a Transaction so the change and its audit rows commit together.
Result<Id> insertRow(Session& session, const QString& table, const QString& entity, const Row& row);
Status updateRow(Session& session, const QString& table, const QString& entity, Id id, const Row& row,
                 int expectedVersion = -1);
Status writeAudit(Session& session, const QString& entity, Id entityId, const QString& action,
                  const QString& field = {}, const QVariant& oldValue = {}, const QVariant& newValue = {});
// The same for a writer that holds no Session (the ledger import).
Status writeAudit(const QSqlDatabase& db, const QDateTime& now, const Actor& actor, const QString& entity, Id entityId,
                  const QString& action, const QString& field = {}, const QVariant& oldValue = {},
                  const QVariant& newValue = {});
// "INSERT INTO audit_log (the columns) " followed by `select`, which yields at, actor_id, actor_name, entity,
// entity_id, action, field, old_value, new_value: audit rows in bulk.
QString auditInsert(const QString& select);

// "status IN ('new', 'in_progress', …)": the open complaint statuses (isOpen), in the order of ComplaintStatus.
// Word for word the condition of the partial index complaints_open_promises (migration 004), so that a query
// written with it can use that index; a test holds the two together.
const QString& openStatusCondition();

// The column list "a, b, c" of a row, for SELECTs.
QString columnList(const QStringList& columns);

// "column >= ? AND column < ?" for the whole days from..to (an invalid date leaves that end open).
void dayRange(const QString& column, const QDate& from, const QDate& to, QStringList& conditions, QVariantList& binds);

// received_at within the scope's days, and its region or estate when set.
struct AnalysisScope;
void scopeConditions(const AnalysisScope& scope, QStringList& conditions, QVariantList& binds);
// Only the scope's region and estate (region_id, estate_id), for tables that keep their own day column.
void placeConditions(const AnalysisScope& scope, QStringList& conditions, QVariantList& binds);

// "column IN (?, ?, …)" for record ids, appended to binds.
QString inCondition(const QString& column, const QList<Id>& ids, QVariantList& binds);

// "column IN (?, ?, …)" for enum values, their storage strings appended to binds.
template <class E> QString inCondition(const QString& column, const QList<E>& values, QVariantList& binds)
{
    QStringList marks;
    for (E v : values) {
        marks << QStringLiteral("?");
        binds << toStorage(v);
    }
    return QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

} // namespace caseloop

namespace caseloop {

// The first row of a query result, or an Error saying what was not found.
template <class T> Result<T> firstOf(Result<QList<T>> rows, const QString& what)
{
    if (!rows)
        return Error{rows.error()};
    if (rows->isEmpty())
        return Error{QCoreApplication::translate("caseloop::Store", "%1 was not found.").arg(what)};
    return rows->first();
}

// Runs `sql` with `binds` and turns each result row into a T with `read`.
template <class T, class ReadFn>
Result<QList<T>> selectRows(const QSqlDatabase& db, const QString& sql, const QVariantList& binds, ReadFn read)
{
    SqlQuery q(db, sql);
    for (const QVariant& b : binds)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return Error{s.error()};
    QList<T> rows;
    while (q.next())
        rows.append(read(q));
    if (Status s = q.finished(); !s)
        return Error{s.error()};
    return rows;
}

} // namespace caseloop
