#include "sql/LedgerFeed.h"

#include "base/EnumTable.h"
#include "sql/ComplaintColumns.h"
#include "sql/SqlQuery.h"

namespace caseloop {

namespace {
// The feed's columns: id, every column of complaints (ComplaintColumns.h), then what the ticket and the audit row
// need, with import_key first (it goes into complaints too).
constexpr int kFirstComplaintColumn = 1;
constexpr int kFirstExtra = kFirstComplaintColumn + kComplaintColumnCount;
enum class Extra { Key, Department, TicketResult, TicketDoneAt, TicketStatus, AuditText, Count };
const char* const kExtraNames[int(Extra::Count)]
    = {"import_key", "department_id", "ticket_result", "ticket_done_at", "ticket_status", "audit_text"};

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
        QStringList list{QStringLiteral("id")};
        list << complaintColumnNames();
        for (const char* name : kExtraNames)
            list << QLatin1String(name);
        return list;
    }();
    return names;
}

QString LedgerFeed::complaintColumns()
{
    return columns().mid(0, kFirstExtra + 1).join(QStringLiteral(", "));
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
    using C = ComplaintColumn;
    const auto field = ComplaintColumn(column - kFirstComplaintColumn);
    if (field >= C::FirstContactDue && field <= C::FollowUpAt && m_promisesRow != row) {
        m_promises = promisesOf(r);
        m_promisesRow = row;
    }
    // An enum's stored key (ASCII) without building a QString; '' if the table has none, as toStorage() gives.
    const auto key = [&out](const char* k) { return k ? out.ascii(k, int(qstrlen(k))) : out.text(QString()); };
    if (column == 0) {
        if (m_progress && row > 0 && row % 1000 == 0 && !m_progress(int(row), int(m_rows.size()))) {
            m_cancelled = true;
            return out.error(LedgerText::tr("Cancelled; nothing was imported."));
        }
        return out.integer(m_firstId + row);
    }
    if (column >= kFirstExtra) {
        switch (Extra(column - kFirstExtra)) {
        case Extra::Key:
            return out.text(r.importKey);
        case Extra::Department:
            return out.idOrNull(ids.department);
        case Extra::TicketResult:
            return out.text(r.result);
        case Extra::TicketDoneAt:
            return time(ids.department && finished ? (closed ? r.closedAt : r.received) : QDateTime(), out);
        case Extra::TicketStatus:
            return out.ascii(finished ? "done" : "waiting", finished ? 4 : 7);
        case Extra::AuditText:
            return out.text(QString(m_auditText).replace(QChar(0), QString::number(r.row)));
        case Extra::Count:
            break;
        }
        return out.null();
    }
    switch (field) {
    case C::Code:
        return out.text(s.code);
    case C::Received:
        return time(r.received, out);
    case C::Channel:
        return out.integer(ids.channel);
    case C::Kind:
        return out.integer(ids.kind);
    case C::Complainant:
        return out.text(r.complainant);
    case C::Phone:
        return out.text(r.phone);
    case C::CustomerType:
        return out.integer(ids.customerType);
    case C::Region:
        return out.idOrNull(ids.region);
    case C::Estate:
        return out.idOrNull(ids.estate);
    case C::Building:
        return out.idOrNull(ids.building);
    case C::Unit:
        return out.text(ids.building ? r.unit : QString());
    case C::Room:
        return out.text(ids.building ? r.room : QString());
    case C::PublicArea:
        return out.text(ids.publicArea.isEmpty() ? r.publicArea : ids.publicArea);
    case C::Type:
        return out.integer(ids.type);
    case C::ServiceLine:
        return out.integer(ids.serviceLine);
    case C::PriorityColumn:
        return key(storageKey(r.priority));
    case C::Valid:
        return out.integer(invalid ? 0 : 1);
    case C::InvalidReason:
        return out.text(invalid ? r.result : QString());
    case C::Description:
        return out.text(r.description);
    case C::Request:
        return out.text(r.request);
    case C::Steward:
        return out.idOrNull(ids.steward);
    case C::Status:
        return key(storageKey(r.status));
    case C::FirstContactDue:
        return time(m_promises.firstContactDue, out);
    case C::FeedbackDue:
        return time(m_promises.feedbackDue, out);
    case C::FollowUpDue:
        return time(m_promises.followUpDue, out);
    case C::FirstContactAt:
        return time(m_promises.firstContactAt, out);
    case C::FeedbackAt:
        return time(m_promises.feedbackAt, out);
    case C::FollowUpAt:
        return time(m_promises.followUpAt, out);
    case C::ClosedAt:
        return time(closed ? r.closedAt : QDateTime(), out);
    case C::CloseReason:
        return out.text(closed ? r.result : QString());
    case C::SatisfactionColumn:
        return r.satisfaction ? key(storageKey(*r.satisfaction)) : out.null();
    case C::ReopenCount:
        return out.integer(0);
    case C::CreatedAt:
    case C::UpdatedAt:
        return out.ascii(m_now.constData(), int(m_now.size()));
    case C::Note:
        return out.text(r.note);
    }
    out.null();
}

} // namespace caseloop
