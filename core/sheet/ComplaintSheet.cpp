#include "sheet/ComplaintSheet.h"

#include "base/Language.h"
#include "domain/ComplaintRules.h"
#include "domain/Phone.h"
#include "domain/RecordNames.h"
#include "store/Store.h"

namespace caseloop {

namespace {
QString time(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

QList<SheetColumn> ComplaintSheet::columns()
{
    return {{tr("Code"), 3, 17},
            {tr("Received"), 3, 16, CellKind::DateTime},
            {tr("Channel"), 2, 10},
            {tr("Kind"), 1, 6},
            {tr("Complainant"), 2, 10},
            {tr("Phone"), 2, 13},
            {tr("Customer type"), 1, 8},
            {tr("Region"), 2, 10},
            {tr("Estate"), 2, 12},
            {tr("Location"), 3, 16},
            {tr("Complaint type"), 2, 10},
            {tr("Service line"), 2, 10},
            {tr("Priority"), 1, 6},
            {tr("Description"), 6, 40},
            {tr("Request"), 4, 24},
            {tr("Steward"), 2, 8},
            {tr("Status"), 2, 10},
            {tr("Satisfaction"), 2, 10},
            {tr("Closed"), 3, 16, CellKind::DateTime},
            {tr("Reopened"), 1, 6},
            {tr("Overdue"), 1, 6}};
}

Result<Sheet> ComplaintSheet::load(Store& store, const ComplaintFilter& filter, bool maySeePhone)
{
    RecordNames names;
    if (Status s = names.load(store); !s)
        return Error{s.error()};
    const QDateTime now = store.clock().now();
    Sheet sheet;
    sheet.title = tr("Complaint ledger");
    sheet.columns = columns();
    std::optional<ComplaintCursor> after;
    for (;;) {
        auto page = store.complaints().list(filter, 2000, after);
        if (!page)
            return Error{page.error()};
        for (const Complaint& c : page.value()) {
            const bool late = hasOverduePromise(c, now);
            // A role that sees phone numbers masked sees them masked in the free text too.
            const auto freeText = [&](const QString& text) { return textAsShown(text, maySeePhone); };
            sheet.rows.append({c.code,
                               time(c.receivedAt),
                               names.catalogue.value(c.channelId),
                               names.catalogue.value(c.kindId),
                               c.complainantName,
                               maySeePhone ? c.complainantPhone : maskPhone(c.complainantPhone),
                               names.catalogue.value(c.customerTypeId),
                               names.regions.value(c.regionId),
                               names.estates.value(c.estateId),
                               names.location(c),
                               names.catalogue.value(c.typeId),
                               names.catalogue.value(c.serviceLineId),
                               displayName(c.priority),
                               freeText(c.description),
                               freeText(c.request),
                               names.staff.value(c.stewardId),
                               displayName(c.status),
                               c.satisfaction ? displayName(*c.satisfaction) : QString(),
                               time(c.closedAt),
                               c.reopenCount > 0 ? QString::number(c.reopenCount) : QString(),
                               late ? tr("Yes") : QString()});
            sheet.flagged.append(late);
        }
        if (page->size() < 2000)
            break;
        after = ComplaintCursor{page->last().receivedAt, page->last().id};
    }
    auto organisation = store.settings().value(QStringLiteral("office.name"), QString());
    sheet.subtitle = tr("%1    Made: %2    %n complaint(s)", nullptr, int(sheet.rows.size()))
                         .arg(organisation ? organisation.value() : QString(), time(now));
    return sheet;
}

} // namespace caseloop
