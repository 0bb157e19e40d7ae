#include "ReminderPanel.h"

#include "QueryWorker.h"
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

ReminderPanel::~ReminderPanel() = default;

bool ReminderPanel::busy() const
{
    return m_asked != m_shown;
}

void ReminderPanel::refresh()
{
    const QDateTime now = m_store.clock().now();
    const QDateTime endOfToday = wallTime(now.date().addDays(1), QTime(0, 0));
    const bool team = m_viewer.role == Role::Supervisor || m_viewer.role == Role::Administrator;
    DueScope scope;
    if (m_viewer.role == Role::Steward)
        scope.stewardId = m_viewer.id;
    else if (m_viewer.role == Role::DepartmentLead)
        scope.departmentId = m_viewer.departmentId; // the complaints with a ticket still open in their department
    const QDateTime horizon = team ? now : endOfToday;
    if (!m_worker)
        m_worker = std::make_unique<QueryWorker>(m_store.location());
    m_worker->interrupt(); // an earlier refresh still counting is of no use now
    const quint64 asked = ++m_asked;
    if (m_shown == 0)
        m_title->setText(tr("Reading the reminders…")); // the first time only: a refresh keeps what is shown
    using Due = QPair<QList<DueItem>, QList<DueCount>>;
    m_worker->submit<Due>(
        [now, horizon, scope](Store& store) -> Result<Due> {
            auto items = store.complaints().dueItems(now, horizon, scope, kShownAtMost);
            if (!items)
                return Error{items.error()};
            auto counts = store.complaints().dueCounts(now, horizon, scope);
            if (!counts)
                return Error{counts.error()};
            return Due{items.value(), counts.value()};
        },
        this,
        [this, asked, team, now](Result<Due> due) {
            if (asked != m_asked)
                return; // a newer refresh was asked for meanwhile
            m_shown = asked;
            m_list->clear();
            m_overdue = 0;
            if (!due)
                m_title->setText(due.error()); // said, not left out silently
            else if (team)
                showTeam(due->first, due->second, now);
            else
                showOwn(due->first, due->second, now);
            Q_EMIT refreshed();
        });
}

QListWidgetItem* ReminderPanel::addItem(const DueItem& d, const QDateTime& now)
{
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

void ReminderPanel::showOwn(const QList<DueItem>& items, const QList<DueCount>& counts, const QDateTime& now)
{
    qint64 due = 0;
    for (const DueCount& c : counts) {
        m_overdue += int(c.overdue);
        due += c.due;
    }
    // What is due today comes first, soonest first: it can still be kept. Then what is overdue, newest first.
    QList<DueItem> today, late;
    for (const DueItem& d : items)
        (d.overdue ? late : today) << d;
    std::sort(today.begin(), today.end(), [](const DueItem& a, const DueItem& b) { return a.due < b.due; });
    std::sort(late.begin(), late.end(), [](const DueItem& a, const DueItem& b) { return a.due > b.due; });
    for (const DueItem& d : today + late)
        addItem(d, now);
    if (due > items.size())
        addMore(due - items.size());
    m_title->setText(
        QStringLiteral("<b>%1</b>").arg(tr("Reminders: %1 overdue, %2 due today").arg(m_overdue).arg(due - m_overdue)));
}

void ReminderPanel::showTeam(const QList<DueItem>& items, const QList<DueCount>& counts, const QDateTime& now)
{
    QHash<Id, QString> names;
    for (const Staff& s : m_store.organisation().staff().value_or({}))
        names.insert(s.id, s.name);
    // Every steward with overdue promises, most first, counted in full; under each, their latest ones among the
    // latest kShownAtMost of the team (the list filtered by steward and 超时 shows the rest).
    QList<DueCount> order = counts;
    std::sort(order.begin(), order.end(), [](const DueCount& a, const DueCount& b) {
        return a.overdue != b.overdue ? a.overdue > b.overdue : a.stewardId < b.stewardId;
    });
    QHash<Id, QList<DueItem>> bySteward;
    for (const DueItem& d : items)
        bySteward[d.stewardId] << d;
    int stewards = 0;
    for (const DueCount& c : order) {
        if (c.overdue == 0)
            continue;
        ++stewards;
        m_overdue += int(c.overdue);
        auto* header = new QListWidgetItem(
            tr("%1: %n overdue", nullptr, int(c.overdue))
                .arg(c.stewardId > 0 ? names.value(c.stewardId, tr("(unknown)")) : tr("No steward")),
            m_list);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setFlags(Qt::ItemIsEnabled); // a heading, not a case to open
        const QList<DueItem> late = bySteward.value(c.stewardId);
        for (const DueItem& d : late) {
            QListWidgetItem* item = addItem(d, now);
            item->setText(QStringLiteral("    ") + item->text()); // under its steward
        }
        if (c.overdue > late.size()) {
            QListWidgetItem* more = addMore(c.overdue - late.size());
            more->setText(QStringLiteral("    ") + more->text());
        }
    }
    m_title->setText(QStringLiteral("<b>%1</b>")
                         .arg(tr("The team's overdue promises: %1 (%n steward(s))", nullptr, stewards).arg(m_overdue)));
}

QListWidgetItem* ReminderPanel::addMore(qint64 more)
{
    auto* item = new QListWidgetItem(tr("… and %1 more (tick “Overdue only” above the list to see them all)").arg(more),
                                     m_list);
    item->setFlags(Qt::ItemIsEnabled);
    item->setForeground(QColor(0x6b, 0x72, 0x80));
    return item;
}

} // namespace caseloop
