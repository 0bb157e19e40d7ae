#pragma once

#include "analysis/Analysis.h"

#include <QWidget>

class QTableWidget;

namespace caseloop {

class QueryWorker;
class Store;

// 绩效: the KPIs (docs/DOMAIN.md §5) per department and per steward for the period (definitions in Analysis.h),
// counted on the page's worker thread.
class KpiTables : public QWidget
{
    Q_OBJECT

public:
    KpiTables(Store& store, QueryWorker& worker, QWidget* parent = nullptr);
    void show(const Period& period);
    bool busy() const { return m_asked != m_shown; }
    QString error() const { return m_error; }
    QTableWidget* departments() const { return m_departments; }
    QTableWidget* stewards() const { return m_stewards; }

Q_SIGNALS:
    void stateChanged();

private:
    void fill(QTableWidget* table, const QList<KpiRow>& rows);

    Store& m_store;
    QueryWorker& m_worker;
    quint64 m_asked = 0;
    quint64 m_shown = 0;
    QString m_error;
    QTableWidget* m_departments;
    QTableWidget* m_stewards;
};

} // namespace caseloop
