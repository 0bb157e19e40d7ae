#pragma once

#include "base/Result.h"
#include "store/UnitOfWork.h"

namespace caseloop {

class Database;

// A write transaction. The outermost one is BEGIN IMMEDIATE ... COMMIT; nested ones are
// savepoints, so a workflow step can call store methods that open their own transactions.
// Destroyed without commit() it rolls back, taking the change and its audit rows with it.
class Transaction : public UnitOfWork::Scope
{
public:
    explicit Transaction(Database& db);
    ~Transaction() override;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; check before writing.
    const Status& begun() const override { return m_begun; }
    Status commit() override;

private:
    void rollback();

    Database& m_db;
    Status m_begun;
    int m_level = 0;
    bool m_open = false;
};

} // namespace caseloop
