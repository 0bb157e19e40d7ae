#pragma once

#include "domain/Records.h"

#include <QStringList>
#include <QVariant>

namespace caseloop {

// The columns of `complaints` that hold a Complaint's fields, listed once. The store writes and reads a complaint
// through complaintValue() and setComplaintValue(), and the ledger import's feed (LedgerFeed) fills the same
// columns by the same enum, so adding a column means adding it here, and the compiler then names every switch
// that lacks it. `id` and `row_version` are the store's own and not in the list.
enum class ComplaintColumn {
    Code,
    Received,
    Channel,
    Kind,
    Complainant,
    Phone,
    CustomerType,
    Region,
    Estate,
    Building,
    Unit,
    Room,
    PublicArea,
    Type,
    ServiceLine,
    PriorityColumn,
    Valid,
    InvalidReason,
    Description,
    Request,
    Steward,
    Status,
    FirstContactDue,
    FeedbackDue,
    FollowUpDue,
    FirstContactAt,
    FeedbackAt,
    FollowUpAt,
    ClosedAt,
    CloseReason,
    SatisfactionColumn,
    ReopenCount,
    CreatedAt,
    UpdatedAt,
    Note,
};
inline constexpr int kComplaintColumnCount = int(ComplaintColumn::Note) + 1;

// The column's name in `complaints`.
QLatin1String complaintColumnName(ComplaintColumn column);
// Every name, in the enum's order.
const QStringList& complaintColumnNames();
// The stored value of one field (times and dates in their storage form, enums as their keys, 0 ids as NULL).
QVariant complaintValue(const Complaint& c, ComplaintColumn column);
// The field back from its stored value.
void setComplaintValue(Complaint& c, ComplaintColumn column, const QVariant& value);

} // namespace caseloop
