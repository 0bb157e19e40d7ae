#pragma once

#include "base/Id.h"
#include "domain/Records.h"
#include "store/ComplaintStore.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace caseloop {

class Store;

// 提醒: what the operator must act on, refreshed at start, every few minutes and after each change: a panel beside
// the list, never a stream of modal dialogs. By role:
//  - a steward: their own promises due today (soonest first), then their overdue ones (newest first);
//  - a department lead: the same, for the complaints dispatched to their department with a ticket still open;
//  - a supervisor or an administrator: the whole team's overdue promises, grouped by steward (most overdue first).
class ReminderPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMinutes = 5;

    ReminderPanel(Store& store, const Staff& viewer, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }
    int overdueCount() const { return m_overdue; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openComplaint(Id complaintId);

private:
    void showOwn(const QList<DueItem>& items, const QDateTime& now);
    void showTeam(const QList<DueItem>& items, const QDateTime& now);
    QListWidgetItem* addItem(const DueItem& d, const QDateTime& now);

    Store& m_store;
    Staff m_viewer;
    int m_overdue = 0;
    QLabel* m_title;
    QListWidget* m_list;
    QTimer* m_timer;
};

} // namespace caseloop
