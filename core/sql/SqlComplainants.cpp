// The intake's lookups of earlier complainants (SqlComplaintStore, continued).
#include "domain/Phone.h"
#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

namespace caseloop {

Result<QList<Complainant>> SqlComplaintStore::complainants(const QString& prefix, int limit)
{
    // A prefix range (>= p AND < p + U+FFFF) uses the phone or name index; LIKE would not, as its
    // case folding does not match the BINARY collation of the index.
    const QString typed = prefix.trimmed();
    const QString phone = normalisePhone(typed);
    const bool byPhone = !phone.isEmpty() && phone.front().isDigit();
    if ((byPhone && phone.size() < 4) || (!byPhone && typed.size() < 2))
        return QList<Complainant>{};
    const QString column = byPhone ? QStringLiteral("complainant_phone") : QStringLiteral("complainant_name");
    const QString key = byPhone ? phone : typed;
    // Each complainant (phone and name) once, with the place of their latest complaint and how many they made.
    const QString sql
        = QStringLiteral("SELECT complainant_name, complainant_phone, customer_type_id, region_id, estate_id, "
                         "building_id, unit, room, public_area, n, received_at FROM ("
                         " SELECT complainant_name, complainant_phone, customer_type_id, region_id, estate_id, "
                         "  building_id, unit, room, public_area, received_at, "
                         "  COUNT(*) OVER (PARTITION BY complainant_phone, complainant_name) AS n, "
                         "  ROW_NUMBER() OVER (PARTITION BY complainant_phone, complainant_name "
                         "   ORDER BY received_at DESC, id DESC) AS latest "
                         " FROM complaints WHERE %1 >= ? AND %1 < ? AND complainant_name <> '') people "
                         "WHERE latest = 1 ORDER BY received_at DESC, complainant_phone, complainant_name LIMIT ?")
              .arg(column);
    return selectRows<Complainant>(m_s.connection(), sql, QVariantList{key, QString(key + QChar(0xFFFF)), limit},
                                   [](SqlQuery& q) {
                                       Complainant c;
                                       c.name = q.value(0).toString();
                                       c.phone = q.value(1).toString();
                                       c.customerTypeId = q.value(2).toLongLong();
                                       c.regionId = q.value(3).toLongLong();
                                       c.estateId = q.value(4).toLongLong();
                                       c.buildingId = q.value(5).toLongLong();
                                       c.unit = q.value(6).toString();
                                       c.room = q.value(7).toString();
                                       c.publicArea = q.value(8).toString();
                                       c.complaints = q.value(9).toInt();
                                       c.lastReceivedAt = timeFromDb(q.value(10));
                                       return c;
                                   });
}

Result<QList<Complaint>> SqlComplaintStore::history(const QString& phone, const QString& name, int limit)
{
    const QString normalised = normalisePhone(phone);
    if (normalised.isEmpty() && name.trimmed().isEmpty())
        return QList<Complaint>{};
    const QString where = normalised.isEmpty() ? QStringLiteral("WHERE complainant_name = ?")
                                               : QStringLiteral("WHERE complainant_phone = ?");
    return select(where, QVariantList{normalised.isEmpty() ? name.trimmed() : normalised, limit},
                  QStringLiteral("ORDER BY received_at DESC, id DESC LIMIT ?"));
}

Result<QStringList> SqlComplaintStore::knownRooms(Id buildingId, int limit)
{
    return selectRows<QString>(
        m_s.connection(),
        QStringLiteral("SELECT DISTINCT CASE WHEN unit = '' THEN room ELSE unit || '-' || room END "
                       "FROM (SELECT unit, room FROM complaints WHERE building_id = ? "
                       "AND room <> '' ORDER BY received_at DESC LIMIT ?) recent ORDER BY 1"),
        {buildingId, limit}, [](SqlQuery& q) { return q.value(0).toString(); });
}

Result<Id> SqlComplaintStore::usualServiceLine(Id typeId)
{
    auto v = scalar(m_s.connection(),
                    QStringLiteral("SELECT service_line_id FROM (SELECT service_line_id FROM complaints "
                                   "WHERE type_id = ? ORDER BY received_at DESC LIMIT 500) recent "
                                   "GROUP BY service_line_id ORDER BY COUNT(*) DESC, service_line_id LIMIT 1"),
                    {typeId});
    if (!v)
        return Error{v.error()};
    return v->toLongLong();
}

Result<QSet<QString>> SqlComplaintStore::importKeys()
{
    // Only imported rows carry a key; the partial unique index holds exactly those.
    SqlQuery q(
        m_s.connection(),
        QStringLiteral("SELECT import_key FROM %1 WHERE import_key IS NOT NULL")
            .arg(m_s.dialect().tableThrough(QStringLiteral("complaints"), QStringLiteral("complaints_import_key"))));
    if (Status s = q.exec(); !s)
        return Error{s.error()};
    QSet<QString> keys;
    while (q.next())
        keys.insert(q.value(0).toString());
    if (Status s = q.finished(); !s)
        return Error{s.error()};
    return keys;
}

} // namespace caseloop
