#pragma once

#include <QString>

namespace caseloop {

// Removes spaces, dashes and a leading +86 / 0086, keeping a landline's area-code dash: "0571-88886666".
QString normalisePhone(const QString& phone);
// Mainland mobile (1[3-9] and 9 digits) or a landline with area code (0xx-xxxxxxxx, 7 or 8 digits).
bool isValidPhone(const QString& normalisedPhone);
// A number for lists, exports and printouts when the operator's role may not see it: at least 4 of its digits and
// at least half of them hidden, from the middle, dashes and spaces kept (13812341234 → 138******34,
// 0571-88886666 → 057*-*****666, 87654321 → 87****21). A number of fewer than 4 digits is hidden whole.
QString maskPhone(const QString& phone);
// Free text (a description, a request, a follow-up note) with every phone number and ID-card number in it masked
// as maskPhone() masks: mobile numbers (1[3-9] and 9 more digits, with or without +86, spaces or dashes), landlines
// with an area code (0 and 2–3 digits, then 7–8 digits) and 18-character 身份证 numbers. Dates, times and complaint
// codes (TS-20261123-0007) are left as they are.
QString maskNumbersInText(const QString& text);
// Free text as an operator sees it: as written when their role may see phone numbers, else maskNumbersInText().
QString textAsShown(const QString& text, bool maySeePhone);

} // namespace caseloop
