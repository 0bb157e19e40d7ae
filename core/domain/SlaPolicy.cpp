#include "domain/SlaPolicy.h"

#include "domain/WorkingCalendar.h"
#include "store/SettingsStore.h"

namespace caseloop {

namespace {
struct Field
{
    const char* key;
    int SlaPolicy::*member;
};

constexpr Field kFields[] = {
    {"sla.first_contact_hours.urgent", &SlaPolicy::firstContactHoursUrgent},
    {"sla.first_contact_hours.major", &SlaPolicy::firstContactHoursMajor},
    {"sla.first_contact_hours.normal", &SlaPolicy::firstContactHoursNormal},
    {"sla.feedback_working_days", &SlaPolicy::feedbackWorkingDays},
    {"sla.follow_up_days", &SlaPolicy::followUpDays},
    {"sla.due_soon_hours", &SlaPolicy::dueSoonHours},
};
} // namespace

int SlaPolicy::firstContactHours(Priority priority) const
{
    switch (priority) {
    case Priority::Urgent:
        return firstContactHoursUrgent;
    case Priority::Major:
        return firstContactHoursMajor;
    case Priority::Normal:
        return firstContactHoursNormal;
    }
    return firstContactHoursNormal;
}

QDateTime SlaPolicy::firstContactDue(const QDateTime& received, Priority priority) const
{
    return received.addSecs(qint64(firstContactHours(priority)) * 3600);
}

QDateTime SlaPolicy::feedbackDue(const QDateTime& received, const WorkingCalendar& calendar) const
{
    return calendar.addWorkingDays(received, feedbackWorkingDays);
}

QDateTime SlaPolicy::followUpDue(const QDateTime& feedbackAt) const
{
    return feedbackAt.addDays(followUpDays);
}

Result<SlaPolicy> SlaPolicy::load(SettingsStore& settings)
{
    SlaPolicy policy;
    for (const Field& f : kFields) {
        const QString key = QString::fromLatin1(f.key);
        auto text = settings.value(key, QString::number(policy.*f.member));
        if (!text)
            return Error{text.error()};
        bool ok = false;
        const int value = text->toInt(&ok);
        if (!ok || value < 0)
            return Error{QCoreApplication::translate("caseloop::SlaPolicy",
                                                     "Setting %1 is “%2”, not a whole number of hours or days.")
                             .arg(key, *text)};
        policy.*f.member = value;
    }
    return policy;
}

Status SlaPolicy::save(SettingsStore& settings) const
{
    for (const Field& f : kFields)
        if (Status s = settings.setValue(QString::fromLatin1(f.key), QString::number(this->*f.member)); !s)
            return s;
    return {};
}

} // namespace caseloop
