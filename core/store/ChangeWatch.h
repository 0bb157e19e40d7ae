#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace caseloop {

// Tells a window what was changed in its database by any connection (other desks, and its own writes too), so that
// it shows other desks' work without a manual refresh (Store::watchChanges). On a server it listens to the server's
// change notifications on a connection of its own, and notices when the server cannot be reached and when it can
// be again; on a file it asks SQLite every second whether another connection committed. The handlers run from the
// event loop of the context object's thread (so also from a nested one, such as a box shown while waiting for a
// lock); destroying the watch stops them.
class ChangeWatch
{
public:
    struct Handlers
    {
        // The tables changed since the last call (a server names them; a file cannot, and gives an empty list,
        // meaning anything may have changed). Several changes in a quarter of a second come as one call.
        std::function<void(const QStringList& tables)> changed;
        // The server can no longer be reached (why, in libpq's words). Not called for a file.
        std::function<void(const QString& why)> lost;
        // The server can be reached again after lost(); whatever changed meanwhile was not notified.
        std::function<void()> back;
        // The watch is in place: changes committed from now on are told (once, first of all).
        std::function<void()> listening;
    };

    virtual ~ChangeWatch() = default;
};

} // namespace caseloop
