#pragma once

// Helpers for GUI tests.
#include "Dialogs.h"
#include "Operator.h"
#include "desk/ComplaintTableModel.h"

#include <QTest>

namespace caseloop::test {

// An administrator at the desk (every page and menu), for tests that are not about who may do what.
inline Operator administrator()
{
    Operator op;
    op.staff.name = QStringLiteral("tester");
    op.staff.login = QStringLiteral("tester");
    op.staff.role = Role::Administrator;
    return op;
}

// Lets the event loop run until the model's count (from its worker thread) and any slow search are in.
inline bool settle(ComplaintTableModel& model, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while ((model.totalCount() < 0 || model.searching()) && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return model.totalCount() >= 0 && !model.searching();
}

// Lets the event loop run until `busy` says the figures asked for are in (the analysis page's worker thread).
template <class Busy> bool settle(const Busy& busy, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    while (busy.busy() && t.elapsed() < timeoutMs)
        QTest::qWait(5);
    return !busy.busy();
}

// For a test's lifetime: messages are recorded instead of shown, and no modal dialog hook outlives it.
struct QuietDialogs
{
    QuietDialogs() { Dialogs::recordMessagesInsteadOfShowing(true); }
    ~QuietDialogs()
    {
        Dialogs::recordMessagesInsteadOfShowing(false);
        Dialogs::setExecHook({});
    }
};

} // namespace caseloop::test
