#include "base/Language.h"
#include "sql/ComplaintDays.h"
#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

#include <array>

namespace caseloop {

namespace {
constexpr std::array<EnumEntry<Dimension>, 11> kDimensions{{
    {Dimension::Type, "type", QT_TRANSLATE_NOOP("Dimension", "Complaint type")},
    {Dimension::Region, "region", QT_TRANSLATE_NOOP("Dimension", "Region")},
    {Dimension::Estate, "estate", QT_TRANSLATE_NOOP("Dimension", "Estate")},
    {Dimension::Building, "building", QT_TRANSLATE_NOOP("Dimension", "Building")},
    {Dimension::ServiceLine, "service-line", QT_TRANSLATE_NOOP("Dimension", "Service line")},
    {Dimension::Channel, "channel", QT_TRANSLATE_NOOP("Dimension", "Channel")},
    {Dimension::Status, "status", QT_TRANSLATE_NOOP("Dimension", "Status")},
    {Dimension::CustomerType, "customer-type", QT_TRANSLATE_NOOP("Dimension", "Customer type")},
    {Dimension::Kind, "kind", QT_TRANSLATE_NOOP("Dimension", "Kind")},
    {Dimension::Priority, "priority", QT_TRANSLATE_NOOP("Dimension", "Priority")},
    {Dimension::Satisfaction, "satisfaction", QT_TRANSLATE_NOOP("Dimension", "Satisfaction")},
}};

struct Grouping
{
    QString column; // the complaints column grouped by
    QString nameJoin; // how the group's name is found: a LEFT JOIN on g.k, or empty for enum columns
    QString nameZh; // expression for the Chinese name
    QString nameEn; // expression for the English name
};

Grouping groupingFor(Dimension d)
{
    const auto catalogue = [](const char* column) {
        return Grouping{QString::fromLatin1(column), QStringLiteral("LEFT JOIN catalogue_entries n ON n.id = g.k"),
                        QStringLiteral("n.name_zh"), QStringLiteral("n.name_en")};
    };
    switch (d) {
    case Dimension::Type:
        return catalogue("type_id");
    case Dimension::ServiceLine:
        return catalogue("service_line_id");
    case Dimension::Channel:
        return catalogue("channel_id");
    case Dimension::CustomerType:
        return catalogue("customer_type_id");
    case Dimension::Kind:
        return catalogue("kind_id");
    case Dimension::Region:
        return {QStringLiteral("region_id"), QStringLiteral("LEFT JOIN regions n ON n.id = g.k"),
                QStringLiteral("n.name"), QStringLiteral("n.name")};
    case Dimension::Estate:
        return {QStringLiteral("estate_id"), QStringLiteral("LEFT JOIN estates n ON n.id = g.k"),
                QStringLiteral("n.name"), QStringLiteral("n.name")};
    case Dimension::Building:
        return {QStringLiteral("building_id"),
                QStringLiteral("LEFT JOIN buildings n ON n.id = g.k LEFT JOIN estates e ON e.id = n.estate_id"),
                QStringLiteral("e.name || n.name"), QStringLiteral("e.name || ' ' || n.name")};
    case Dimension::Status:
        return {QStringLiteral("status"), {}, {}, {}};
    case Dimension::Priority:
        return {QStringLiteral("priority"), {}, {}, {}};
    case Dimension::Satisfaction:
        return {QStringLiteral("satisfaction"), {}, {}, {}};
    }
    return {};
}

QString enumLabel(Dimension d, const QString& key)
{
    if (d == Dimension::Status)
        if (auto s = fromStorage<ComplaintStatus>(key))
            return displayName(*s);
    if (d == Dimension::Priority)
        if (auto p = fromStorage<Priority>(key))
            return displayName(*p);
    if (d == Dimension::Satisfaction)
        if (auto s = fromStorage<Satisfaction>(key))
            return displayName(*s);
    return key;
}
} // namespace

void scopeConditions(const AnalysisScope& scope, QStringList& conditions, QVariantList& binds)
{
    dayRange(QStringLiteral("received_at"), scope.from, scope.to, conditions, binds);
    placeConditions(scope, conditions, binds);
}

void placeConditions(const AnalysisScope& scope, QStringList& conditions, QVariantList& binds)
{
    if (scope.regionId > 0) {
        conditions << QStringLiteral("region_id = ?");
        binds << scope.regionId;
    }
    if (scope.estateId > 0) {
        conditions << QStringLiteral("estate_id = ?");
        binds << scope.estateId;
    }
}

std::span<const EnumEntry<Dimension>> EnumTraits<Dimension>::entries()
{
    return kDimensions;
}

Result<QList<CountRow>> SqlStatisticsStore::countBy(Dimension dimension, const QDate& from, const QDate& to)
{
    return countIn(dimension, AnalysisScope{from, to});
}

Result<QList<CountRow>> SqlStatisticsStore::countIn(Dimension dimension, const AnalysisScope& scope)
{
    const Grouping g = groupingFor(dimension);
    const bool named = !g.nameJoin.isEmpty();
    QVariantList binds;
    QString inner;
    if (ComplaintDays::answers(dimension, scope)) {
        // From the daily counts: about 90 rows per value for a quarter, however many complaints it had.
        inner = ComplaintDays::countsIn(dimension, scope, named, binds);
    } else {
        QStringList conditions;
        scopeConditions(scope, conditions, binds);
        const QString where
            = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
        inner = QStringLiteral("SELECT %1 AS k, COUNT(*) AS n FROM complaints %2 GROUP BY %1").arg(g.column, where);
    }
    // Then look up the few group names.
    // "Not recorded" (NULL) first among equal counts on both engines (PostgreSQL sorts NULL last by itself).
    const QString sql = named
        ? QStringLiteral("SELECT g.k, g.n, %1, %2 FROM (%3) g %4 ORDER BY g.n DESC, g.k IS NULL DESC, g.k")
              .arg(g.nameZh, g.nameEn, inner, g.nameJoin)
        : QStringLiteral("SELECT g.k, g.n FROM (%1) g ORDER BY g.n DESC, g.k IS NULL DESC, g.k").arg(inner);
    const QString unknown = QCoreApplication::translate("caseloop::Statistics", "(not recorded)");
    return selectRows<CountRow>(m_s.connection(), sql, binds, [&](SqlQuery& q) {
        CountRow row;
        row.key = q.value(0).isNull() ? QString() : q.value(0).toString();
        if (dimension == Dimension::Satisfaction && row.key.isEmpty()) {
            row.count = q.value(1).toLongLong();
            row.label = QCoreApplication::translate("caseloop::Statistics", "(not asked yet)");
            return row;
        }
        row.count = q.value(1).toLongLong();
        if (named)
            row.label = q.value(0).isNull() ? unknown : localName(q.value(2).toString(), q.value(3).toString());
        else
            row.label = enumLabel(dimension, row.key);
        return row;
    });
}

} // namespace caseloop
