#include "KpiTables.h"

#include "QueryWorker.h"
#include "store/Store.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caseloop {

namespace {
QTableWidget* kpiTable(QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setColumnCount(8);
    table->setHorizontalHeaderLabels({KpiTables::tr("Name"), KpiTables::tr("Complaints"),
                                      KpiTables::tr("On-time first response"), KpiTables::tr("Closed on time"),
                                      KpiTables::tr("Satisfaction"), KpiTables::tr("Reopened"),
                                      KpiTables::tr("Average hours to close"), KpiTables::tr("Repeat complainants")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSortingEnabled(true);
    return table;
}
} // namespace

KpiTables::KpiTables(Store& store, QueryWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_worker(worker)
    , m_departments(kpiTable(this))
    , m_stewards(kpiTable(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Departments (complaints with a ticket to them)")), this));
    layout->addWidget(m_departments, 1);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Stewards")), this));
    layout->addWidget(m_stewards, 2);
    auto* help = new QLabel(
        tr("On time = kept by its due time, out of those kept or due by the end of the period; "
           "satisfaction counts 非常满意, 满意 and 基本满意; invalid and withdrawn complaints are left out."),
        this);
    help->setWordWrap(true);
    help->setStyleSheet(QStringLiteral("color: #6b7280;"));
    layout->addWidget(help);
}

void KpiTables::show(const Period& period)
{
    const AnalysisScope scope{period.from, period.to};
    const QDateTime asOf = qMin(m_store.clock().now(), wallTime(period.to.addDays(1)));
    const quint64 asked = ++m_asked;
    m_error.clear();
    setEnabled(false);
    Q_EMIT stateChanged();
    using Both = QPair<QList<KpiRow>, QList<KpiRow>>;
    m_worker.submit<Both>(
        [scope, asOf](Store& store) -> Result<Both> {
            auto departments = store.statistics().kpis(KpiGroup::Department, scope, asOf);
            if (!departments)
                return Error{departments.error()};
            auto stewards = store.statistics().kpis(KpiGroup::Steward, scope, asOf);
            if (!stewards)
                return Error{stewards.error()};
            return Both{departments.value(), stewards.value()};
        },
        this,
        [this, asked](Result<Both> rows) {
            if (asked != m_asked)
                return; // a newer period was asked for meanwhile
            m_shown = asked;
            setEnabled(true);
            m_error = rows ? QString() : rows.error();
            fill(m_departments, rows ? rows->first : QList<KpiRow>{});
            fill(m_stewards, rows ? rows->second : QList<KpiRow>{});
            Q_EMIT stateChanged();
        });
}

void KpiTables::fill(QTableWidget* table, const QList<KpiRow>& rows)
{
    table->setSortingEnabled(false);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const KpiRow& k = rows[r];
        auto number = [](double value, int decimals = 0) {
            auto* item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole,
                          decimals > 0 ? QVariant(QString::number(value, 'f', decimals)) : QVariant(qint64(value)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        auto rate = [](const Rate& value) {
            auto* item = new QTableWidgetItem(value.text());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        table->setItem(r, 0, new QTableWidgetItem(k.name));
        table->setItem(r, 1, number(double(k.complaints)));
        table->setItem(r, 2, rate(k.firstResponse));
        table->setItem(r, 3, rate(k.closure));
        table->setItem(r, 4, rate(k.satisfaction));
        table->setItem(r, 5, rate(k.reopen));
        table->setItem(r, 6,
                       k.averageHandlingHours > 0 ? number(k.averageHandlingHours, 1)
                                                  : new QTableWidgetItem(QStringLiteral("—")));
        table->setItem(r, 7, number(double(k.repeatComplainants)));
    }
    table->setSortingEnabled(true);
    table->resizeColumnsToContents();
}

} // namespace caseloop
