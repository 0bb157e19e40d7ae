#pragma once

#include "analysis/Analysis.h"
#include "domain/Records.h"

namespace caseloop {

// The analysis dimensions (docs/DOMAIN.md §5).
enum class Dimension {
    Type,
    Region,
    Estate,
    Building,
    ServiceLine,
    Channel,
    Status,
    CustomerType,
    Kind,
    Priority,
    Satisfaction
};

template <> struct EnumTraits<Dimension>
{
    static constexpr const char* context = "Dimension";
    static std::span<const EnumEntry<Dimension>> entries();
};

struct CountRow
{
    QString key; // stable: a catalogue code, a status storage string, or a record id
    QString label; // display name in the current language
    qint64 count = 0;

    bool operator==(const CountRow&) const = default;
};

// The count of the row with this key, 0 when the key is not among them (a category absent in that period).
inline qint64 countFor(const QList<CountRow>& rows, const QString& key)
{
    for (const CountRow& r : rows)
        if (r.key == key)
            return r.count;
    return 0;
}

// Aggregates computed in SQL on indexed columns; callers receive counts only.
class StatisticsStore
{
public:
    virtual ~StatisticsStore() = default;
    // Complaints received between from and to (inclusive dates; invalid = open-ended), grouped, largest first.
    virtual Result<QList<CountRow>> countBy(Dimension dimension, const QDate& from, const QDate& to) = 0;
    // The same inside a region or estate (the drill-down).
    virtual Result<QList<CountRow>> countIn(Dimension dimension, const AnalysisScope& scope) = 0;
    // Complaints received per week (Monday) or per month from..to, every bucket present, zeros included.
    virtual Result<QList<TrendPoint>> trend(const QDate& from, const QDate& to, bool monthly) = 0;
    // Promises kept on time by the complaints received in the scope (invalid and withdrawn ones owe none).
    virtual Result<SlaCompliance> sla(const AnalysisScope& scope, const QDateTime& asOf) = 0;
    // The KPIs of every steward or department with complaints in the scope (see KpiRow), most complaints first.
    virtual Result<QList<KpiRow>> kpis(KpiGroup group, const AnalysisScope& scope, const QDateTime& asOf) = 0;
    // Received, closed, open and overdue at the end of each period, in the order asked. The complaints open at the
    // ends are read once for all of them (the weekly report asks two weeks).
    virtual Result<QList<PeriodFigures>> figuresOf(const QList<FiguresAsked>& periods) = 0;
    // The same for one period from..to (end = the day after `to`, or asOf if earlier).
    Result<PeriodFigures> figures(const QDate& from, const QDate& to, const QDateTime& asOf)
    {
        auto all = figuresOf({{from, to, asOf}});
        if (!all)
            return Error{all.error()};
        return all.value().value(0);
    }
    // Places where one type of complaint recurs (see HotspotRule), in the rule's days up to `upTo`, most first.
    virtual Result<QList<Hotspot>> hotspots(const QDate& upTo, const HotspotRule& rule) = 0;
};

} // namespace caseloop
