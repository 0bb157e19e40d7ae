#pragma once

#include "store/ChangeWatch.h"

#include <QByteArray>
#include <QList>

#include <memory>
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
    // Returns at once, or within a fraction of a second: a thread still stuck in a name lookup is left to finish
    // by itself, and tells no one anything after this.
    ~PostgresChangeWatch() override;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace caseloop
