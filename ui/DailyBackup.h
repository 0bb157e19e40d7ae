#pragma once

#include <QString>

#include <atomic>

class QThread;
class QWidget;

namespace caseloop {

// The day's automatic copy of a database file (Backups::daily, backup.keep copies kept, default 7), on a thread with
// its own connection, so that the window opens at once however large the file. Closing the window never waits for
// it: the destructor stops a copy still being written (nothing half-written is left) and tomorrow's first start, or
// the next start today, makes it again. When the copy fails, or fewer copies fit on the disk, `window` says so.
class DailyBackup
{
public:
    DailyBackup(const QString& path, QWidget* window);
    ~DailyBackup();
    DailyBackup(const DailyBackup&) = delete;
    DailyBackup& operator=(const DailyBackup&) = delete;
    // Whether the copy is still being made.
    bool running() const;

private:
    void run(const QString& path, QWidget* window);

    QThread* m_thread;
    std::atomic<bool> m_stopping{false}; // asked by the copy's statements while they run
};

} // namespace caseloop
