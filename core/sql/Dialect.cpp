#include "sql/Dialect.h"

#include "postgres/PostgresDialect.h"
#include "sqlite/SqliteDialect.h"

namespace caseloop {

const Dialect& Dialect::of(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL") ? postgresDialect() : sqliteDialect();
}

} // namespace caseloop
