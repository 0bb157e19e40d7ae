#include "ComplaintQueryWorker.h"

#include "Store.h"

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
        OpenOptions options;
        options.createIfMissing = false;
        auto opened = Store::open(m_path, workerClock(), options);
        if (!opened)
            return nullptr;
        m_store = std::move(opened).value();
        m_open.store(m_store.get());
    }
    return m_store.get();
}

void ComplaintQueryWorker::interrupt()
{
    if (Store* s = m_open.load())
        s->database().interrupt();
}

void ComplaintQueryWorker::count(const ComplaintFilter& filter, QObject* receiver,
                                 std::function<void(Result<qint64>)> done)
{
    QMetaObject::invokeMethod(m_context, [this, filter, receiver, done = std::move(done)] {
        Store* s = store();
        Result<qint64> result = s ? s->complaints().count(filter) : Result<qint64>(Error{m_path});
        QMetaObject::invokeMethod(
            receiver, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

void ComplaintQueryWorker::page(const ComplaintFilter& filter, qint64 offset, int limit, QObject* receiver,
                                std::function<void(Result<QList<Complaint>>)> done)
{
    QMetaObject::invokeMethod(m_context, [this, filter, offset, limit, receiver, done = std::move(done)] {
        Store* s = store();
        Result<QList<Complaint>> result
            = s ? s->complaints().listAt(filter, offset, limit) : Result<QList<Complaint>>(Error{m_path});
        QMetaObject::invokeMethod(
            receiver, [done, result] { done(result); }, Qt::QueuedConnection);
    });
}

} // namespace caseloop
