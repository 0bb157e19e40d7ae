#include "ComplaintsBehindDialog.h"

#include "desk/CaseView.h"
#include "desk/ComplaintTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace caseloop {

ComplaintsBehindDialog::ComplaintsBehindDialog(Store& store, const Operator& op, const ComplaintFilter& filter,
                                               const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_model(new ComplaintTableModel(store, op.maySeePhone, this))
    , m_view(new QTableView(this))
{
    m_model->setPhoneRule([op](const Complaint& c) { return op.seesPhoneOf(c.estateId, c.stewardId); });
    setWindowTitle(title);
    auto* count = new QLabel(this);
    connect(m_model, &ComplaintTableModel::countChanged, this, [count](qint64 total) {
        count->setText(total < 0 ? tr("Counting…") : tr("%n complaint(s)", nullptr, int(total)));
    });
    m_model->setFilter(filter);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ComplaintTableModel::CodeColumn, 150);
    connect(m_view, &QTableView::activated, this, [this, &store, op](const QModelIndex& index) {
        auto* view = new CaseView(store, op, m_model->complaintId(index.row()), this);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(count);
    layout->addWidget(buttons);
    resize(1100, 560);
}

} // namespace caseloop
