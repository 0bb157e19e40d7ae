#include "AnalysisPage.h"

#include "ChartBoard.h"
#include "ComplaintsBehindDialog.h"
#include "Dialogs.h"
#include "HotspotList.h"
#include "KpiTables.h"
#include "PeriodPicker.h"
#include "QueryWorker.h"
#include "WeeklyReportPainter.h"
#include "analysis/WeeklyReport.h"
#include "base/Version.h"
#include "sheet/CsvWriter.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace caseloop {

namespace {
// The weekly report covers the ISO week of the period's last day.
Period reportWeek(const Period& period)
{
    return Period::containing(Period::Kind::Week, period.to);
}
} // namespace

AnalysisPage::AnalysisPage(Store& store, const Operator& op, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_operator(op)
    , m_worker(std::make_unique<QueryWorker>(store.location()))
    , m_state(new QLabel(this))
    , m_period(new PeriodPicker(store.clock().now().date(), this))
    , m_charts(new ChartBoard(store, *m_worker, this))
    , m_kpis(new KpiTables(store, *m_worker, this))
    , m_hotspots(new HotspotList(store, *m_worker, this))
{
    auto* preview = new QPushButton(tr("Weekly report preview…"), this);
    auto* exportPdf = new QPushButton(tr("Weekly report PDF…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_state, 1);
    top->addWidget(preview);
    top->addWidget(exportPdf);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_charts);
    scroll->setWidgetResizable(true);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(scroll, tr("Charts"));
    tabs->addTab(m_kpis, tr("KPIs"));
    tabs->addTab(m_hotspots, tr("Hotspots"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tabs, 1);

    m_state->setObjectName(QStringLiteral("analysisState"));
    m_state->setWordWrap(true);
    connect(m_period, &PeriodPicker::changed, this, &AnalysisPage::refresh);
    connect(m_charts, &ChartBoard::stateChanged, this, &AnalysisPage::showState);
    connect(m_kpis, &KpiTables::stateChanged, this, &AnalysisPage::showState);
    connect(m_hotspots, &HotspotList::stateChanged, this, &AnalysisPage::showState);
    connect(preview, &QPushButton::clicked, this, &AnalysisPage::previewWeeklyReport);
    connect(exportPdf, &QPushButton::clicked, this, &AnalysisPage::exportWeeklyReport);
    connect(m_charts, &ChartBoard::complaintsRequested, this, &AnalysisPage::showComplaints);
    connect(m_hotspots, &HotspotList::complaintsRequested, this, [this](const QList<Id>& ids, const QString& title) {
        ComplaintFilter f;
        f.ids = ids;
        showComplaints(f, title);
    });
    connect(m_hotspots, &HotspotList::rectificationRequested, this, [this](const QList<Id>& ids) {
        for (const Hotspot& h : m_hotspots->hotspots())
            if (h.complaintIds == ids)
                Q_EMIT rectificationRequested(
                    ids,
                    tr("%1: %2 complaints about %3 between %4 and %5")
                        .arg(h.place)
                        .arg(h.complaintIds.size())
                        .arg(h.typeName, h.first.toString(Qt::ISODate), h.last.toString(Qt::ISODate)));
    });
    m_period->showLastComplete(Period::Kind::Week);
}

AnalysisPage::~AnalysisPage() = default;

bool AnalysisPage::busy() const
{
    return m_charts->busy() || m_kpis->busy() || m_hotspots->busy();
}

void AnalysisPage::showState()
{
    for (const QString& error : {m_charts->error(), m_kpis->error(), m_hotspots->error()})
        if (!error.isEmpty()) {
            m_state->setStyleSheet(QStringLiteral("color: #b91c1c;"));
            m_state->setText(tr("Some figures could not be counted: %1").arg(error));
            return;
        }
    m_state->setStyleSheet(QStringLiteral("color: #6b7280;"));
    m_state->setText(busy() ? tr("Counting the figures…") : QString());
}

void AnalysisPage::refresh()
{
    m_worker->interrupt(); // what the last period still counts is of no use now
    const Period period = m_period->period();
    m_charts->show(period, m_period->compare());
    m_kpis->show(period);
    m_hotspots->show(qMin(period.to, m_store.clock().now().date()));
    showState();
}

void AnalysisPage::showComplaints(const ComplaintFilter& filter, const QString& title)
{
    ComplaintFilter f = filter;
    f.now = m_store.clock().now();
    auto* dialog = new ComplaintsBehindDialog(m_store, m_operator, f, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void AnalysisPage::exportWeeklyReport()
{
    const Period week = reportWeek(m_period->period());
    const QString path = Dialogs::saveFileName(this, tr("Weekly report"), tr("weekly-report-%1.pdf").arg(week.label()),
                                               tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto report = WeeklyReport::build(m_store, week, m_store.clock().now());
    if (!report) {
        Dialogs::warning(this, tr("Weekly report"), report.error());
        return;
    }
    // The PDF is put in place only once its audit row is committed.
    const Status s = saveAudited(
        path,
        [&](const QString& temporary) {
            return WeeklyReportPainter::writePdf(report.value(), temporary,
                                                 QStringLiteral("CaseLoop %1").arg(QLatin1String(kVersion)));
        },
        [&] {
            return m_store.audit().record(QStringLiteral("export"), 0, QStringLiteral("export"),
                                          QStringLiteral("weekly report %1 → %2").arg(week.label(), path));
        });
    if (!s)
        Dialogs::warning(this, tr("Weekly report"), s.error());
}

void AnalysisPage::previewWeeklyReport()
{
    const Period week = reportWeek(m_period->period());
    auto report = WeeklyReport::build(m_store, week, m_store.clock().now());
    if (!report) {
        Dialogs::warning(this, tr("Weekly report"), report.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 14, 14, 12),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Weekly report %1").arg(week.label()));
    const WeeklyReport& weekly = report.value();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&weekly](QPrinter* p) { WeeklyReportPainter(weekly).paint(*p); });
    if (Dialogs::exec(preview) == QDialog::Accepted)
        (void)m_store.audit().record(QStringLiteral("export"), 0, QStringLiteral("print"),
                                     QStringLiteral("weekly report %1").arg(week.label()));
}

} // namespace caseloop
