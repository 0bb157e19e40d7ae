#pragma once

#include <QCoreApplication>

namespace caseloop {

// The translation context of everything the import says (readers, parsers, planner, writer).
class LedgerText
{
    Q_DECLARE_TR_FUNCTIONS(LedgerText)
};

} // namespace caseloop
