#include "sqlite/LedgerFeed.h"

#include "base/EnumTable.h"
#include "sqlite/SqlQuery.h"

namespace caseloop {

namespace {
// The feed's columns; the names up to Key are the columns of complaints they fill.
enum class Col {
    IdColumn,
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
    CreatedAt,
    UpdatedAt,
    Note,
    Key,
    Department,
    TicketResult,
    TicketDoneAt,
    TicketStatus,
    AuditText,
    ColumnCount
};

const char* const kNames[int(Col::ColumnCount)] = {"id",
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
                                                   "created_at",
                                                   "updated_at",
                                                   "note",
                                                   "import_key",
                                                   "department_id",
                                                   "ticket_result",
                                                   "ticket_done_at",
                                                   "ticket_status",
                                                   "audit_text"};

} // namespace

LedgerFeed::LedgerFeed(const std::vector<StagedComplaint>& rows, Id firstId, const SlaPolicy& policy,
                       const WorkingCalendar& calendar, const QDateTime& now, const QString& fileName)
    : m_rows(rows)
    , m_firstId(firstId)
    , m_policy(policy)
    , m_calendar(calendar)
    , m_now(toDb(now).toString().toLatin1())
    // Translated once, not per row; the row number goes where the NUL is (no file name holds one).
    , m_auditText(LedgerText::tr("%1, row %2").arg(fileName, QString(QChar(0))))
{
}

const QStringList& LedgerFeed::columns()
{
    static const QStringList names = [] {
        QStringList list;
        for (const char* name : kNames)
            list << QLatin1String(name);
        return list;
    }();
    return names;
}

QString LedgerFeed::complaintColumns()
{
    return columns().mid(0, int(Col::Key) + 1).join(QStringLiteral(", "));
}

void LedgerFeed::time(const QDateTime& t, Cell& out)
{
    char text[19];
    if (!t.isValid())
        out.null();
    else if (dbTimeText(t, text))
        out.ascii(text, 19);
    else
        out.text(toDb(t).toString());
}

LedgerFeed::Promises LedgerFeed::promisesOf(const LedgerRecord& r) const
{
    using S = ComplaintStatus;
    Promises p;
    switch (r.status) {
    case S::New:
        p.firstContactDue = m_policy.firstContactDue(r.received, r.priority);
        p.feedbackDue = m_policy.feedbackDue(r.received, m_calendar);
        break;
    case S::InProgress:
    case S::Reopened:
        p.firstContactAt = r.received;
        p.feedbackDue = m_policy.feedbackDue(r.received, m_calendar);
        break;
    case S::AwaitingFollowUp:
        p.firstContactAt = p.feedbackAt = r.received;
        p.followUpDue = m_policy.followUpDue(r.received);
        break;
    case S::Closed:
        // Contacted and answered by the time it was closed; followed up when the ledger has a satisfaction. The
        // ledger kept no due times, so the promise figures leave these rows out; and a row with its times
        // filled stays out of the partial indexes of promises still open.
        p.firstContactAt = p.feedbackAt = r.closedAt;
        if (r.satisfaction)
            p.followUpAt = r.closedAt;
        break;
    default: // invalid, withdrawn: someone spoke with the caller; no promises to check
        p.firstContactAt = r.received;
        break;
    }
    return p;
}

void LedgerFeed::column(qsizetype row, int column, Cell& out)
{
    const StagedComplaint& s = m_rows[size_t(row)];
    const LedgerRecord& r = *s.record;
    const LedgerResolver::Ids& ids = s.ids;
    const bool closed = r.status == ComplaintStatus::Closed;
    const bool invalid = r.status == ComplaintStatus::Invalid;
    const bool finished = closed || !r.result.isEmpty();
    if (column >= int(Col::FirstContactDue) && column <= int(Col::FollowUpAt) && m_promisesRow != row) {
        m_promises = promisesOf(r);
        m_promisesRow = row;
    }
    // An enum's stored key (ASCII) without building a QString; '' if the table has none, as toStorage() gives.
    const auto key = [&out](const char* k) { return k ? out.ascii(k, int(qstrlen(k))) : out.text(QString()); };
    switch (Col(column)) {
    case Col::IdColumn:
        if (m_progress && row > 0 && row % 1000 == 0 && !m_progress(int(row), int(m_rows.size()))) {
            m_cancelled = true;
            return out.error(LedgerText::tr("Cancelled; nothing was imported."));
        }
        return out.integer(m_firstId + row);
    case Col::Code:
        return out.text(s.code);
    case Col::Received:
        return time(r.received, out);
    case Col::Channel:
        return out.integer(ids.channel);
    case Col::Kind:
        return out.integer(ids.kind);
    case Col::Complainant:
        return out.text(r.complainant);
    case Col::Phone:
        return out.text(r.phone);
    case Col::CustomerType:
        return out.integer(ids.customerType);
    case Col::Region:
        return out.idOrNull(ids.region);
    case Col::Estate:
        return out.idOrNull(ids.estate);
    case Col::Building:
        return out.idOrNull(ids.building);
    case Col::Unit:
        return out.text(ids.building ? r.unit : QString());
    case Col::Room:
        return out.text(ids.building ? r.room : QString());
    case Col::PublicArea:
        return out.text(ids.publicArea.isEmpty() ? r.publicArea : ids.publicArea);
    case Col::Type:
        return out.integer(ids.type);
    case Col::ServiceLine:
        return out.integer(ids.serviceLine);
    case Col::PriorityColumn:
        return key(storageKey(r.priority));
    case Col::Valid:
        return out.integer(invalid ? 0 : 1);
    case Col::InvalidReason:
        return out.text(invalid ? r.result : QString());
    case Col::Description:
        return out.text(r.description);
    case Col::Request:
        return out.text(r.request);
    case Col::Steward:
        return out.idOrNull(ids.steward);
    case Col::Status:
        return key(storageKey(r.status));
    case Col::FirstContactDue:
        return time(m_promises.firstContactDue, out);
    case Col::FeedbackDue:
        return time(m_promises.feedbackDue, out);
    case Col::FollowUpDue:
        return time(m_promises.followUpDue, out);
    case Col::FirstContactAt:
        return time(m_promises.firstContactAt, out);
    case Col::FeedbackAt:
        return time(m_promises.feedbackAt, out);
    case Col::FollowUpAt:
        return time(m_promises.followUpAt, out);
    case Col::ClosedAt:
        return time(closed ? r.closedAt : QDateTime(), out);
    case Col::CloseReason:
        return out.text(closed ? r.result : QString());
    case Col::SatisfactionColumn:
        return r.satisfaction ? key(storageKey(*r.satisfaction)) : out.null();
    case Col::CreatedAt:
    case Col::UpdatedAt:
        return out.ascii(m_now.constData(), int(m_now.size()));
    case Col::Note:
        return out.text(r.note);
    case Col::Key:
        return out.text(r.importKey);
    case Col::Department:
        return out.idOrNull(ids.department);
    case Col::TicketResult:
        return out.text(r.result);
    case Col::TicketDoneAt:
        return time(ids.department && finished ? (closed ? r.closedAt : r.received) : QDateTime(), out);
    case Col::TicketStatus:
        return out.ascii(finished ? "done" : "waiting", finished ? 4 : 7);
    case Col::AuditText:
        return out.text(QString(m_auditText).replace(QChar(0), QString::number(r.row)));
    case Col::ColumnCount:
        break;
    }
    out.null();
}

} // namespace caseloop
