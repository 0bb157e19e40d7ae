#include "sql/ComplaintColumns.h"

#include "sql/SqlQuery.h"

namespace caseloop {

namespace {
const char* const kNames[kComplaintColumnCount] = {
    "code",
    "received_at",
    "channel_id",
    "kind_id",
    "complainant_name",
    "complainant_phone",
    "customer_type_id",
    "region_id",
    "estate_id",
    "building_id",
    "unit",
    "room",
    "public_area",
    "type_id",
    "service_line_id",
    "priority",
    "valid",
    "invalid_reason",
    "description",
    "request",
    "steward_id",
    "status",
    "first_contact_due",
    "feedback_due",
    "follow_up_due",
    "first_contact_at",
    "feedback_at",
    "follow_up_at",
    "closed_at",
    "close_reason",
    "satisfaction",
    "reopen_count",
    "created_at",
    "updated_at",
    "note",
};
} // namespace

QLatin1String complaintColumnName(ComplaintColumn column)
{
    return QLatin1String(kNames[int(column)]);
}

const QStringList& complaintColumnNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const char* name : kNames)
            list << QLatin1String(name);
        return list;
    }();
    return names;
}

QVariant complaintValue(const Complaint& c, ComplaintColumn column)
{
    using C = ComplaintColumn;
    switch (column) {
    case C::Code:
        return c.code;
    case C::Received:
        return toDb(c.receivedAt);
    case C::Channel:
        return c.channelId;
    case C::Kind:
        return c.kindId;
    case C::Complainant:
        return c.complainantName;
    case C::Phone:
        return c.complainantPhone;
    case C::CustomerType:
        return c.customerTypeId;
    case C::Region:
        return idToDb(c.regionId);
    case C::Estate:
        return idToDb(c.estateId);
    case C::Building:
        return idToDb(c.buildingId);
    case C::Unit:
        return c.unit;
    case C::Room:
        return c.room;
    case C::PublicArea:
        return c.publicArea;
    case C::Type:
        return c.typeId;
    case C::ServiceLine:
        return c.serviceLineId;
    case C::PriorityColumn:
        return toStorage(c.priority);
    case C::Valid:
        return c.valid ? 1 : 0;
    case C::InvalidReason:
        return c.invalidReason;
    case C::Description:
        return c.description;
    case C::Request:
        return c.request;
    case C::Steward:
        return idToDb(c.stewardId);
    case C::Status:
        return toStorage(c.status);
    case C::FirstContactDue:
        return toDb(c.firstContactDue);
    case C::FeedbackDue:
        return toDb(c.feedbackDue);
    case C::FollowUpDue:
        return toDb(c.followUpDue);
    case C::FirstContactAt:
        return toDb(c.firstContactAt);
    case C::FeedbackAt:
        return toDb(c.feedbackAt);
    case C::FollowUpAt:
        return toDb(c.followUpAt);
    case C::ClosedAt:
        return toDb(c.closedAt);
    case C::CloseReason:
        return c.closeReason;
    case C::SatisfactionColumn:
        return c.satisfaction ? QVariant(toStorage(*c.satisfaction)) : QVariant();
    case C::ReopenCount:
        return c.reopenCount;
    case C::CreatedAt:
        return toDb(c.createdAt);
    case C::UpdatedAt:
        return toDb(c.updatedAt);
    case C::Note:
        return c.note;
    }
    return {};
}

void setComplaintValue(Complaint& c, ComplaintColumn column, const QVariant& v)
{
    using C = ComplaintColumn;
    switch (column) {
    case C::Code:
        c.code = v.toString();
        return;
    case C::Received:
        c.receivedAt = timeFromDb(v);
        return;
    case C::Channel:
        c.channelId = v.toLongLong();
        return;
    case C::Kind:
        c.kindId = v.toLongLong();
        return;
    case C::Complainant:
        c.complainantName = v.toString();
        return;
    case C::Phone:
        c.complainantPhone = v.toString();
        return;
    case C::CustomerType:
        c.customerTypeId = v.toLongLong();
        return;
    case C::Region:
        c.regionId = v.toLongLong();
        return;
    case C::Estate:
        c.estateId = v.toLongLong();
        return;
    case C::Building:
        c.buildingId = v.toLongLong();
        return;
    case C::Unit:
        c.unit = v.toString();
        return;
    case C::Room:
        c.room = v.toString();
        return;
    case C::PublicArea:
        c.publicArea = v.toString();
        return;
    case C::Type:
        c.typeId = v.toLongLong();
        return;
    case C::ServiceLine:
        c.serviceLineId = v.toLongLong();
        return;
    case C::PriorityColumn:
        c.priority = fromStorage<Priority>(v.toString()).value_or(Priority::Normal);
        return;
    case C::Valid:
        c.valid = v.toBool();
        return;
    case C::InvalidReason:
        c.invalidReason = v.toString();
        return;
    case C::Description:
        c.description = v.toString();
        return;
    case C::Request:
        c.request = v.toString();
        return;
    case C::Steward:
        c.stewardId = v.toLongLong();
        return;
    case C::Status:
        c.status = fromStorage<ComplaintStatus>(v.toString()).value_or(ComplaintStatus::New);
        return;
    case C::FirstContactDue:
        c.firstContactDue = timeFromDb(v);
        return;
    case C::FeedbackDue:
        c.feedbackDue = timeFromDb(v);
        return;
    case C::FollowUpDue:
        c.followUpDue = timeFromDb(v);
        return;
    case C::FirstContactAt:
        c.firstContactAt = timeFromDb(v);
        return;
    case C::FeedbackAt:
        c.feedbackAt = timeFromDb(v);
        return;
    case C::FollowUpAt:
        c.followUpAt = timeFromDb(v);
        return;
    case C::ClosedAt:
        c.closedAt = timeFromDb(v);
        return;
    case C::CloseReason:
        c.closeReason = v.toString();
        return;
    case C::SatisfactionColumn:
        if (v.isNull())
            c.satisfaction.reset();
        else
            c.satisfaction = fromStorage<Satisfaction>(v.toString());
        return;
    case C::ReopenCount:
        c.reopenCount = v.toInt();
        return;
    case C::CreatedAt:
        c.createdAt = timeFromDb(v);
        return;
    case C::UpdatedAt:
        c.updatedAt = timeFromDb(v);
        return;
    case C::Note:
        c.note = v.toString();
        return;
    }
}

} // namespace caseloop
