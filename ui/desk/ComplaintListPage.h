#pragma once

#include "SqlQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace caseloop {

class ComplaintTableModel;
class Store;

// The complaint list with its search box and status filter; the count of matching complaints below.
class ComplaintListPage : public QWidget
{
    Q_OBJECT

public:
    ComplaintListPage(Store& store, bool maySeePhone, QWidget* parent = nullptr);
    ComplaintTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The complaints selected in the list (several with Ctrl or Shift).
    QList<Id> selectedIds() const;

Q_SIGNALS:
    void rectificationRequested(const QList<Id>& complaintIds);

private:
    void applyFilter();

    Store& m_store;
    ComplaintTableModel* m_model;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_status;
    QLabel* m_count;
};

} // namespace caseloop
