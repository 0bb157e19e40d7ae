#pragma once

#include "base/Result.h"

#include <QDate>

namespace caseloop {

class SettingsStore;

// Readable unique codes: complaints TS-20261123-0007 (day of receipt, then a daily sequence),
// rectification items ZG-2026-0012 (year, then a yearly sequence). Call inside the write transaction.
Result<QString> nextComplaintCode(SettingsStore& settings, const QDate& received);
Result<QString> nextRectificationCode(SettingsStore& settings, const QDate& assigned);
bool isComplaintCode(const QString& code);
// The parts nextComplaintCode joins, for writers that keep their own counters (the ledger import):
// "TS-20261123" for a day, and a prefix with its sequence number, "TS-20261123-0007".
QString complaintCodePrefix(const QDate& received);
QString codeWithNumber(const QString& prefix, int number);

} // namespace caseloop
