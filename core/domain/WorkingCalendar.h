#pragma once

#include "domain/Records.h"

#include <QHash>

namespace caseloop {

class CalendarStore;

// Working days: Monday to Friday, minus public holidays, plus adjusted working days 调休
// (a Saturday or Sunday that is worked). Pure logic; the days come from the CalendarStore.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    explicit WorkingCalendar(const QList<CalendarDay>& days);
    static Result<WorkingCalendar> load(CalendarStore& store);

    bool isWorkingDay(const QDate& date) const;
    // The same time of day on the n-th working day after start's date. A complaint received on
    // Friday 16:00 with n = 3 is due Wednesday 16:00; one received on Saturday is due Wednesday too.
    QDateTime addWorkingDays(const QDateTime& start, int n) const;
    // Working days in (from, to]: 0 when to <= from.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    QHash<QDate, DayKind> m_days;
};

} // namespace caseloop
