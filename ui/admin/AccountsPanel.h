#pragma once

#include "Operator.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace caseloop {

class Store;

// 账号: every account with its state (no password yet, locked, disabled). An administrator sets a password (which
// lifts a lockout) and the estates a steward looks after. Names, logins, roles and deactivation are edited in the
// staff table.
class AccountsPanel : public QWidget
{
    Q_OBJECT

public:
    AccountsPanel(Store& store, const Operator& op, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QString message() const;

public Q_SLOTS:
    void reload();
    void setPasswordOfCurrent();
    void chooseEstatesOfCurrent();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Id currentId() const;

    Store& m_store;
    Operator m_operator;
    QTableWidget* m_table;
    QLabel* m_message;
    QList<Staff> m_staff;
};

} // namespace caseloop
