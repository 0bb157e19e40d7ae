#include "domain/RecordNames.h"

#include "base/Language.h"
#include "store/Store.h"

#include <QRegularExpression>

namespace caseloop {

Status RecordNames::load(Store& store)
{
    for (const QString& name : Catalogue::all()) {
        auto entries = store.catalogues().entries(name);
        if (!entries)
            return Error{entries.error()};
        for (const CatalogueEntry& e : entries.value())
            catalogue.insert(e.id, localName(e.nameZh, e.nameEn));
    }
    auto regionList = store.organisation().regions();
    auto estateList = store.organisation().estates();
    auto staffList = store.organisation().staff();
    if (!regionList || !estateList || !staffList)
        return Error{!regionList ? regionList.error() : !estateList ? estateList.error() : staffList.error()};
    for (const Region& r : regionList.value())
        regions.insert(r.id, r.name);
    for (const Estate& e : estateList.value()) {
        estates.insert(e.id, e.name);
        auto list = store.organisation().buildings(e.id);
        if (!list)
            return Error{list.error()};
        for (const Building& b : list.value())
            buildings.insert(b.id, b.name);
    }
    for (const Staff& s : staffList.value())
        staff.insert(s.id, s.name);
    auto departmentList = store.organisation().departments();
    if (!departmentList)
        return Error{departmentList.error()};
    for (const Department& d : departmentList.value())
        departments.insert(d.id, localName(d.name, d.nameEn));
    return {};
}

QString RecordNames::location(const Complaint& c) const
{
    if (!c.publicArea.isEmpty())
        return c.publicArea;
    // A building named by its number ("3栋", as offices name them) reads "Bldg 3" in English; other names stay.
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)栋$"));
    QString building = buildings.value(c.buildingId);
    if (const auto m = numbered.match(building); m.hasMatch())
        building = tr("Bldg %1").arg(m.captured(1));
    const QString room = c.room.isEmpty() ? QString() : tr("Rm %1").arg(c.room);
    if (c.unit.isEmpty())
        return room.isEmpty() ? building : tr("%1, %2", "building, room").arg(building, room);
    return tr("%1, Unit %2, %3", "building, unit, room").arg(building, c.unit, room);
}

} // namespace caseloop
