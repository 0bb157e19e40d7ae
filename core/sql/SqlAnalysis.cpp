// The analysis queries of SqlStatisticsStore: trends, SLA compliance and hotspots (the KPIs: SqlKpis.cpp,
// the weekly figures: SqlFigures.cpp). Every one aggregates in SQL over the date range of an index; C++ receives
// grouped rows only.
#include "base/Language.h"
#include "sql/AnalysisSql.h"
#include "sql/ComplaintDays.h"
#include "sql/KpiDays.h"
#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

#include <QMap>

#include <algorithm>

namespace caseloop {

namespace {
using AnalysisSql::whereOf;
const QString kOwesNothing = AnalysisSql::owesNothing();
} // namespace

Result<QList<TrendPoint>> SqlStatisticsStore::trend(const QDate& from, const QDate& to, bool monthly)
{
    // Per day from the daily counts, then into weeks or months here: at most a few thousand rows.
    QVariantList binds;
    const QString sql = ComplaintDays::perDay(from, to, binds);
    auto days = selectRows<QPair<QDate, qint64>>(m_s.connection(), sql, binds, [](SqlQuery& q) {
        return qMakePair(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong());
    });
    if (!days)
        return Error{days.error()};
    auto bucket
        = [monthly](const QDate& d) { return monthly ? QDate(d.year(), d.month(), 1) : d.addDays(1 - d.dayOfWeek()); };
    QMap<QDate, qint64> counts;
    for (QDate b = bucket(from); b <= to; b = monthly ? b.addMonths(1) : b.addDays(7))
        counts.insert(b, 0);
    for (const auto& [day, n] : days.value())
        counts[bucket(day)] += n;
    QList<TrendPoint> points;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        points.append({it.key(), it.value()});
    return points;
}

Result<SlaCompliance> SqlStatisticsStore::sla(const AnalysisScope& scope, const QDateTime& asOf)
{
    // Each promise kept on time, against those made (late or not) and those still owed that fell due by asOf. The
    // made and kept are sums of days (kpi_days, the estates' rows: about 90 rows an estate a quarter); the owed are
    // read from the indexes of the complaints still owing one (complaints_unkept_promises, _unkept_follow_ups).
    QVariantList binds;
    const QString made = KpiDays::promisesIn(scope, binds);
    const auto owed = [&](const QString& index, const QString& owing, const QString& counts, int times) {
        for (int i = 0; i < times; ++i)
            binds << toDb(asOf);
        QStringList conditions{kOwesNothing, owing};
        scopeConditions(scope, conditions, binds);
        return QStringLiteral("SELECT %1 FROM %2 %3")
            .arg(counts, m_s.dialect().tableThrough(QStringLiteral("complaints"), index), whereOf(conditions));
    };
    const QString promises = owed(QStringLiteral("complaints_unkept_promises"), AnalysisSql::owesPromise(),
                                  QStringLiteral("COUNT(*) FILTER (WHERE first_contact_at IS NULL "
                                                 "AND first_contact_due < ?), COUNT(*) FILTER (WHERE feedback_at "
                                                 "IS NULL AND feedback_due < ?)"),
                                  2);
    const QString visits = owed(QStringLiteral("complaints_unkept_follow_ups"), AnalysisSql::owesFollowUp(),
                                QStringLiteral("COUNT(*) FILTER (WHERE follow_up_due < ?)"), 1);
    SqlQuery q(m_s.connection(),
               QStringLiteral("SELECT * FROM (%1) made CROSS JOIN (%2) promises CROSS JOIN (%3) visits")
                   .arg(made, promises, visits));
    for (const QVariant& b : binds)
        q.bind(b);
    if (Status s = q.exec(); !s)
        return Error{s.error()};
    SlaCompliance result;
    if (q.next()) {
        const auto at = [&](int i) { return q.value(i).toLongLong(); };
        result.firstContact = {at(0), at(1) + at(6)};
        result.feedback = {at(2), at(3) + at(7)};
        result.followUp = {at(4), at(5) + at(8)};
    } else if (Status s = q.finished(); !s) {
        return Error{s.error()};
    }
    return result;
}

Result<QList<Hotspot>> SqlStatisticsStore::hotspots(const QDate& upTo, const HotspotRule& rule)
{
    // One group per estate + (building, or public area, or the estate as a whole) + type.
    QStringList conditions{kOwesNothing, QStringLiteral("estate_id IS NOT NULL")};
    QVariantList binds;
    dayRange(QStringLiteral("received_at"), upTo.addDays(1 - qMax(1, rule.days)), upTo, conditions, binds);
    binds << qMax(1, rule.minimum);
    const QString sql
        = QStringLiteral("SELECT h.estate_id, h.building, h.area, h.type_id, h.n, h.first, h.last, h.ids, "
                         "e.name, e.region_id, b.name, t.name_zh, t.name_en FROM ("
                         " SELECT estate_id, CASE WHEN public_area <> '' THEN 0 ELSE coalesce(building_id, 0) END "
                         "  AS building, public_area AS area, type_id, COUNT(*) AS n, MIN(received_at) AS first, "
                         "  MAX(received_at) AS last, %2 AS ids FROM %3 %1 "
                         " GROUP BY estate_id, building, area, type_id HAVING COUNT(*) >= ?) h "
                         "JOIN estates e ON e.id = h.estate_id LEFT JOIN buildings b ON b.id = h.building "
                         "LEFT JOIN catalogue_entries t ON t.id = h.type_id "
                         "ORDER BY h.n DESC, h.last DESC")
              // Each complaint as "id:service line": the line most of a hotspot's complaints name is found from these,
              // without reading the lines of every complaint in the window (270,000 rows a month at 10M).
              .arg(whereOf(conditions),
                   m_s.dialect().joinedIds(QStringLiteral("CAST(id AS TEXT) || ':' || CAST(service_line_id AS TEXT)")),
                   // Its WHERE is the first two conditions, word for word.
                   m_s.dialect().tableThrough(QStringLiteral("complaints"), QStringLiteral("complaints_hotspots")));
    auto spots = selectRows<Hotspot>(m_s.connection(), sql, binds, [](SqlQuery& q) {
        Hotspot h;
        h.estateId = q.value(0).toLongLong();
        h.buildingId = q.value(1).toLongLong();
        h.publicArea = q.value(2).toString();
        h.typeId = q.value(3).toLongLong();
        h.first = timeFromDb(q.value(5)).date();
        h.last = timeFromDb(q.value(6)).date();
        QHash<Id, int> votes;
        const QString pairs = q.value(7).toString();
        for (const QStringView pair : QStringView(pairs).tokenize(u',', Qt::SkipEmptyParts)) {
            const qsizetype colon = pair.indexOf(u':');
            h.complaintIds << pair.left(colon).toLongLong();
            ++votes[pair.mid(colon + 1).toLongLong()];
        }
        std::sort(h.complaintIds.begin(), h.complaintIds.end(), std::greater<>());
        int best = 0;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (it.value() > best || (it.value() == best && it.key() < h.serviceLineId)) {
                best = it.value();
                h.serviceLineId = it.key();
            }
        h.regionId = q.value(9).toLongLong();
        const QString where = !h.publicArea.isEmpty() ? h.publicArea : q.value(10).toString();
        h.place = where.isEmpty() ? q.value(8).toString() : q.value(8).toString() + QLatin1Char(' ') + where;
        h.typeName = localName(q.value(11).toString(), q.value(12).toString());
        return h;
    });
    if (!spots)
        return spots;
    QList<Hotspot> result = spots.value();
    if (result.isEmpty())
        return result;
    // The open items' links, all at once (a group with hundreds of estates has a thousand hotspots; a query each took
    // seconds): an office has far fewer open items than a month has complaints.
    auto items = selectRows<QPair<Id, QString>>(
        m_s.connection(),
        QStringLiteral("SELECT rc.complaint_id, i.code FROM rectification_items i "
                       "JOIN rectification_complaints rc ON rc.item_id = i.id WHERE i.status <> 'closed' "
                       "ORDER BY i.id"),
        {}, [](SqlQuery& q) { return qMakePair(q.value(0).toLongLong(), q.value(1).toString()); });
    if (!items)
        return Error{items.error()};
    QHash<Id, QString> itemOf; // the newest open item of each complaint (rows come oldest item first)
    for (const auto& [id, code] : items.value())
        itemOf.insert(id, code);
    for (Hotspot& h : result)
        for (Id id : h.complaintIds)
            if (const QString code = itemOf.value(id); code > h.openItemCode)
                h.openItemCode = code;
    return result;
}

} // namespace caseloop
