#include "workflow/OfficeSetup.h"

#include "domain/Phone.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace caseloop {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::OfficeSetup", text);
}
} // namespace

QString OfficeSetup::problem() const
{
    if (region.trimmed().isEmpty())
        return tr("Name the region (区域), e.g. 华东区域.");
    if (estate.trimmed().isEmpty())
        return tr("Name the estate (项目), e.g. 西溪锦园.");
    if (buildings < 1 || buildings > 200)
        return tr("An estate has 1 to 200 buildings.");
    if (units < 1 || units > 20 || floors < 1 || floors > 100)
        return tr("A building has 1 to 20 units and 1 to 100 floors.");
    if (stewardName.trimmed().isEmpty() || stewardLogin.trimmed().isEmpty())
        return tr("Name the first steward and their login.");
    if (!stewardPhone.trimmed().isEmpty() && !isValidPhone(normalisePhone(stewardPhone)))
        return tr("The steward's phone “%1” is not a phone number.").arg(stewardPhone);
    return {};
}

Status applyOfficeSetup(Store& store, const OfficeSetup& setup)
{
    if (const QString problem = setup.problem(); !problem.isEmpty())
        return Error{problem};
    return inTransaction(store.work(), [&]() -> Status {
        OrganisationStore& org = store.organisation();
        if (!setup.officeName.trimmed().isEmpty())
            if (Status s = store.settings().setValue(QStringLiteral("office.name"), setup.officeName.trimmed()); !s)
                return s;
        auto region = org.addRegion({0, setup.region.trimmed(), 0, true});
        if (!region)
            return Error{region.error()};
        auto estate = org.addEstate({0, *region, setup.estate.trimmed(), setup.address.trimmed(), true});
        if (!estate)
            return Error{estate.error()};
        for (int i = 1; i <= setup.buildings; ++i)
            if (auto b = org.addBuilding({0, *estate, QStringLiteral("%1栋").arg(i), setup.units, setup.floors}); !b)
                return Error{b.error()};
        Staff steward;
        steward.name = setup.stewardName.trimmed();
        steward.login = setup.stewardLogin.trimmed();
        steward.role = Role::Steward;
        steward.phone = setup.stewardPhone.trimmed().isEmpty() ? QString() : normalisePhone(setup.stewardPhone);
        if (auto s = org.addStaff(steward); !s)
            return Error{s.error()};
        return {};
    });
}

bool isNewOffice(Store& store)
{
    // One row is enough to tell: counting ten million complaints at every start would hold the window for a second.
    const auto estates = store.organisation().estates();
    if (!estates || !estates->isEmpty())
        return false;
    const auto first = store.complaints().listAt({}, 0, 1);
    return first && first->isEmpty();
}

} // namespace caseloop
