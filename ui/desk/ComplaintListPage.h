#pragma once

#include "Operator.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace caseloop {

class CaseView;
class ComplaintFilterBar;
class ComplaintTableModel;
class ReminderPanel;
class Store;

// The steward's desk: filters over the complaint list (in SQL), the count, the operator's reminders,
// a new registration (Ctrl+N) and the case view (Enter or double-click).
class ComplaintListPage : public QWidget
{
    Q_OBJECT

public:
    ComplaintListPage(Store& store, const Operator& op, QWidget* parent = nullptr);
    ComplaintTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ComplaintFilterBar* filterBar() const { return m_filters; }
    ReminderPanel* reminders() const { return m_reminders; }
    QLabel* countLabel() const { return m_count; }
    // The complaints selected in the list (several with Ctrl or Shift).
    QList<Id> selectedIds() const;

public Q_SLOTS:
    // Opens the intake form; returns the registered complaint's id (0 when cancelled).
    Id registerNew();
    // Opens a complaint's case view (non-modal; one window per complaint).
    CaseView* openCase(Id complaintId);
    void refresh();
    // Reads the list and the reminders again after other desks changed complaints, keeping the user's place: the
    // same complaints stay selected and the first one in view stays where it is (unless the view is at the top,
    // where new complaints come in). `newConnection`: after the server was away.
    void refreshInPlace(bool newConnection = false);

Q_SIGNALS:
    void rectificationRequested(const QList<Id>& complaintIds);

private:
    void applyFilter();
    void sizeColumns();
    QString columnsKey() const;
    void select(Id complaintId);

    Store& m_store;
    Operator m_operator;
    ComplaintFilterBar* m_filters;
    ComplaintTableModel* m_model;
    QTableView* m_view;
    ReminderPanel* m_reminders;
    QLabel* m_count;
};

} // namespace caseloop
