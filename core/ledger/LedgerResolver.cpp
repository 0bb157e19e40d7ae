#include "ledger/LedgerResolver.h"

#include "store/CatalogueStore.h"
#include "store/Store.h"

#include "ledger/LedgerImport.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace caseloop {

namespace {
const QString kUnassignedRegion = QStringLiteral("未分区");
} // namespace

LedgerResolver::LedgerResolver(Store& store, LedgerNames& names, LedgerOutcome& outcome)
    : m_store(store)
    , m_names(names)
    , m_outcome(outcome)
{
}

Id LedgerResolver::chosen(LedgerField field, const QString& value) const
{
    return m_chosen.value(ledgerChoiceKey(field, value));
}

Result<Id> LedgerResolver::otherEntry(LedgerField field)
{
    const QString catalogue = LedgerNames::catalogueOf(field);
    if (Id id = m_names.catalogueCode(catalogue, QStringLiteral("other")))
        return id;
    CatalogueEntry e{0, catalogue, QStringLiteral("other"), QStringLiteral("其他"), QStringLiteral("Other"), 99, true};
    auto id = m_store.catalogues().add(e);
    if (id) {
        m_names.addCatalogueEntry(catalogue, e.nameZh, e.code, *id);
        m_outcome.created << LedgerText::tr("%1 %2").arg(ledgerFieldName(field), e.nameZh);
    }
    return id;
}

Result<Id> LedgerResolver::region(const QString& name)
{
    const QString wanted = name.isEmpty() ? kUnassignedRegion : name;
    if (Id id = m_names.region(wanted))
        return id;
    if (Id id = chosen(LedgerField::Region, wanted))
        return id;
    auto id = m_store.organisation().addRegion({0, wanted, 99, true});
    if (id) {
        m_names.addRegion(wanted, *id);
        m_chosen.insert(ledgerChoiceKey(LedgerField::Region, wanted), *id);
        m_outcome.created << LedgerText::tr("Region %1").arg(wanted);
    }
    return id;
}

Result<Id> LedgerResolver::create(const LedgerUnknown& u, const LedgerPlan& plan)
{
    const QString catalogue = LedgerNames::catalogueOf(u.field);
    if (!catalogue.isEmpty()) {
        // A code the office never types, the same for the same name in every run: imported entries are told
        // apart from CaseLoop's own by it.
        const QString code = QStringLiteral("imported_")
            + QString::fromLatin1(QCryptographicHash::hash(LedgerNames::key(u.value).toUtf8(), QCryptographicHash::Md5)
                                      .toHex()
                                      .left(10));
        CatalogueEntry e{0, catalogue, code, u.value, QString(), 90, true};
        auto id = m_store.catalogues().add(e);
        if (id) {
            m_names.addCatalogueEntry(catalogue, u.value, code, *id);
            m_outcome.created << LedgerText::tr("%1 %2").arg(ledgerFieldName(u.field), u.value);
        }
        return id;
    }
    switch (u.field) {
    case LedgerField::Region:
        return region(u.value);
    case LedgerField::Estate: {
        // The region the ledger gives the estate on its first row.
        QString regionName;
        for (const LedgerRecord& r : plan.records)
            if (LedgerNames::key(r.estate) == LedgerNames::key(u.value)) {
                regionName = r.region;
                break;
            }
        auto regionId = region(regionName);
        if (!regionId)
            return regionId;
        auto id = m_store.organisation().addEstate({0, *regionId, u.value, QString(), true});
        if (id) {
            m_names.addEstate(u.value, *regionId, *id);
            m_outcome.created << LedgerText::tr("Estate %1").arg(u.value);
        }
        return id;
    }
    case LedgerField::Department: {
        auto id = m_store.organisation().addDepartment({0, u.value, QString(), true});
        if (id) {
            m_names.addDepartment(u.value, *id);
            m_outcome.created << LedgerText::tr("Department %1").arg(u.value);
        }
        return id;
    }
    default:
        return Id(0); // a steward is never created from a ledger: staff need a login and a role
    }
}

