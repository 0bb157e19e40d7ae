#pragma once

#include "domain/Records.h"
#include "ledger/LedgerColumns.h"

#include <QHash>
#include <QSet>

namespace caseloop {

class Store;

// The names a ledger may use for what the database already has: catalogue entries (by Chinese or English name
// or code), regions, estates, buildings (3栋 = 3号楼 = 3), departments and staff; and the import keys of rows
// imported before. Lookups ignore case, spaces and full-width forms. 0 = unknown.
class LedgerNames
{
public:
    Status load(Store& store);

    static QString catalogueOf(LedgerField field); // "" when the field is no catalogue
    Id catalogueEntry(const QString& catalogue, const QString& name) const;
    Id catalogueCode(const QString& catalogue, const QString& code) const;
    Id region(const QString& name) const;
    // An estate by name; with several of that name, the one in `regionId`.
    Id estate(const QString& name, Id regionId = 0) const;
    Id regionOfEstate(Id estateId) const { return m_estateRegion.value(estateId); }
    Id building(Id estateId, const QString& name) const;
    Id department(const QString& name) const;
    Id staff(const QString& name) const;
    // Whether `value` of `field` is known (for the unknown-name list).
    bool knows(LedgerField field, const QString& value) const;
    // The names an unknown `field` value may be mapped to, as written in the database: a catalogue's entries, the
    // regions, the estates, the departments (empty for other fields).
    QList<std::pair<QString, Id>> candidates(LedgerField field) const;

    void addCatalogueEntry(const QString& catalogue, const QString& name, const QString& code, Id id);
    void addRegion(const QString& name, Id id);
    void addEstate(const QString& name, Id regionId, Id id);
    void addBuilding(Id estateId, const QString& name, Id id);
    void addDepartment(const QString& name, Id id);

    const QSet<QString>& importKeys() const { return m_importKeys; }
    void addImportKey(const QString& key) { m_importKeys.insert(key); }

    static QString key(const QString& name);

private:
    QHash<QString, Id> m_catalogue; // "catalogue\x1fname"
    QHash<QString, Id> m_codes; // "catalogue\x1fcode"
    QHash<QString, Id> m_regions;
    QMultiHash<QString, Id> m_estates;
    QHash<Id, Id> m_estateRegion;
    QHash<QString, Id> m_buildings; // "estate\x1fbuildingKey"
    QHash<QString, Id> m_departments;
    QHash<QString, Id> m_staff;
    QSet<QString> m_importKeys;
    QHash<QString, QList<std::pair<QString, Id>>> m_written; // names as written, by catalogue or "region" …
};

} // namespace caseloop
