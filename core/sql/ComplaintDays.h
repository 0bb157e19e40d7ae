#pragma once

#include "analysis/Analysis.h"
#include "store/ComplaintStore.h"
#include "store/StatisticsStore.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace caseloop::ComplaintDays {

// complaint_days (schema 8 on files, 9 on servers) counts the complaints per day and per value of every Dimension,
// kept by triggers in the same transaction as each change (the migrations hold the triggers). What is here reads it,
// checks it and fills it after a bulk write.

// How many dimensions complaint_days counts: grouped() repeats its condition, and its binds, this many times.
constexpr int kDimensions = 11;

// What a row of complaint_days keeps of the place besides its value (see the migrations): nothing, the region (the
// estate rows, for the drill-down from a region) or the region and the estate (the building rows).
enum class Place { None, Region, RegionAndEstate };

// One dimension counted: its stored name, the column of complaints, whether that column holds an id (kept as its
// digits in the text column k) and the place kept.
struct Counted
{
    const char* dimension;
    const char* column;
    bool id;
    Place place;
};

// In the order and with the expressions of the migrations' triggers.
inline constexpr Counted kCounted[kDimensions] = {
    {"type", "type_id", true, Place::None},
    {"region", "region_id", true, Place::None},
    {"estate", "estate_id", true, Place::Region},
    {"building", "building_id", true, Place::RegionAndEstate},
    {"service-line", "service_line_id", true, Place::None},
    {"channel", "channel_id", true, Place::None},
    {"status", "status", false, Place::None},
    {"customer-type", "customer_type_id", true, Place::None},
    {"kind", "kind_id", true, Place::None},
    {"priority", "priority", false, Place::None},
    {"satisfaction", "satisfaction", false, Place::None},
};

// The complaints matching `condition` (over complaints; empty for all) grouped as complaint_days holds them, in the
// columns dimension, day, region_id, estate_id, k, n.
QString grouped(const QString& condition = {});

// Whether countIn(dimension, scope) can be read from complaint_days: a place scope is kept only for the estate
// (region) and building (region, estate) rows.
bool answers(Dimension dimension, const AnalysisScope& scope);

// The inner query of countIn from complaint_days: columns k (NULL when not recorded; an id as a number when `ids`)
// and n, only the values with complaints.
QString countsIn(Dimension dimension, const AnalysisScope& scope, bool ids, QVariantList& binds);

// The conditions on a `day` column (text, YYYY-MM-DD) for the days in [from, to] (either may be invalid: no bound),
// here and in kpi_days.
void dayBounds(const QDate& from, const QDate& to, QStringList& conditions, QVariantList& binds);

// The complaints per day of the days in [from, to] (either may be invalid: no bound): columns day, n.
QString perDay(const QDate& from, const QDate& to, QVariantList& binds);

// The count of the list under `filter` from complaint_days, when it asks for statuses and days only (the whole list,
// the open complaints, a date range): one SUM over the status rows, where a server counts every complaint row by row
// (a second at ten million). Empty when the filter asks for more; the complaints then count themselves.
QString countOf(const ComplaintFilter& filter, QVariantList& binds);

// The same list's complaints per received day (columns day, n), newest day first or oldest first, days without any
// left out; empty when countOf is. A jump deep into the list finds its day here rather than skipping every row before.
QString perDayOf(const ComplaintFilter& filter, bool newestFirst, QVariantList& binds);

// The rows of complaint_days that differ from the complaints' own GROUP BY, named "dimension day value".
QString differences();

} // namespace caseloop::ComplaintDays
