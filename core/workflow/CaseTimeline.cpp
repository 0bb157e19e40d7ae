#include "workflow/CaseTimeline.h"

#include "domain/RecordNames.h"
#include "store/Store.h"

#include <algorithm>

namespace caseloop {

namespace {
// Fields the workflow sets as a consequence of a step the timeline already shows.
bool isConsequence(const QString& field)
{
    static const QStringList fields{
        QStringLiteral("updated_at"),   QStringLiteral("first_contact_at"),  QStringLiteral("feedback_at"),
        QStringLiteral("follow_up_at"), QStringLiteral("follow_up_due"),     QStringLiteral("closed_at"),
        QStringLiteral("satisfaction"), QStringLiteral("reopen_count"),      QStringLiteral("completed_at"),
        QStringLiteral("feedback_due"), QStringLiteral("first_contact_due"), QStringLiteral("measures"),
        QStringLiteral("result"),       QStringLiteral("return_reason"),     QStringLiteral("dispatched_at")};
    return fields.contains(field);
}

// The name a steward knows a complaint's column by.
QString fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("CaseTimeline", "description")},
        {QStringLiteral("request"), QT_TRANSLATE_NOOP("CaseTimeline", "request")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("CaseTimeline", "priority")},
        {QStringLiteral("type_id"), QT_TRANSLATE_NOOP("CaseTimeline", "complaint type")},
        {QStringLiteral("service_line_id"), QT_TRANSLATE_NOOP("CaseTimeline", "service line")},
        {QStringLiteral("steward_id"), QT_TRANSLATE_NOOP("CaseTimeline", "steward")},
        {QStringLiteral("complainant_name"), QT_TRANSLATE_NOOP("CaseTimeline", "complainant")},
        {QStringLiteral("complainant_phone"), QT_TRANSLATE_NOOP("CaseTimeline", "phone")},
        {QStringLiteral("valid"), QT_TRANSLATE_NOOP("CaseTimeline", "valid")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : QCoreApplication::translate("CaseTimeline", it.value());
}

// An audited value as text: names for the catalogue and staff columns.
QString valueText(const RecordNames& names, const QString& field, const QString& value)
{
    if (field == QLatin1String("steward_id"))
        return names.staff.value(value.toLongLong(), value);
    if (field == QLatin1String("type_id") || field == QLatin1String("service_line_id"))
        return names.catalogue.value(value.toLongLong(), value);
    if (field == QLatin1String("priority"))
        if (auto p = fromStorage<Priority>(value))
            return displayName(*p);
    return value;
}

template <class E> QString statusName(const QString& storage)
{
    const auto value = fromStorage<E>(storage);
    return value ? displayName(*value) : storage;
}
} // namespace

