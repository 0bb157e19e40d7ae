#pragma once

#include "analysis/Analysis.h"

#include <QString>
#include <QVariantList>

namespace caseloop::KpiDays {

// kpi_days (schema 10 on files, 12 on servers) sums the KPIs of every steward and department per day and region,
// kept by triggers in the same transaction as each change over the view kpi_members, which holds what each complaint
// adds (the migrations hold both). Since schema 12 on files, 16 on servers, it also sums the promises of every
// estate (grp 'estate') for the SLA compliance. What is here reads it, checks it and fills it after a bulk write.

// The columns of kpi_days after its key (grp, day, g, region_id), in their order.
QString sums();

// kpi_members matching `condition` (over its columns; empty for all) grouped as kpi_days holds them, in its columns.
QString grouped(const QString& condition = {});

// SQLite: an upsert of grouped(condition) into kpi_days, adding to the rows there (the import's bulk fill).
QString addGrouped(const QString& condition);

// Whether a steward's or department's KPIs of a scope can be read from kpi_days: their rows keep the region, not the
// estate (the estates' own rows, for the SLA compliance, answer any scope).
bool answers(const AnalysisScope& scope);

// The sums of kpi_days per steward or department (`grp`) in the scope's days and region: columns g, then sums().
QString sumsIn(const QString& grp, const AnalysisScope& scope, QVariantList& binds);

// The promises of the scope's days and place, summed over its estates' rows: one row of the columns first_kept,
// first_done, feedback_kept, feedback_done, follow_kept, follow_done (0 when none).
QString promisesIn(const AnalysisScope& scope, QVariantList& binds);

// The rows of kpi_days that differ from kpi_members' own GROUP BY, named "group day member region".
QString differences();

} // namespace caseloop::KpiDays
