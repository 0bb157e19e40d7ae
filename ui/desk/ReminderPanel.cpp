#include "ReminderPanel.h"

#include "store/Store.h"

#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QMap>
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

ReminderPanel::ReminderPanel(Store& store, const Staff& viewer, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_viewer(viewer)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const Id id = item->data(Qt::UserRole).toLongLong(); id > 0)
            Q_EMIT openComplaint(id);
    });
    connect(m_timer, &QTimer::timeout, this, &ReminderPanel::refresh);
    m_timer->start(kRefreshMinutes * 60 * 1000);
    refresh();
}

void ReminderPanel::refresh()
{
    const QDateTime now = m_store.clock().now();
    const QDateTime endOfToday = wallTime(now.date().addDays(1), QTime(0, 0));
    const bool team = m_viewer.role == Role::Supervisor || m_viewer.role == Role::Administrator;
    const Id steward = m_viewer.role == Role::Steward ? m_viewer.id : 0;
    auto items = m_store.complaints().dueItems(now, team ? now : endOfToday, steward);
    m_list->clear();
    m_overdue = 0;
    if (!items) {
        m_title->setText(items.error());
        return;
    }
    QList<DueItem> shown = items.value();
    if (m_viewer.role == Role::DepartmentLead) {
        // The lead's department holds an open ticket of the complaint.
        QList<DueItem> ours;
        QHash<Id, bool> dispatched;
        for (const DueItem& d : shown) {
            auto it = dispatched.find(d.complaintId);
            if (it == dispatched.end()) {
                auto tickets = m_store.tickets().forComplaint(d.complaintId);
                if (!tickets) { // said, not left out silently
                    m_title->setText(tickets.error());
                    return;
                }
                bool open = false;
                for (const Ticket& t : tickets.value())
                    open = open
                        || (t.departmentId == m_viewer.departmentId && t.status != TicketStatus::Done
                            && t.status != TicketStatus::Returned);
                it = dispatched.insert(d.complaintId, open);
            }
            if (*it)
                ours << d;
        }
        shown = ours;
    }
    if (team)
        showTeam(shown, now);
    else
        showOwn(shown, now);
}

QListWidgetItem* ReminderPanel::addItem(const DueItem& d, const QDateTime& now)
{
    m_overdue += d.overdue ? 1 : 0;
    const QString text = d.overdue ? tr("Overdue: %1 of %2, due %3") : tr("Due today: %1 of %2, due %3");
    const QString due
        = d.due.toString(d.due.date() == now.date()                     ? QStringLiteral("HH:mm")
                             : d.due.date().year() == now.date().year() ? QStringLiteral("MM-dd HH:mm")
                                                                        : QStringLiteral("yyyy-MM-dd HH:mm"));
    auto* item = new QListWidgetItem(text.arg(clockName(d.clock), d.code, due), m_list);
    item->setData(Qt::UserRole, d.complaintId);
    if (d.overdue)
        item->setForeground(QColor(0xB0, 0x1C, 0x1C));
    return item;
}

void ReminderPanel::showOwn(const QList<DueItem>& items, const QDateTime& now)
{
    // What is due today comes first, soonest first: it can still be kept. Then what is overdue, newest first.
    QList<DueItem> today, late;
    for (const DueItem& d : items)
        (d.overdue ? late : today) << d;
    std::sort(today.begin(), today.end(), [](const DueItem& a, const DueItem& b) { return a.due < b.due; });
    std::sort(late.begin(), late.end(), [](const DueItem& a, const DueItem& b) { return a.due > b.due; });
    for (const DueItem& d : today + late)
        addItem(d, now);
    m_title->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("Reminders: %1 overdue, %2 due today").arg(m_overdue).arg(int(items.size()) - m_overdue)));
}

void ReminderPanel::showTeam(const QList<DueItem>& items, const QDateTime& now)
{
    QHash<Id, QString> names;
    for (const Staff& s : m_store.organisation().staff().value_or({}))
        names.insert(s.id, s.name);
    QMap<Id, QList<DueItem>> bySteward;
    for (const DueItem& d : items)
        bySteward[d.stewardId] << d;
    QList<Id> order = bySteward.keys();
    std::sort(order.begin(), order.end(), [&](Id a, Id b) {
        return bySteward[a].size() != bySteward[b].size() ? bySteward[a].size() > bySteward[b].size() : a < b;
    });
    for (Id steward : order) {
        QList<DueItem>& late = bySteward[steward];
        std::sort(late.begin(), late.end(), [](const DueItem& a, const DueItem& b) { return a.due > b.due; });
        auto* header
            = new QListWidgetItem(tr("%1: %n overdue", nullptr, int(late.size()))
                                      .arg(steward > 0 ? names.value(steward, tr("(unknown)")) : tr("No steward")),
                                  m_list);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setFlags(Qt::ItemIsEnabled); // a heading, not a case to open
        for (const DueItem& d : late) {
            QListWidgetItem* item = addItem(d, now);
            item->setText(QStringLiteral("    ") + item->text()); // under its steward
        }
    }
    m_title->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("The team's overdue promises: %1 (%n steward(s))", nullptr, int(order.size())).arg(m_overdue)));
}

} // namespace caseloop
