#pragma once

#include "base/Result.h"
#include "sheet/Sheet.h"

#include <functional>

class QIODevice;

namespace caseloop {

// Writes a sheet as CSV: UTF-8 with a byte-order mark (so Excel shows the Chinese), CRLF line ends,
// fields quoted when they hold a comma, quote or line break (RFC 4180). Header row first; no title. A field that
// starts with =, +, -, @, a tab or a carriage return is written with a leading ' so that a spreadsheet shows it
// as text instead of running it as a formula (CSV injection).
Status writeCsv(const Sheet& sheet, QIODevice& device);

// Writes `write` into `path` atomically through QSaveFile: a failure leaves any earlier file as it was. A target
// that checkOutputTarget() refuses as a document (an open database, any database file, a folder, a link…) is
// refused before anything is written.
Status saveAtomically(const QString& path, const std::function<Status(QIODevice&)>& write);

// An export of personal data and its audit row appear together or not at all: `write` makes the file under a
// temporary name beside `path` (any writer: CSV, XLSX, PDF), `record` then commits the audit row, and only then is
// the file renamed into place. When `record` fails, the file is removed and nothing is exported. `path` is checked
// with checkOutputTarget() first.
Status saveAudited(const QString& path, const std::function<Status(const QString& temporary)>& write,
                   const std::function<Status()>& record);

} // namespace caseloop
