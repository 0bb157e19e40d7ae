#pragma once

#include "rectification/StepDialog.h"
#include "store/RectificationStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace caseloop {

class RectificationTableModel;
class Store;
struct Sheet;

// The rectification board: filters (step, department, region, type, overdue), the items, the selected
// item's detail with its complaints, and the tracking sheet exported or printed with a preview.
class RectificationPage : public QWidget
{
    Q_OBJECT

public:
    explicit RectificationPage(Store& store, QWidget* parent = nullptr);

    RectificationTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QTextBrowser* detail() const { return m_detail; }
    RectificationFilter filter() const;

    // Carries the selected item through one step; the error names the field or the refused transition.
    Status applyStep(RectificationStep step, const StepValues& values);
    // A new item (step 1) from these complaints; selects it on the board.
    Result<Id> assign(const QList<Id>& complaintIds, const StepValues& values);
    Id currentItemId() const;

public Q_SLOTS:
    void refresh();
    // refresh() after other desks changed items, keeping the item the user is on.
    void refreshInPlace();
    void exportSheet();
    void printPreview();
    // Opens the assign form prefilled from the complaints (from the complaint list's selection).
    void createFromComplaints(const QList<Id>& complaintIds);
    // The same with the problem already worded (a hotspot: "西溪锦园 3栋 设施设备: 4 complaints in 30 days").
    void createItem(const QList<Id>& complaintIds, const QString& problem);

Q_SIGNALS:
    void itemCreated(Id itemId);

private:
    void showDetail();
    void runStep(RectificationStep step);
    void updateStepButtons();
    void logOutput(const QString& action, const QString& detail);

    Store& m_store;
    RectificationTableModel* m_model;
    QTableView* m_view;
    QTextBrowser* m_detail;
    QComboBox* m_status;
    QComboBox* m_department;
    QComboBox* m_region;
    QComboBox* m_type;
    QCheckBox* m_overdue;
    QLabel* m_count;
    QList<std::pair<RectificationStep, QPushButton*>> m_stepButtons;
};

} // namespace caseloop
