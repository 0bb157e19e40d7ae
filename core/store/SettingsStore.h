#pragma once

#include "domain/Records.h"

namespace caseloop {

class SettingsStore
{
public:
    virtual ~SettingsStore() = default;
    virtual Result<QString> value(const QString& key, const QString& defaultValue = {}) = 0;
    virtual Status setValue(const QString& key, const QString& value) = 0;
    // The next number of a code sequence (e.g. prefix "TS-20261123" → 1, 2, 3…), in the caller's transaction.
    virtual Result<int> nextInSequence(const QString& prefix) = 0;
};

} // namespace caseloop
