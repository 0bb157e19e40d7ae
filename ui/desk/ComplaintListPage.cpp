#include "ComplaintListPage.h"

#include "CaseView.h"
#include "ComplaintFilterBar.h"
#include "ComplaintTableModel.h"
#include "Dialogs.h"
#include "IntakeDialog.h"
#include "ReminderPanel.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace caseloop {

ComplaintListPage::ComplaintListPage(Store& store, const Operator& op, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_operator(op)
    , m_filters(new ComplaintFilterBar(store, op.staff.id, this))
    , m_model(new ComplaintTableModel(store, op.maySeePhone, this))
    , m_view(new QTableView(this))
    , m_reminders(new ReminderPanel(store, op.staff, this))
    , m_count(new QLabel(this))
{
    auto* newButton = new QPushButton(tr("New complaint (Ctrl+N)"), this);
    newButton->setStyleSheet(QStringLiteral("font-weight: 600;"));
    connect(newButton, &QPushButton::clicked, this, &ComplaintListPage::registerNew);
    auto* registerShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(registerShortcut, &QShortcut::activated, this, &ComplaintListPage::registerNew);
    // A department lead handles their department's tickets; registering is the stewards' and supervisors'.
    newButton->setVisible(op.may(Permission::Register));
    registerShortcut->setEnabled(op.may(Permission::Register));
    auto* openButton = new QPushButton(tr("Open case"), this);
    connect(openButton, &QPushButton::clicked, this, [this] {
        if (const QModelIndex index = m_view->currentIndex(); index.isValid())
            openCase(m_model->complaintId(index.row()));
    });
    auto* rectify = new QPushButton(tr("Create rectification item…"), this);
    rectify->setToolTip(tr("A recurring problem: the selected complaints become one item of the tracking sheet."));
    connect(rectify, &QPushButton::clicked, this, [this] {
        if (const QList<Id> ids = selectedIds(); !ids.isEmpty())
            Q_EMIT rectificationRequested(ids);
    });
    auto* actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(openButton);
    actions->addStretch(1);
    actions->addWidget(m_count);
    actions->addStretch(1);
    actions->addWidget(rectify);
    // Making a rectification item is a supervisor's decision; a department lead sees their department's share only.
    rectify->setVisible(Permissions::reach(op.staff.role, Permission::Rectification) == Reach::All);
    m_model->setDepartmentOnly(op.departmentOnly());
    m_model->setPhoneRule([op](const Complaint& c) { return op.seesPhoneOf(c.estateId, c.stewardId); });

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    sizeColumns();
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { openCase(m_model->complaintId(index.row())); });

    auto* split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(m_reminders);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 280});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(m_filters, &ComplaintFilterBar::changed, this, &ComplaintListPage::applyFilter);
    connect(m_model, &ComplaintTableModel::countChanged, this, [this](qint64 total) {
        const QString text = m_filters->filter().text.trimmed();
        if (total == 0 && !text.isEmpty()) // say why the table is empty: the other filters count too
            m_count->setText(tr("No complaint matches “%1” under the filters above").arg(text));
        else
            m_count->setText(total < 0 ? tr("Counting…") : tr("%n complaint(s)", nullptr, int(total)));
    });
    connect(m_reminders, &ReminderPanel::openComplaint, this, &ComplaintListPage::openCase);
    applyFilter();
}

void ComplaintListPage::sizeColumns()
{
    // Widths for the content (a code, a time, a status, a promise…), measured in the view's font so that they hold
    // in Chinese and English; the description takes what is left. The user's own widths, remembered per login, win.
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    const QFontMetrics fm(m_view->font());
    const auto fit = [&](int column, const QString& sample) {
        const int headerWidth = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
        m_view->setColumnWidth(column, std::max(fm.horizontalAdvance(sample), headerWidth) + 18);
    };
    using M = ComplaintTableModel;
    fit(M::CodeColumn, QStringLiteral("TS-20261123-0007"));
    fit(M::ReceivedColumn, QStringLiteral("2025-12-31 23:59"));
    fit(M::StatusColumn, displayName(ComplaintStatus::AwaitingFollowUp));
    fit(M::DueColumn, ComplaintTableModel::tr("Due soon %1").arg(QStringLiteral("12-31 23:59")));
    fit(M::PriorityColumn, QStringLiteral("紧急"));
    fit(M::DescriptionColumn, QStringLiteral("业主反映楼上装修噪音大，影响休息，请尽快"));
    fit(M::ComplainantColumn, QStringLiteral("欧阳先生"));
    fit(M::PhoneColumn, QStringLiteral("0571-88886666"));
    fit(M::EstateColumn, QStringLiteral("珠江御景湾"));
    fit(M::LocationColumn, QStringLiteral("11栋2单元1304"));
    fit(M::TypeColumn, QStringLiteral("设施设备"));
    fit(M::ServiceLineColumn, QStringLiteral("秩序/安保"));
    fit(M::KindColumn, QStringLiteral("投诉"));
    const QByteArray saved = QSettings().value(columnsKey()).toByteArray();
    if (!saved.isEmpty())
        header->restoreState(saved);
    connect(header, &QHeaderView::sectionResized, this,
            [this] { QSettings().setValue(columnsKey(), m_view->horizontalHeader()->saveState()); });
    connect(header, &QHeaderView::sectionMoved, this,
            [this] { QSettings().setValue(columnsKey(), m_view->horizontalHeader()->saveState()); });
}

