#pragma once

#include "base/Result.h"

#include <QDateTime>

namespace caseloop {

// A received time as people and Excel write it in a ledger (台账): 2026-03-05, 2026-03-05 14:30,
// 2026/3/5 9:05, 2026.3.5, 2026年3月5日 14时30分, 2026-03-05T14:30:00, or an Excel serial number (46086.6).
// A date without a time is taken as 00:00. Fails, saying why, for text that is no date or an impossible one
// (2026-02-30, 25:10).
Result<QDateTime> parseLedgerTime(const QString& text);

// Excel's day count (1 = 1900-01-01, with Lotus's phantom 29 Feb 1900) to a time, to the minute.
QDateTime fromExcelSerial(double serial);

// Where a ledger says the complaint is: 3栋2单元1502, 3-2-1502, 3号楼1502, 3栋2-1502, 3-1502, 3栋.
// Anything else (地下车库B区, 东门岗亭) is kept whole as a free location (a public area).
struct LedgerLocation
{
    QString building; // as written: "3栋", "3号楼", or "3" for 3-2-1502
    QString unit;
    QString room;
    QString freeText;
};
LedgerLocation parseLedgerLocation(const QString& text);

// The key two spellings of one building share: "3栋", "3号楼", "3幢", "3座" and "3" are all "3".
QString buildingKey(const QString& name);

} // namespace caseloop
