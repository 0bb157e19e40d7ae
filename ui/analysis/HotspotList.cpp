#include "HotspotList.h"

#include "Dialogs.h"
#include "QueryWorker.h"
#include "analysis/WeeklyReport.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caseloop {

HotspotList::HotspotList(Store& store, QueryWorker& worker, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_worker(worker)
    , m_days(new QSpinBox(this))
    , m_minimum(new QSpinBox(this))
    , m_table(new QTableWidget(this))
{
    const HotspotRule rule = loadHotspotRule(store).value_or({});
    m_days->setRange(1, 365);
    m_days->setValue(rule.days);
    m_days->setSuffix(tr(" days"));
    m_minimum->setRange(2, 100);
    m_minimum->setValue(rule.minimum);
    m_minimum->setSuffix(tr(" times"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Place"), tr("Type"), tr("Complaints"), tr("Dates"), tr("Rectification item")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* rectify = new QPushButton(tr("Create rectification item…"), this);
    auto* list = new QPushButton(tr("Show the complaints"), this);
    m_actions = {m_table, rectify, list};
    auto* rule_ = new QHBoxLayout;
    rule_->addWidget(new QLabel(tr("The same type at the same building or public area"), this));
    rule_->addWidget(m_minimum);
    rule_->addWidget(new QLabel(tr("or more within"), this));
    rule_->addWidget(m_days);
    rule_->addStretch(1);
    rule_->addWidget(list);
    rule_->addWidget(rectify);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(rule_);
    layout->addWidget(m_table, 1);
    connect(rectify, &QPushButton::clicked, this, &HotspotList::rectifySelected);
    connect(list, &QPushButton::clicked, this, &HotspotList::listSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &HotspotList::listSelected);
    for (QSpinBox* box : {m_days, m_minimum})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (Status s = saveHotspotRule(m_store, {m_days->value(), m_minimum->value()}); !s)
                Dialogs::warning(this, tr("Hotspots"), s.error());
            reload();
        });
}

void HotspotList::show(const QDate& upTo)
{
    m_upTo = upTo;
    reload();
}

void HotspotList::reload()
{
    const quint64 asked = ++m_asked;
    m_error.clear();
    for (QWidget* w : std::as_const(m_actions))
        w->setEnabled(false); // the rule's boxes stay usable while the list is being found
    Q_EMIT stateChanged();
    const QDate upTo = m_upTo;
    const HotspotRule rule{m_days->value(), m_minimum->value()};
    m_worker.submit<QList<Hotspot>>([upTo, rule](Store& store) { return store.statistics().hotspots(upTo, rule); },
                                    this,
                                    [this, asked](Result<QList<Hotspot>> spots) {
                                        if (asked != m_asked)
                                            return; // a newer period or rule was asked for meanwhile
                                        m_shown = asked;
                                        for (QWidget* w : std::as_const(m_actions))
                                            w->setEnabled(true);
                                        m_error = spots ? QString() : spots.error();
                                        fill(spots.value_or({}));
                                        Q_EMIT stateChanged();
                                    });
}

void HotspotList::fill(const QList<Hotspot>& spots)
{
    m_spots = spots;
    m_table->setRowCount(int(m_spots.size()));
    for (int r = 0; r < m_spots.size(); ++r) {
        const Hotspot& h = m_spots[r];
        const QStringList cells{
            h.place, h.typeName, QString::number(h.complaintIds.size()),
            QStringLiteral("%1 – %2").arg(h.first.toString(Qt::ISODate), h.last.toString(Qt::ISODate)),
            h.openItemCode.isEmpty() ? tr("not tracked yet") : h.openItemCode};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    if (!m_spots.isEmpty())
        m_table->selectRow(0);
}

void HotspotList::rectifySelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_spots.size())
        return;
    if (!m_spots[row].openItemCode.isEmpty())
        Dialogs::information(this, tr("Hotspots"),
                             tr("%1 already tracks some of these complaints; a new item is created anyway.")
                                 .arg(m_spots[row].openItemCode));
    Q_EMIT rectificationRequested(m_spots[row].complaintIds);
}

void HotspotList::listSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_spots.size())
        Q_EMIT complaintsRequested(m_spots[row].complaintIds,
                                   tr("Hotspot: %1, %2").arg(m_spots[row].place, m_spots[row].typeName));
}

} // namespace caseloop
