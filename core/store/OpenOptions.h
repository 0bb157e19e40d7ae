#pragma once

#include <QString>

#include <functional>

namespace caseloop {

// The bytes free for a new file in a folder (QStorageInfo; tests give their own figure).
using FreeSpace = std::function<qint64(const QString& folder)>;

// How a store opens its database.
struct OpenOptions
{
    bool createIfMissing = true;
    // Migrate no further than this version (tests build old files with it); -1 = latest.
    int migrateTo = -1;
    // Open only to read (checking a backup): nothing is written, not even the journal mode; no migration.
    bool readOnly = false;
    // A database on a server: asked for the password when the server wants one that neither the address, the
    // environment (PGPASSWORD) nor ~/.pgpass gave; returns it, or an empty string to give up. Empty: not asked.
    std::function<QString(const QString& where)> askPassword;
    // A database on a server: the password to connect with when the address holds none (a CaseLoop account's, typed
    // at sign-in or given in CASELOOP_PASSWORD).
    QString password;
    // A file of an older version is copied beside itself before it is updated; the copy must fit there first.
    // Empty: the disk's own figure.
    FreeSpace freeSpace;
};

} // namespace caseloop
