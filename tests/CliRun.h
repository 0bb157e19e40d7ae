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

inline CliRun runCli(const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = caseloop::cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace caseloop::test
