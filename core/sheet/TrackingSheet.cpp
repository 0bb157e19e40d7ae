#include "sheet/TrackingSheet.h"

#include "store/Store.h"

namespace caseloop {

namespace {
QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

QList<SheetColumn> TrackingSheet::columns()
{
    // Weights share an A4 landscape page: codes, dates and a five-digit number must fit on one line at 7 pt.
    return {
        {tr("No."), 4, 5, CellKind::Number},
        {tr("Problem"), 11, 40},
        {tr("Source complaints"), 11, 18},
        {tr("Complaint type"), 5, 10},
        {tr("Region / estate"), 6, 16},
        {tr("Service line"), 5, 10},
        {tr("Responsible department"), 5, 10},
        {tr("Suggested rectification"), 9, 30},
        {tr("Required deadline"), 7, 11, CellKind::Date},
        {tr("Measures"), 9, 30},
        {tr("Responsible person"), 5, 8},
        {tr("Planned completion"), 7, 11, CellKind::Date},
        {tr("Feedback / why not solved"), 9, 30},
        {tr("Review opinion"), 6, 20},
        {tr("Confirmation"), 5, 12},
        {tr("Status"), 5, 10},
        {tr("Overdue"), 3, 6},
    };
}

Sheet TrackingSheet::build(const QList<TrackingRow>& rows, const QString& organisation, const QString& period,
                           const QDateTime& madeAt)
{
    Sheet sheet;
    sheet.title = tr("Complaint rectification tracking sheet");
    sheet.subtitle = tr("%1    Period: %2    Made: %3    %n item(s)", nullptr, int(rows.size()))
                         .arg(organisation, period, madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    sheet.columns = columns();
    sheet.printOnePageWide = true;
    sheet.rows.reserve(rows.size());
    sheet.flagged.reserve(rows.size());
    // The texts every row repeats are translated once, not once a row (a translator's lookup each time).
    const QString notSolved = tr("Not solved: %1");
    const QString yes = tr("Yes");
    QHash<int, QString> linkedCounts;
    QHash<int, QString> statusNames, confirmNames;
    const auto once = [](QHash<int, QString>& cache, int key, const auto& make) -> const QString& {
        auto it = cache.find(key);
        if (it == cache.end())
            it = cache.insert(key, make());
        return *it;
    };
    int serial = 0;
    for (const TrackingRow& r : rows) {
        QString feedback = r.feedback;
        if (!r.unresolvedReason.isEmpty())
            feedback += (feedback.isEmpty() ? QString() : QStringLiteral("\n")) + notSolved.arg(r.unresolvedReason);
        QString source = r.complaintCodes.join(QLatin1Char('\n'));
        if (const int n = int(r.complaintCodes.size()); n > 0)
            source += QLatin1Char('\n') + once(linkedCounts, n, [n] { return tr("%n complaint(s)", nullptr, n); });
        QString place = r.region;
        if (!r.estate.isEmpty())
            place += (place.isEmpty() ? QString() : QStringLiteral(" / ")) + r.estate;
        const QString confirm = r.confirmResult
            ? once(confirmNames, int(*r.confirmResult), [&] { return displayName(*r.confirmResult); })
            : QString();
        const QString& status = once(statusNames, int(r.status), [&] { return displayName(r.status); });
        sheet.rows.append({QString::number(++serial), r.problem, source, r.type, place, r.serviceLine, r.department,
                           r.suggestion, date(r.deadline), r.measures, r.responsiblePerson, date(r.plannedDate),
                           feedback, r.reviewOpinion, confirm, status, r.overdue ? yes : QString()});
        sheet.flagged.append(r.overdue);
    }
    return sheet;
}

Result<Sheet> TrackingSheet::load(Store& store, RectificationFilter filter)
{
    const QDateTime now = store.clock().now();
    filter.today = now.date();
    auto rows = store.rectifications().trackingRows(filter);
    if (!rows)
        return Error{rows.error()};
    auto organisation = store.settings().value(QStringLiteral("office.name"), tr("Property service centre"));
    if (!organisation)
        return Error{organisation.error()};
    QString period;
    if (filter.from.isValid() || filter.to.isValid())
        period = QStringLiteral("%1 — %2").arg(date(filter.from), date(filter.to.isValid() ? filter.to : now.date()));
    else
        period = tr("all items up to %1").arg(date(now.date()));
    return build(rows.value(), organisation.value(), period, now);
}

} // namespace caseloop
