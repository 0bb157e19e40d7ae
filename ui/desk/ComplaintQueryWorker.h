#pragma once

#include "store/ComplaintStore.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace caseloop {

class Store;

// The list's slow queries — counts, and the pages of a 1–2 character search — on a thread of their own with
// their own connection to the same file, so the window never waits for them. interrupt() cancels what runs
// and what waits in the queue (a newer filter replaced it): a count of a million rows left running would hold
// the next filter's first page back by up to a second.
class ComplaintQueryWorker
{
public:
    explicit ComplaintQueryWorker(QString databasePath);
    ~ComplaintQueryWorker();
    ComplaintQueryWorker(const ComplaintQueryWorker&) = delete;
    ComplaintQueryWorker& operator=(const ComplaintQueryWorker&) = delete;

    // Runs `job` on the worker's thread with its store; `done` is called on `receiver`'s thread.
    void count(const ComplaintFilter& filter, QObject* receiver, std::function<void(Result<qint64>)> done);
    void page(const ComplaintFilter& filter, qint64 offset, int limit, QObject* receiver,
              std::function<void(Result<QList<Complaint>>)> done);
    // Cancels every job queued so far, the running one included, whichever of its statements it is on.
    void interrupt();

private:
    Store* store(); // on the worker's thread only
    // Runs a job queued at `epoch` on the worker's thread, unless interrupt() was called since.
    template <class T> Result<T> run(quint64 epoch, const std::function<Result<T>(Store&)>& job);

    QString m_path;
    QThread* m_thread;
    QObject* m_context; // lives on m_thread; queued calls run there
    std::unique_ptr<Store> m_store;
    std::atomic<Store*> m_open{nullptr};
    std::atomic<quint64> m_epoch{0}; // interrupt() counts up; a job of an older epoch is of no use
    std::atomic<quint64> m_running{0}; // the epoch of the job on the worker's thread
};

} // namespace caseloop
