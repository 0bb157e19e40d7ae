#include "store/Backups.h"

#include "base/Clock.h"
#include "base/CrashPoints.h"
#include "base/OutputTarget.h"
#include "base/PrivateFiles.h"
#include "sql/Migrations.h"
#include "sql/SqlQuery.h"
#include "sqlite/DamageMarks.h"
#include "sqlite/SqliteDatabase.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QStorageInfo>

namespace caseloop::Backups {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::Backups", text);
}

const QRegularExpression& dailyName()
{
    static const QRegularExpression name(QStringLiteral("^caseloop-(\\d{4}-\\d{2}-\\d{2})\\.db$"));
    return name;
}

// Copies a file through a temporary name in the same folder, renamed into place only once the copy is complete.
// `from` renamed over `to` in one step (renameOver), with the message naming `to`.
Status replaceFile(const QString& from, const QString& to)
{
    if (Status s = renameOver(from, to); !s)
        return Error{tr("Could not put %1 in place: %2").arg(to, s.error())};
    return {};
}

// Moves every committed change of the (closed) database at `path` from its WAL into the file and empties the WAL.
// Refused while another connection uses the file.
Status emptyWal(const QString& path)
{
    if (!QFileInfo::exists(path + QStringLiteral("-wal")))
        return {};
    const QString name = QStringLiteral("caseloop-restore-checkpoint");
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            result = Error{tr("%1 cannot be opened to prepare the restore: %2").arg(path, db.lastError().text())};
        } else {
            SqlQuery q(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (Status s = q.exec(); !s)
                result = s;
            else if (!q.next() || q.value(0).toInt() != 0)
                result = Error{tr("%1 is still in use (CaseLoop on another computer, or another program); close it "
                                  "there first. Nothing was restored.")
                                   .arg(path)};
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// A file opened to be read only (a backup being checked or restored from): never written, never migrated.
Result<std::unique_ptr<Database>> openReadOnly(const QString& path)
{
    OpenOptions options;
    options.createIfMissing = false;
    options.readOnly = true;
    static const SystemClock clock; // only names a migration's copy, and a read-only open never migrates
    return SqliteDatabase::open(path, clock, options);
}

// A complete copy at `to`, or `to` as it was: copied beside it first, then renamed over it.
Status copyAtomically(const QString& from, const QString& to)
{
    const QString temporary = to + QStringLiteral(".part");
    QFile::remove(temporary);
    if (!QFile::copy(from, temporary))
        return Error{tr("Could not copy %1 to %2 (is the disk full or the folder read-only?).").arg(from, to)};
    if (Status s = replaceFile(temporary, to); !s) {
        QFile::remove(temporary);
        return s;
    }
    return {};
}
} // namespace

QString defaultFolder(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<BackupFacts> write(Store& store, const QString& target, const std::function<bool()>& stop)
{
    Database& db = store.database();
    if (Status s = checkOutputTarget(target, OutputKind::DatabaseCopy); !s)
        return Error{s.error()};
    const QFileInfo info(target);
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.").arg(info.absolutePath())};
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    if (stop)
        db.setStopCheck(stop);
    Status copied = db.copyTo(temporary);
    if (stop)
        db.setStopCheck({});
    if (Status s = copied; !s) {
        QFile::remove(temporary); // a copy stopped half-way (a full disk, or the window closing) is not left behind
        return Error{tr("The backup %1 could not be written: %2").arg(target, s.error())};
    }
    auto facts = check(temporary, stop);
    if (stop && stop()) {
        // Stopped while copying or checking (SQLite asks every few thousand steps, so a small copy may have ended
        // first): the copy is not put in place, so that a stopped copy never leaves a file behind.
        QFile::remove(temporary);
        return Error{tr("The backup %1 was stopped before it was complete.").arg(target)};
    }
    if (!facts) {
        // A damaged copy comes from a damaged database: the database is the one to remember.
        if (auto damage = DamageMarks::recalled(temporary)) {
            DamageMarks::remember(store.location(), *damage);
            DamageMarks::forget(temporary);
        }
        QFile::remove(temporary);
        return Error{facts.error()};
    }
    crashPoint("backup:copied");
    // Renamed over an earlier copy in one step: there is never a moment without a file at `target`.
    if (Status s = replaceFile(temporary, target); !s)
        return Error{tr("The backup was written to %1 but could not be put in place: %2").arg(temporary, s.error())};
    facts.value().path = target;
    return facts;
}

Result<BackupFacts> check(const QString& path, const std::function<bool()>& stop)
{
    auto db = openReadOnly(path);
    if (!db)
        return Error{db.error()};
    if (stop)
        db.value()->setStopCheck(stop);
    const QSqlDatabase c = db.value()->connection();
    auto integrity = scalar(c, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity || integrity->toString() != QLatin1String("ok")) {
        if (integrity)
            DamageMarks::remember(path, integrity->toString());
        return Error{tr("%1 is damaged (SQLite's integrity check: %2); it cannot be used as a backup.")
                         .arg(path, integrity ? integrity->toString() : integrity.error())};
    }
    BackupFacts facts;
    facts.path = path;
    facts.schemaVersion = db.value()->schemaVersion();
    facts.complaints = scalar(c, QStringLiteral("SELECT count(*) FROM complaints")).value_or(0).toLongLong();
    facts.lastReceived = timeFromDb(scalar(c, QStringLiteral("SELECT max(received_at) FROM complaints")).value_or({}));
    facts.modified = QFileInfo(path).lastModified();
    return facts;
}

QStringList dailyCopies(const QString& folder)
{
    QStringList copies;
    const QStringList names = QDir(folder).entryList({QStringLiteral("caseloop-*.db")}, QDir::Files, QDir::Name);
    for (auto it = names.rbegin(); it != names.rend(); ++it)
        if (dailyName().match(*it).hasMatch())
            copies << QDir(folder).filePath(*it);
    return copies;
}

QString gigabytes(qint64 bytes)
{
    return QString::number(double(bytes) / 1e9, 'f', bytes < 10'000'000'000 ? 2 : 1);
}

Result<QString> daily(Store& store, const QString& folder, const QDate& today, int keep, QString* note,
                      const FreeSpace& freeSpace, const std::function<bool()>& stop)
{
    const bool made = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return Error{tr("The backup folder %1 cannot be made.").arg(folder)};
    if (made)
        makeFolderPrivate(folder); // one the office made itself (a shared folder) keeps its own rights
    const QString target = QDir(folder).filePath(QStringLiteral("caseloop-%1.db").arg(today.toString(Qt::ISODate)));
    if (QFileInfo::exists(target))
        return QString();
    // A damaged database's copy would push good older copies out of the folder.
    if (auto damage = DamageMarks::recalled(store.location()))
        return Error{tr("%1 is known to be damaged (%2). Today's backup copy was not made, so that the good copies in "
                        "%3 are kept: restore the database from one of them.")
                         .arg(store.location(), *damage, folder)};
    // The copy's pages, and 64 MB more left free for the rest of the machine. At ten million complaints a copy is
    // about 19 GB: seven of them may not fit.
    const qint64 need = sqliteCopyBytes(store.database().connection()) + 64LL * 1024 * 1024;
    QStringList copies = dailyCopies(folder);
    const qint64 room = freeSpace ? freeSpace(folder) : QStorageInfo(folder).bytesAvailable();
    qint64 freed = 0;
    QStringList doomed; // the oldest copies, removed only once it is known that today's copy then fits
    while (room + freed < need && doomed.size() + 1 < copies.size()) {
        doomed << copies.at(copies.size() - 1 - doomed.size());
        freed += QFileInfo(doomed.last()).size();
    }
    if (room + freed < need)
        return Error{tr("Today's backup copy was not made: it needs about %1 GB, and %2 has %3 GB free (%4 GB more "
                        "when only the newest copy is kept). Free some space there, or point the backups to a larger "
                        "disk; the copies already there are kept.")
                         .arg(gigabytes(need), folder, gigabytes(room), gigabytes(freed))};
    if (stop && stop())
        return Error{tr("The backup %1 was stopped before it was complete.").arg(target)};
    // The copies beyond the newest keep - 1 go once today's is made in any case; the others go for want of room.
    qsizetype forRoom = 0;
    for (const QString& old : doomed) {
        forRoom += copies.indexOf(old) < keep - 1 ? 1 : 0;
        QFile::remove(old);
    }
    if (auto written = write(store, target, stop); !written)
        return Error{written.error()};
    copies = dailyCopies(folder);
    for (int i = std::max(1, keep); i < copies.size(); ++i)
        QFile::remove(copies.at(i));
    if (note && forRoom > 0)
        *note = tr("The disk of %1 holds only %2 backup copies of about %3 GB each (%4 are kept when there is room): "
                   "the oldest %5 were removed to make room for today's.")
                    .arg(folder)
                    .arg(std::min<qint64>(keep, dailyCopies(folder).size()))
                    .arg(gigabytes(need))
                    .arg(keep)
                    .arg(forRoom);
    return target;
}

Result<QString> restore(const QString& backup, const QString& target, const QDateTime& now)
{
    auto facts = check(backup);
    if (!facts)
        return Error{facts.error()};
    QString kept;
    if (QFileInfo::exists(target)) {
        // Everything committed to the current file goes into the file itself first (its WAL emptied), so the kept
        // copy is whole and the WAL removed below holds nothing. A connection still open elsewhere refuses this.
        if (Status s = emptyWal(target); !s)
            return Error{s.error()};
        kept = QFileInfo(target).absoluteDir().filePath(
            QStringLiteral("%1.before-restore-%2.db")
                .arg(QFileInfo(target).completeBaseName(), now.toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        if (Status s = copyAtomically(target, kept); !s)
            return Error{s.error()};
        crashPoint("restore:kept");
    }
    // The restored file is made with VACUUM INTO from the backup, so rows still in the backup's own WAL come along.
    const QString part = target + QStringLiteral(".part");
    {
        auto source = openReadOnly(backup);
        if (!source)
            return Error{source.error()};
        if (Status s = source.value()->copyTo(part); !s)
            return Error{tr("The backup %1 could not be copied: %2").arg(backup, s.error())};
    }
    crashPoint("restore:copied");
    // The old file's -wal and -shm (empty by now) go before the restored file is renamed into place, so that the
    // restored database never meets a WAL of the file it replaces.
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(target + suffix) && !QFile::remove(target + suffix)) {
            QFile::remove(part);
            return Error{tr("Could not remove %1 before restoring.").arg(target + suffix)};
        }
    crashPoint("restore:cleared");
    if (Status s = replaceFile(part, target); !s) {
        QFile::remove(part);
        return Error{s.error()};
    }
    crashPoint("restore:renamed");
    DamageMarks::forget(target); // the file there now passed the integrity check
    return kept;
}

} // namespace caseloop::Backups
