#include "base/OutputTarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

#include <filesystem>
#include <map>
#include <system_error>

namespace caseloop {

namespace fs = std::filesystem;

// The translation context of what this file says.
class OutputTargetText
{
    Q_DECLARE_TR_FUNCTIONS(OutputTargetText)
};

namespace {
QMutex& openMutex()
{
    static QMutex mutex;
    return mutex;
}

// Open database path -> number of connections.
std::map<QString, int>& openPaths()
{
    static std::map<QString, int> paths;
    return paths;
}

fs::path toPath(const QString& path)
{
    return fs::path(path.toStdU16String());
}

// The path with its folder resolved (symlinks, "..", another spelling) and its own name kept: names a file that
// may not exist yet, such as a -wal that SQLite has not made.
fs::path resolvedName(const QString& path)
{
    std::error_code ec;
    const fs::path p = fs::absolute(toPath(path), ec);
    if (ec)
        return toPath(path);
    const fs::path folder = fs::weakly_canonical(p.parent_path(), ec);
    return ec ? p : folder / p.filename();
}

bool sameFile(const fs::path& a, const fs::path& b)
{
    std::error_code ec;
    if (fs::equivalent(a, b, ec))
        return true; // the same device and inode: another spelling, a hard link
    const fs::path ra = resolvedName(QString::fromStdU16String(a.u16string()));
    const fs::path rb = resolvedName(QString::fromStdU16String(b.u16string()));
#ifdef Q_OS_WIN
    // Windows' file names ignore case: C:\Data\CaseLoop.db-wal is the -wal of c:\data\caseloop.db, before it exists.
    return QString::fromStdU16String(ra.u16string())
               .compare(QString::fromStdU16String(rb.u16string()), Qt::CaseInsensitive)
        == 0;
#else
    return ra == rb;
#endif
}

QByteArray head(const QString& path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

// The working files SQLite keeps beside a database: a write-ahead log starts with 0x377f0682 or 0x377f0683, a
// rollback journal with d9d505f920a163d7 (sqlite.org/fileformat.html).
bool isSqliteWorkingFile(const QString& path)
{
    const QByteArray start = head(path, 8);
    return start.startsWith(QByteArray::fromHex("377f0682")) || start.startsWith(QByteArray::fromHex("377f0683"))
        || start == QByteArray::fromHex("d9d505f920a163d7");
}

// 'CSLP' in the application_id field (offset 68 of the header), as Database::kApplicationId marks CaseLoop's files.
bool isCaseLoopFile(const QString& path)
{
    const QByteArray start = head(path, 72);
    return start.size() == 72 && isSqliteFile(path) && start.mid(68, 4) == QByteArray("CSLP");
}

} // namespace

bool isSqliteFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Status renameOver(const QString& from, const QString& to)
{
    std::error_code ec;
    fs::rename(toPath(from), toPath(to), ec);
    if (ec)
        return Error{QString::fromLocal8Bit(ec.message().c_str())};
    return {};
}

Status checkOutputTarget(const QString& target, OutputKind kind)
{
    if (target.trimmed().isEmpty())
        return Error{OutputTargetText::tr("No file was named to write to.")};
    const fs::path path = toPath(target);
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(path, ec);
    if (!ec && fs::exists(status)) {
        if (fs::is_symlink(status))
            return Error{OutputTargetText::tr(
                             "%1 is a symbolic link; CaseLoop does not write through links. Name the file itself.")
                             .arg(target)};
        if (fs::is_directory(status))
            return Error{OutputTargetText::tr("%1 is a folder; name a file inside it.").arg(target)};
        if (!fs::is_regular_file(status))
            return Error{OutputTargetText::tr(
                             "%1 is not an ordinary file (a device, a pipe or a socket); CaseLoop writes only to "
                             "ordinary files.")
                             .arg(target)};
    }
    {
        const QMutexLocker lock(&openMutex());
        for (const auto& [database, connections] : openPaths()) {
            (void)connections;
            for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
                const QString companion = database + QLatin1String(suffix);
                if (sameFile(path, toPath(companion)))
                    return Error{
                        *suffix
                            ? OutputTargetText::tr("%1 is a working file of the open database %2; writing it would "
                                                   "destroy the database. Choose another file.")
                                  .arg(target, database)
                            : OutputTargetText::tr("%1 is the open database %2; writing it would destroy the database. "
                                                   "Choose another file.")
                                  .arg(target, database)};
            }
        }
    }
    const QFileInfo existing(target);
    if (kind == OutputKind::Document && existing.isFile() && (isSqliteFile(target) || isSqliteWorkingFile(target)))
        return Error{OutputTargetText::tr(
                         "%1 is a database file; an export or a report never replaces a database. Choose another "
                         "file.")
                         .arg(target)};
    if (kind == OutputKind::DatabaseCopy && existing.isFile() && existing.size() > 0) {
        // A copy replaces only an earlier CaseLoop copy that nothing has open.
        if (!isCaseLoopFile(target))
            return Error{OutputTargetText::tr("%1 exists and is not a CaseLoop database; a backup replaces only an "
                                              "earlier copy. Choose another file.")
                             .arg(target)};
        for (const char* suffix : {"-wal", "-journal"})
            if (QFileInfo::exists(target + QLatin1String(suffix)))
                return Error{OutputTargetText::tr("%1 has a working file beside it (%2): it is open in a program, or "
                                                  "was not closed properly. Replacing it could lose what that holds. "
                                                  "Choose another file.")
                                 .arg(target, target + QLatin1String(suffix))};
    }
    return {};
}

void OpenDatabases::add(const QString& path)
{
    const QMutexLocker lock(&openMutex());
    ++openPaths()[QFileInfo(path).absoluteFilePath()];
}

void OpenDatabases::remove(const QString& path)
{
    const QMutexLocker lock(&openMutex());
    auto it = openPaths().find(QFileInfo(path).absoluteFilePath());
    if (it != openPaths().end() && --it->second <= 0)
        openPaths().erase(it);
}

} // namespace caseloop
