#pragma once

namespace caseloop {

// How a store opens its database.
struct OpenOptions
{
    bool createIfMissing = true;
    // Migrate no further than this version (tests build old files with it); -1 = latest.
    int migrateTo = -1;
    // Open only to read (checking a backup): nothing is written, not even the journal mode; no migration.
    bool readOnly = false;
};

} // namespace caseloop
