#include "ledger/LedgerNames.h"

#include "ledger/LedgerValues.h"
#include "store/CatalogueStore.h"
#include "store/Store.h"

namespace caseloop {

namespace {
QString pair(const QString& a, const QString& b)
{
    return a + QChar(0x1f) + b;
}
} // namespace

QString LedgerNames::key(const QString& name)
{
    // Fast path for what ledgers nearly always hold: lower-case ASCII, digits, CJK ideographs and CJK punctuation
    // need no folding. (NFKC for every name of 100,000 rows took a third of the import's checking time.)
    bool plain = true;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x80 ? (u <= 0x20 || (u >= 'A' && u <= 'Z'))
                     : !((u >= 0x4E00 && u <= 0x9FFF) || (u > 0x3000 && u <= 0x303F))) {
            plain = false;
            break;
        }
    }
    if (plain)
        return name;
    QString out = name.normalized(QString::NormalizationForm_KC).simplified().toLower();
    out.remove(QLatin1Char(' '));
    return out;
}

QString LedgerNames::catalogueOf(LedgerField field)
{
    switch (field) {
    case LedgerField::Channel:
        return Catalogue::Channel;
    case LedgerField::Kind:
        return Catalogue::Kind;
    case LedgerField::Type:
        return Catalogue::Type;
    case LedgerField::ServiceLine:
        return Catalogue::ServiceLine;
    case LedgerField::CustomerType:
        return Catalogue::CustomerType;
    default:
        return {};
    }
}

Status LedgerNames::load(Store& store)
{
    *this = LedgerNames();
    for (const QString& catalogue : Catalogue::all()) {
        auto entries = store.catalogues().entries(catalogue);
        if (!entries)
            return entries.status();
        for (const CatalogueEntry& e : *entries) {
            addCatalogueEntry(catalogue, e.nameZh, e.code, e.id);
            if (!e.nameEn.isEmpty())
                m_catalogue.insert(pair(catalogue, key(e.nameEn)), e.id);
        }
    }
    auto regions = store.organisation().regions();
    auto estates = store.organisation().estates();
    auto departments = store.organisation().departments();
    auto staff = store.organisation().staff();
    for (Status s : {regions.status(), estates.status(), departments.status(), staff.status()})
        if (!s)
            return s;
    for (const Region& r : *regions)
        addRegion(r.name, r.id);
    for (const Estate& e : *estates) {
        addEstate(e.name, e.regionId, e.id);
        auto buildings = store.organisation().buildings(e.id);
        if (!buildings)
            return buildings.status();
        for (const Building& b : *buildings)
            addBuilding(e.id, b.name, b.id);
    }
    for (const Department& d : *departments) {
        addDepartment(d.name, d.id);
        if (!d.nameEn.isEmpty())
            m_departments.insert(key(d.nameEn), d.id);
    }
    for (const Staff& s : *staff)
        m_staff.insert(key(s.name), s.id);
    // Only imported rows carry a key; the partial unique index holds exactly those.
    auto keys = store.complaints().importKeys();
    if (!keys)
        return keys.status();
    m_importKeys = std::move(keys).value();
    return {};
}

Id LedgerNames::catalogueEntry(const QString& catalogue, const QString& name) const
{
    const QString k = key(name);
    if (Id id = m_catalogue.value(pair(catalogue, k)))
        return id;
    return m_codes.value(pair(catalogue, k));
}

Id LedgerNames::catalogueCode(const QString& catalogue, const QString& code) const
{
    return m_codes.value(pair(catalogue, code));
}

Id LedgerNames::region(const QString& name) const
{
    return m_regions.value(key(name));
}

Id LedgerNames::estate(const QString& name, Id regionId) const
{
    const QList<Id> ids = m_estates.values(key(name));
    if (ids.isEmpty())
        return 0;
    for (Id id : ids)
        if (regionId && m_estateRegion.value(id) == regionId)
            return id;
    return *std::min_element(ids.begin(), ids.end());
}

Id LedgerNames::building(Id estateId, const QString& name) const
{
    return m_buildings.value(pair(QString::number(estateId), key(buildingKey(name))));
}

Id LedgerNames::department(const QString& name) const
{
    return m_departments.value(key(name));
}

Id LedgerNames::staff(const QString& name) const
{
    return m_staff.value(key(name));
}

bool LedgerNames::knows(LedgerField field, const QString& value) const
{
    if (const QString catalogue = catalogueOf(field); !catalogue.isEmpty())
        return catalogueEntry(catalogue, value) != 0;
    switch (field) {
    case LedgerField::Region:
        return region(value) != 0;
    case LedgerField::Estate:
        return estate(value) != 0;
    case LedgerField::Department:
        return department(value) != 0;
    case LedgerField::Steward:
        return staff(value) != 0;
    default:
        return true;
    }
}

void LedgerNames::addCatalogueEntry(const QString& catalogue, const QString& name, const QString& code, Id id)
{
    m_catalogue.insert(pair(catalogue, key(name)), id);
    m_codes.insert(pair(catalogue, code), id);
    m_written[catalogue].append({name, id});
}

void LedgerNames::addRegion(const QString& name, Id id)
{
    m_regions.insert(key(name), id);
    m_written[QStringLiteral("region")].append({name, id});
}

void LedgerNames::addEstate(const QString& name, Id regionId, Id id)
{
    m_estates.insert(key(name), id);
    m_estateRegion.insert(id, regionId);
    m_written[QStringLiteral("estate")].append({name, id});
}

void LedgerNames::addBuilding(Id estateId, const QString& name, Id id)
{
    m_buildings.insert(pair(QString::number(estateId), key(buildingKey(name))), id);
}

void LedgerNames::addDepartment(const QString& name, Id id)
{
    m_departments.insert(key(name), id);
    m_written[QStringLiteral("department")].append({name, id});
}

QList<std::pair<QString, Id>> LedgerNames::candidates(LedgerField field) const
{
    if (const QString catalogue = catalogueOf(field); !catalogue.isEmpty())
        return m_written.value(catalogue);
    switch (field) {
    case LedgerField::Region:
        return m_written.value(QStringLiteral("region"));
    case LedgerField::Estate:
        return m_written.value(QStringLiteral("estate"));
    case LedgerField::Department:
        return m_written.value(QStringLiteral("department"));
    default:
        return {};
    }
}

} // namespace caseloop