QString ComplaintListPage::columnsKey() const
{
    // Per login; the version of the column set is in the key, so that a new column never meets old widths.
    return QStringLiteral("desk/columns-v2/%1")
        .arg(m_operator.staff.login.isEmpty() ? QStringLiteral("-") : m_operator.staff.login);
}

QList<Id> ComplaintListPage::selectedIds() const
{
    QList<Id> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << m_model->complaintId(index.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ComplaintListPage::applyFilter()
{
    m_model->setFilter(m_filters->filter());
}

void ComplaintListPage::refresh()
{
    applyFilter();
    m_reminders->refresh();
}

void ComplaintListPage::refreshInPlace(bool newConnection)
{
    const QList<Id> selected = selectedIds();
    QList<int> selectedRows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        selectedRows << index.row();
    const Id current = m_view->currentIndex().isValid() ? m_model->complaintId(m_view->currentIndex().row()) : 0;
    const int top = qMax(0, m_view->rowAt(0));
    const Id topId = top > 0 ? m_model->complaintId(top) : 0;
    m_model->reload(newConnection);
    // Where the complaints may be now: near the old place in view, and near each selected row's old place (a few
    // new or closed complaints move them by a few rows). Pages read anyway to show them; a few hundred rows each.
    constexpr int kNear = 50;
    QList<std::pair<int, int>> ranges{{top - int(ComplaintTableModel::kPageSize), top + 2 * kNear + 100}};
    for (int row : std::as_const(selectedRows).mid(0, 200))
        ranges.append({row - kNear, row + kNear});
    QSet<int> looked;
    QItemSelection selection;
    int newTop = -1;
    int newCurrent = -1;
    for (const auto& [first, last] : ranges)
        for (int row = qMax(0, first); row < qMin(m_model->rowCount(), last); ++row) {
            if (looked.contains(row))
                continue;
            looked.insert(row);
            const Id id = m_model->complaintId(row);
            if (id == 0)
                continue;
            if (id == topId && newTop < 0)
                newTop = row;
            if (id == current)
                newCurrent = row;
            if (selected.contains(id))
                selection.select(m_model->index(row, 0), m_model->index(row, ComplaintTableModel::ColumnCount - 1));
        }
    QItemSelectionModel* model = m_view->selectionModel();
    // The current row follows its complaint; when that is no longer near, no row is current (rather than another
    // complaint on the old row number, which Enter would open).
    model->setCurrentIndex(newCurrent >= 0 ? m_model->index(newCurrent, 0) : QModelIndex(),
                           QItemSelectionModel::NoUpdate);
    model->select(selection, QItemSelectionModel::ClearAndSelect);
    if (newTop >= 0)
        m_view->scrollTo(m_model->index(newTop, 0), QAbstractItemView::PositionAtTop);
    m_reminders->refresh();
}

void ComplaintListPage::select(Id complaintId)
{
    // A new complaint is at the top when the filter shows it; look no further than the first page.
    for (int row = 0; row < qMin(m_model->rowCount(), int(ComplaintTableModel::kPageSize)); ++row)
        if (m_model->complaintId(row) == complaintId) {
            m_view->selectRow(row);
            return;
        }
}

Id ComplaintListPage::registerNew()
{
    if (!m_operator.may(Permission::Register))
        return 0;
    IntakeDialog dialog(m_store, m_operator, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted || dialog.registered().id == 0)
        return 0;
    refresh();
    select(dialog.registered().id);
    return dialog.registered().id;
}

CaseView* ComplaintListPage::openCase(Id complaintId)
{
    if (complaintId <= 0)
        return nullptr;
    // A department lead opens only complaints with a ticket of their department (also by code or from a reminder).
    if (const Id department = m_operator.departmentOnly(); department != 0) {
        const QList<Ticket> tickets = m_store.tickets().forComplaint(complaintId).value_or({});
        if (std::none_of(tickets.cbegin(), tickets.cend(),
                         [&](const Ticket& t) { return t.departmentId == department; }))
            return nullptr;
    }
    for (CaseView* open : findChildren<CaseView*>())
        if (open->complaintId() == complaintId) {
            open->raise();
            open->activateWindow();
            return open;
        }
    auto* view = new CaseView(m_store, m_operator, complaintId, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &CaseView::changed, this, [this] { refresh(); });
    view->show();
    return view;
}

} // namespace caseloop
