#pragma once

#include "sheet/Sheet.h"
#include "store/RectificationStore.h"

#include <QCoreApplication>

namespace caseloop {

class Store;

// The rectification tracking sheet 投诉问题整改跟踪表 (docs/DOMAIN.md §4): one row per item, the columns of the
// five steps, printed for the weekly meeting.
class TrackingSheet
{
    Q_DECLARE_TR_FUNCTIONS(TrackingSheet)

public:
    static QList<SheetColumn> columns();
    static Sheet build(const QList<TrackingRow>& rows, const QString& organisation, const QString& period,
                       const QDateTime& madeAt);
    // Reads the rows for `filter` from the store (overdue measured at the store's clock) and builds the sheet,
    // titled with the office name from the settings.
    static Result<Sheet> load(Store& store, RectificationFilter filter);

private:
    class Cells;
    // The sheet's title, subtitle and columns, without rows.
    static Sheet begin(int rows, const QString& organisation, const QString& period, const QDateTime& madeAt);
};

} // namespace caseloop
