#pragma once

#include "analysis/Analysis.h"

#include <QWidget>

class QTableWidget;

namespace caseloop {

class Store;

// 绩效: the KPIs (docs/DOMAIN.md §5) per department and per steward for the period (definitions in Analysis.h).
class KpiTables : public QWidget
{
    Q_OBJECT

public:
    explicit KpiTables(Store& store, QWidget* parent = nullptr);
    void show(const Period& period);
    QTableWidget* departments() const { return m_departments; }
    QTableWidget* stewards() const { return m_stewards; }

private:
    void fill(QTableWidget* table, const QList<KpiRow>& rows);

    Store& m_store;
    QTableWidget* m_departments;
    QTableWidget* m_stewards;
};

} // namespace caseloop
