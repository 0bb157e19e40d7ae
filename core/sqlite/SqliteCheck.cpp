// SQLite's check of the file itself, for `check` (SqliteDatabase::checkStorage).
#include "sql/SqlTable.h"
#include "sqlite/DamageMarks.h"
#include "sqlite/SqliteDatabase.h"

#include <QCoreApplication>

namespace caseloop {

Result<StorageCheck> SqliteDatabase::checkStorage()
{
    const QSqlDatabase db = connection();
    StorageCheck check;
    auto integrity = selectRows<QString>(db, QStringLiteral("PRAGMA integrity_check"), {},
                                         [](SqlQuery& q) { return q.value(0).toString(); });
    if (!integrity)
        return Error{integrity.error()};
    if (integrity.value() != QStringList{QStringLiteral("ok")}) {
        DamageMarks::remember(m_path, integrity->mid(0, 3).join(QStringLiteral("; ")));
        check.problems << QCoreApplication::translate("caseloop::Integrity", "SQLite integrity check: %1")
                              .arg(integrity->mid(0, 10).join(QStringLiteral("; ")))
                       << QCoreApplication::translate("caseloop::Integrity",
                                                      "The file is damaged; CaseLoop's own checks were not run. "
                                                      "Restore it from a backup.");
        check.damaged = true;
        return check;
    }
    DamageMarks::forget(m_path); // whole again (restored, or repaired by hand)
    auto foreignKeys = selectRows<QString>(db, QStringLiteral("PRAGMA foreign_key_check"), {}, [](SqlQuery& q) {
        return QStringLiteral("%1 row %2 → %3")
            .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    });
    if (!foreignKeys)
        return Error{foreignKeys.error()};
    if (!foreignKeys->isEmpty())
        check.problems << QCoreApplication::translate("caseloop::Integrity", "%1 broken references: %2")
                              .arg(foreignKeys->size())
                              .arg(foreignKeys->mid(0, 5).join(QStringLiteral(", ")));
    return check;
}

} // namespace caseloop
