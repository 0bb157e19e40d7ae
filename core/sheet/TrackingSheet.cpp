#include "sheet/TrackingSheet.h"

#include "sql/SqlQuery.h"
#include "store/Store.h"

#include <algorithm>
#include <vector>

namespace caseloop {

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

// A row's cells; the texts every row repeats are translated once, not once a row (a translator's lookup each time).
class TrackingSheet::Cells
{
public:
    QStringList of(const TrackingRow& r)
    {
        QString feedback = r.feedback;
        if (!r.unresolvedReason.isEmpty())
            feedback += (feedback.isEmpty() ? QString() : QStringLiteral("\n")) + m_notSolved.arg(r.unresolvedReason);
        QString source = r.complaintCodes.join(QLatin1Char('\n'));
        if (const int n = int(r.complaintCodes.size()); n > 0)
            source += QLatin1Char('\n') + once(m_linkedCounts, n, [n] { return tr("%n complaint(s)", nullptr, n); });
        QString place = r.region;
        if (!r.estate.isEmpty())
            place += (place.isEmpty() ? QString() : QStringLiteral(" / ")) + r.estate;
        const QString confirm = r.confirmResult
            ? once(m_confirmNames, int(*r.confirmResult), [&] { return displayName(*r.confirmResult); })
            : QString();
        const QString& status = once(m_statusNames, int(r.status), [&] { return displayName(r.status); });
        return {QString(), // the row's number, given once the rows are in order (numbered())
                r.problem,
                source,
                r.type,
                place,
                r.serviceLine,
                r.department,
                r.suggestion,
                dateText(r.deadline),
                r.measures,
                r.responsiblePerson,
                dateText(r.plannedDate),
                feedback,
                r.reviewOpinion,
                confirm,
                status,
                r.overdue ? m_yes : QString()};
    }

private:
    template <class Make> static const QString& once(QHash<int, QString>& cache, int key, const Make& make)
    {
        auto it = cache.find(key);
        if (it == cache.end())
            it = cache.insert(key, make());
        return *it;
    }

    const QString m_notSolved = tr("Not solved: %1");
    const QString m_yes = tr("Yes");
    QHash<int, QString> m_linkedCounts, m_statusNames, m_confirmNames;
};

namespace {
// Numbers the rows 1, 2, 3… in the first column.
void numbered(QList<QStringList>& rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i][0] = QString::number(i + 1);
}
} // namespace

Sheet TrackingSheet::begin(int rows, const QString& organisation, const QString& period, const QDateTime& madeAt)
{
    Sheet sheet;
    sheet.title = tr("Complaint rectification tracking sheet");
    sheet.subtitle = tr("%1    Period: %2    Made: %3    %n item(s)", nullptr, rows)
                         .arg(organisation, period, madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    sheet.columns = columns();
    sheet.printOnePageWide = true;
    return sheet;
}

Sheet TrackingSheet::build(const QList<TrackingRow>& rows, const QString& organisation, const QString& period,
                           const QDateTime& madeAt)
{
    Sheet sheet = begin(int(rows.size()), organisation, period, madeAt);
    sheet.rows.reserve(rows.size());
    sheet.flagged.reserve(rows.size());
    Cells cells;
    for (const TrackingRow& r : rows) {
        sheet.rows.append(cells.of(r));
        sheet.flagged.append(r.overdue);
    }
    numbered(sheet.rows);
    return sheet;
}

Result<Sheet> TrackingSheet::load(Store& store, RectificationFilter filter)
{
    const QDateTime now = store.clock().now();
    filter.today = now.date();
    // Each row's cells made as the row is read (no list of rows beside the sheet), then the rows put in order by
    // their keys alone: moving a row's cells moves one pointer.
    QList<QStringList> readCells;
    QList<bool> readFlags;
    std::vector<std::pair<std::pair<qint64, Id>, qsizetype>> order; // (trackingOrder, where the row was read)
    Cells cells;
    if (Status s = store.rectifications().eachTrackingRow(filter,
                                                          [&](TrackingRow&& r) {
                                                              order.emplace_back(trackingOrder(r), readCells.size());
                                                              readCells.append(cells.of(r));
                                                              readFlags.append(r.overdue);
                                                          });
        !s)
        return Error{s.error()};
    std::sort(order.begin(), order.end());
    QList<QStringList> cellRows;
    QList<bool> flagged;
    cellRows.reserve(readCells.size());
    flagged.reserve(readCells.size());
    for (const auto& [key, at] : order) {
        cellRows.append(std::move(readCells[at]));
        flagged.append(readFlags[at]);
    }
    numbered(cellRows);
    auto organisation = store.settings().value(QStringLiteral("office.name"), tr("Property service centre"));
    if (!organisation)
        return Error{organisation.error()};
    QString period;
    if (filter.from.isValid() || filter.to.isValid())
        period = QStringLiteral("%1 — %2").arg(dateText(filter.from),
                                               dateText(filter.to.isValid() ? filter.to : now.date()));
    else
        period = tr("all items up to %1").arg(dateText(now.date()));
    Sheet sheet = begin(int(cellRows.size()), organisation.value(), period, now);
    sheet.rows = std::move(cellRows);
    sheet.flagged = std::move(flagged);
    return sheet;
}

} // namespace caseloop
