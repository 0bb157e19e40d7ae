#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace caseloop {

class RecordEditor;
class Store;

// 系统管理: the sections on the left, the chosen table on the right. Every change is audited by core
// under the operator's name.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPage(Store& store, QWidget* parent = nullptr);
    RecordEditor* editor(int section) const;
    int sectionCount() const;
    void showSection(int section);

private:
    QListWidget* m_sections;
    QStackedWidget* m_pages;
};

} // namespace caseloop
