#pragma once

#include "Operator.h"
#include "store/ComplaintStore.h"

#include <QWidget>

namespace caseloop {

class ChartBoard;
class HotspotList;
class KpiTables;
class PeriodPicker;
class Store;

// 统计分析: a period picker over the charts, the KPIs and the hotspots, and the weekly report 周报
// (print preview and PDF) for the period's week.
class AnalysisPage : public QWidget
{
    Q_OBJECT

public:
    AnalysisPage(Store& store, const Operator& op, QWidget* parent = nullptr);
    PeriodPicker* periodPicker() const { return m_period; }
    ChartBoard* charts() const { return m_charts; }
    KpiTables* kpis() const { return m_kpis; }
    HotspotList* hotspots() const { return m_hotspots; }

public Q_SLOTS:
    void refresh();
    void exportWeeklyReport();
    void previewWeeklyReport();
    void showComplaints(const ComplaintFilter& filter, const QString& title);

Q_SIGNALS:
    // A hotspot to become a rectification item, with its problem worded.
    void rectificationRequested(const QList<Id>& complaintIds, const QString& problem);

private:
    Store& m_store;
    Operator m_operator;
    PeriodPicker* m_period;
    ChartBoard* m_charts;
    KpiTables* m_kpis;
    HotspotList* m_hotspots;
};

} // namespace caseloop
