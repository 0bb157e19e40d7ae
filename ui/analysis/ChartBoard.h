#pragma once

#include "analysis/Analysis.h"
#include "store/ComplaintStore.h"
#include "store/StatisticsStore.h"

#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;

namespace caseloop {

class QueryWorker;
class Store;

// The analysis charts for a period: types (against the period before), region → estate → building
// (a click drills down), service lines, channels, customer types, weekly and monthly trends, SLA
// compliance and satisfaction. A click on a bar or slice asks for the complaints behind it. The counts come from
// the page's worker thread; until they are in, the charts shown before stay, disabled.
class ChartBoard : public QWidget
{
    Q_OBJECT

public:
    ChartBoard(Store& store, QueryWorker& worker, QWidget* parent = nullptr);
    void show(const Period& period, bool compare);
    // What a chart of this dimension shows now (for tests and the "complaints behind" filter).
    QList<CountRow> rows(Dimension dimension) const { return m_rows.value(int(dimension)); }
    QChart* chart(Dimension dimension) const;
    Dimension placeLevel() const { return m_placeLevel; }
    QString error() const { return m_error; }
    // Whether the counts asked for last are not in yet.
    bool busy() const { return m_asked != m_shown; }

public Q_SLOTS:
    // What a click on row `row` of a dimension's chart does: drill down, or ask for the complaints.
    void activate(Dimension dimension, int row);
    void drillUp();

Q_SIGNALS:
    // Counts were asked for, or are in (drawn), or failed (error()).
    void stateChanged();
    void complaintsRequested(const ComplaintFilter& filter, const QString& title);

private:
    struct Counts;
    // Asks the worker for the counts of the period and scope; draw() shows them when they come.
    void rebuild();
    void draw(const Counts& counts);
    QChartView* place(QChart* chart, int row, int column, int columnSpan = 1);
    void connectClicks(QChart* chart, Dimension dimension);

    Store& m_store;
    QueryWorker& m_worker;
    quint64 m_asked = 0; // rebuild() counts up; counts of an older request are dropped
    quint64 m_shown = 0;
    Period m_period;
    bool m_compare = true;
    Dimension m_placeLevel = Dimension::Region;
    AnalysisScope m_scope;
    QString m_placeTitle;
    QHash<int, QList<CountRow>> m_rows;
    QHash<int, QChart*> m_charts;
    QGridLayout* m_grid;
    QLabel* m_breadcrumb;
    QPushButton* m_up;
    QString m_error;
};

} // namespace caseloop
