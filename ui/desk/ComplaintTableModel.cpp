#include "ComplaintTableModel.h"

#include "QueryWorker.h"
#include "domain/ComplaintRules.h"
#include "domain/Phone.h"
#include "domain/SlaPolicy.h"
#include "store/Store.h"

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

ComplaintTableModel::~ComplaintTableModel() = default;

bool ComplaintTableModel::slowSearch() const
{
    return !m_filter.text.trimmed().isEmpty() && !usesFullTextSearch(m_filter.text);
}

void ComplaintTableModel::setFilter(const ComplaintFilter& filter)
{
    beginResetModel();
    ++m_generation;
    if (m_worker)
        m_worker->interrupt(); // whatever the last filter still runs is of no use now
    m_filter = filter;
    m_filter.textInPhone = m_maySeePhone; // a masked number must not be found digit by digit either
    if (m_departmentOnly != 0)
        m_filter.departmentId = m_departmentOnly; // a department lead's share, whatever the filter bar says
    m_pages.clear();
    m_recent.clear();
    m_requested.clear();
    m_rows = 0;
    m_atEnd = false;
    m_total = -1;
    m_error.clear();
    m_searching = slowSearch();
    if (!m_searching) {
        // The first screen at once, from an index.
        auto first = m_store.complaints().list(m_filter, kPageSize);
        if (first) {
            m_rows = int(first->size());
            m_atEnd = first->size() < kPageSize;
            keep(0, first.value());
        } else {
            m_error = first.error();
            m_atEnd = true;
        }
    }
    endResetModel();
    Q_EMIT countChanged(-1);
    if (m_searching)
        requestPage(0);
    startCount();
}

