#pragma once

#include "Operator.h"

#include <QMainWindow>

namespace caseloop {

class AdminPage;
class AnalysisPage;
class ComplaintListPage;
class RectificationPage;
class Store;

// Composes the pages and the menus; owns no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store& store, const Operator& op, QWidget* parent = nullptr);
    ComplaintListPage* complaintList() const { return m_list; }
    RectificationPage* rectifications() const { return m_rectifications; }
    AnalysisPage* analysis() const { return m_analysis; }
    AdminPage* admin() const { return m_admin; }
    // Shows the page at this tab index (0 desk, 1 rectification tracking, 2 analysis, 3 administration).
    void showPage(int index);

private:
    void buildMenus();

    ComplaintListPage* m_list;
    RectificationPage* m_rectifications;
    AnalysisPage* m_analysis;
    AdminPage* m_admin = nullptr;
};

} // namespace caseloop
