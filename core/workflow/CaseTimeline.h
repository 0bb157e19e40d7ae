#pragma once

#include "domain/Records.h"

#include <QCoreApplication>

namespace caseloop {

class Store;

// One line of a case's history as the case view shows it.
struct TimelineEntry
{
    enum class Kind { Registered, Status, Ticket, FollowUp, Change, Event };
    QDateTime at;
    Kind kind = Kind::Event;
    QString actor;
    QString title; // 状态 处理中 → 待回访; 派单 工程部 …
    QString detail; // what was said, the measures, the reason…
};

// Everything that happened to a complaint, oldest first: its registration and status changes and
// field edits (from the audit log), its tickets and their steps, and its follow-ups.
class CaseTimeline
{
    Q_DECLARE_TR_FUNCTIONS(CaseTimeline)

public:
    static Result<QList<TimelineEntry>> build(Store& store, Id complaintId);
};

} // namespace caseloop