void ComplaintTableModel::reload(bool newConnection)
{
    if (newConnection && m_worker) {
        m_worker->interrupt();
        m_worker.reset();
    }
    if (slowSearch()) { // its pages come from the worker: simply search again
        setFilter(m_filter);
        return;
    }
    ++m_generation;
    if (m_worker)
        m_worker->interrupt();
    auto first = m_store.complaints().list(m_filter, kPageSize);
    if (!first) {
        m_error = first.error(); // the rows shown stay; the next change or reconnection reads again
        return;
    }
    m_pages.clear();
    m_recent.clear();
    m_requested.clear();
    m_error.clear();
    keep(0, first.value());
    m_atEnd = first->size() < kPageSize;
    if (m_atEnd) {
        resize(int(first->size()));
        m_total = m_rows;
        m_totalGeneration = m_generation;
    } else if (m_rows < kPageSize) {
        resize(kPageSize);
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    if (m_atEnd)
        Q_EMIT countChanged(m_total);
    else
        startCount();
}

void ComplaintTableModel::resize(int rows)
{
    if (rows > m_rows) {
        grow(rows - m_rows);
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
}

void ComplaintTableModel::startCount()
{
    if (m_atEnd && !m_searching) {
        m_total = m_rows;
        m_totalGeneration = m_generation;
        Q_EMIT countChanged(m_total);
        return;
    }
    if (!m_worker)
        m_worker = std::make_unique<QueryWorker>(m_store.location());
    const quint64 generation = m_generation;
    m_worker->count(m_filter, this, [this, generation](Result<qint64> counted) {
        if (generation != m_generation)
            return;
        if (!counted) {
            m_error = counted.error();
            return;
        }
        m_total = counted.value();
        m_totalGeneration = generation;
        resize(int(m_total));
        Q_EMIT countChanged(m_total);
    });
}

void ComplaintTableModel::grow(int rows)
{
    if (rows <= 0)
        return;
    beginInsertRows({}, m_rows, m_rows + rows - 1);
    m_rows += rows;
    endInsertRows();
}

void ComplaintTableModel::keep(int number, QList<Complaint> rows) const
{
    m_pages.insert(number, std::move(rows));
    m_recent.removeOne(number);
    m_recent.append(number);
    while (m_recent.size() > kCachedPages)
        m_pages.remove(m_recent.takeFirst());
}

void ComplaintTableModel::requestPage(int number) const
{
    if (m_requested.contains(number))
        return;
    m_requested.insert(number);
    auto* self = const_cast<ComplaintTableModel*>(this);
    if (!m_worker)
        self->m_worker = std::make_unique<QueryWorker>(m_store.location());
    const quint64 generation = m_generation;
    m_worker->page(m_filter, qint64(number) * kPageSize, kPageSize, currentTotal(), self,
                   [self, generation, number](Result<QList<Complaint>> rows) {
                       if (generation != self->m_generation)
                           return;
                       self->m_requested.remove(number);
                       if (!rows) {
                           self->m_error = rows.error();
                           self->m_searching = false;
                           Q_EMIT self->searchFinished();
                           return;
                       }
                       const int size = int(rows->size());
                       self->keep(number, rows.value());
                       if (number == 0 && self->m_searching) {
                           self->m_searching = false;
                           self->m_atEnd = size < kPageSize && self->m_total < 0;
                           if (self->m_rows < size)
                               self->grow(size - self->m_rows);
                           Q_EMIT self->searchFinished();
                       } else if (size > 0) {
                           const int first = number * kPageSize;
                           Q_EMIT self->dataChanged(
                               self->index(first, 0),
                               self->index(qMin(self->m_rows - 1, first + size - 1), ColumnCount - 1));
                       }
                   });
}

const QList<Complaint>* ComplaintTableModel::page(int number) const
{
    if (auto it = m_pages.constFind(number); it != m_pages.constEnd()) {
        if (m_recent.last() != number) {
            m_recent.removeOne(number);
            m_recent.append(number);
        }
        return &it.value();
    }
    if (slowSearch()) {
        requestPage(number);
        return nullptr;
    }
    // The next page continues from the one before by keyset; any other (a jump) is found by its offset.
    Result<QList<Complaint>> rows = Error{QString()};
    if (auto before = m_pages.constFind(number - 1); before != m_pages.constEnd() && !before->isEmpty())
        rows = m_store.complaints().list(m_filter, kPageSize,
                                         ComplaintCursor{before->last().receivedAt, before->last().id});
    else
        rows = m_store.complaints().listAt(m_filter, qint64(number) * kPageSize, kPageSize, currentTotal());
    if (!rows) {
        const_cast<ComplaintTableModel*>(this)->m_error = rows.error();
        return nullptr;
    }
    keep(number, rows.value());
    return &m_pages[number];
}

const Complaint* ComplaintTableModel::row(int r) const
{
    if (r < 0 || r >= m_rows)
        return nullptr;
    const QList<Complaint>* p = page(r / kPageSize);
    const int within = r % kPageSize;
    return p && within < p->size() ? &p->at(within) : nullptr;
}

Id ComplaintTableModel::complaintId(int r) const
{
    const Complaint* c = row(r);
    return c ? c->id : 0;
}

int ComplaintTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ComplaintTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComplaintTableModel::canFetchMore(const QModelIndex& parent) const
{
    // Once counted, every row is there (read when shown); before, the view grows a page at a time.
    return !parent.isValid() && m_total < 0 && !m_atEnd && !m_searching;
}

void ComplaintTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Complaint>* next = page(m_rows / kPageSize);
    if (!next) // a slow search: the page arrives later
        return;
    m_atEnd = next->size() < kPageSize;
    grow(int(next->size()));
}

bool ComplaintTableModel::isOverdue(const Complaint& c) const
{
    return hasOverduePromise(c, m_store.clock().now());
}

QDateTime ComplaintTableModel::dueSoon(const Complaint& c) const
{
    return promiseDueSoon(c, m_store.clock().now(), m_dueSoonHours);
}

QVariant ComplaintTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Complaint* found = row(index.row());
    if (!found) // a page still on its way from the worker
        return role == Qt::DisplayRole && index.column() == CodeColumn ? QVariant(QStringLiteral("…")) : QVariant();
    const Complaint& c = *found;
    if (role == Qt::ForegroundRole && isOverdue(c))
        return QBrush(QColor(0xB0, 0x1C, 0x1C));
    if (role == Qt::ToolTipRole && index.column() == DescriptionColumn) // the whole text, as this role may see it
        return textAsShown(c.description, showsPhoneOf(c));
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
        // The year only where it is not this one: the column stays narrow, and last December is never mistaken.
        return c.receivedAt.toString(c.receivedAt.date().year() == m_store.clock().now().date().year()
                                         ? QStringLiteral("MM-dd HH:mm")
                                         : QStringLiteral("yyyy-MM-dd HH:mm"));
    case DescriptionColumn:
        return shortDescription(c.description, showsPhoneOf(c));
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
        return showsPhoneOf(c) ? c.complainantPhone : maskPhone(c.complainantPhone);
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

QString ComplaintTableModel::shortDescription(const QString& description, bool maySeePhone)
{
    QString text = textAsShown(description, maySeePhone).section(QLatin1Char('\n'), 0, 0).simplified();
    if (text.size() > 40)
        text = text.left(39) + QStringLiteral("…");
    return text;
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
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace caseloop
