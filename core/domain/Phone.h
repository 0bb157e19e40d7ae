#pragma once

#include <QString>

namespace caseloop {

// Removes spaces, dashes and a leading +86 / 0086, keeping a landline's area-code dash: "0571-88886666".
QString normalisePhone(const QString& phone);
// Mainland mobile (1[3-9] and 9 digits) or a landline with area code (0xx-xxxxxxxx, 7 or 8 digits).
bool isValidPhone(const QString& normalisedPhone);
// 138****1234 for lists, exports and printouts when the operator's role may not see the number.
QString maskPhone(const QString& phone);

} // namespace caseloop
