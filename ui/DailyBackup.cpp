#include "DailyBackup.h"

#include "Dialogs.h"
#include "demo/DemoData.h"
#include "store/Backups.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QThread>
#include <QWidget>

namespace caseloop {

DailyBackup::DailyBackup(const QString& path, QWidget* window)
{
    m_thread = QThread::create([this, path, window] { run(path, window); });
    m_thread->start(QThread::LowPriority);
}

DailyBackup::~DailyBackup()
{
    m_stopping = true; // the copy's statement stops within a few thousand steps; Backups removes what it wrote
    m_thread->wait();
    delete m_thread;
}

bool DailyBackup::running() const
{
    return m_thread->isRunning();
}

void DailyBackup::run(const QString& path, QWidget* window)
{
    SystemClock clock;
    auto opened = Store::openExisting(path, clock);
    if (!opened)
        return;
    std::unique_ptr<Store> store = std::move(opened).value();
    // A demo database is sample data beside the office's file: its copies would take the office's day and slots in
    // the same backups folder. A server's database is copied by its administrator (pg_dump; README), not by each desk.
    if (isDemoDatabase(*store) || !store->keepsDailyCopies())
        return;
    const int keep = store->settings()
                         .value(QStringLiteral("backup.keep"), QStringLiteral("7"))
                         .value_or(QStringLiteral("7"))
                         .toInt();
    QString note;
    auto made = Backups::daily(*store, Backups::defaultFolder(path), clock.now().date(), keep, &note, {},
                               [this] { return m_stopping.load(); });
    if (m_stopping)
        return; // stopped by the window closing: nothing to tell
    const QString title = made ? QCoreApplication::translate("main", "Daily backup")
                               : QCoreApplication::translate("main", "Daily backup failed");
    const QString message = made ? note : made.error();
    if (message.isEmpty())
        return;
    QMetaObject::invokeMethod(
        window, [window, title, message] { Dialogs::warning(window, title, message); }, // dropped if the window is gone
        Qt::QueuedConnection);
}

} // namespace caseloop
