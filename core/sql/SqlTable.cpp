#include "sql/SqlTable.h"

#include "base/Clock.h"
#include "domain/ComplaintStatus.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace caseloop {

namespace {
QString auditText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}
} // namespace

void dayRange(const QString& column, const QDate& from, const QDate& to, QStringList& conditions, QVariantList& binds)
{
    if (from.isValid()) {
        conditions << column + QStringLiteral(" >= ?");
        binds << toDb(wallTime(from));
    }
    if (to.isValid()) {
        conditions << column + QStringLiteral(" < ?");
        binds << toDb(wallTime(to.addDays(1)));
    }
}

const QString& openStatusCondition()
{
    static const QString condition = [] {
        QStringList keys;
        for (ComplaintStatus status : openValues<ComplaintStatus>())
            keys << QLatin1Char('\'') + toStorage(status) + QLatin1Char('\'');
        return QStringLiteral("status IN (%1)").arg(keys.join(QStringLiteral(", ")));
    }();
    return condition;
}

QString columnList(const QStringList& columns)
{
    return columns.join(QStringLiteral(", "));
}

// The one place audit_log's columns are named for writing: every audit row, single or in bulk, goes through
// writeAudit() or auditInsert().
const QString kAuditInsert = QStringLiteral("INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, "
                                            "action, field, old_value, new_value) ");

QString auditInsert(const QString& select)
{
    return kAuditInsert + select;
}

Status writeAudit(Session& session, const QString& entity, Id entityId, const QString& action, const QString& field,
                  const QVariant& oldValue, const QVariant& newValue)
{
    return writeAudit(session.connection(), session.now(), session.actor(), entity, entityId, action, field, oldValue,
                      newValue);
}

Status writeAudit(const QSqlDatabase& db, const QDateTime& now, const Actor& actor, const QString& entity, Id entityId,
                  const QString& action, const QString& field, const QVariant& oldValue, const QVariant& newValue)
{
    SqlQuery q(db, kAuditInsert + QStringLiteral("VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(toDb(now))
        .bind(idToDb(actor.id))
        .bind(actor.name)
        .bind(entity)
        .bind(entityId)
        .bind(action)
        .bind(field)
        .bind(oldValue.isNull() ? QVariant() : QVariant(auditText(oldValue)))
        .bind(newValue.isNull() ? QVariant() : QVariant(auditText(newValue)));
    return q.exec();
}

namespace {
// A unique constraint's failure ("UNIQUE constraint failed: departments.name") becomes a sentence naming the
// record and the value.
Status explainConstraint(Session& session, const Status& failed, const QString& entity, const Row& row)
{
    if (failed)
        return failed;
    const QString duplicate = session.dialect().duplicateColumn(failed.error());
    if (duplicate.isEmpty())
        return failed;
    for (const auto& [column, value] : row)
        if (column == duplicate)
            return Error{QCoreApplication::translate("caseloop::Store", "%1 “%2” already exists (%3 must be unique).")
                             .arg(entity, value.toString(), column)};
    return failed;
}
} // namespace

QString inCondition(const QString& column, const QList<Id>& ids, QVariantList& binds)
{
    QStringList marks;
    for (Id id : ids) {
        marks << QStringLiteral("?");
        binds << id;
    }
    return QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

Result<Id> insertRow(Session& session, const QString& table, const QString& entity, const Row& row)
{
    QStringList columns;
    QStringList marks;
    QJsonObject json;
    for (const auto& [column, value] : row) {
        columns << column;
        marks << QStringLiteral("?");
        if (!value.isNull() && !value.toString().isEmpty())
            json.insert(column, QJsonValue::fromVariant(value));
    }
    SqlQuery q(session.connection(),
               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                   .arg(table, columnList(columns), marks.join(QStringLiteral(", "))));
    for (const auto& pair : row)
        q.bind(pair.second);
    if (Status s = q.exec(); !s)
        return Error{explainConstraint(session, s, entity, row).error()};
    if (!q.next())
        return Error{q.finished() ? QStringLiteral("INSERT INTO %1 returned no id").arg(table) : q.finished().error()};
    const Id id = q.value(0).toLongLong();
    const QString snapshot = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (Status s = writeAudit(session, entity, id, QStringLiteral("create"), {}, {}, snapshot); !s)
        return Error{s.error()};
    return id;
}

Status updateRow(Session& session, const QString& table, const QString& entity, Id id, const Row& row,
                 int expectedVersion)
{
    QStringList columns;
    for (const auto& pair : row)
        columns << pair.first;
    const bool versioned = expectedVersion >= 0;
    SqlQuery read(session.connection(),
                  QStringLiteral("SELECT %1%2 FROM %3 WHERE id = ?%4")
                      .arg(columnList(columns), versioned ? QStringLiteral(", row_version") : QString(), table,
                           session.dialect().lockRead()));
    read.bind(id);
    if (Status s = read.exec(); !s)
        return s;
    if (!read.next()) {
        if (Status s = read.finished(); !s)
            return s;
        return Error{QCoreApplication::translate("caseloop::Store", "%1 %2 does not exist.").arg(entity).arg(id)};
    }
    if (versioned && read.value(int(columns.size())).toInt() != expectedVersion)
        return Error{QCoreApplication::translate("caseloop::Store",
                                                 "%1 %2 was changed by someone else since it was opened "
                                                 "(version %3, now %4); reload it and apply your change again.")
                         .arg(entity)
                         .arg(id)
                         .arg(expectedVersion)
                         .arg(read.value(int(columns.size())).toInt())};

    QStringList assignments;
    QVariantList values;
    for (int i = 0; i < row.size(); ++i) {
        const QVariant old = read.value(i);
        if (sameValue(old, row[i].second))
            continue;
        assignments << row[i].first + QStringLiteral(" = ?");
        values << row[i].second;
        if (Status s = writeAudit(session, entity, id, QStringLiteral("update"), row[i].first, old, row[i].second); !s)
            return s;
    }
    if (assignments.isEmpty())
        return {};
    if (versioned)
        assignments << QStringLiteral("row_version = row_version + 1");
    SqlQuery write(session.connection(),
                   QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))));
    for (const QVariant& v : values)
        write.bind(v);
    write.bind(id);
    return explainConstraint(session, write.exec(), entity, row);
}

} // namespace caseloop
