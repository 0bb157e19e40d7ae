#pragma once

#include "domain/Records.h"

namespace caseloop {

class SettingsStore;
class WorkingCalendar;

// The promises to a complainant (docs/DOMAIN.md §3), all configurable and kept in the settings table.
struct SlaPolicy
{
    int firstContactHoursUrgent = 2;
    int firstContactHoursMajor = 24;
    int firstContactHoursNormal = 24;
    int feedbackWorkingDays = 3; // the solution fed back within 3 working days
    int followUpDays = 14; // 回访 within 14 days after the result was fed back
    int dueSoonHours = 24; // what the reminders call "due soon"

    int firstContactHours(Priority priority) const;
    QDateTime firstContactDue(const QDateTime& received, Priority priority) const;
    QDateTime feedbackDue(const QDateTime& received, const WorkingCalendar& calendar) const;
    QDateTime followUpDue(const QDateTime& feedbackAt) const;

    static Result<SlaPolicy> load(SettingsStore& settings);
    Status save(SettingsStore& settings) const;
};

} // namespace caseloop
