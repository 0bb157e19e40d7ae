#pragma once

#include <QString>

namespace caseloop::RepeatChain {

// repeat_chain (schema 13 on files, 17 on servers; 14 and 19 added the members) holds, for each complaint that counts
// (not invalid or withdrawn, with a number) and has an earlier one from the same number, that earlier complaint's
// received time (previous_at) and id, the chain ordered by received time and then id, and the steward and region of
// both. A number has two complaints in a period exactly when it has an entry whose previous_at falls in the period,
// and each of its complaints there is one end of such an entry: that is how the KPI tables find their repeat
// complainants (SqlKpis.cpp) without reading every complaint of the period. Triggers keep it in the same transaction
// as each change (the migrations hold them); what is here fills it, checks it and fills it after a bulk write.

// The entries the complaints call for, columns complaint_id, previous_at, received_at, complainant_phone,
// previous_id, steward_id, region_id, previous_steward_id, previous_region_id; only the chains of the numbers
// `phones` lists (a query of one column), or every chain when it is empty.
QString expected(const QString& phones = {});

// Writes every chain into an empty repeat_chain (after the update, `check --recount`, a generated office).
QString insertAll();

// SQLite: the chains of the numbers of the complaints with id >= ? written again after a bulk insert of them. An
// insert only ever gives a complaint an earlier one, never takes it away, so an upsert of those chains is enough.
QString addFromNewRows();

// The entries that differ from expected(), each named "code: kept → actual": the previous complaint's time ("none"
// for a missing entry), or the whole entry when only its other columns differ.
QString differences();

} // namespace caseloop::RepeatChain
