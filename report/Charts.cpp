#include "Charts.h"

#include "SheetPainter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>

namespace caseloop {

namespace {
QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(SheetPainter::font(10, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setFont(SheetPainter::font(8));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

void styleAxis(QAbstractAxis* axis)
{
    axis->setLabelsFont(SheetPainter::font(8));
}

// A chart with nothing to show says so ("暂无数据") instead of drawing empty axes labelled 0 0 1 1.
QChart* emptyChart(const QString& title)
{
    QChart* chart = newChart(title);
    chart->legend()->setVisible(false);
    auto* text = new QGraphicsSimpleTextItem(Charts::tr("No data"), chart);
    text->setFont(SheetPainter::font(10));
    text->setBrush(QColor(0x6B, 0x72, 0x80));
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart,
                     [chart, text] { text->setPos(chart->rect().center() - text->boundingRect().center()); });
    return chart;
}

qint64 totalOf(const QList<CountRow>& rows)
{
    qint64 total = 0;
    for (const CountRow& r : rows)
        total += r.count;
    return total;
}

// Values are drawn beside the bars, on the chart's white: dark text (the theme's default is white, for labels
// inside a bar).
void labelOutside(QBarSet* set)
{
    set->setLabelColor(QColor(0x1F, 0x29, 0x37));
    set->setLabelFont(SheetPainter::font(8));
}
} // namespace

QChart* Charts::bars(const QString& title, const QList<CountRow>& rows, const QList<CountRow>& previous,
                     const QString& currentName, const QString& previousName)
{
    if (totalOf(rows) == 0 && totalOf(previous) == 0)
        return emptyChart(title);
    QChart* chart = newChart(title);
    const QList<CountRow> shown = rows.mid(0, kMaxBars);
    auto* series = new QHorizontalBarSeries;
    auto* current = new QBarSet(currentName.isEmpty() ? tr("Complaints") : currentName);
    QBarSet* before = previous.isEmpty() && previousName.isEmpty() ? nullptr : new QBarSet(previousName);
    QStringList categories;
    qint64 top = 1;
    // Horizontal bars grow upwards from index 0, so the rows go in from the last: the largest ends on top.
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        const CountRow& r = *it;
        categories << r.label;
        *current << double(r.count);
        top = qMax(top, r.count);
        if (before) {
            const qint64 n = countFor(previous, r.key);
            *before << double(n);
            top = qMax(top, n);
        }
    }
    current->setColor(QColor(0x25, 0x63, 0xEB));
    labelOutside(current);
    series->append(current);
    if (before) {
        before->setColor(QColor(0xCB, 0xD5, 0xE1));
        labelOutside(before);
        series->append(before);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    styleAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, double(top) * 1.15);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->applyNiceNumbers();
    styleAxis(axisX);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->setVisible(before != nullptr);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

int Charts::barsHeight(int rows, int sets)
{
    const int shown = std::clamp(rows, 1, kMaxBars);
    return std::max(260, 96 + shown * (10 + 10 * std::max(1, sets))); // never smaller than the board's other charts
}

int Charts::rowOfBar(int barIndex, int rowCount)
{
    return qMin(rowCount, kMaxBars) - 1 - barIndex;
}

QChart* Charts::pie(const QString& title, const QList<CountRow>& rows)
{
    const qint64 total = totalOf(rows);
    if (total == 0)
        return emptyChart(title);
    QChart* chart = newChart(title);
    auto* series = new QPieSeries;
    for (const CountRow& r : rows) {
        QPieSlice* slice = series->append(r.label, double(r.count));
        slice->setLabel(QStringLiteral("%1 %2%").arg(r.label).arg(100.0 * double(r.count) / double(total), 0, 'f', 0));
        slice->setLabelFont(SheetPainter::font(8));
    }
    // Every slice is named in the legend beside the pie, with its share: labels on the slices collide for the small
    // ones, and a slice without a name cannot be read.
    series->setLabelsVisible(false);
    series->setPieSize(0.8);
    series->setHorizontalPosition(0.36);
    chart->addSeries(series);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setFont(SheetPainter::font(8));
    return chart;
}

QChart* Charts::trend(const QString& title, const QList<TrendPoint>& points, bool monthly)
{
    if (std::all_of(points.begin(), points.end(), [](const TrendPoint& p) { return p.count == 0; }))
        return emptyChart(title);
    QChart* chart = newChart(title);
    auto* series = new QBarSeries;
    auto* set = new QBarSet(tr("Complaints"));
    set->setColor(QColor(0x0E, 0x74, 0x90));
    labelOutside(set);
    QStringList categories;
    qint64 top = 1;
    for (const TrendPoint& p : points) {
        categories << p.start.toString(monthly ? QStringLiteral("yyyy-MM") : QStringLiteral("MM-dd"));
        *set << double(p.count);
        top = qMax(top, p.count);
    }
    series->append(set);
    series->setLabelsVisible(points.size() <= 16);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    styleAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, double(top) * 1.15);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->applyNiceNumbers();
    styleAxis(axisY);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* Charts::sla(const QString& title, const SlaCompliance& current, const SlaCompliance& previous)
{
    if (current.firstContact.of + current.feedback.of + current.followUp.of + previous.firstContact.of
            + previous.feedback.of + previous.followUp.of
        == 0)
        return emptyChart(title);
    QChart* chart = newChart(title);
    auto* series = new QBarSeries;
    auto* now = new QBarSet(tr("This period"));
    auto* before = new QBarSet(tr("Previous period"));
    now->setColor(QColor(0x25, 0x63, 0xEB));
    before->setColor(QColor(0xCB, 0xD5, 0xE1));
    labelOutside(now);
    labelOutside(before);
    for (const auto& [c, p] :
         {std::pair{current.firstContact, previous.firstContact}, std::pair{current.feedback, previous.feedback},
          std::pair{current.followUp, previous.followUp}}) {
        *now << c.percent();
        *before << p.percent();
    }
    series->append(now);
    series->append(before);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append({tr("First contact"), tr("Result feedback"), tr("Follow-up")});
    styleAxis(axisX);
    auto* axisY = new QValueAxis;
    // A rate is 0–100 %, in steps of 20 (a full bar's label is drawn above the plot's top line).
    axisY->setRange(0, 100);
    axisY->setTickCount(6);
    axisY->setLabelFormat(QStringLiteral("%d%%"));
    styleAxis(axisY);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void Charts::render(QPainter& painter, QChart* chart, const QRectF& target)
{
    // The chart is laid out at screen size (96 px per inch) for the target's size in points, then
    // scaled onto the device: text, bars and axes stay vectors in a PDF.
    const QSizeF size(target.width() * 96.0 / 72.0, target.height() * 96.0 / 72.0);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    scene.render(&painter, target, QRectF(QPointF(0, 0), size));
    scene.removeItem(chart);
}

} // namespace caseloop
