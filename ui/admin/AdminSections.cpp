#include "AdminSections.h"

#include "base/Language.h"
#include "store/Store.h"

namespace caseloop {

namespace {
using Type = EditorColumn::Type;

// A refusal naming the row's first value and the empty field.
Status needText(const EditorRow& row, int column, const QString& field)
{
    if (row.values.value(column).toString().trimmed().isEmpty())
        return Error{AdminSections::tr("“%1” is required.").arg(field)};
    return {};
}

template <class T> Result<Id> saved(const Result<T>& r, Id id)
{
    if (!r)
        return Error{r.error()};
    return id;
}

Result<Id> savedStatus(const Status& s, Id id)
{
    if (!s)
        return Error{s.error()};
    return id;
}

QList<QPair<QVariant, QString>> regionChoices(Store& store)
{
    QList<QPair<QVariant, QString>> choices;
    for (const Region& r : store.organisation().regions().value_or({}))
        choices.append({r.id, r.name});
    return choices;
}

QList<QPair<QVariant, QString>> estateChoices(Store& store)
{
    QList<QPair<QVariant, QString>> choices;
    for (const Estate& e : store.organisation().estates().value_or({}))
        choices.append({e.id, e.name});
    return choices;
}

QList<QPair<QVariant, QString>> departmentChoices(Store& store)
{
    QList<QPair<QVariant, QString>> choices{{Id(0), QString()}};
    for (const Department& d : store.organisation().departments().value_or({}))
        choices.append({d.id, localName(d.name, d.nameEn)});
    return choices;
}

template <class E> QList<QPair<QVariant, QString>> enumChoices()
{
    QList<QPair<QVariant, QString>> choices;
    for (E v : allValues<E>())
        choices.append({toStorage(v), displayName(v)});
    return choices;
}

AdminSection catalogueSection(Store& store, const QString& catalogue, const QString& title)
{
    AdminSection s;
    s.title = title;
    s.columns = {{AdminSections::tr("Code")},
                 {AdminSections::tr("Chinese name")},
                 {AdminSections::tr("English name")},
                 {AdminSections::tr("Order"), Type::Number},
                 {AdminSections::tr("Active"), Type::Check}};
    s.load = [&store, catalogue]() -> Result<QList<EditorRow>> {
        auto entries = store.catalogues().entries(catalogue);
        if (!entries)
            return Error{entries.error()};
        QList<EditorRow> rows;
        for (const CatalogueEntry& e : entries.value())
            rows.append({e.id, {e.code, e.nameZh, e.nameEn, e.sortOrder, e.active}});
        return rows;
    };
    s.save = [&store, catalogue](const EditorRow& row) -> Result<Id> {
        if (Status st = needText(row, 1, AdminSections::tr("Chinese name")); !st)
            return Error{st.error()};
        CatalogueEntry e{row.id,
                         catalogue,
                         row.values[0].toString(),
                         row.values[1].toString(),
                         row.values[2].toString(),
                         row.values[3].toInt(),
                         row.values[4].toBool()};
        if (e.code.isEmpty())
            e.code = e.nameEn.isEmpty() ? e.nameZh : e.nameEn.toLower();
        return row.id > 0 ? savedStatus(store.catalogues().update(e), row.id) : store.catalogues().add(e);
    };
    return s;
}
} // namespace

QList<AdminSection> AdminSections::all(Store& store)
{
    QList<AdminSection> sections{
        catalogueSection(store, Catalogue::Type, tr("Complaint types")),
        catalogueSection(store, Catalogue::ServiceLine, tr("Service lines")),
        catalogueSection(store, Catalogue::Kind, tr("Kinds")),
        catalogueSection(store, Catalogue::Channel, tr("Channels")),
        catalogueSection(store, Catalogue::CustomerType, tr("Customer types")),
    };

    AdminSection regions{tr("Regions"), {{tr("Name")}, {tr("Order"), Type::Number}, {tr("Active"), Type::Check}}};
    regions.load = [&store]() -> Result<QList<EditorRow>> {
        QList<EditorRow> rows;
        for (const Region& r : store.organisation().regions().value_or({}))
            rows.append({r.id, {r.name, r.sortOrder, r.active}});
        return rows;
    };
    regions.save = [&store](const EditorRow& row) -> Result<Id> {
        if (Status st = needText(row, 0, tr("Name")); !st)
            return Error{st.error()};
        const Region r{row.id, row.values[0].toString(), row.values[1].toInt(), row.values[2].toBool()};
        return row.id > 0 ? savedStatus(store.organisation().updateRegion(r), row.id)
                          : store.organisation().addRegion(r);
    };

    AdminSection estates{tr("Estates"),
                         {{tr("Region"), Type::Choice, regionChoices(store)},
                          {tr("Name")},
                          {tr("Address")},
                          {tr("Active"), Type::Check}}};
    estates.load = [&store]() -> Result<QList<EditorRow>> {
        QList<EditorRow> rows;
        for (const Estate& e : store.organisation().estates().value_or({}))
            rows.append({e.id, {e.regionId, e.name, e.address, e.active}});
        return rows;
    };
    estates.save = [&store](const EditorRow& row) -> Result<Id> {
        if (Status st = needText(row, 1, tr("Name")); !st)
            return Error{st.error()};
        const Estate e{row.id, row.values[0].toLongLong(), row.values[1].toString(), row.values[2].toString(),
                       row.values[3].toBool()};
        return row.id > 0 ? savedStatus(store.organisation().updateEstate(e), row.id)
                          : store.organisation().addEstate(e);
    };

    AdminSection buildings{tr("Buildings"),
                           {{tr("Estate"), Type::Choice, estateChoices(store)},
                            {tr("Name")},
                            {tr("Units"), Type::Number},
                            {tr("Floors"), Type::Number}}};
    buildings.load = [&store]() -> Result<QList<EditorRow>> {
        QList<EditorRow> rows;
        for (const Estate& e : store.organisation().estates().value_or({}))
            for (const Building& b : store.organisation().buildings(e.id).value_or({}))
                rows.append({b.id, {b.estateId, b.name, b.units, b.floors}});
        return rows;
    };
    buildings.save = [&store](const EditorRow& row) -> Result<Id> {
        if (Status st = needText(row, 1, tr("Name")); !st)
            return Error{st.error()};
        const Building b{row.id, row.values[0].toLongLong(), row.values[1].toString(), qMax(1, row.values[2].toInt()),
                         qMax(1, row.values[3].toInt())};
        return row.id > 0 ? savedStatus(store.organisation().updateBuilding(b), row.id)
                          : store.organisation().addBuilding(b);
    };

    AdminSection departments{tr("Departments"), {{tr("Name")}, {tr("English name")}, {tr("Active"), Type::Check}}};
    departments.load = [&store]() -> Result<QList<EditorRow>> {
        QList<EditorRow> rows;
        for (const Department& d : store.organisation().departments().value_or({}))
            rows.append({d.id, {d.name, d.nameEn, d.active}});
        return rows;
    };
    departments.save = [&store](const EditorRow& row) -> Result<Id> {
        if (Status st = needText(row, 0, tr("Name")); !st)
            return Error{st.error()};
        const Department d{row.id, row.values[0].toString(), row.values[1].toString(), row.values[2].toBool()};
        return row.id > 0 ? savedStatus(store.organisation().updateDepartment(d), row.id)
                          : store.organisation().addDepartment(d);
    };

    AdminSection staff{tr("Staff"),
                       {{tr("Name")},
                        {tr("Login")},
                        {tr("Role"), Type::Choice, enumChoices<Role>()},
                        {tr("Department"), Type::Choice, departmentChoices(store)},
                        {tr("Phone")},
                        {tr("Active"), Type::Check}}};
    staff.load = [&store]() -> Result<QList<EditorRow>> {
        QList<EditorRow> rows;
        for (const Staff& s : store.organisation().staff().value_or({}))
            rows.append({s.id, {s.name, s.login, toStorage(s.role), s.departmentId, s.phone, s.active}});
        return rows;
    };
    staff.save = [&store](const EditorRow& row) -> Result<Id> {
        for (const auto& [column, field] : {std::pair{0, tr("Name")}, std::pair{1, tr("Login")}})
            if (Status st = needText(row, column, field); !st)
                return Error{st.error()};
        const Staff s{row.id,
                      row.values[0].toString(),
                      row.values[1].toString(),
                      fromStorage<Role>(row.values[2].toString()).value_or(Role::Steward),
                      row.values[3].toLongLong(),
                      row.values[4].toString(),
                      row.values[5].toBool()};
        return row.id > 0 ? savedStatus(store.organisation().updateStaff(s), row.id) : store.organisation().addStaff(s);
    };

    AdminSection calendar{
        tr("Holidays and adjusted working days"),
        {{tr("Date (yyyy-MM-dd)")}, {tr("Kind"), Type::Choice, enumChoices<DayKind>()}, {tr("Name")}}};
    calendar.load = [&store]() -> Result<QList<EditorRow>> {
        const QDate today = store.clock().now().date();
        auto days = store.calendar().days(QDate(today.year() - 1, 1, 1), QDate(today.year() + 1, 12, 31));
        if (!days)
            return Error{days.error()};
        QList<EditorRow> rows;
        for (const CalendarDay& d : days.value())
            rows.append({d.date.toJulianDay(), {d.date.toString(Qt::ISODate), toStorage(d.kind), d.name}});
        return rows;
    };
    calendar.save = [&store](const EditorRow& row) -> Result<Id> {
        const QString text = row.values[0].toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return Error{tr("“Date” %1 is not a date like 2026-10-01.").arg(text)};
        const CalendarDay day{date, fromStorage<DayKind>(row.values[1].toString()).value_or(DayKind::Holiday),
                              row.values[2].toString()};
        if (row.id > 0 && row.id != date.toJulianDay())
            if (Status s = store.calendar().removeDay(QDate::fromJulianDay(row.id)); !s)
                return Error{s.error()};
        return savedStatus(store.calendar().setDay(day), date.toJulianDay());
    };
    calendar.remove = [&store](const EditorRow& row) {
        return row.id > 0 ? store.calendar().removeDay(QDate::fromJulianDay(row.id)) : Status{};
    };

    AdminSection templates{tr("Reply templates"),
                           {{tr("Title")}, {tr("Text")}, {tr("Order"), Type::Number}, {tr("Active"), Type::Check}}};
    templates.load = [&store]() -> Result<QList<EditorRow>> {
        QList<EditorRow> rows;
        for (const ReplyTemplate& t : store.phrasebook().templates().value_or({}))
            rows.append({t.id, {t.title, t.body, t.sortOrder, t.active}});
        return rows;
    };
    templates.save = [&store](const EditorRow& row) -> Result<Id> {
        ReplyTemplate t{row.id, row.values[0].toString(), row.values[1].toString(), row.values[2].toInt(),
                        row.values[3].toBool()};
        if (row.id == 0)
            return store.phrasebook().addTemplate(t);
        // Administration edits the latest version: the row version is read, not remembered.
        for (const ReplyTemplate& stored : store.phrasebook().templates().value_or({}))
            if (stored.id == row.id)
                t.rowVersion = stored.rowVersion;
        return savedStatus(store.phrasebook().updateTemplate(t), row.id);
    };

    AdminSection phrases{tr("Minefield phrases"),
                         {{tr("Phrase")}, {tr("Gentler wording")}, {tr("Active"), Type::Check}}};
    phrases.load = [&store]() -> Result<QList<EditorRow>> {
        QList<EditorRow> rows;
        for (const MinefieldPhrase& p : store.phrasebook().phrases().value_or({}))
            rows.append({p.id, {p.phrase, p.gentler, p.active}});
        return rows;
    };
    phrases.save = [&store](const EditorRow& row) -> Result<Id> {
        MinefieldPhrase p{row.id, row.values[0].toString(), row.values[1].toString(), row.values[2].toBool()};
        if (row.id == 0)
            return store.phrasebook().addPhrase(p);
        for (const MinefieldPhrase& stored : store.phrasebook().phrases().value_or({}))
            if (stored.id == row.id)
                p.rowVersion = stored.rowVersion;
        return savedStatus(store.phrasebook().updatePhrase(p), row.id);
    };

    sections << regions << estates << buildings << departments << staff << calendar << templates << phrases;
    return sections;
}

} // namespace caseloop
