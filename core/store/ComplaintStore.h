#pragma once

#include "domain/Records.h"

#include <QSet>

namespace caseloop {

// The list filters of the desk. Empty / 0 / invalid fields do not filter.
struct ComplaintFilter
{
    QList<ComplaintStatus> statuses;
    Id kindId = 0;
    Id typeId = 0;
    Id serviceLineId = 0;
    Id channelId = 0;
    Id regionId = 0;
    Id estateId = 0;
    Id buildingId = 0;
    Id stewardId = 0;
    Id customerTypeId = 0;
    std::optional<Priority> priority;
    // A satisfaction storage key ("satisfied"…), or "none" for complaints without one yet; empty = any.
    QString satisfaction;
    QDate from; // received on or after
    QDate to; // received on or before
    bool overdueOnly = false;
    QDateTime now; // what "overdue" is measured against
    QString text; // code, or a part of the complainant, phone, description or request
    // false for a role that sees phone numbers masked: digits must not reveal them, neither in the phone column nor
    // in the texts (a search holding four or more digits in a row then matches complaint codes only).
    bool textInPhone = true;
    QList<Id> ids; // only these complaints (a hotspot's)
    // Only complaints with a ticket of this department (what a department lead may see); 0 any, -1 none.
    Id departmentId = 0;
};

// Keyset position in the list, which is ordered newest first (received_at DESC, id DESC).
struct ComplaintCursor
{
    QDateTime receivedAt;
    Id id = 0;
};

// Someone who complained before, as the intake's type-ahead offers them: where they live and how often they called.
struct Complainant
{
    QString name;
    QString phone;
    Id customerTypeId = 0;
    Id regionId = 0;
    Id estateId = 0;
    Id buildingId = 0;
    QString unit;
    QString room;
    QString publicArea;
    int complaints = 0;
    QDateTime lastReceivedAt;
};

// The three promises to a complainant (docs/DOMAIN.md §3).
enum class DueClock { FirstContact, Feedback, FollowUp };

struct DueItem
{
    Id complaintId = 0;
    QString code;
    DueClock clock = DueClock::FirstContact;
    QDateTime due;
    Id stewardId = 0;
    bool overdue = false;
};

// How many promises of one steward's complaints are overdue, and how many are due before the horizon in all.
struct DueCount
{
    Id stewardId = 0;
    qint64 overdue = 0;
    qint64 due = 0;
};

// Whose promises the reminders list: one steward's (stewardId), those of the complaints with a ticket still open
// in one department (departmentId), or everyone's (both 0).
struct DueScope
{
    Id stewardId = 0;
    Id departmentId = 0;
};

// Whether a search text goes through the trigram index (3+ characters) or the index of characters and character
// pairs (1–2 characters), which can match many rows.
bool usesFullTextSearch(const QString& text);

class ComplaintStore
{
public:
    virtual ~ComplaintStore() = default;
    // Stores a new complaint (its code must be set) and returns its id.
    virtual Result<Id> insert(const Complaint& complaint) = 0;
    virtual Result<Complaint> get(Id id) = 0;
    virtual Result<Complaint> byCode(const QString& code) = 0;
    // Writes every changed field with an audit row each; refuses if complaint.rowVersion is stale.
    virtual Status update(const Complaint& complaint) = 0;
    virtual Result<QList<Complaint>> list(const ComplaintFilter& filter, int limit,
                                          const std::optional<ComplaintCursor>& after = std::nullopt)
        = 0;
    // The page at a position of the list (newest first) for a jump to the middle or the end; the offset is
    // skipped on an index, so even row 900,000 comes back in tens of milliseconds. `total` is the list's length
    // when the caller knows it (-1 otherwise): a page past the middle is then counted from the oldest end, which
    // skips fewer index entries (a jump to the end of ten million skips none).
    virtual Result<QList<Complaint>> listAt(const ComplaintFilter& filter, qint64 offset, int limit, qint64 total = -1)
        = 0;
    // How many complaints match; from the daily counts when only statuses and days are asked (see
    // ComplaintDays::countOf), else from the complaints.
    virtual Result<qint64> count(const ComplaintFilter& filter) = 0;
    // The open promises of `scope` due before `horizon` (overdue when before `now`), latest due first; at most
    // `limit` of them when limit > 0 (an office of millions has hundreds of thousands overdue).
    virtual Result<QList<DueItem>> dueItems(const QDateTime& now, const QDateTime& horizon, DueScope scope = {},
                                            int limit = 0)
        = 0;
    // The same promises counted per steward.
    virtual Result<QList<DueCount>> dueCounts(const QDateTime& now, const QDateTime& horizon, DueScope scope = {}) = 0;

    // Earlier complainants whose phone (4+ digits typed) or name (2+ characters) starts with `prefix`,
    // most recent first, with the place of their latest complaint.
    virtual Result<QList<Complainant>> complainants(const QString& prefix, int limit) = 0;
    // A complainant's complaints, newest first: by phone when it is given, else by name.
    virtual Result<QList<Complaint>> history(const QString& phone, const QString& name, int limit) = 0;
    // Rooms complained from in a building lately, as "2-1502" (unit-room) or "1502", for the intake's type-ahead.
    virtual Result<QStringList> knownRooms(Id buildingId, int limit) = 0;
    // The service line most used with this complaint type lately (0 when the type was never used).
    virtual Result<Id> usualServiceLine(Id typeId) = 0;
    // The keys of every complaint a ledger import stored (each row's file and content), to skip rows seen before.
    virtual Result<QSet<QString>> importKeys() = 0;
};

} // namespace caseloop
