#pragma once

#include "Operator.h"
#include "store/ComplaintStore.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace caseloop {

class ChartBoard;
class HotspotList;
class KpiTables;
class PeriodPicker;
class QueryWorker;
class Store;

// 统计分析: a period picker over the charts, the KPIs and the hotspots, and the weekly report 周报
// (print preview and PDF) for the period's week. The figures are counted on a worker thread with its own connection
// (a quarter of millions of complaints never holds the window); a new period cancels what is still being counted.
class AnalysisPage : public QWidget
{
    Q_OBJECT

public:
    AnalysisPage(Store& store, const Operator& op, QWidget* parent = nullptr);
    ~AnalysisPage() override;
    PeriodPicker* periodPicker() const { return m_period; }
    ChartBoard* charts() const { return m_charts; }
    KpiTables* kpis() const { return m_kpis; }
    HotspotList* hotspots() const { return m_hotspots; }
    // Whether figures are still being counted.
    bool busy() const;

public Q_SLOTS:
    void refresh();
    void exportWeeklyReport();
    void previewWeeklyReport();
    void showComplaints(const ComplaintFilter& filter, const QString& title);

Q_SIGNALS:
    // A hotspot to become a rectification item, with its problem worded.
    void rectificationRequested(const QList<Id>& complaintIds, const QString& problem);

private:
    // The busy note and the first error, after each part of the page is in.
    void showState();

    Store& m_store;
    Operator m_operator;
    std::unique_ptr<QueryWorker> m_worker; // before the parts that use it; destroyed before them
    QLabel* m_state;
    PeriodPicker* m_period;
    ChartBoard* m_charts;
    KpiTables* m_kpis;
    HotspotList* m_hotspots;
};

} // namespace caseloop
