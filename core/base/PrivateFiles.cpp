#include "base/PrivateFiles.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace caseloop {

void keepNewFilesPrivate()
{
#ifdef Q_OS_UNIX
    ::umask(077);
#endif
}

void makeFolderPrivate(const QString& folder)
{
#ifdef Q_OS_UNIX
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#else
    Q_UNUSED(folder);
#endif
}

} // namespace caseloop
