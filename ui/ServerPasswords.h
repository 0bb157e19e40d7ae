#pragma once

#include "base/Result.h"

#include <QString>

#include <optional>

namespace caseloop {

// Server passwords the user asked CaseLoop to remember (记住密码), kept in the system's keychain (qtkeychain: the
// Secret Service on Linux, the Credential Manager on Windows), under the server's address. Never in a file CaseLoop
// writes: where no keychain answers, nothing is kept and keep() says so.
namespace ServerPasswords {

std::optional<QString> read(const QString& address);
Status keep(const QString& address, const QString& password);
void forget(const QString& address);

} // namespace ServerPasswords

} // namespace caseloop
