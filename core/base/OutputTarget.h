#pragma once

#include "base/Result.h"

#include <QString>

namespace caseloop {

// What a file about to be written is for: a document (an export, a report, an import report: never a database), or
// a copy of a database (a backup, a migration's target: may replace an earlier copy, never a database in use).
enum class OutputKind { Document, DatabaseCopy };

// Checks a file CaseLoop is about to write, before anything is written. Refused, with a message naming the target
// and, where it is one, the database it would destroy:
//  - a database this process has open, or its -wal, -shm or -journal file (compared by the files' identity, so a
//    hard link, a symlinked folder or another spelling of the path is caught too);
//  - for a document, any SQLite database file, write-ahead log or rollback journal (by their first bytes);
//  - for a database copy, an existing file that is not a CaseLoop database, or one with a -wal or -journal beside it
//    (open in a program, or not closed properly);
//  - anything that exists and is not a regular file: a folder, a FIFO, a device, a symbolic link.
Status checkOutputTarget(const QString& target, OutputKind kind);

// Whether the file starts with SQLite's header ("SQLite format 3").
bool isSqliteFile(const QString& path);

// Renames `from` over `to` in one step (QFile::rename refuses an existing target; removing it first would leave a
// moment with no file at all). The error is the system's reason, for the caller's own message.
Status renameOver(const QString& from, const QString& to);

// The databases this process has open, for checkOutputTarget(). The engine registers a file when it opens it and
// unregisters it when the connection closes; several connections to one file count separately.
namespace OpenDatabases {
void add(const QString& path);
void remove(const QString& path);
} // namespace OpenDatabases

} // namespace caseloop
