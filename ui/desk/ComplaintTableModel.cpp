#include "ComplaintTableModel.h"

#include "Phone.h"
#include "SlaPolicy.h"
#include "Store.h"

#include <QBrush>
#include <QColor>

namespace caseloop {

ComplaintTableModel::ComplaintTableModel(Store& store, bool maySeePhone, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_maySeePhone(maySeePhone)
{
    // A list without names still lists; the codes and texts stay readable.
    (void)m_names.load(m_store);
    if (auto policy = SlaPolicy::load(m_store.settings()))
        m_dueSoonHours = policy->dueSoonHours;
    setFilter({});
}

void ComplaintTableModel::setFilter(const ComplaintFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    auto count = m_store.complaints().count(m_filter);
    m_total = count ? *count : 0;
    if (!count)
        m_error = count.error();
    Q_EMIT countChanged(m_total);
    // The first screen is there at once; the view asks for later pages as it scrolls.
    fetchMore({});
}

Id ComplaintTableModel::complaintId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ComplaintTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComplaintTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ComplaintTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::optional<ComplaintCursor> after;
    if (!m_rows.isEmpty())
        after = ComplaintCursor{m_rows.last().receivedAt, m_rows.last().id};
    auto page = m_store.complaints().list(m_filter, kPageSize, after);
    if (!page) {
        m_error = page.error();
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

bool ComplaintTableModel::isOverdue(const Complaint& c) const
{
    return hasOverduePromise(c, m_store.clock().now());
}

QDateTime ComplaintTableModel::dueSoon(const Complaint& c) const
{
    if (!isOpen(c.status))
        return {};
    QDateTime earliest;
    for (const auto& [done, due] : {std::pair{c.firstContactAt, c.firstContactDue},
                                    std::pair{c.feedbackAt, c.feedbackDue}, std::pair{c.followUpAt, c.followUpDue}})
        if (!done.isValid() && due.isValid() && (!earliest.isValid() || due < earliest))
            earliest = due;
    const QDateTime now = m_store.clock().now();
    return earliest.isValid() && earliest >= now && earliest < now.addSecs(qint64(m_dueSoonHours) * 3600) ? earliest
                                                                                                          : QDateTime();
}

QVariant ComplaintTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Complaint& c = m_rows[index.row()];
    if (role == Qt::ForegroundRole && isOverdue(c))
        return QBrush(QColor(0xB0, 0x1C, 0x1C));
    if (role == Qt::BackgroundRole && index.column() == DueColumn) {
        if (isOverdue(c))
            return QBrush(QColor(0xFE, 0xE2, 0xE2));
        if (dueSoon(c).isValid())
            return QBrush(QColor(0xFE, 0xF3, 0xC7));
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case CodeColumn:
            return c.id;
        case ReceivedColumn:
            return c.receivedAt;
        case StatusColumn:
            return toStorage(c.status);
        case PriorityColumn:
            return toStorage(c.priority);
        case DueColumn:
            return isOverdue(c);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return c.code;
    case ReceivedColumn:
        return c.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case StatusColumn:
        return displayName(c.status);
    case KindColumn:
        return m_names.catalogue.value(c.kindId);
    case TypeColumn:
        return m_names.catalogue.value(c.typeId);
    case ServiceLineColumn:
        return m_names.catalogue.value(c.serviceLineId);
    case EstateColumn:
        return m_names.estates.value(c.estateId);
    case LocationColumn:
        return m_names.location(c);
    case ComplainantColumn:
        return c.complainantName;
    case PhoneColumn:
        return m_maySeePhone ? c.complainantPhone : maskPhone(c.complainantPhone);
    case PriorityColumn:
        return displayName(c.priority);
    case DueColumn:
        if (isOverdue(c))
            return tr("Overdue");
        if (const QDateTime soon = dueSoon(c); soon.isValid())
            return tr("Due soon %1").arg(soon.toString(QStringLiteral("MM-dd HH:mm")));
        return QString();
    default:
        return {};
    }
}

QVariant ComplaintTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case ReceivedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    case KindColumn:
        return tr("Kind");
    case TypeColumn:
        return tr("Type");
    case ServiceLineColumn:
        return tr("Service line");
    case EstateColumn:
        return tr("Estate");
    case LocationColumn:
        return tr("Location");
    case ComplainantColumn:
        return tr("Complainant");
    case PhoneColumn:
        return tr("Phone");
    case PriorityColumn:
        return tr("Priority");
    case DueColumn:
        return tr("Promises");
    default:
        return {};
    }
}

} // namespace caseloop
