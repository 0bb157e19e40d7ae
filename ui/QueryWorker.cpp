#include "QueryWorker.h"

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

QueryWorker::QueryWorker(QString databasePath)
    : m_path(std::move(databasePath))
    , m_thread(new QThread)
    , m_context(new QObject)
{
    m_context->moveToThread(m_thread);
    m_thread->start();
}

QueryWorker::~QueryWorker()
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

void QueryWorker::post(std::function<void()> call)
{
    QMetaObject::invokeMethod(m_context, std::move(call));
}

Store* QueryWorker::start(quint64 epoch)
{
    m_running.store(epoch);
    if (epoch != m_epoch.load())
        return nullptr;
    if (!m_store) {
        auto opened = Store::openExisting(m_path, workerClock());
        if (!opened) {
            m_openError = opened.error();
            return nullptr;
        }
        m_store = std::move(opened).value();
        // A statement of a cancelled job stops within a few thousand steps, even one that began after the call.
        m_store->setStopCheck([this] { return m_running.load() != m_epoch.load(); });
        m_open.store(m_store.get());
    }
    return m_store.get();
}

void QueryWorker::interrupt()
{
    m_epoch.fetch_add(1);
    if (Store* s = m_open.load())
        s->interrupt();
}

void QueryWorker::count(const ComplaintFilter& filter, QObject* receiver, std::function<void(Result<qint64>)> done)
{
    submit<qint64>([filter](Store& s) { return s.complaints().count(filter); }, receiver, std::move(done));
}

void QueryWorker::page(const ComplaintFilter& filter, qint64 offset, int limit, qint64 total, QObject* receiver,
                       std::function<void(Result<QList<Complaint>>)> done)
{
    submit<QList<Complaint>>(
        [filter, offset, limit, total](Store& s) { return s.complaints().listAt(filter, offset, limit, total); },
        receiver, std::move(done));
}

} // namespace caseloop
