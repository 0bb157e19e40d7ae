#pragma once

#include "ledger/LedgerNames.h"
#include "ledger/LedgerPlan.h"

namespace caseloop {

class Store;

// Turns a record's names into ids inside the import's transaction: applies the user's choices for unknown names
// once (creating regions, estates, departments and catalogue entries through the audited stores), creates the
// buildings of known estates that the ledger names, and falls back to the defaults for empty cells
// (投诉, 电话, 业主, 其他 type and service line).
class LedgerResolver
{
public:
    LedgerResolver(Store& store, LedgerNames& names, LedgerOutcome& outcome);

    Status apply(const LedgerPlan& plan, const LedgerChoices& choices);

    struct Ids
    {
        Id channel = 0, kind = 0, customerType = 0, type = 0, serviceLine = 0;
        Id region = 0, estate = 0, building = 0, department = 0, steward = 0;
        QString publicArea; // the place as written when it has no estate to hang on
    };
    Result<Ids> resolve(const LedgerRecord& record);

private:
    Result<Id> catalogueId(LedgerField field, const QString& value, const QString& fallbackCode);
    Result<Id> otherEntry(LedgerField field); // the catalogue's 其他, created when it has none
    Result<Id> region(const QString& name);
    Result<Id> create(const LedgerUnknown& unknown, const LedgerPlan& plan);
    Result<Id> building(Id estateId, const LedgerRecord& record);
    Id chosen(LedgerField field, const QString& value) const;

    Store& m_store;
    LedgerNames& m_names;
    LedgerOutcome& m_outcome;
    QHash<QString, Id> m_chosen; // ledgerChoiceKey → id (0 = leave empty)
};

} // namespace caseloop
