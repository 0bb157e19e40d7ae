#pragma once

#include "Result.h"

namespace caseloop {

class Database;

// A write transaction. The outermost one is BEGIN IMMEDIATE ... COMMIT; nested ones are
// savepoints, so a workflow step can call store methods that open their own transactions.
// Destroyed without commit() it rolls back, taking the change and its audit rows with it.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; check before writing.
    const Status& begun() const { return m_begun; }
    Status commit();

private:
    void rollback();

    Database& m_db;
    Status m_begun;
    int m_level = 0;
    bool m_open = false;
};

// Runs fn (returning a Result or a Status) inside its own Transaction, committing when it succeeds.
template <class Fn> auto inTransaction(Database& db, Fn fn) -> decltype(fn())
{
    Transaction tx(db);
    if (!tx.begun())
        return Error{tx.begun().error()};
    auto result = fn();
    if (!result)
        return result;
    if (Status c = tx.commit(); !c)
        return Error{c.error()};
    return result;
}

} // namespace caseloop
