#pragma once

#include "base/Id.h"
#include "domain/Records.h"
#include "store/ComplaintStore.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace caseloop {

class QueryWorker;
class Store;

// 提醒: what the operator must act on, refreshed at start, every few minutes and after each change: a panel beside
// the list, never a stream of modal dialogs. By role:
//  - a steward: their own promises due today (soonest first), then their overdue ones (newest first);
//  - a department lead: the same, for the complaints dispatched to their department with a ticket still open;
//  - a supervisor or an administrator: the whole team's overdue promises, grouped by steward (most overdue first).
// Counted in full, but at most kShownAtMost listed: an office of millions has hundreds of thousands overdue. Read on a
// worker thread of its own, so that neither the start nor a refresh holds the window.
class ReminderPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMinutes = 5;
    static constexpr int kShownAtMost = 300;

    ReminderPanel(Store& store, const Staff& viewer, QWidget* parent = nullptr);
    ~ReminderPanel() override;
    // Whether the reminders asked for last are not in yet.
    bool busy() const;
    QListWidget* list() const { return m_list; }
    int overdueCount() const { return m_overdue; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openComplaint(Id complaintId);
    // The reminders asked for last are shown.
    void refreshed();

private:
    void showOwn(const QList<DueItem>& items, const QList<DueCount>& counts, const QDateTime& now);
    void showTeam(const QList<DueItem>& items, const QList<DueCount>& counts, const QDateTime& now);
    QListWidgetItem* addItem(const DueItem& d, const QDateTime& now);
    // "… and N more", when only the latest are listed.
    QListWidgetItem* addMore(qint64 more);

    Store& m_store;
    Staff m_viewer;
    int m_overdue = 0;
    QLabel* m_title;
    QListWidget* m_list;
    QTimer* m_timer;
    std::unique_ptr<QueryWorker> m_worker;
    quint64 m_asked = 0;
    quint64 m_shown = 0;
};

} // namespace caseloop
