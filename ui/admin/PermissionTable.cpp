#include "PermissionTable.h"

#include "domain/Permissions.h"

#include <QHeaderView>

namespace caseloop {

PermissionTable::PermissionTable(QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("permissions"));
    const QList<Role> roles{Role::Steward, Role::DepartmentLead, Role::Supervisor, Role::Administrator};
    const QList<Permission> permissions = Permissions::all();
    setRowCount(int(permissions.size()));
    setColumnCount(int(roles.size()));
    QStringList headers;
    for (Role role : roles)
        headers << displayName(role);
    setHorizontalHeaderLabels(headers);
    for (int row = 0; row < permissions.size(); ++row) {
        setVerticalHeaderItem(row, new QTableWidgetItem(Permissions::displayName(permissions[row])));
        for (int column = 0; column < roles.size(); ++column) {
            auto* item
                = new QTableWidgetItem(Permissions::displayName(Permissions::reach(roles[column], permissions[row])));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setTextAlignment(Qt::AlignCenter);
            setItem(row, column, item);
        }
    }
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

} // namespace caseloop
