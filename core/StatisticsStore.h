#pragma once

#include "Records.h"

namespace caseloop {

// The analysis dimensions of seed 002 §1.
enum class Dimension { Type, Region, Estate, Building, ServiceLine, Channel, Status, CustomerType, Kind, Priority };

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
};

// Aggregates computed in SQL on indexed columns; callers receive counts only.
class StatisticsStore
{
public:
    virtual ~StatisticsStore() = default;
    // Complaints received between from and to (inclusive dates; invalid = open-ended), grouped, largest first.
    virtual Result<QList<CountRow>> countBy(Dimension dimension, const QDate& from, const QDate& to) = 0;
};

} // namespace caseloop
