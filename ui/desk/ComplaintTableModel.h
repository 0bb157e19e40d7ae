#pragma once

#include "domain/RecordNames.h"
#include "store/ComplaintStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>

namespace caseloop {

class QueryWorker;
class Store;

// The complaint list over core's queries, filtered in SQL (never a proxy over fetched rows), newest first.
// It holds a few pages, not the list: the first page at once, the count from a worker thread, then any page
// on demand — the next by keyset from the one before, a jump to the middle or the end by an offset on the
// index — with the least recently used pages dropped. A 1–2 character search scans the table, so its pages
// come from the worker too and are cancelled by the next filter. Qt::UserRole gives raw values.
class ComplaintTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a steward needs first comes first (visible at 1366 px): which complaint, when, where it stands, its
    // promise and urgency, and what it is about; then who and where, then the classification.
    enum Column {
        CodeColumn,
        ReceivedColumn,
        StatusColumn,
        DueColumn,
        PriorityColumn,
        DescriptionColumn,
        ComplainantColumn,
        PhoneColumn,
        EstateColumn,
        LocationColumn,
        TypeColumn,
        ServiceLineColumn,
        KindColumn,
        ColumnCount
    };
    // A description cut to what a table cell shows (its first line, 40 characters), numbers masked for `maySeePhone`
    // false.
    static QString shortDescription(const QString& description, bool maySeePhone);
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 16;

    ComplaintTableModel(Store& store, bool maySeePhone, QObject* parent = nullptr);
    ~ComplaintTableModel() override;

    void setFilter(const ComplaintFilter& filter);
    // Which rows show full phone numbers (a steward's own complaints); without a rule, all or none by maySeePhone.
    void setPhoneRule(std::function<bool(const Complaint&)> rule) { m_phoneRule = std::move(rule); }
    // Only complaints with a ticket of this department, whatever the filter (a department lead's list).
    void setDepartmentOnly(Id departmentId) { m_departmentOnly = departmentId; }
    // Reads the same filter again after other desks changed complaints, without resetting the model: the view keeps
    // its scroll position and selection (ComplaintListPage::refreshInPlace keeps them on the same complaints). The
    // count is kept until the new one comes back. `newConnection`: the worker's connection is made again (after the
    // server was away).
    void reload(bool newConnection = false);
    const ComplaintFilter& filter() const { return m_filter; }
    // The number of matching complaints; -1 until the count has come back.
    qint64 totalCount() const { return m_total; }
    // Whether a slow (1–2 character) search is still looking for its first page.
    bool searching() const { return m_searching; }
    QString lastError() const { return m_error; }
    Id complaintId(int row) const;
    int cachedPages() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void countChanged(qint64 total);
    void searchFinished();

private:
    const Complaint* row(int row) const;
    const QList<Complaint>* page(int number) const;
    void requestPage(int number) const;
    void keep(int number, QList<Complaint> rows) const;
    bool slowSearch() const;
    void startCount();
    void grow(int rows);
    void resize(int rows);
    bool isOverdue(const Complaint& c) const;
    QDateTime dueSoon(const Complaint& c) const;
    bool showsPhoneOf(const Complaint& c) const { return m_phoneRule ? m_phoneRule(c) : m_maySeePhone; }

    Store& m_store;
    bool m_maySeePhone;
    Id m_departmentOnly = 0;
    std::function<bool(const Complaint&)> m_phoneRule;
    ComplaintFilter m_filter;
    quint64 m_generation = 0;
    int m_rows = 0; // rows the view knows of: the total once counted, the pages read so far before
    bool m_atEnd = false;
    bool m_searching = false;
    qint64 m_total = -1;
    // The generation m_total was counted in: a jump reads from the oldest end only with a count of the rows as they
    // are now, not one from before a reload.
    quint64 m_totalGeneration = 0;
    qint64 currentTotal() const { return m_totalGeneration == m_generation ? m_total : -1; }
    QString m_error;
    RecordNames m_names;
    int m_dueSoonHours = 24;
    // The page cache: mutable because data() fills it.
    mutable QHash<int, QList<Complaint>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable QSet<int> m_requested; // pages of a slow search asked of the worker
    std::unique_ptr<QueryWorker> m_worker;
};

} // namespace caseloop
