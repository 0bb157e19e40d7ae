#include "AnalysisBench.h"

#include "Figures.h"
#include "ScaleData.h"
#include "WeeklyReportPainter.h"
#include "analysis/WeeklyReport.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTextStream>

namespace caseloop::bench {

namespace {
double ms(const std::function<bool()>& run)
{
    return seconds(run) * 1000.0;
}
} // namespace

int analysis(const QString& path, int complaints)
{
    const QDateTime end = scaleEnd();
    if (!prepareScale(path, complaints))
        return 1;

    FixedClock clock(end);
    auto opened = Store::open(path, clock);
    if (!opened) {
        QTextStream(stderr) << opened.error() << Qt::endl;
        return 1;
    }
    Store& store = *opened.value();
    StatisticsStore& stats = store.statistics();
    const QDate today = end.date();
    const Period week = Period::containing(Period::Kind::Week, today).previous();
    const Period month = Period::containing(Period::Kind::Month, today).previous();
    const Period quarter = Period::containing(Period::Kind::Quarter, today).previous();
    const QDateTime asOf = end;
    // chart.worst covers everything below; chart.worst_drawn only the queries behind a drawn chart (bars, pies,
    // trends, drill-downs), not the KPI tables, the headline figures or the hotspot list.
    double worst = 0, worstDrawn = 0;
    auto chart = [&](const QString& name, const std::function<bool()>& run) {
        const double t = ms(run);
        worst = std::max(worst, t);
        if (!name.startsWith(QLatin1String("kpi.")) && !name.startsWith(QLatin1String("figures."))
            && !name.startsWith(QLatin1String("hotspots.")))
            worstDrawn = std::max(worstDrawn, t);
        report(QStringLiteral("chart.") + name, t, QStringLiteral("ms"));
    };
    for (const auto& [label, p] : {std::pair{QStringLiteral("week"), week}, std::pair{QStringLiteral("month"), month},
                                   std::pair{QStringLiteral("quarter"), quarter}}) {
        const AnalysisScope scope{p.from, p.to};
        for (Dimension d : {Dimension::Type, Dimension::Region, Dimension::ServiceLine, Dimension::Channel,
                            Dimension::CustomerType, Dimension::Satisfaction})
            chart(QStringLiteral("%1.%2").arg(toStorage(d), label), [&] { return stats.countIn(d, scope).ok(); });
        const auto regions = stats.countIn(Dimension::Region, scope).value_or({});
        AnalysisScope inRegion = scope;
        inRegion.regionId = regions.isEmpty() ? 0 : regions.first().key.toLongLong();
        chart(QStringLiteral("estate-in-region.%1").arg(label),
              [&] { return stats.countIn(Dimension::Estate, inRegion).ok(); });
        const auto estates = stats.countIn(Dimension::Estate, inRegion).value_or({});
        AnalysisScope inEstate = inRegion;
        inEstate.estateId = estates.isEmpty() ? 0 : estates.first().key.toLongLong();
        chart(QStringLiteral("building-in-estate.%1").arg(label),
              [&] { return stats.countIn(Dimension::Building, inEstate).ok(); });
        chart(QStringLiteral("sla.%1").arg(label), [&] { return stats.sla(scope, asOf).ok(); });
        chart(QStringLiteral("kpi.steward.%1").arg(label),
              [&] { return stats.kpis(KpiGroup::Steward, scope, asOf).ok(); });
        chart(QStringLiteral("kpi.department.%1").arg(label),
              [&] { return stats.kpis(KpiGroup::Department, scope, asOf).ok(); });
        chart(QStringLiteral("figures.%1").arg(label), [&] { return stats.figures(p.from, p.to, asOf).ok(); });
    }
    chart(QStringLiteral("trend.weeks12"), [&] { return stats.trend(today.addDays(-83), today, false).ok(); });
    chart(QStringLiteral("trend.months12"),
          [&] { return stats.trend(QDate(today.year(), today.month(), 1).addMonths(-11), today, true).ok(); });
    chart(QStringLiteral("hotspots.30days"), [&] { return stats.hotspots(today, HotspotRule{30, 3}).ok(); });
    report(QStringLiteral("chart.worst"), worst, QStringLiteral("ms"));
    report(QStringLiteral("chart.worst_drawn"), worstDrawn, QStringLiteral("ms"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("weekly.pdf"));
    report(QStringLiteral("report.weekly.build"), seconds([&] { return WeeklyReport::build(store, week, end).ok(); }),
           QStringLiteral("s"));
    report(QStringLiteral("report.weekly.pdf"), seconds([&] {
               auto r = WeeklyReport::build(store, week, end);
               return r && WeeklyReportPainter::writePdf(r.value(), pdf, QStringLiteral("caseloop-bench")).ok();
           }),
           QStringLiteral("s"));
    return 0;
}

} // namespace caseloop::bench
