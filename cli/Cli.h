#pragma once

#include <QStringList>
#include <QTextStream>

namespace caseloop::cli {

// Exit codes every command keeps (scripts depend on them).
enum ExitCode { Success = 0, BadInput = 1, UsageError = 2 };

// Runs caseloop-cli with `arguments` (without the program name); writes results to `out`
// and errors to `err`; returns the exit code.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace caseloop::cli
