#pragma once

#include "sheet/Sheet.h"
#include "store/ComplaintStore.h"

#include <QCoreApplication>

namespace caseloop {

class Store;

// The complaint ledger 投诉台账 as a sheet: every complaint that matches the list's filter, newest first,
// with names resolved and phone numbers masked unless the operator may see them.
class ComplaintSheet
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintSheet)

public:
    static QList<SheetColumn> columns();
    static Result<Sheet> load(Store& store, const ComplaintFilter& filter, bool maySeePhone);
};

} // namespace caseloop
