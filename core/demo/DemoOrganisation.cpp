// The demo property group: regions, estates and buildings, departments and their people, holidays.
#include "demo/DemoContext.h"

namespace caseloop::demo {

namespace {
Status loadCatalogues(Context& ctx)
{
    for (const QString& name : Catalogue::all()) {
        auto entries = ctx.store.catalogues().entries(name);
        if (!entries)
            return Error{entries.error()};
        for (const CatalogueEntry& e : entries.value())
            ctx.catalogue.insert(name + QLatin1Char('/') + e.code, e.id);
    }
    return {};
}

Status addCalendar(Context& ctx)
{
    for (const HolidaySpec& h : holidays()) {
        const CalendarDay day{QDate::fromString(QString::fromLatin1(h.date), Qt::ISODate),
                              fromStorage<DayKind>(QString::fromLatin1(h.kind)).value_or(DayKind::Holiday),
                              QString::fromUtf8(h.name)};
        if (Status s = ctx.store.calendar().setDay(day); !s)
            return s;
    }
    return {};
}

Result<Id> addPerson(Context& ctx, const QString& login, Role role, Id departmentId)
{
    Staff s;
    s.name = ctx.personName();
    s.login = login;
    s.role = role;
    s.departmentId = departmentId;
    s.phone = ctx.mobile();
    return ctx.store.organisation().addStaff(s);
}

Status addDepartmentsAndStaff(Context& ctx)
{
    auto departments = ctx.store.organisation().departments();
    if (!departments)
        return Error{departments.error()};
    for (const Department& d : departments.value())
        ctx.departments.insert(d.name, d.id);
    // Ticket-handling leads of each department, with the login prefix an office would use.
    const std::pair<const char*, const char*> teams[] = {{"工程部", "gc"}, {"保洁部", "bj"}, {"秩序部", "zx"},
                                                         {"绿化部", "lh"}, {"财务部", "cw"}, {"客服中心", "kfzg"}};
    for (const auto& [name, prefix] : teams) {
        const Id dept = ctx.departments.value(QString::fromUtf8(name));
        for (int i = 1; i <= 2; ++i) {
            auto id = addPerson(ctx,
                                QStringLiteral("%1%2").arg(QString::fromLatin1(prefix)).arg(i, 2, 10, QLatin1Char('0')),
                                Role::DepartmentLead, dept);
            if (!id)
                return Error{id.error()};
            ctx.departmentLeads[dept].append(*id);
        }
    }
    const Id service = ctx.departments.value(QStringLiteral("客服中心"));
    for (int i = 1; i <= 3; ++i) {
        auto id = addPerson(ctx, QStringLiteral("zg%1").arg(i, 2, 10, QLatin1Char('0')), Role::Supervisor, service);
        if (!id)
            return Error{id.error()};
        ctx.supervisors.append(*id);
    }
    // The administrator: the database's own when it has one already (who made it and will sign in to it).
    if (ctx.store.organisation().staffByLogin(QStringLiteral("admin")))
        return {};
    Staff admin;
    admin.name = QStringLiteral("系统管理员");
    admin.login = QStringLiteral("admin");
    admin.role = Role::Administrator;
    admin.departmentId = service;
    auto adminId = ctx.store.organisation().addStaff(admin);
    return adminId ? Status() : Status(Error{adminId.error()});
}

Status addEstates(Context& ctx)
{
    QHash<QString, Id> regionIds;
    int order = 0;
    for (const QString& name : regions()) {
        auto id = ctx.store.organisation().addRegion({0, name, ++order, true});
        if (!id)
            return Error{id.error()};
        regionIds.insert(name, *id);
    }
    const Id service = ctx.departments.value(QStringLiteral("客服中心"));
    int stewardNumber = 0;
    for (const EstateSpec& spec : estates()) {
        EstatePlace place;
        place.estate = {0, regionIds.value(QString::fromUtf8(spec.region)), QString::fromUtf8(spec.name),
                        QString::fromUtf8(spec.address), true};
        auto estateId = ctx.store.organisation().addEstate(place.estate);
        if (!estateId)
            return Error{estateId.error()};
        place.estate.id = *estateId;
        for (int b = 1; b <= spec.buildings; ++b) {
            Building building{0, place.estate.id, QStringLiteral("%1栋").arg(b), spec.units, spec.floors};
            auto id = ctx.store.organisation().addBuilding(building);
            if (!id)
                return Error{id.error()};
            building.id = *id;
            place.buildings.append(building);
        }
        // One steward 物业管家 for every six buildings or so.
        for (int s = 0; s < 1 + spec.buildings / 6; ++s) {
            auto id = addPerson(ctx, QStringLiteral("gj%1").arg(++stewardNumber, 3, 10, QLatin1Char('0')),
                                Role::Steward, service);
            if (!id)
                return Error{id.error()};
            place.stewards.append(*id);
            // The steward looks after this estate: its owners' numbers are theirs to see in full.
            if (Status e = ctx.store.accounts().setEstates(*id, {place.estate.id}); !e)
                return e;
        }
        ctx.estates.append(place);
    }
    return {};
}
} // namespace

Status setUpOrganisation(Context& ctx)
{
    ctx.store.setActor({0, QStringLiteral("演示数据")});
    if (Status s = ctx.store.settings().setValue(QStringLiteral("office.name"), groupName()); !s)
        return s;
    // Marks the file as a demo: the window says so in its title and status bar, so demo data is never taken for the
    // office's own.
    if (Status s = ctx.store.settings().setValue(kDemoSetting, QStringLiteral("1")); !s)
        return s;
    for (auto step : {loadCatalogues, addCalendar, addDepartmentsAndStaff, addEstates})
        if (Status s = step(ctx); !s)
            return s;
    return ctx.options.password.isEmpty() ? Status() : ctx.store.accounts().setDemoPasswords(ctx.options.password);
}

} // namespace caseloop::demo
