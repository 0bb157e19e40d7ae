#pragma once

#include "ComplaintStore.h"
#include "RecordNames.h"

#include <QAbstractTableModel>

namespace caseloop {

class Store;

// The complaint list: the first page on every filter change, later pages fetched from core with
// keyset paging as the view scrolls,
// filtering in SQL (never a proxy over fetched rows). Qt::UserRole gives raw values.
class ComplaintTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        ReceivedColumn,
        StatusColumn,
        KindColumn,
        TypeColumn,
        ServiceLineColumn,
        EstateColumn,
        LocationColumn,
        ComplainantColumn,
        PhoneColumn,
        PriorityColumn,
        DueColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    ComplaintTableModel(Store& store, bool maySeePhone, QObject* parent = nullptr);

    void setFilter(const ComplaintFilter& filter);
    const ComplaintFilter& filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_error; }
    Id complaintId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void countChanged(qint64 total);

private:
    bool isOverdue(const Complaint& c) const;
    // The earliest open promise when it falls due within the policy's "due soon" window (invalid otherwise).
    QDateTime dueSoon(const Complaint& c) const;

    Store& m_store;
    bool m_maySeePhone;
    ComplaintFilter m_filter;
    QList<Complaint> m_rows;
    bool m_atEnd = false;
    qint64 m_total = 0;
    QString m_error;
    RecordNames m_names;
    int m_dueSoonHours = 24;
};

} // namespace caseloop
