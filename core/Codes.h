#pragma once

#include "Result.h"

#include <QDate>

namespace caseloop {

class SettingsStore;

// Readable unique codes: complaints TS-20261123-0007 (day of receipt, then a daily sequence),
// rectification items ZG-2026-0012 (year, then a yearly sequence). Call inside the write transaction.
Result<QString> nextComplaintCode(SettingsStore& settings, const QDate& received);
Result<QString> nextRectificationCode(SettingsStore& settings, const QDate& assigned);
bool isComplaintCode(const QString& code);

} // namespace caseloop
