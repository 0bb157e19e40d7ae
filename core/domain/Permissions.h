#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QList>

namespace caseloop {

// What an account may do. The one table of roles × permissions (docs/DOMAIN.md, "Accounts and roles"): the GUI
// hides and the CLI refuses what a role may not do, and 系统管理 shows the table read-only.
enum class Permission {
    Register, // 登记投诉
    FollowUp, // 跟进、回访、派单
    Close, // 结案
    ReadComplaints, // 查看投诉与工单
    FullPhones, // 查看完整电话
    Analysis, // 统计分析、周报、热点
    Export, // 导出
    ExportPhones, // 导出完整电话
    Rectification, // 整改决定
    SetUp, // 系统设置与台账导入
    Accounts, // 账号管理
    Backup, // 备份与恢复、检查、迁移
};

// How far a permission reaches for a role.
enum class Reach {
    None,
    Own, // a steward: the estates they are assigned to, and the complaints they are the steward of
    Department, // a department lead: their department's tickets and the complaints behind them
    All,
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static Reach reach(Role role, Permission permission);
    static bool may(Role role, Permission permission) { return reach(role, permission) != Reach::None; }
    static QList<Permission> all();
    static QString displayName(Permission permission);
    static QString displayName(Reach reach);
    // The refusal a user reads: names the action and the role, and who may do it.
    static QString refusal(Role role, Permission permission);
};

} // namespace caseloop
