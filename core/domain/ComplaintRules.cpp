#include "domain/ComplaintRules.h"

#include "domain/Phone.h"

#include <array>

namespace caseloop {

bool hasOverduePromise(const Complaint& c, const QDateTime& now)
{
    return isOpen(c.status)
        && ((!c.firstContactAt.isValid() && c.firstContactDue.isValid() && c.firstContactDue < now)
            || (!c.feedbackAt.isValid() && c.feedbackDue.isValid() && c.feedbackDue < now)
            || (!c.followUpAt.isValid() && c.followUpDue.isValid() && c.followUpDue < now));
}

QDateTime nextPromiseDue(const Complaint& c)
{
    if (!isOpen(c.status))
        return {};
    QDateTime earliest;
    const std::array<std::pair<QDateTime, QDateTime>, 3> promises{
        {{c.firstContactAt, c.firstContactDue}, {c.feedbackAt, c.feedbackDue}, {c.followUpAt, c.followUpDue}}};
    for (const auto& [done, due] : promises)
        if (!done.isValid() && due.isValid() && (!earliest.isValid() || due < earliest))
            earliest = due;
    return earliest;
}

QDateTime promiseDueSoon(const Complaint& c, const QDateTime& now, int hours)
{
    const QDateTime next = nextPromiseDue(c);
    return next.isValid() && next >= now && next < now.addSecs(qint64(hours) * 3600) ? next : QDateTime();
}

bool mayRecordFollowUp(ComplaintStatus status)
{
    return isOpen(status) || status == ComplaintStatus::Closed;
}

Status checkComplaintPhone(const QString& record, const QString& phone, const QString& typed, bool required)
{
    if (phone.isEmpty())
        return required ? Status(Error{QCoreApplication::translate("ComplaintWorkflow",
                                                                   "%1: “Phone” is required: the office must be able "
                                                                   "to call back.")
                                           .arg(record)})
                        : Status();
    if (!isValidPhone(phone))
        return Error{QCoreApplication::translate(
                         "ComplaintWorkflow",
                         "%1: “Phone” %2 is neither a mobile number (11 digits starting 13–19) nor a landline "
                         "with area code (0571-88886666).")
                         .arg(record, typed)};
    return {};
}

} // namespace caseloop
