#pragma once

#include "base/Result.h"

#include "store/OfficeCopyReport.h"

namespace caseloop {

class Database;

// Copies a whole office from one database to another, on either engine: every table CaseLoop keeps, every row with
// its id, read from one consistent snapshot of `from` and written in one transaction of `to`, which must be a new
// office of the same schema version (its default catalogues are replaced by the source's). Every table's count is
// compared before the commit: all of it lands, or nothing.
Result<OfficeCopyReport> copyOffice(Database& from, Database& to);

} // namespace caseloop
