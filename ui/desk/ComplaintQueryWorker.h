#pragma once

#include "ComplaintStore.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace caseloop {

class Store;

// The list's slow queries — counts, and the pages of a 1–2 character search, which scans the table — on a
// thread of their own with their own connection to the same file, so the window never waits for them.
// interrupt() stops what runs now (a newer filter replaced it).
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
    void interrupt();

private:
    Store* store(); // on the worker's thread only

    QString m_path;
    QThread* m_thread;
    QObject* m_context; // lives on m_thread; queued calls run there
    std::unique_ptr<Store> m_store;
    std::atomic<Store*> m_open{nullptr};
};

} // namespace caseloop
