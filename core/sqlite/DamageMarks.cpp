#include "sqlite/DamageMarks.h"

#include "store/Backups.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace caseloop::DamageMarks {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::DamageMarks", text);
}
} // namespace

QString markerOf(const QString& database)
{
    return database + QStringLiteral(".damaged");
}

void remember(const QString& database, const QString& finding)
{
    if (database.isEmpty() || database == QLatin1String(":memory:") || QFileInfo::exists(markerOf(database)))
        return;
    // Best effort: a read-only folder takes no marker, and the finding is still reported where it was met.
    QSaveFile marker(markerOf(database));
    if (!marker.open(QIODevice::WriteOnly))
        return;
    marker.write(QStringLiteral("%1\n%2\n")
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), finding)
                     .toUtf8());
    marker.commit();
}

std::optional<QString> recalled(const QString& database)
{
    QFile marker(markerOf(database));
    if (!marker.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(marker.read(64 * 1024)).split(QLatin1Char('\n'));
    const QString when = lines.value(0).trimmed();
    const QString what = lines.mid(1).join(QLatin1Char(' ')).trimmed();
    return tr("found damaged on %1: %2").arg(when, what);
}

void forget(const QString& database)
{
    QFile::remove(markerOf(database));
}

QString refusal(const QString& database, const QString& what, const QString& finding)
{
    return tr("%1 is known to be damaged (%2). CaseLoop does not write %3 into a damaged file. Restore it from a "
              "backup "
              "(the daily copies are in %4); once `caseloop-cli check` finds the file whole again, this is lifted "
              "(the marker is %5).")
        .arg(database, finding, what, Backups::defaultFolder(database), markerOf(database));
}

} // namespace caseloop::DamageMarks
