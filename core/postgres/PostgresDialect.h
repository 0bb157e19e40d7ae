#pragma once

#include "sql/Dialect.h"

namespace caseloop {

// PostgreSQL's SQL: pg_trgm and the gram array for search (migration 7 of resources/migrations/postgresql/),
// no index hints, SQLSTATE errors.
const Dialect& postgresDialect();

} // namespace caseloop
