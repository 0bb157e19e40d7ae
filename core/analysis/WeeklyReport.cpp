#include "analysis/WeeklyReport.h"

#include "store/Store.h"

namespace caseloop {

namespace {
Rate satisfactionOf(const QList<CountRow>& rows)
{
    Rate r;
    for (const CountRow& row : rows)
        if (const auto s = fromStorage<Satisfaction>(row.key)) {
            r.of += row.count;
            if (countsAsSatisfied(*s))
                r.hits += row.count;
        }
    return r;
}
} // namespace

Result<HotspotRule> loadHotspotRule(Store& store)
{
    auto days = store.settings().value(QStringLiteral("hotspot.days"), QStringLiteral("30"));
    auto min = store.settings().value(QStringLiteral("hotspot.min"), QStringLiteral("3"));
    if (!days || !min)
        return Error{!days ? days.error() : min.error()};
    HotspotRule rule;
    rule.days = qMax(1, days->toInt());
    rule.minimum = qMax(2, min->toInt());
    return rule;
}

Status saveHotspotRule(Store& store, const HotspotRule& rule)
{
    if (Status s = store.settings().setValue(QStringLiteral("hotspot.days"), QString::number(rule.days)); !s)
        return s;
    return store.settings().setValue(QStringLiteral("hotspot.min"), QString::number(rule.minimum));
}

Result<WeeklyReport> WeeklyReport::build(Store& store, const Period& week, const QDateTime& now)
{
    WeeklyReport r;
    r.week = week;
    const QDateTime weekEnd = wallTime(week.to.addDays(1));
    r.asOf = now.isValid() && now < weekEnd ? now : weekEnd;
    r.partial = week.isPartial(r.asOf.date());
    r.previous = week.previousUpTo(r.asOf.date());
    r.company = store.settings().value(QStringLiteral("office.name")).value_or({});
    auto rule = loadHotspotRule(store);
    if (!rule)
        return Error{rule.error()};
    r.hotspotRule = rule.value();

    StatisticsStore& stats = store.statistics();
    const AnalysisScope thisScope{week.from, week.to};
    const AnalysisScope lastScope{r.previous.from, r.previous.to};
    // A partial week is compared with the week before as it stood at the same moment.
    const QDateTime lastEnd = r.partial
        ? qMin(r.asOf.addDays(week.from.daysTo(r.previous.from)), wallTime(r.previous.to.addDays(1)))
        : wallTime(r.previous.to.addDays(1));
    // Each step either fills its part or stops the report with the store's message.
    Status failed;
    auto take = [&failed](auto result, auto& into) {
        if (!failed.ok())
            return;
        if (!result)
            failed = Error{result.error()};
        else
            into = result.value();
    };
    // Both weeks' figures at once: the complaints open at either end are read once.
    QList<PeriodFigures> figures;
    take(stats.figuresOf({{week.from, week.to, r.asOf}, {r.previous.from, r.previous.to, lastEnd}}), figures);
    if (figures.size() == 2) {
        r.thisWeek = figures[0];
        r.lastWeek = figures[1];
    }
    take(stats.sla(thisScope, r.asOf), r.slaThisWeek);
    take(stats.sla(lastScope, lastEnd), r.slaLastWeek);
    QList<CountRow> satisfactionThis, satisfactionLast;
    take(stats.countIn(Dimension::Satisfaction, thisScope), satisfactionThis);
    take(stats.countIn(Dimension::Satisfaction, lastScope), satisfactionLast);
    take(stats.countIn(Dimension::Type, thisScope), r.byType);
    take(stats.countIn(Dimension::Type, lastScope), r.byTypeLastWeek);
    take(stats.countIn(Dimension::Region, thisScope), r.byRegion);
    take(stats.countIn(Dimension::ServiceLine, thisScope), r.byServiceLine);
    take(stats.countIn(Dimension::Channel, thisScope), r.byChannel);
    take(stats.countIn(Dimension::Building, thisScope), r.topBuildings);
    take(stats.trend(week.from.addDays(-7 * 11), week.to, false), r.trend);
    take(stats.hotspots(week.to, r.hotspotRule), r.hotspots);
    take(stats.kpis(KpiGroup::Department, thisScope, r.asOf), r.departments);
    RectificationFilter open;
    open.statuses = openValues<RectificationStatus>();
    open.today = r.asOf.date();
    take(store.rectifications().trackingRows(open), r.openItems);
    if (!failed.ok())
        return Error{failed.error()};
    r.satisfactionThisWeek = satisfactionOf(satisfactionThis);
    r.satisfactionLastWeek = satisfactionOf(satisfactionLast);
    // A building without a name (a public area or an estate-wide complaint) is not a "top building".
    r.topBuildings.removeIf([](const CountRow& row) { return row.key.isEmpty(); });
    if (r.topBuildings.size() > 5)
        r.topBuildings.resize(5);
    return r;
}

} // namespace caseloop
