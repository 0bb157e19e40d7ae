#pragma once

#include "store/ComplaintStore.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace caseloop {

class Store;

// Slow reads — the list's counts and the pages of a 1–2 character search, the analysis page's figures — on a
// thread of their own with their own connection to the same database, so the window never waits for them.
// interrupt() cancels what runs and what waits in the queue (a newer filter or period replaced it): a count of a
// million rows left running would hold the next filter's first page back by up to a second.
class QueryWorker
{
public:
    explicit QueryWorker(QString databasePath);
    ~QueryWorker();
    QueryWorker(const QueryWorker&) = delete;
    QueryWorker& operator=(const QueryWorker&) = delete;

    // Runs `job` on the worker's thread with its store; `done` is called on `receiver`'s thread. `receiver` must
    // outlive the worker (own it): the destructor waits for the jobs queued before it. A job cancelled by
    // interrupt() gives the error interrupted().
    template <class T>
    void submit(std::function<Result<T>(Store&)> job, QObject* receiver, std::function<void(Result<T>)> done)
    {
        const quint64 epoch = m_epoch.load();
        post([this, epoch, job = std::move(job), receiver, done = std::move(done)] {
            Result<T> result = Error{interrupted()};
            if (Store* s = start(epoch))
                result = job(*s);
            else if (epoch == m_epoch.load())
                result = Error{m_openError};
            QMetaObject::invokeMethod(
                receiver, [done, result] { done(result); }, Qt::QueuedConnection);
        });
    }
    void count(const ComplaintFilter& filter, QObject* receiver, std::function<void(Result<qint64>)> done);
    void page(const ComplaintFilter& filter, qint64 offset, int limit, qint64 total, QObject* receiver,
              std::function<void(Result<QList<Complaint>>)> done);
    // Cancels every job queued so far, the running one included, whichever of its statements it is on.
    void interrupt();
    // The error of a cancelled job.
    static QString interrupted() { return QStringLiteral("interrupted"); }

private:
    void post(std::function<void()> call);
    // On the worker's thread: the store for a job queued at `epoch`, or null when interrupt() was called since
    // (or the database could not be opened: m_openError).
    Store* start(quint64 epoch);

    QString m_path;
    QThread* m_thread;
    QObject* m_context; // lives on m_thread; queued calls run there
    std::unique_ptr<Store> m_store;
    QString m_openError;
    std::atomic<Store*> m_open{nullptr};
    std::atomic<quint64> m_epoch{0}; // interrupt() counts up; a job of an older epoch is of no use
    std::atomic<quint64> m_running{0}; // the epoch of the job on the worker's thread
};

} // namespace caseloop
