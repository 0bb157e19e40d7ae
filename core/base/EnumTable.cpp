#include "base/EnumTable.h"

namespace caseloop {

QString refusedTransitionMessage(const QString& record, const QString& state, const QString& action)
{
    return QCoreApplication::translate("caseloop::Workflow", "%1 is “%2”: “%3” is not allowed in that state.")
        .arg(record, state, action);
}

} // namespace caseloop
