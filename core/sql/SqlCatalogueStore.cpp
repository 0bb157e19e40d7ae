#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

#include <QCoreApplication>

namespace caseloop {

QStringList Catalogue::all()
{
    return {Kind, Channel, CustomerType, Type, ServiceLine};
}

namespace {
const QString kEntryColumns = QStringLiteral("id, catalogue, code, name_zh, name_en, sort_order, active");

CatalogueEntry readEntry(SqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toInt(),    q.value(6).toBool()};
}

Row entryRow(const CatalogueEntry& e)
{
    return {{QStringLiteral("catalogue"), e.catalogue},  {QStringLiteral("code"), e.code},
            {QStringLiteral("name_zh"), e.nameZh},       {QStringLiteral("name_en"), e.nameEn},
            {QStringLiteral("sort_order"), e.sortOrder}, {QStringLiteral("active"), e.active ? 1 : 0}};
}
} // namespace

Result<QList<CatalogueEntry>> SqlCatalogueStore::entries(const QString& catalogue, bool activeOnly)
{
    return selectRows<CatalogueEntry>(
        m_s.connection(),
        QStringLiteral("SELECT %1 FROM catalogue_entries WHERE catalogue = ?%2 "
                       "ORDER BY sort_order, id")
            .arg(kEntryColumns, activeOnly ? QStringLiteral(" AND active = 1") : QString()),
        {catalogue}, readEntry);
}

Result<CatalogueEntry> SqlCatalogueStore::entry(Id id)
{
    return firstOf(
        selectRows<CatalogueEntry>(m_s.connection(),
                                   QStringLiteral("SELECT %1 FROM catalogue_entries WHERE id = ?").arg(kEntryColumns),
                                   {id}, readEntry),
        QCoreApplication::translate("caseloop::Store", "Catalogue entry %1").arg(id));
}

Result<CatalogueEntry> SqlCatalogueStore::entryByCode(const QString& catalogue, const QString& code)
{
    return firstOf(
        selectRows<CatalogueEntry>(
            m_s.connection(),
            QStringLiteral("SELECT %1 FROM catalogue_entries WHERE catalogue = ? AND code = ?").arg(kEntryColumns),
            {catalogue, code}, readEntry),
        QCoreApplication::translate("caseloop::Store", "The entry “%2” of the catalogue %1").arg(catalogue, code));
}

Result<Id> SqlCatalogueStore::add(const CatalogueEntry& e)
{
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("catalogue_entries"), QStringLiteral("catalogue_entry"), entryRow(e));
    });
}

Status SqlCatalogueStore::update(const CatalogueEntry& e)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("catalogue_entries"), QStringLiteral("catalogue_entry"), e.id,
                         entryRow(e));
    });
}

Result<QList<CalendarDay>> SqlCalendarStore::days(const QDate& from, const QDate& to)
{
    return selectRows<CalendarDay>(
        m_s.connection(),
        QStringLiteral("SELECT day, kind, name FROM calendar_days WHERE day >= ? AND day <= ? ORDER BY day"),
        {toDb(from), toDb(to)}, [](SqlQuery& q) {
            return CalendarDay{dateFromDb(q.value(0)),
                               fromStorage<DayKind>(q.value(1).toString()).value_or(DayKind::Holiday),
                               q.value(2).toString()};
        });
}

Status SqlCalendarStore::setDay(const CalendarDay& day)
{
    Transaction tx(m_s.database());
    if (!tx.begun())
        return tx.begun();
    auto old = scalar(m_s.connection(), QStringLiteral("SELECT kind || ' ' || name FROM calendar_days WHERE day = ?"),
                      {toDb(day.date)});
    if (!old)
        return Error{old.error()};
    if (Status s = execute(m_s.connection(),
                           QStringLiteral("INSERT INTO calendar_days (day, kind, name) VALUES (?, ?, ?) "
                                          "ON CONFLICT(day) DO UPDATE SET kind = excluded.kind, name = excluded.name"),
                           {toDb(day.date), toStorage(day.kind), day.name});
        !s)
        return s;
    const QString now = toStorage(day.kind) + QLatin1Char(' ') + day.name;
    if (Status s = writeAudit(m_s, QStringLiteral("calendar_day"), day.date.toJulianDay(), QStringLiteral("update"),
                              toDb(day.date).toString(), *old, now);
        !s)
        return s;
    return tx.commit();
}

Status SqlCalendarStore::removeDay(const QDate& date)
{
    Transaction tx(m_s.database());
    if (!tx.begun())
        return tx.begun();
    auto old = scalar(m_s.connection(), QStringLiteral("SELECT kind || ' ' || name FROM calendar_days WHERE day = ?"),
                      {toDb(date)});
    if (!old)
        return Error{old.error()};
    if (Status s = execute(m_s.connection(), QStringLiteral("DELETE FROM calendar_days WHERE day = ?"), {toDb(date)});
        !s)
        return s;
    if (Status s = writeAudit(m_s, QStringLiteral("calendar_day"), date.toJulianDay(), QStringLiteral("delete"),
                              toDb(date).toString(), *old, {});
        !s)
        return s;
    return tx.commit();
}

Result<QString> SqlSettingsStore::value(const QString& key, const QString& defaultValue)
{
    auto v = scalar(m_s.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return Error{v.error()};
    return v->isNull() ? defaultValue : v->toString();
}

Status SqlSettingsStore::setValue(const QString& key, const QString& value)
{
    Transaction tx(m_s.database());
    if (!tx.begun())
        return tx.begun();
    auto old = scalar(m_s.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!old)
        return Error{old.error()};
    if (Status s = execute(m_s.connection(),
                           QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {key, value});
        !s)
        return s;
    if (Status s = writeAudit(m_s, QStringLiteral("setting"), 0, QStringLiteral("update"), key, *old, value); !s)
        return s;
    return tx.commit();
}

Result<int> SqlSettingsStore::nextInSequence(const QString& prefix)
{
    auto v = scalar(
        m_s.connection(),
        QStringLiteral(
            "INSERT INTO code_counters (prefix, last_value) VALUES (?, 1) "
            "ON CONFLICT(prefix) DO UPDATE SET last_value = code_counters.last_value + 1 RETURNING last_value"),
        {prefix});
    if (!v)
        return Error{v.error()};
    return v->toInt();
}

} // namespace caseloop
