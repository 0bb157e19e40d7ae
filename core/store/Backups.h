#pragma once

#include "base/Result.h"
#include "store/OpenOptions.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace caseloop {

class Store;

// What a backup file holds, read without changing it: shown before a restore.
struct BackupFacts
{
    QString path;
    int schemaVersion = 0;
    qint64 complaints = 0;
    QDateTime lastReceived; // the newest complaint in it
    QDateTime modified; // the file's time
};

// Copies of the database (declared here for every engine, written by the engine layer: core/sqlite/Backups.cpp): VACUUM
// INTO writes a consistent copy of the live file (other windows may keep working), first under a temporary name,
// renamed into place only when complete and checked.
namespace Backups {

// One copy at `target` (replacing an older file there only once the new copy is complete and has passed check()).
// Returns what the copy holds, as check() read it.
// `stop`, when given, is asked while copying and checking: once it says true, the copy fails, and no new file is
// left at `target` (one already there stays as it was) or beside it.
Result<BackupFacts> write(Store& store, const QString& target, const std::function<bool()>& stop = {});
// Checks a file before it is trusted as a backup: an SQLite file, CaseLoop's, of a version this CaseLoop reads,
// whose PRAGMA integrity_check says ok. Opened read-only; the file is never changed.
Result<BackupFacts> check(const QString& path, const std::function<bool()>& stop = {});
// The day's automatic copy in `folder` (caseloop-YYYY-MM-DD.db), unless one for `today` is already there; then
// the oldest copies beyond `keep` are removed. Returns the new copy's path, or empty when today's existed.
// The free space is checked first. When today's copy does not fit, the oldest copies are removed to make room (never
// the newest; those beyond the newest keep - 1 first, which go in any case), and `note` says that fewer are kept;
// when it does not fit even then, nothing is copied or removed and the error says how much is needed and free.
// `stop` as for write(). A copy that fails after old copies were removed leaves at least the newest one.
Result<QString> daily(Store& store, const QString& folder, const QDate& today, int keep, QString* note = nullptr,
                      const FreeSpace& freeSpace = {}, const std::function<bool()>& stop = {});
// A size in gigabytes as the messages about copies give it ("0.25", "18.7").
QString gigabytes(qint64 bytes);
// The automatic copies in `folder`, newest first.
QStringList dailyCopies(const QString& folder);
// The folder the automatic copies of the database at `databasePath` go to: "backups" beside it.
QString defaultFolder(const QString& databasePath);
// Puts a checked backup in place of the (closed) database at `target`. The current file is first kept beside it
// as "<name>.before-restore-<time>.db"; any -wal/-shm of the old file are removed. Fails without touching
// `target` when the backup does not pass check().
Result<QString> restore(const QString& backup, const QString& target, const QDateTime& now);

} // namespace Backups

} // namespace caseloop
