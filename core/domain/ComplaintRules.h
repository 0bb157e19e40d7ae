#pragma once

#include "domain/Records.h"

#include <QCoreApplication>

namespace caseloop {

// The rules about one complaint that the desk, the list, the case view, the exports and the CLI all apply, so that
// none of them keeps its own copy (docs/DOMAIN.md §3).

// Whether an open complaint has a promise (first contact, feedback, follow-up) past due at `now`.
// The same rule as ComplaintFilter::overdueOnly, for records already in memory.
bool hasOverduePromise(const Complaint& c, const QDateTime& now);

// The earliest promise of an open complaint not yet kept, or an invalid time when none is pending.
QDateTime nextPromiseDue(const Complaint& c);

// The next promise when it falls due within `hours` from `now` (not yet overdue): the list marks it "due soon".
QDateTime promiseDueSoon(const Complaint& c, const QDateTime& now, int hours);

// Whether a follow-up (a call back, a satisfaction visit) may be recorded: while the complaint is open, and after it
// is closed (the satisfaction visit comes after closing). Not for invalid or withdrawn complaints.
bool mayRecordFollowUp(ComplaintStatus status);

// A phone number as the desk takes it (already normalised with normalisePhone()): required when `required` (a
// steward registering a call must be able to call back), and when given, a mobile or a landline with area code.
// `record` names the complaint in the message; `typed` is the number as the user wrote it.
Status checkComplaintPhone(const QString& record, const QString& phone, const QString& typed, bool required);

} // namespace caseloop
