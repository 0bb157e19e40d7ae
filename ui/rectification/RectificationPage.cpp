#include "RectificationPage.h"

#include "Dialogs.h"
#include "RectificationDetail.h"
#include "RectificationTableModel.h"
#include "SheetPainter.h"
#include "XlsxWriter.h"
#include "base/Language.h"
#include "base/Version.h"
#include "sheet/CsvWriter.h"
#include "sheet/TrackingSheet.h"
#include "store/Store.h"
#include "workflow/RectificationWorkflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caseloop {

RectificationPage::RectificationPage(Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new RectificationTableModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_status(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_count(new QLabel(this))
{
    m_status->addItem(tr("Open items"), QStringLiteral("open"));
    m_status->addItem(tr("All items"), QString());
    for (RectificationStatus s : allValues<RectificationStatus>())
        m_status->addItem(displayName(s), toStorage(s));
    m_department->addItem(tr("All departments"), 0);
    if (auto list = store.organisation().departments())
        for (const Department& d : list.value())
            m_department->addItem(localName(d.name, d.nameEn), d.id);
    m_region->addItem(tr("All regions"), 0);
    if (auto list = store.organisation().regions())
        for (const Region& r : list.value())
            m_region->addItem(r.name, r.id);
    m_type->addItem(tr("All types"), 0);
    if (auto list = store.catalogues().entries(Catalogue::Type))
        for (const CatalogueEntry& e : list.value())
            m_type->addItem(localName(e.nameZh, e.nameEn), e.id);

    auto* exportButton = new QPushButton(tr("Export…"), this);
    auto* printButton = new QPushButton(tr("Print preview…"), this);
    auto* steps = new QHBoxLayout;
    for (RectificationStep step : {RectificationStep::Resolve, RectificationStep::ReportBack, RectificationStep::Review,
                                   RectificationStep::Confirm}) {
        auto* button = new QPushButton(displayName(step) + QStringLiteral("…"), this);
        connect(button, &QPushButton::clicked, this, [this, step] { runStep(step); });
        steps->addWidget(button);
        m_stepButtons.append({step, button});
    }
    steps->addStretch(1);
    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_status, m_department, m_region, m_type, m_overdue})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(exportButton);
    filters->addWidget(printButton);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(RectificationTableModel::CodeColumn, 110);
    // The problem takes the room left; the last column (overdue: "是") stays as narrow as its heading.
    m_view->horizontalHeader()->setSectionResizeMode(RectificationTableModel::ProblemColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(steps);
    layout->addWidget(m_count);

    for (QComboBox* box : {m_status, m_department, m_region, m_type})
        connect(box, &QComboBox::currentIndexChanged, this, &RectificationPage::refresh);
    connect(m_overdue, &QCheckBox::toggled, this, &RectificationPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &RectificationPage::exportSheet);
    connect(printButton, &QPushButton::clicked, this, &RectificationPage::printPreview);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RectificationPage::showDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RectificationPage::updateStepButtons);
    refresh();
}

RectificationFilter RectificationPage::filter() const
{
    RectificationFilter f;
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("open")) {
        f.statuses = openValues<RectificationStatus>();
    } else if (auto s = fromStorage<RectificationStatus>(status)) {
        f.statuses << *s;
    }
    f.departmentId = m_department->currentData().toLongLong();
    f.regionId = m_region->currentData().toLongLong();
    f.typeId = m_type->currentData().toLongLong();
    f.overdueOnly = m_overdue->isChecked();
    f.today = m_store.clock().now().date();
    return f;
}

void RectificationPage::refresh()
{
    auto rows = m_store.rectifications().trackingRows(filter());
    m_detail->clear();
    if (!rows) {
        m_model->setRows({});
        m_count->setText(rows.error());
        return;
    }
    const auto overdue = std::count_if(rows->begin(), rows->end(), [](const TrackingRow& r) { return r.overdue; });
    m_model->setRows(rows.value());
    m_count->setText(tr("%n item(s), %1 overdue", nullptr, m_model->rowCount()).arg(overdue));
}

void RectificationPage::refreshInPlace()
{
    const Id current = currentItemId();
    refresh();
    for (int i = 0; current != 0 && i < m_model->rowCount(); ++i)
        if (m_model->row(i)->id == current)
            m_view->setCurrentIndex(m_model->index(i, 0));
}

void RectificationPage::showDetail()
{
    const TrackingRow* row = m_model->row(m_view->currentIndex().row());
    m_detail->setHtml(row ? RectificationDetail::html(m_store, row->id) : QString());
    updateStepButtons();
}

Id RectificationPage::currentItemId() const
{
    const TrackingRow* row = m_model->row(m_view->currentIndex().row());
    return row ? row->id : 0;
}

void RectificationPage::updateStepButtons()
{
    // The selected item, not merely the current cell: with nothing selected no step can be taken.
    const QModelIndexList selected
        = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    const TrackingRow* row = selected.isEmpty() ? nullptr : m_model->row(selected.first().row());
    const QList<RectificationAction> allowed = row ? allowedActions(row->status) : QList<RectificationAction>();
    for (const auto& [step, button] : m_stepButtons) {
        const bool enabled
            = std::any_of(allowed.begin(), allowed.end(), [&](RectificationAction a) { return stepOf(a) == step; });
        button->setEnabled(enabled);
        button->setToolTip(enabled || !row ? QString()
                                           : tr("Not possible while the item is “%1”.").arg(displayName(row->status)));
    }
}

