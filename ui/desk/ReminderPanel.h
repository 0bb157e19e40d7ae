#pragma once

#include "base/Id.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTimer;

namespace caseloop {

class Store;

// 提醒: what is overdue or due today for the operator (first contacts, feedbacks, follow-ups), refreshed
// at start, every few minutes and after each change: a panel beside the list, never a stream of modal dialogs.
class ReminderPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMinutes = 5;

    ReminderPanel(Store& store, Id stewardId, QWidget* parent = nullptr);
    QListWidget* list() const { return m_list; }
    int overdueCount() const { return m_overdue; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openComplaint(Id complaintId);

private:
    Store& m_store;
    Id m_stewardId;
    int m_overdue = 0;
    QLabel* m_title;
    QListWidget* m_list;
    QTimer* m_timer;
};

} // namespace caseloop
