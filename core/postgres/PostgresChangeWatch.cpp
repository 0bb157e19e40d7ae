#include "postgres/PostgresChangeWatch.h"

#include "postgres/PostgresAddress.h"

#include <libpq-fe.h>

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <poll.h>
#endif

namespace caseloop {

namespace {
constexpr int kSliceMs = 200; // how long the thread waits before it looks at the stop flag again
constexpr int kRetryMs = 2000;
constexpr int kConnectTimeoutMs = 10000;
constexpr int kGatherMs = 250; // notifications closer than this come as one call

// >0 when the socket is ready, 0 after `ms` without, <0 on an error.
int waitFor(int socket, bool write, int ms)
{
#ifdef _WIN32
    WSAPOLLFD p{SOCKET(socket), short(write ? POLLWRNORM : POLLRDNORM), 0};
    return WSAPoll(&p, 1, ms);
#else
    pollfd p{socket, short(write ? POLLOUT : POLLIN), 0};
    const int ready = ::poll(&p, 1, ms);
    return ready < 0 && errno == EINTR ? 0 : ready;
#endif
}

QString lastWords(PGconn* conn)
{
    return conn ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : QString();
}
} // namespace

// Everything the thread uses, shared with it, so that the watch may go while the thread finishes a name lookup.
struct PostgresChangeWatch::State : std::enable_shared_from_this<State>
{
    QList<std::pair<QByteArray, QByteArray>> parameters;
    QObject* context = nullptr;
    ChangeWatch::Handlers handlers;
    std::mutex mutex; // held while posting and while stopping: nothing is posted once stopped
    std::atomic<bool> stop{false};
    std::atomic<bool> finished{false};
    bool alive = true; // read and written on the context's thread only

    void post(std::function<void(const Handlers&)> call);
    void run();
    PGconn* connect(PostgresPollingStatusType& polling);
    bool listen(PGconn* conn);
};

void PostgresChangeWatch::State::post(std::function<void(const Handlers&)> call)
{
    std::lock_guard lock(mutex);
    if (stop)
        return;
    QMetaObject::invokeMethod(
        context,
        [state = shared_from_this(), call = std::move(call)] {
            if (state->alive) // false once the watch is gone (set on this thread)
                call(state->handlers);
        },
        Qt::QueuedConnection);
}

PGconn* PostgresChangeWatch::State::connect(PostgresPollingStatusType& polling)
{
    const LibpqArrays arrays(parameters);
    // Without blocking (PQconnectPoll), so that the thread looks at the stop flag while the server is slow.
    PGconn* conn = PQconnectStartParams(arrays.keys.data(), arrays.values.data(), 0);
    polling = PGRES_POLLING_WRITING;
    QElapsedTimer connecting;
    connecting.start();
    while (conn && PQstatus(conn) != CONNECTION_BAD && polling != PGRES_POLLING_OK && polling != PGRES_POLLING_FAILED
           && !stop && connecting.elapsed() < kConnectTimeoutMs) {
        if (waitFor(PQsocket(conn), polling == PGRES_POLLING_WRITING, kSliceMs) != 0)
            polling = PQconnectPoll(conn);
    }
    return conn;
}

bool PostgresChangeWatch::State::listen(PGconn* conn)
{
    if (!PQsendQuery(conn, "LISTEN caseloop_changes"))
        return false;
    QElapsedTimer waited;
    waited.start();
    while (PQisBusy(conn)) {
        if (stop || waited.elapsed() > kConnectTimeoutMs)
            return false;
        if (waitFor(PQsocket(conn), false, kSliceMs) < 0 || !PQconsumeInput(conn))
            return false;
    }
    bool listening = false;
    while (PGresult* result = PQgetResult(conn)) {
        listening = PQresultStatus(result) == PGRES_COMMAND_OK;
        PQclear(result);
    }
    return listening;
}

void PostgresChangeWatch::State::run()
{
    bool reachable = true; // the window opened on a server it reached
    bool listened = false;
    while (!stop) {
        PostgresPollingStatusType polling;
        PGconn* conn = connect(polling);
        if (stop) {
            PQfinish(conn);
            break;
        }
        if (polling != PGRES_POLLING_OK || PQstatus(conn) != CONNECTION_OK || !listen(conn)) {
            const QString why = polling == PGRES_POLLING_WRITING || polling == PGRES_POLLING_READING
                ? QStringLiteral("timeout expired")
                : lastWords(conn);
            PQfinish(conn);
            if (reachable) {
                reachable = false;
                post([why](const Handlers& h) {
                    if (h.lost)
                        h.lost(why);
                });
            }
            for (int waited = 0; waited < kRetryMs && !stop; waited += kSliceMs)
                std::this_thread::sleep_for(std::chrono::milliseconds(kSliceMs));
            continue;
        }
        if (!listened) {
            listened = true;
            post([](const Handlers& h) {
                if (h.listening)
                    h.listening();
            });
        }
        if (!reachable) {
            reachable = true;
            post([](const Handlers& h) {
                if (h.back)
                    h.back();
            });
        }

        QSet<QString> tables;
        QElapsedTimer gathering;
        while (!stop) {
            const int ready = waitFor(PQsocket(conn), false, tables.isEmpty() ? kSliceMs : kGatherMs / 5);
            if (ready < 0 || (ready > 0 && !PQconsumeInput(conn)))
                break;
            while (PGnotify* n = PQnotifies(conn)) {
                if (tables.isEmpty())
                    gathering.start();
                tables.insert(QString::fromUtf8(n->extra));
                PQfreemem(n);
            }
            if (!tables.isEmpty() && (gathering.elapsed() >= kGatherMs || PQstatus(conn) == CONNECTION_BAD)) {
                QStringList names(tables.cbegin(), tables.cend());
                names.sort();
                tables.clear();
                post([names](const Handlers& h) {
                    if (h.changed)
                        h.changed(names);
                });
            }
            if (PQstatus(conn) == CONNECTION_BAD)
                break;
        }
        if (!stop) {
            reachable = false;
            const QString why = lastWords(conn);
            post([why](const Handlers& h) {
                if (h.lost)
                    h.lost(why);
            });
        }
        PQfinish(conn);
    }
    finished = true;
}

PostgresChangeWatch::PostgresChangeWatch(QList<std::pair<QByteArray, QByteArray>> parameters, QObject* context,
                                         Handlers handlers)
    : m_state(std::make_shared<State>())
{
    m_state->parameters = std::move(parameters);
    m_state->context = context;
    m_state->handlers = std::move(handlers);
    // A dropped connection is otherwise noticed only when the watch next writes, which it never does.
    auto& p = m_state->parameters;
    const auto setDefault = [&p](const QByteArray& key, const QByteArray& value) {
        if (std::none_of(p.cbegin(), p.cend(), [&](const auto& kv) { return kv.first == key; }))
            p.append(std::pair<QByteArray, QByteArray>(key, value));
    };
    setDefault("keepalives_idle", "5");
    setDefault("keepalives_interval", "2");
    setDefault("keepalives_count", "2");
    setDefault("application_name", "CaseLoop (changes)");
    std::thread([state = m_state] { state->run(); }).detach();
}

PostgresChangeWatch::~PostgresChangeWatch()
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stop = true;
    }
    m_state->alive = false;
    // Usually over within one slice; a thread stuck in a name lookup ends by itself later, posting nothing.
    for (int waited = 0; waited < 2 * kSliceMs && !m_state->finished; waited += 10)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

} // namespace caseloop
