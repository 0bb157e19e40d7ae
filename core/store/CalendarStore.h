#pragma once

#include "domain/Records.h"

namespace caseloop {

// Public holidays and adjusted working days 调休, and the office's settings and code sequences.
class CalendarStore
{
public:
    virtual ~CalendarStore() = default;
    virtual Result<QList<CalendarDay>> days(const QDate& from, const QDate& to) = 0;
    virtual Status setDay(const CalendarDay& day) = 0;
    virtual Status removeDay(const QDate& date) = 0;
};

} // namespace caseloop
