#pragma once

#include "store/RectificationStore.h"

#include <QAbstractTableModel>

namespace caseloop {

// The rectification board: one row per item matching the filter (filtered in SQL; a group's items
// number in the thousands at most, so they are held whole). Qt::UserRole gives the item id.
class RectificationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        ProblemColumn,
        TypeColumn,
        PlaceColumn,
        DepartmentColumn,
        DeadlineColumn,
        StatusColumn,
        OverdueColumn,
        ColumnCount
    };

    explicit RectificationTableModel(QObject* parent = nullptr);
    void setRows(QList<TrackingRow> rows);
    const TrackingRow* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrackingRow> m_rows;
};

} // namespace caseloop
