#pragma once

#include "base/Result.h"

#include <memory>

namespace caseloop {

// All-or-nothing changes, as the store's engine provides them. The workflows group their store calls with
// inTransaction() and never see the engine: on SQLite a scope is BEGIN IMMEDIATE … COMMIT, nested scopes are
// savepoints, so a workflow step can call store methods that open scopes of their own.
class UnitOfWork
{
public:
    // One open scope. Destroyed without commit() it rolls back, taking the change and its audit rows with it.
    class Scope
    {
    public:
        virtual ~Scope() = default;
        // Whether the scope began; check before writing.
        virtual const Status& begun() const = 0;
        virtual Status commit() = 0;
    };

    virtual ~UnitOfWork() = default;
    virtual std::unique_ptr<Scope> begin() = 0;
};

// Runs fn (returning a Result or a Status) inside a scope of `work`, committing when it succeeds.
template <class Fn> auto inTransaction(UnitOfWork& work, Fn fn) -> decltype(fn())
{
    const std::unique_ptr<UnitOfWork::Scope> scope = work.begin();
    if (!scope->begun())
        return Error{scope->begun().error()};
    auto result = fn();
    if (!result)
        return result;
    if (Status c = scope->commit(); !c)
        return Error{c.error()};
    return result;
}

} // namespace caseloop
