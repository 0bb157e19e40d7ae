#include "ComplaintListPage.h"

#include "ComplaintTableModel.h"
#include "Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caseloop {

ComplaintListPage::ComplaintListPage(Store& store, bool maySeePhone, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new ComplaintTableModel(store, maySeePhone, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_count(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Search code, complainant, phone or description"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("All statuses"));
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    for (ComplaintStatus s : allValues<ComplaintStatus>())
        m_status->addItem(displayName(s), toStorage(s));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    auto* rectify = new QPushButton(tr("Create rectification item…"), this);
    rectify->setToolTip(tr("A recurring problem: the selected complaints become one item of the tracking sheet."));
    filters->addWidget(rectify);
    connect(rectify, &QPushButton::clicked, this, [this] {
        if (const QList<Id> ids = selectedIds(); !ids.isEmpty())
            Q_EMIT rectificationRequested(ids);
    });

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ComplaintTableModel::CodeColumn, 150);
    m_view->setColumnWidth(ComplaintTableModel::ReceivedColumn, 130);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::returnPressed, this, &ComplaintListPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ComplaintListPage::applyFilter);
    connect(m_model, &ComplaintTableModel::countChanged, this,
            [this](qint64 total) { m_count->setText(tr("%n complaint(s)", nullptr, int(total))); });
    applyFilter();
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
    ComplaintFilter filter;
    filter.text = m_search->text();
    filter.now = m_store.clock().now();
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("open")) {
        filter.statuses = openValues<ComplaintStatus>();
    } else if (auto s = fromStorage<ComplaintStatus>(status)) {
        filter.statuses = {*s};
    }
    m_model->setFilter(filter);
}

} // namespace caseloop
