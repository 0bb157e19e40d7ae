#include "ServerPasswords.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace caseloop::ServerPasswords {

namespace {
const QString kService = QStringLiteral("CaseLoop");

// Runs a keychain job to its end (they report through a signal); the event loop keeps the window painted.
void runJob(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}
} // namespace

std::optional<QString> read(const QString& address)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(address);
    runJob(job);
    if (job.error() != QKeychain::NoError || job.textData().isEmpty())
        return std::nullopt;
    return job.textData();
}

Status keep(const QString& address, const QString& password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(address);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Error{QCoreApplication::translate("caseloop::ServerPasswords",
                                                 "The password could not be kept in the system's keychain (%1); it "
                                                 "will be asked for at the next start.")
                         .arg(job.errorString())};
    return {};
}

void forget(const QString& address)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(address);
    runJob(job);
}

} // namespace caseloop::ServerPasswords
