#include "ReminderPanel.h"

#include "store/Store.h"

#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace caseloop {

namespace {
QString clockName(DueClock clock)
{
    switch (clock) {
    case DueClock::FirstContact:
        return ReminderPanel::tr("First contact");
    case DueClock::Feedback:
        return ReminderPanel::tr("Result feedback");
    case DueClock::FollowUp:
        return ReminderPanel::tr("Satisfaction follow-up");
    }
    return {};
}
} // namespace

ReminderPanel::ReminderPanel(Store& store, Id stewardId, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_stewardId(stewardId)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { Q_EMIT openComplaint(item->data(Qt::UserRole).toLongLong()); });
    connect(m_timer, &QTimer::timeout, this, &ReminderPanel::refresh);
    m_timer->start(kRefreshMinutes * 60 * 1000);
    refresh();
}

void ReminderPanel::refresh()
{
    const QDateTime now = m_store.clock().now();
    const QDateTime endOfToday = wallTime(now.date().addDays(1), QTime(0, 0));
    auto items = m_store.complaints().dueItems(now, endOfToday, m_stewardId);
    m_list->clear();
    m_overdue = 0;
    if (!items) {
        m_title->setText(items.error());
        return;
    }
    for (const DueItem& d : items.value()) {
        m_overdue += d.overdue ? 1 : 0;
        const QString text = d.overdue ? tr("Overdue: %1 of %2, due %3") : tr("Due today: %1 of %2, due %3");
        auto* item
            = new QListWidgetItem(text.arg(clockName(d.clock), d.code,
                                           d.due.toString(d.due.date() == now.date() ? QStringLiteral("HH:mm")
                                                                                     : QStringLiteral("MM-dd HH:mm"))),
                                  m_list);
        item->setData(Qt::UserRole, d.complaintId);
        if (d.overdue)
            item->setForeground(QColor(0xB0, 0x1C, 0x1C));
    }
    const int dueToday = int(items->size()) - m_overdue;
    m_title->setText(
        QStringLiteral("<b>%1</b>").arg(tr("Reminders: %1 overdue, %2 due today").arg(m_overdue).arg(dueToday)));
}

} // namespace caseloop
