#pragma once

#include "Operator.h"

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace caseloop {

class RecordEditor;
class Store;

// 系统管理: the sections on the left, the chosen table on the right. Every change is audited by core
// under the operator's name. After the tables: the accounts (passwords, a steward's estates) and the roles ×
// permissions table, read-only.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    AdminPage(Store& store, const Operator& op, QWidget* parent = nullptr);
    RecordEditor* editor(int section) const;
    int sectionCount() const;
    void showSection(int section);

private:
    QListWidget* m_sections;
    QStackedWidget* m_pages;
};

} // namespace caseloop