Status LedgerResolver::apply(const LedgerPlan& plan, const LedgerChoices& choices)
{
    const LedgerChoices defaults = defaultLedgerChoices(plan);
    // Regions before estates, so an estate created for a new region finds it.
    QList<LedgerUnknown> ordered = plan.unknown;
    std::stable_sort(ordered.begin(), ordered.end(), [](const LedgerUnknown& a, const LedgerUnknown& b) {
        return (a.field == LedgerField::Region) > (b.field == LedgerField::Region);
    });
    for (const LedgerUnknown& u : ordered) {
        if (m_names.knows(u.field, u.value))
            continue; // added meanwhile, or created for an earlier value
        const QString k = ledgerChoiceKey(u.field, u.value);
        const LedgerChoice choice = choices.value(k, defaults.value(k));
        Result<Id> id = Id(0);
        switch (choice.action) {
        case LedgerChoice::Action::MapToExisting:
            id = choice.existingId;
            break;
        case LedgerChoice::Action::LeaveEmpty:
            id = Id(0);
            break;
        case LedgerChoice::Action::MapToOther:
            if (const QString catalogue = LedgerNames::catalogueOf(u.field); !catalogue.isEmpty()) {
                id = otherEntry(u.field);
                if (id)
                    m_outcome.mappedToOther << LedgerText::tr("%1 %2 → 其他").arg(ledgerFieldName(u.field), u.value);
                break;
            }
            [[fallthrough]];
        case LedgerChoice::Action::Create:
            id = create(u, plan);
            break;
        }
        if (!id)
            return Error{
                LedgerText::tr("Could not create %1 “%2”: %3").arg(ledgerFieldName(u.field), u.value, id.error())};
        m_chosen.insert(k, *id);
    }
    return {};
}

Result<Id> LedgerResolver::catalogueId(LedgerField field, const QString& value, const QString& fallbackCode)
{
    const QString catalogue = LedgerNames::catalogueOf(field);
    if (value.isEmpty()) {
        if (Id id = m_names.catalogueCode(catalogue, fallbackCode))
            return id;
        return otherEntry(field);
    }
    if (Id id = m_names.catalogueEntry(catalogue, value))
        return id;
    if (Id id = chosen(field, value))
        return id;
    return otherEntry(field);
}

Result<Id> LedgerResolver::building(Id estateId, const LedgerRecord& r)
{
    if (Id id = m_names.building(estateId, r.building))
        return id;
    QString name = r.building;
    if (!name.isEmpty() && name.back().isDigit())
        name += QStringLiteral("栋");
    auto id = m_store.organisation().addBuilding({0, estateId, name, std::max(1, r.unit.toInt()), 1});
    if (id) {
        m_names.addBuilding(estateId, r.building, *id);
        m_outcome.created << LedgerText::tr("Building %1").arg(name);
    }
    return id;
}

Result<LedgerResolver::Ids> LedgerResolver::resolve(const LedgerRecord& r)
{
    Ids ids;
    for (auto [field, value, fallback, out] :
         {std::tuple{LedgerField::Channel, &r.channel, "phone", &ids.channel},
          std::tuple{LedgerField::Kind, &r.kind, "complaint", &ids.kind},
          std::tuple{LedgerField::CustomerType, &r.customerType, "owner", &ids.customerType},
          std::tuple{LedgerField::Type, &r.type, "other", &ids.type},
          std::tuple{LedgerField::ServiceLine, &r.serviceLine, "other", &ids.serviceLine}}) {
        auto id = catalogueId(field, *value, QString::fromLatin1(fallback));
        if (!id)
            return Error{id.error()};
        *out = *id;
    }
    // A name the database knows, else what the user chose for it (0 = left empty).
    const auto orChosen
        = [this](Id known, LedgerField field, const QString& value) { return known ? known : chosen(field, value); };
    if (!r.region.isEmpty())
        ids.region = orChosen(m_names.region(r.region), LedgerField::Region, r.region);
    if (!r.estate.isEmpty())
        ids.estate = orChosen(m_names.estate(r.estate, ids.region), LedgerField::Estate, r.estate);
    if (ids.estate)
        ids.region = m_names.regionOfEstate(ids.estate);
    if (ids.estate && !r.building.isEmpty()) {
        auto b = building(ids.estate, r);
        if (!b)
            return Error{b.error()};
        ids.building = *b;
    } else if (!r.building.isEmpty()) {
        ids.publicArea = r.building + (r.unit.isEmpty() ? QString() : r.unit + QStringLiteral("单元")) + r.room;
    }
    if (!r.department.isEmpty())
        ids.department = orChosen(m_names.department(r.department), LedgerField::Department, r.department);
    if (!r.steward.isEmpty())
        ids.steward = orChosen(m_names.staff(r.steward), LedgerField::Steward, r.steward);
    return ids;
}

} // namespace caseloop
