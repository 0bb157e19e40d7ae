#pragma once

#include "domain/Records.h"

#include <functional>
#include <utility>

namespace caseloop {

struct RectificationFilter
{
    QList<RectificationStatus> statuses;
    Id departmentId = 0;
    Id regionId = 0;
    Id typeId = 0;
    QDate from; // assigned on or after
    QDate to; // assigned on or before
    bool overdueOnly = false;
    QDate today; // what "overdue" is measured against
};

// One row of the rectification tracking sheet 投诉问题整改跟踪表, with names resolved for printing.
struct TrackingRow
{
    Id id = 0;
    QString code;
    QString problem;
    QStringList complaintCodes; // 问题来源
    QString type;
    QString region;
    QString estate;
    QString serviceLine;
    QString department;
    QString suggestion;
    QDate deadline;
    QString measures;
    QString responsiblePerson;
    QDate plannedDate;
    QString feedback;
    QString unresolvedReason;
    QString reviewOpinion;
    std::optional<ConfirmResult> confirmResult;
    RectificationStatus status = RectificationStatus::Assigned;
    QDateTime assignedAt;
    bool overdue = false;
};

// The tracking sheet's order: by required deadline, then by item id (an item without a valid deadline first).
inline std::pair<qint64, Id> trackingOrder(const TrackingRow& row)
{
    return {row.deadline.toJulianDay(), row.id};
}

class RectificationStore
{
public:
    virtual ~RectificationStore() = default;
    // Stores the item and its links to complaints; returns its id.
    virtual Result<Id> insert(const RectificationItem& item) = 0;
    virtual Result<RectificationItem> get(Id id) = 0;
    virtual Status update(const RectificationItem& item) = 0;
    virtual Result<QList<RectificationItem>> list(const RectificationFilter& filter) = 0;
    // The tracking sheet's rows in the sheet's order (trackingOrder); overdue is measured against filter.today.
    virtual Result<QList<TrackingRow>> trackingRows(const RectificationFilter& filter) = 0;
    // The same rows handed over one at a time as they are read, in no particular order, none kept (a sheet of
    // 10,000 items is built as they come and put in order by its keys).
    virtual Status eachTrackingRow(const RectificationFilter& filter,
                                   const std::function<void(TrackingRow&& row)>& each)
        = 0;
    virtual Result<Id> addStep(const RectificationStepRecord& step) = 0;
    virtual Result<QList<RectificationStepRecord>> steps(Id itemId) = 0;
};

} // namespace caseloop
