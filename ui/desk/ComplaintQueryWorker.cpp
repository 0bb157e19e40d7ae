#include "ComplaintQueryWorker.h"

#include "store/Store.h"

#include <QThread>

namespace caseloop {

namespace {
const SystemClock& workerClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

ComplaintQueryWorker::ComplaintQueryWorker(QString databasePath)
    : m_path(std::move(databasePath))
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_context->moveToThread(m_thread);
    m_thread->start();
}

ComplaintQueryWorker::~ComplaintQueryWorker()
{
    interrupt();
    // The store's connection belongs to the worker's thread: close it there, then stop the thread.
    QMetaObject::invokeMethod(
        m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

Store* ComplaintQueryWorker::store()
{
    if (!m_store) {
        auto opened = Store::openExisting(m_path, workerClock());
        if (!opened)
            return nullptr;
        m_store = std::move(opened).value();
        // A statement of a cancelled job stops within a few thousand steps, even one that began after the call.
        m_store->setStopCheck([this] { return m_running.load() != m_epoch.load(); });
        m_open.store(m_store.get());
    }
    return m_store.get();
}

template <class T> Result<T> ComplaintQueryWorker::run(quint64 epoch, const std::function<Result<T>(Store&)>& job)
{
    m_running.store(epoch);
    if (epoch != m_epoch.load())
        return Error{QStringLiteral("interrupted")};
    Store* s = store();
    if (!s)
        return Error{m_path};
    return job(*s);
}

void ComplaintQueryWorker::interrupt()
{
    m_epoch.fetch_add(1);
    if (Store* s = m_open.load())
        s->interrupt();
}

void ComplaintQueryWorker::count(const ComplaintFilter& filter, QObject* receiver,
                                 std::function<void(Result<qint64>)> done)
{
    const quint64 epoch = m_epoch.load();
    QMetaObject::invokeMethod(m_context, [this, epoch, filter, receiver, done = std::move(done)] {
        Result<qint64> result = run<qint64>(epoch, [&](Store& s) { return s.complaints().count(filter); });
        QMetaObject::invokeMethod(
            receiver, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

void ComplaintQueryWorker::page(const ComplaintFilter& filter, qint64 offset, int limit, QObject* receiver,
                                std::function<void(Result<QList<Complaint>>)> done)
{
    const quint64 epoch = m_epoch.load();
    QMetaObject::invokeMethod(m_context, [this, epoch, filter, offset, limit, receiver, done = std::move(done)] {
        Result<QList<Complaint>> result
            = run<QList<Complaint>>(epoch, [&](Store& s) { return s.complaints().listAt(filter, offset, limit); });
        QMetaObject::invokeMethod(
            receiver, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace caseloop
