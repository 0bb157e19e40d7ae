#pragma once

#include <QMainWindow>

namespace caseloop {

class ComplaintListPage;
class Store;

// Composes the pages; owns no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store& store, bool maySeePhone, QWidget* parent = nullptr);
    ComplaintListPage* complaintList() const { return m_list; }

private:
    ComplaintListPage* m_list;
};

} // namespace caseloop
