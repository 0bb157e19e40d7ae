#pragma once

#include <QTableWidget>

namespace caseloop {

// 角色权限: the roles × permissions table of core (domain/Permissions.h), read-only. It is the program's own rule,
// not a setting: what it says is what the window and caseloop-cli enforce.
class PermissionTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit PermissionTable(QWidget* parent = nullptr);
};

} // namespace caseloop
