#include "domain/WorkingCalendar.h"

#include "base/Clock.h"
#include "store/CalendarStore.h"

namespace caseloop {

WorkingCalendar::WorkingCalendar(const QList<CalendarDay>& days)
{
    for (const CalendarDay& d : days)
        m_days.insert(d.date, d.kind);
}

Result<WorkingCalendar> WorkingCalendar::load(CalendarStore& store)
{
    auto days = store.days(QDate(1900, 1, 1), QDate(2999, 12, 31));
    if (!days)
        return Error{days.error()};
    return WorkingCalendar(days.value());
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd())
        return *it == DayKind::Workday;
    return date.dayOfWeek() <= 5;
}

QDateTime WorkingCalendar::addWorkingDays(const QDateTime& start, int n) const
{
    QDate day = start.date();
    int counted = 0;
    // A year of consecutive holidays cannot happen; the bound keeps a broken calendar from looping forever.
    for (int guard = 0; counted < n && guard < 366 + n; ++guard) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return wallTime(day, start.time());
}

int WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (isWorkingDay(d))
            ++count;
    return count;
}

} // namespace caseloop
