#pragma once

// caseloop-cli's commands run in-process, with what they print captured.

#include "Cli.h"

#include <QStringList>
#include <QTextStream>

namespace caseloop::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs caseloop-cli signed in as `login` (CASELOOP_PASSWORD holds the suite's password: tests/main_core.cpp).
inline CliRun runCliAs(const QString& login, const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = caseloop::cli::run(QStringList{QStringLiteral("--user"), login} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

// Runs caseloop-cli as the test office's administrator "admin" (TestDb, and the demo's), unless `args` name an account
// themselves
// (--user, --operator). Tests about signing in call caseloop::cli::run or runCliAs.
inline CliRun runCli(const QStringList& args)
{
    if (!args.contains(QStringLiteral("--user")) && !args.contains(QStringLiteral("--operator")))
        return runCliAs(QStringLiteral("admin"), args);
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = caseloop::cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace caseloop::test
