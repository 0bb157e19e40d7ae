#pragma once

#include "analysis/Analysis.h"
#include "store/StatisticsStore.h"

#include <QCoreApplication>

class QChart;
class QPainter;
class QRectF;

namespace caseloop {

// The analysis charts, built from aggregated points only (never from complaint rows), for the analysis
// page and the weekly report alike. Slice i is rows[i]; bar i of bars() is rows[rowOfBar(i, rows.size())]
// (the largest is drawn on top), so a click maps back to its key.
class Charts
{
    Q_DECLARE_TR_FUNCTIONS(Charts)

public:
    static constexpr int kMaxBars = 10;

    // Horizontal bars, largest on top; with `previous`, a second set for the period before.
    static QChart* bars(const QString& title, const QList<CountRow>& rows, const QList<CountRow>& previous = {},
                        const QString& currentName = {}, const QString& previousName = {});
    static int rowOfBar(int barIndex, int rowCount);
    // The height (in pixels at 96 dpi, as Charts::render lays charts out) a bar chart of `rows` categories and `sets`
    // bars each needs for every category's name to be printed whole: a category axis elides a name taller than its
    // band.
    static int barsHeight(int rows, int sets);
    static QChart* pie(const QString& title, const QList<CountRow>& rows);
    static QChart* trend(const QString& title, const QList<TrendPoint>& points, bool monthly);
    static QChart* sla(const QString& title, const SlaCompliance& current, const SlaCompliance& previous);
    // Draws a chart as vectors into `target` (painter units), e.g. onto a QPdfWriter page.
    static void render(QPainter& painter, QChart* chart, const QRectF& target);
};

} // namespace caseloop