Result<QList<TimelineEntry>> CaseTimeline::build(Store& store, Id complaintId)
{
    auto complaint = store.complaints().get(complaintId);
    auto audit = store.audit().forRecord(QStringLiteral("complaint"), complaintId);
    auto tickets = store.tickets().forComplaint(complaintId);
    auto followUps = store.followUps().forComplaint(complaintId);
    if (!complaint || !audit || !tickets || !followUps)
        return Error{!complaint     ? complaint.error()
                         : !audit   ? audit.error()
                         : !tickets ? tickets.error()
                                    : followUps.error()};
    RecordNames names;
    if (Status s = names.load(store); !s)
        return Error{s.error()};

    QList<TimelineEntry> entries;
    for (const AuditEntry& a : audit.value()) {
        if (a.action == QLatin1String("create")) {
            entries.append(
                {a.at, TimelineEntry::Kind::Registered, a.actorName, tr("Registered %1").arg(complaint->code), {}});
        } else if (a.action == QLatin1String("import")) {
            entries.append({a.at, TimelineEntry::Kind::Registered, a.actorName,
                            tr("Imported %1 from a ledger").arg(complaint->code), a.newValue});
        } else if (a.action == QLatin1String("update") && a.field == QLatin1String("status")) {
            entries.append({a.at,
                            TimelineEntry::Kind::Status,
                            a.actorName,
                            tr("Status %1 → %2")
                                .arg(statusName<ComplaintStatus>(a.oldValue), statusName<ComplaintStatus>(a.newValue)),
                            {}});
        } else if (a.action == QLatin1String("update") && a.field.endsWith(QLatin1String("_reason"))) {
            entries.append({a.at, TimelineEntry::Kind::Status, a.actorName, tr("Reason"), a.newValue});
        } else if (a.action == QLatin1String("update") && !isConsequence(a.field)) {
            entries.append(
                {a.at, TimelineEntry::Kind::Change, a.actorName, tr("Changed %1").arg(fieldLabel(a.field)),
                 tr("%1 → %2").arg(valueText(names, a.field, a.oldValue), valueText(names, a.field, a.newValue))});
        } else if (const auto action = fromStorage<ComplaintAction>(a.action)) {
            entries.append({a.at, TimelineEntry::Kind::Status, a.actorName, displayName(*action), a.newValue});
        } else if (a.action != QLatin1String("update")) {
            entries.append({a.at, TimelineEntry::Kind::Event, a.actorName, a.action, a.newValue});
        }
    }

    for (const Ticket& t : tickets.value()) {
        const QString to = names.departments.value(t.departmentId)
            + (t.assigneeId > 0 ? QStringLiteral(" / ") + names.staff.value(t.assigneeId) : QString());
        auto ticketAudit = store.audit().forRecord(QStringLiteral("ticket"), t.id);
        if (!ticketAudit)
            return Error{ticketAudit.error()};
        QString dispatcher;
        bool doneInAudit = false;
        for (const AuditEntry& a : ticketAudit.value()) {
            if (a.action == QLatin1String("create")) {
                dispatcher = a.actorName;
                continue;
            }
            if (a.field != QLatin1String("status"))
                continue;
            const auto status = fromStorage<TicketStatus>(a.newValue);
            QString detail;
            if (status == TicketStatus::Done) {
                detail = tr("Measures: %1\nResult: %2").arg(t.measures, t.result);
                doneInAudit = true;
            } else if (status == TicketStatus::Returned)
                detail = tr("Reason: %1").arg(t.returnReason);
            entries.append({a.at, TimelineEntry::Kind::Ticket, a.actorName,
                            tr("Ticket to %1: %2 → %3")
                                .arg(to, statusName<TicketStatus>(a.oldValue), statusName<TicketStatus>(a.newValue)),
                            detail});
        }
        entries.append(
            {t.dispatchedAt, TimelineEntry::Kind::Ticket, dispatcher, tr("Dispatched to %1").arg(to),
             t.dueAt.isValid() ? tr("Due %1").arg(t.dueAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : QString()});
        // A ticket brought in finished from a ledger has no audited steps: its result is shown from the ticket.
        if (!doneInAudit && t.status == TicketStatus::Done && t.completedAt.isValid())
            entries.append(
                {t.completedAt, TimelineEntry::Kind::Ticket, QString(), tr("Ticket to %1 done").arg(to), t.result});
    }

    for (const FollowUp& f : followUps.value()) {
        QString detail = tr("Said: %1").arg(f.said);
        if (!f.answer.isEmpty())
            detail += QLatin1Char('\n') + tr("Answer: %1").arg(f.answer);
        if (f.satisfaction)
            detail += QLatin1Char('\n') + tr("Satisfaction: %1").arg(displayName(*f.satisfaction));
        if (f.reopenRequested)
            detail += QLatin1Char('\n') + tr("The customer asked to reopen.");
        entries.append({f.at, TimelineEntry::Kind::FollowUp, names.staff.value(f.staffId),
                        tr("%1 by %2").arg(displayName(f.purpose), displayName(f.method)), detail});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at < b.at; });
    return entries;
}

} // namespace caseloop
