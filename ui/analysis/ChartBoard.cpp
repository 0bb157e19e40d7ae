#include "ChartBoard.h"

#include "Charts.h"
#include "QueryWorker.h"
#include "store/Store.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseloop {

ChartBoard::ChartBoard(Store& store, QueryWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_worker(worker)
    , m_grid(new QGridLayout)
    , m_breadcrumb(new QLabel(this))
    , m_up(new QPushButton(tr("Up one level"), this))
{
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_breadcrumb, 1);
    bar->addWidget(m_up);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(m_grid, 1);
    connect(m_up, &QPushButton::clicked, this, &ChartBoard::drillUp);
}

QChart* ChartBoard::chart(Dimension dimension) const
{
    return m_charts.value(int(dimension));
}

void ChartBoard::show(const Period& period, bool compare)
{
    m_period = period;
    m_compare = compare;
    m_scope.from = period.from;
    m_scope.to = period.to;
    rebuild();
}

QChartView* ChartBoard::place(QChart* chart, int row, int column, int columnSpan)
{
    auto* view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    m_grid->addWidget(view, row, column, 1, columnSpan);
    return view;
}

void ChartBoard::connectClicks(QChart* chart, Dimension dimension)
{
    m_charts.insert(int(dimension), chart);
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            connect(bars, &QAbstractBarSeries::clicked, this, [this, dimension](int index) {
                activate(dimension, Charts::rowOfBar(index, int(m_rows.value(int(dimension)).size())));
            });
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            connect(pie, &QPieSeries::clicked, this, [this, dimension, pie](QPieSlice* slice) {
                activate(dimension, int(pie->slices().indexOf(slice)));
            });
        }
    }
}

// What one drawing of the board shows, counted on the worker's thread.
struct ChartBoard::Counts
{
    QHash<int, QList<CountRow>> rows;
    QList<CountRow> typesBefore;
    QList<CountRow> placesBefore;
    SlaCompliance sla;
    SlaCompliance slaBefore;
    QList<TrendPoint> weeks;
    QList<TrendPoint> months;
    QString regionName;
    QString estateName;
};

namespace {
// Everything the board draws for `period` (and the one before it, up to the same day when `period` has not ended).
struct CountRequest
{
    Period period;
    bool compare = true;
    AnalysisScope scope;
    Dimension placeLevel = Dimension::Region;
    QDateTime now;
};

template <class T> bool take(Result<T> result, T& into, QString& error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    into = std::move(result).value();
    return true;
}
} // namespace

void ChartBoard::rebuild()
{
    const quint64 asked = ++m_asked;
    m_error.clear();
    setEnabled(false);
    Q_EMIT stateChanged();
    CountRequest r{m_period, m_compare, m_scope, m_placeLevel, m_store.clock().now()};
    m_worker.submit<std::shared_ptr<Counts>>(
        [r](Store& store) -> Result<std::shared_ptr<Counts>> {
            StatisticsStore& stats = store.statistics();
            const QDate today = r.now.date();
            const Period before = r.period.previousUpTo(today);
            const AnalysisScope whole{r.period.from, r.period.to};
            auto counts = std::make_shared<Counts>();
            QString error;
            for (Dimension d : {Dimension::Type, Dimension::ServiceLine, Dimension::Channel, Dimension::CustomerType,
                                Dimension::Satisfaction})
                if (!take(stats.countIn(d, whole), counts->rows[int(d)], error))
                    return Error{error};
            if (!take(stats.countIn(r.placeLevel, r.scope), counts->rows[int(r.placeLevel)], error))
                return Error{error};
            if (r.compare
                && (!take(stats.countIn(Dimension::Type, {before.from, before.to}), counts->typesBefore, error)
                    || !take(stats.countIn(r.placeLevel, {before.from, before.to, r.scope.regionId, r.scope.estateId}),
                             counts->placesBefore, error)))
                return Error{error};
            const QDateTime asOf = qMin(r.now, wallTime(r.period.to.addDays(1)));
            const QDate end = r.period.to;
            if (!take(stats.sla(whole, asOf), counts->sla, error)
                || !take(stats.sla({before.from, before.to}, wallTime(before.to.addDays(1))), counts->slaBefore, error)
                || !take(stats.trend(end.addDays(-7 * 12 + 1), end, false), counts->weeks, error)
                || !take(stats.trend(QDate(end.year(), end.month(), 1).addMonths(-11), end, true), counts->months,
                         error))
                return Error{error};
            if (r.scope.regionId > 0)
                for (const Region& region : store.organisation().regions().value_or({}))
                    if (region.id == r.scope.regionId)
                        counts->regionName = region.name;
            if (r.scope.estateId > 0)
                counts->estateName = store.organisation().estate(r.scope.estateId).value_or({}).name;
            return counts;
        },
        this,
        [this, asked](Result<std::shared_ptr<Counts>> counts) {
            if (asked != m_asked)
                return; // a newer period or drill-down was asked for meanwhile
            m_shown = asked;
            setEnabled(true);
            m_error = counts ? QString() : counts.error();
            // Failed: nothing is drawn rather than the charts of another period or place, still clickable.
            draw(counts ? *counts.value() : Counts{});
            Q_EMIT stateChanged();
        });
}

