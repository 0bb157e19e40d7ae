#include "sql/OfficeCopy.h"

#include "sql/Database.h"
#include "sql/Migrations.h"
#include "sql/SqlQuery.h"
#include "sql/Transaction.h"

#include <QSqlField>
#include <QSqlRecord>

namespace caseloop {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop", text); // the context lupdate gives tr() here
}

// Every table of an office, each after the tables it refers to (rows are written in this order and the
// defaults of a new office removed in the reverse one).
const char* const kTables[] = {
    "catalogue_entries",
    "regions",
    "estates",
    "buildings",
    "departments",
    "roles",
    "staff",
    "staff_estates",
    "calendar_days",
    "settings",
    "code_counters",
    "complaints",
    "tickets",
    "follow_ups",
    "audit_log",
    "rectification_items",
    "rectification_complaints",
    "rectification_steps",
    "reply_templates",
    "minefield_phrases",
    "import_batches",
};

// Rows the office already holds beyond its defaults: a copy is never merged into another office.
Result<bool> holdsAnOffice(const QSqlDatabase& db)
{
    auto rows = scalar(db,
                       QStringLiteral("SELECT (SELECT count(*) FROM complaints) + (SELECT count(*) FROM staff) "
                                      "+ (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM regions)"));
    if (!rows)
        return Error{rows.error()};
    return rows->toLongLong() > 0;
}

QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

Result<qint64> countOf(const QSqlDatabase& db, const QString& table)
{
    auto n = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!n)
        return Error{n.error()};
    return n->toLongLong();
}

// Copies one table: the columns both sides have, written the target's quickest way (Database::writeRows).
Result<qint64> copyTable(const QSqlDatabase& from, Database& to, const QString& table)
{
    const QStringList targetColumns = columnsOf(to.connection(), table);
    const QStringList sourceColumns = columnsOf(from, table);
    QStringList columns;
    for (const QString& c : targetColumns)
        if (sourceColumns.contains(c))
            columns << c;
    if (columns.isEmpty())
        return Error{tr("The table %1 is missing.").arg(table)};
    const QString order = columns.contains(QLatin1String("id")) ? QStringLiteral("id") : columns.first();
    SqlQuery read(
        from, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(", ")), table, order));
    if (Status s = read.exec(); !s)
        return Error{s.error()};
    auto copied = to.writeRows(table, columns, [&](QVariantList& row) {
        if (!read.next())
            return false;
        row.resize(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = read.value(i);
            row[i] = v.isNull() ? QVariant() : v; // a null of the source's type would bind as that type's value
        }
        return true;
    });
    if (Status s = read.finished(); !s)
        return Error{s.error()};
    return copied;
}
} // namespace

Result<OfficeCopyReport> copyOffice(Database& from, Database& to)
{
    // Each engine at its own latest version (a server's may be ahead: Migrations.h); the tables copied are the same.
    const auto current
        = [](const Database& db) { return db.schemaVersion() == latestSchemaVersion(db.engineName().toLower()); };
    if (!current(from) || !current(to))
        return Error{tr("%1 has database version %2 and %3 has version %4; both must be opened by this CaseLoop "
                        "first.")
                         .arg(from.path())
                         .arg(from.schemaVersion())
                         .arg(to.path())
                         .arg(to.schemaVersion())};
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    Transaction tx(to);
    if (!tx.begun())
        return Error{tx.begun().error()};
    // No desk may start the office in the target while it is checked and filled.
    QStringList all;
    for (const char* name : kTables)
        all << QLatin1String(name);
    if (Status s = to.lockTables(all); !s)
        return Error{s.error()};
    auto held = holdsAnOffice(target);
    if (!held)
        return Error{held.error()};
    if (*held)
        return Error{tr("%1 already holds an office (complaints, staff, places or history); a copy goes only into a "
                        "new, empty database. Nothing was changed.")
                         .arg(to.path())};
    if (Status s = to.emptyTables(all); !s)
        return Error{s.error()};
    // One snapshot of the source: other desks may go on working, the copy sees the moment it started.
    if (Status s = from.beginSnapshot(); !s)
        return Error{s.error()};
    OfficeCopyReport report;
    Status failed;
    for (const char* name : kTables) {
        const QString table = QLatin1String(name);
        auto copied = copyTable(source, to, table);
        auto expected = countOf(source, table);
        if (!copied || !expected) {
            failed = Error{tr("Copying %1 failed: %2").arg(table, !copied ? copied.error() : expected.error())};
            break;
        }
        auto landed = countOf(target, table);
        if (!landed) {
            failed = Error{landed.error()};
            break;
        }
        if (*landed != *expected || *copied != *expected) {
            failed = Error{tr("Copying %1 failed: %2 rows in the source, %3 in the copy. Nothing was changed.")
                               .arg(table)
                               .arg(*expected)
                               .arg(*landed)};
            break;
        }
        if (Status s = to.resumeIds(table); !s) {
            failed = s;
            break;
        }
        report.tables.append({table, *landed});
    }
    from.endSnapshot();
    if (!failed)
        return Error{failed.error()};
    if (Status s = tx.commit(); !s)
        return Error{s.error()};
    return report;
}

} // namespace caseloop
