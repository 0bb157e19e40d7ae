#pragma once

#include <QWidget>

namespace caseloop {

// What a new office sees first (a database with no estate and no complaint): three ways in, instead of an empty
// desk whose intake cannot register anything yet.
//  - 载入演示数据: a separate demo database beside the office's (演示库), never mixed with the office's own;
//  - 导入台账: the office's existing Excel ledger;
//  - 设置组织: the first region, estate, buildings and steward, then the desk.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

Q_SIGNALS:
    void demoRequested();
    void importRequested();
    void setupRequested();
};

} // namespace caseloop