void ChartBoard::draw(const Counts& counts)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts.clear();
    m_rows = counts.rows;
    // A period that has not ended is counted up to today and compared with the same days of the one before.
    const QDate today = m_store.clock().now().date();
    const bool partial = m_period.isPartial(today);
    const Period before = m_period.previousUpTo(today);
    const QString now = m_period.label();
    const QString beforeName = partial ? tr("%1, same days").arg(before.label()) : before.label();
    QChart* types = Charts::bars(tr("Complaint types"), m_rows.value(int(Dimension::Type)), counts.typesBefore, now,
                                 m_compare ? beforeName : QString());
    place(types, 0, 0)
        ->setMinimumHeight(Charts::barsHeight(int(m_rows.value(int(Dimension::Type)).size()), m_compare ? 2 : 1));
    connectClicks(types, Dimension::Type);
    QChart* places
        = Charts::bars(m_placeTitle.isEmpty() ? tr("Regions") : m_placeTitle, m_rows.value(int(m_placeLevel)),
                       counts.placesBefore, now, m_compare ? beforeName : QString());
    place(places, 0, 1)
        ->setMinimumHeight(Charts::barsHeight(int(m_rows.value(int(m_placeLevel)).size()), m_compare ? 2 : 1));
    connectClicks(places, m_placeLevel);
    QChart* lines = Charts::bars(tr("Service lines"), m_rows.value(int(Dimension::ServiceLine)));
    place(lines, 1, 0)->setMinimumHeight(Charts::barsHeight(int(m_rows.value(int(Dimension::ServiceLine)).size()), 1));
    connectClicks(lines, Dimension::ServiceLine);
    QChart* channels = Charts::pie(tr("Channels"), m_rows.value(int(Dimension::Channel)));
    place(channels, 1, 1);
    connectClicks(channels, Dimension::Channel);
    QChart* customers = Charts::pie(tr("Customer types"), m_rows.value(int(Dimension::CustomerType)));
    place(customers, 2, 0);
    connectClicks(customers, Dimension::CustomerType);
    QChart* satisfaction = Charts::pie(tr("Satisfaction"), m_rows.value(int(Dimension::Satisfaction)));
    place(satisfaction, 2, 1);
    connectClicks(satisfaction, Dimension::Satisfaction);
    place(Charts::sla(tr("Promises kept on time"), counts.sla, counts.slaBefore), 3, 0);
    place(Charts::trend(tr("Complaints per week"), counts.weeks, false), 3, 1);
    place(Charts::trend(tr("Complaints per month"), counts.months, true), 4, 0, 2);

    QStringList crumbs{tr("All regions")};
    if (!counts.regionName.isEmpty())
        crumbs << counts.regionName;
    if (!counts.estateName.isEmpty())
        crumbs << counts.estateName;
    QString periodText = m_period.label();
    if (partial)
        periodText += QLatin1Char(' ') + m_period.partialNote(today);
    m_breadcrumb->setText(tr("%1 · %2").arg(periodText, crumbs.join(QStringLiteral(" › "))));
    m_up->setEnabled(m_placeLevel != Dimension::Region);
}

void ChartBoard::activate(Dimension dimension, int row)
{
    const QList<CountRow> rows = m_rows.value(int(dimension));
    if (row < 0 || row >= rows.size())
        return;
    const CountRow& hit = rows[row];
    const Id id = hit.key.toLongLong();
    if (dimension == Dimension::Region && id > 0) {
        m_scope.regionId = id;
        m_placeLevel = Dimension::Estate;
        m_placeTitle = tr("Estates of %1").arg(hit.label);
        return rebuild();
    }
    if (dimension == Dimension::Estate && id > 0) {
        m_scope.estateId = id;
        m_placeLevel = Dimension::Building;
        m_placeTitle = tr("Buildings of %1").arg(hit.label);
        return rebuild();
    }
    ComplaintFilter f;
    f.from = m_period.from;
    f.to = m_period.to;
    f.regionId = m_scope.regionId;
    f.estateId = m_scope.estateId;
    switch (dimension) {
    case Dimension::Type:
        f.typeId = id;
        break;
    case Dimension::ServiceLine:
        f.serviceLineId = id;
        break;
    case Dimension::Channel:
        f.channelId = id;
        break;
    case Dimension::CustomerType:
        f.customerTypeId = id;
        break;
    case Dimension::Building:
        f.buildingId = id;
        break;
    case Dimension::Satisfaction:
        f.satisfaction = hit.key.isEmpty() ? QStringLiteral("none") : hit.key;
        break;
    default:
        break;
    }
    if (dimension != Dimension::Building) // the other charts count the whole group, not the drilled place
        f.regionId = f.estateId = 0;
    Q_EMIT complaintsRequested(f, tr("%1: %2 (%3)").arg(displayName(dimension), hit.label, m_period.label()));
}

void ChartBoard::drillUp()
{
    if (m_placeLevel == Dimension::Building) {
        m_scope.estateId = 0;
        m_placeLevel = Dimension::Estate;
        m_placeTitle = tr("Estates");
    } else {
        m_scope.regionId = 0;
        m_placeLevel = Dimension::Region;
        m_placeTitle.clear();
    }
    rebuild();
}

} // namespace caseloop
