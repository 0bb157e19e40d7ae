#pragma once

#include "analysis/Analysis.h"
#include "store/RectificationStore.h"
#include "store/StatisticsStore.h"

#include <QCoreApplication>

namespace caseloop {

class Store;

// Everything the supervisors' weekly report 周报 shows, aggregated by core; the painters only draw it.
struct WeeklyReport
{
    Period week;
    Period previous; // the week before; cut to the same days when this one is not over (partial)
    bool partial = false;
    QDateTime asOf; // figures are as of the week's end, or now when the week is not over
    QString company;
    PeriodFigures thisWeek, lastWeek;
    SlaCompliance slaThisWeek, slaLastWeek;
    Rate satisfactionThisWeek, satisfactionLastWeek;
    QList<CountRow> byType, byTypeLastWeek, byRegion, byServiceLine, byChannel, topBuildings;
    QList<TrendPoint> trend; // the last 12 weeks up to this one
    QList<Hotspot> hotspots;
    HotspotRule hotspotRule;
    QList<KpiRow> departments;
    QList<TrackingRow> openItems; // open rectification items, overdue ones flagged

    // The report for `week` as things stand at `now`.
    static Result<WeeklyReport> build(Store& store, const Period& week, const QDateTime& now);
};

// The hotspot rule the office set (settings hotspot.days and hotspot.min; 30 and 3 unless changed).
Result<HotspotRule> loadHotspotRule(Store& store);
Status saveHotspotRule(Store& store, const HotspotRule& rule);

} // namespace caseloop
