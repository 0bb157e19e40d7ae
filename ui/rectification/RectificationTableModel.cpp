#include "RectificationTableModel.h"

#include <QBrush>
#include <QColor>

namespace caseloop {

RectificationTableModel::RectificationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RectificationTableModel::setRows(QList<TrackingRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const TrackingRow* RectificationTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

int RectificationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RectificationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RectificationTableModel::data(const QModelIndex& index, int role) const
{
    const TrackingRow* r = row(index.row());
    if (!r)
        return {};
    if (role == Qt::UserRole)
        return r->id;
    if (role == Qt::ForegroundRole && r->overdue)
        return QBrush(QColor(0xB0, 0x1C, 0x1C));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return r->code;
    case ProblemColumn:
        return r->problem;
    case TypeColumn:
        return r->type;
    case PlaceColumn:
        return r->estate.isEmpty() ? r->region : r->estate;
    case DepartmentColumn:
        return r->department;
    case DeadlineColumn:
        return r->deadline.toString(Qt::ISODate);
    case StatusColumn:
        return displayName(r->status);
    case OverdueColumn:
        return r->overdue ? tr("Overdue") : QString();
    default:
        return {};
    }
}

QVariant RectificationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case ProblemColumn:
        return tr("Problem");
    case TypeColumn:
        return tr("Type");
    case PlaceColumn:
        return tr("Estate");
    case DepartmentColumn:
        return tr("Department");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Step");
    case OverdueColumn:
        return tr("Overdue", "column header");
    default:
        return {};
    }
}

} // namespace caseloop
