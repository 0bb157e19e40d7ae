#pragma once

#include "store/ChangeWatch.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <memory>
#include <thread>
#include <utility>

class QObject;

namespace caseloop {

// The server's change notifications (channel caseloop_changes, sent by the triggers of migration 008) on a libpq
// connection of its own, in a thread of its own that waits on the socket: the window's connection stays free for
// its queries, and a server that has gone away is noticed even while the window is idle. When the connection
// drops, the thread says so once and tries again every two seconds, without blocking anyone; TCP keepalives make a
// pulled cable show as a dropped connection within about ten seconds.
class PostgresChangeWatch final : public ChangeWatch
{
public:
    // `parameters`: libpq's keywords and values (PostgresAddress::parameters). `context` outlives this watch; the
    // handlers run on its thread.
    PostgresChangeWatch(QList<std::pair<QByteArray, QByteArray>> parameters, QObject* context, Handlers handlers);
    ~PostgresChangeWatch() override;

private:
    struct Shared
    {
        bool alive = true; // read and written on the context's thread only
        Handlers handlers;
    };
    void run();
    void post(std::function<void(const Handlers&)> call);

    QList<std::pair<QByteArray, QByteArray>> m_parameters;
    QObject* m_context;
    std::shared_ptr<Shared> m_shared;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace caseloop