Status RectificationPage::applyStep(RectificationStep step, const StepValues& v)
{
    const Id id = currentItemId();
    if (id == 0)
        return Error{tr("Choose an item first.")};
    RectificationWorkflow wf(m_store);
    Result<RectificationItem> r = Error{QString()};
    switch (step) {
    case RectificationStep::Resolve:
        r = wf.resolve(id, v.measures, v.responsiblePerson, v.plannedDate);
        break;
    case RectificationStep::ReportBack:
        r = wf.reportBack(id, v.feedback, v.unresolvedReason);
        break;
    case RectificationStep::Review:
        r = wf.review(id, v.approved, v.opinion);
        break;
    case RectificationStep::Confirm:
        r = wf.confirm(id, v.confirmResult, v.note);
        break;
    case RectificationStep::Assign:
        return Error{tr("A new item is assigned from the complaint list.")};
    }
    if (!r)
        return Error{r.error()};
    const int row = m_view->currentIndex().row();
    refresh();
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->row(i)->id == id)
            m_view->setCurrentIndex(m_model->index(i, 0));
    if (m_view->currentIndex().row() < 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
    return {};
}

void RectificationPage::runStep(RectificationStep step)
{
    auto item = m_store.rectifications().get(currentItemId());
    if (!item)
        return;
    StepValues initial;
    initial.measures = item->measures;
    initial.responsiblePerson = item->responsiblePerson;
    initial.plannedDate = item->plannedDate;
    initial.feedback = item->feedback;
    initial.unresolvedReason = item->unresolvedReason;
    StepDialog dialog(step, m_store, initial, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    if (Status s = applyStep(step, dialog.values()); !s)
        Dialogs::warning(this, displayName(step), s.error());
}

Result<Id> RectificationPage::assign(const QList<Id>& complaintIds, const StepValues& v)
{
    RectificationItem draft;
    draft.problem = v.problem;
    draft.departmentId = v.departmentId;
    draft.suggestion = v.suggestion;
    draft.deadline = v.deadline;
    draft.complaintIds = complaintIds;
    auto item = RectificationWorkflow(m_store).assign(draft);
    if (!item)
        return Error{item.error()};
    m_status->setCurrentIndex(0); // open items: where the new one is
    refresh();
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->row(i)->id == item->id)
            m_view->setCurrentIndex(m_model->index(i, 0));
    Q_EMIT itemCreated(item->id);
    return item->id;
}

void RectificationPage::createFromComplaints(const QList<Id>& complaintIds)
{
    createItem(complaintIds, {});
}

void RectificationPage::createItem(const QList<Id>& complaintIds, const QString& problem)
{
    if (complaintIds.isEmpty())
        return;
    StepValues initial;
    initial.problem = problem;
    if (auto first = m_store.complaints().get(complaintIds.first()); first && problem.isEmpty()) {
        initial.problem = complaintIds.size() > 1
            ? tr("%1 (%n complaint(s))", nullptr, int(complaintIds.size())).arg(first->description)
            : first->description;
    }
    StepDialog dialog(RectificationStep::Assign, m_store, initial, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    if (auto id = assign(complaintIds, dialog.values()); !id)
        Dialogs::warning(this, displayName(RectificationStep::Assign), id.error());
}

void RectificationPage::logOutput(const QString& action, const QString& detail)
{
    if (Status s = m_store.audit().record(QStringLiteral("export"), 0, action, detail); !s)
        Dialogs::warning(this, tr("Rectification tracking"), s.error());
}

void RectificationPage::exportSheet()
{
    const QString suggested
        = tr("Rectification tracking %1.xlsx").arg(m_store.clock().now().date().toString(Qt::ISODate));
    const QString path = Dialogs::saveFileName(this, tr("Export the tracking sheet"), suggested,
                                               tr("Excel workbook (*.xlsx);;PDF (*.pdf);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    auto sheet = TrackingSheet::load(m_store, filter());
    if (!sheet) {
        Dialogs::warning(this, tr("Export the tracking sheet"), sheet.error());
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const auto write = [&](const QString& file) -> Status {
        if (suffix == QLatin1String("pdf"))
            return SheetPainter::writePdf(sheet.value(), file,
                                          QStringLiteral("CaseLoop %1").arg(QString::fromLatin1(kVersion)));
        if (suffix == QLatin1String("csv"))
            return saveAtomically(file, [&](QIODevice& out) { return writeCsv(sheet.value(), out); });
        return XlsxWriter::write(sheet.value(), file, tr("Rectification tracking"));
    };
    // The file is put in place only once its audit row is committed.
    const Status written = saveAudited(path, write, [&] {
        return m_store.audit().record(
            QStringLiteral("export"), 0, QStringLiteral("export"),
            QStringLiteral("tracking %1 %2 rows=%3").arg(suffix, path).arg(sheet->rows.size()));
    });
    if (!written) {
        Dialogs::warning(this, tr("Export the tracking sheet"), written.error());
        return;
    }
    Dialogs::information(this, tr("Export the tracking sheet"),
                         tr("%1 items written to %2.").arg(sheet->rows.size()).arg(path));
}

void RectificationPage::printPreview()
{
    auto sheet = TrackingSheet::load(m_store, filter());
    if (!sheet) {
        Dialogs::warning(this, tr("Print the tracking sheet"), sheet.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
    printer.setDocName(sheet->title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(sheet->title);
    preview.resize(1100, 760);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter* target) { SheetPainter(sheet.value()).paint(*target); });
    if (Dialogs::exec(preview) == QDialog::Accepted)
        logOutput(QStringLiteral("print"), QStringLiteral("tracking rows=%1").arg(sheet->rows.size()));
}

} // namespace caseloop
