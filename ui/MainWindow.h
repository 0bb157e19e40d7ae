#pragma once

#include <QMainWindow>

namespace caseloop {

class ComplaintListPage;
class RectificationPage;
class Store;

// Composes the pages; owns no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store& store, bool maySeePhone, QWidget* parent = nullptr);
    ComplaintListPage* complaintList() const { return m_list; }
    RectificationPage* rectifications() const { return m_rectifications; }
    // Shows the page at this tab index (0 complaints, 1 rectification tracking).
    void showPage(int index);

private:
    ComplaintListPage* m_list;
    RectificationPage* m_rectifications;
};

} // namespace caseloop
