#include "postgres/PostgresChangeWatch.h"

#include <libpq-fe.h>

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <chrono>
#include <vector>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <poll.h>
#endif

namespace caseloop {

namespace {
constexpr int kSliceMs = 200; // how long the thread waits before it looks at m_stop again
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

PostgresChangeWatch::PostgresChangeWatch(QList<std::pair<QByteArray, QByteArray>> parameters, QObject* context,
                                         Handlers handlers)
    : m_parameters(std::move(parameters))
    , m_context(context)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->handlers = std::move(handlers);
    // A dropped connection is otherwise noticed only when the watch next writes, which it never does.
    const auto setDefault = [this](const QByteArray& key, const QByteArray& value) {
        if (std::none_of(m_parameters.cbegin(), m_parameters.cend(), [&](const auto& p) { return p.first == key; }))
            m_parameters.append(std::pair<QByteArray, QByteArray>(key, value));
    };
    setDefault("keepalives_idle", "5");
    setDefault("keepalives_interval", "2");
    setDefault("keepalives_count", "2");
    setDefault("application_name", "CaseLoop (changes)");
    m_thread = std::thread([this] { run(); });
}

PostgresChangeWatch::~PostgresChangeWatch()
{
    m_shared->alive = false;
    m_stop = true;
    m_thread.join();
}

void PostgresChangeWatch::post(std::function<void(const Handlers&)> call)
{
    QMetaObject::invokeMethod(
        m_context,
        [shared = m_shared, call = std::move(call)] {
            if (shared->alive)
                call(shared->handlers);
        },
        Qt::QueuedConnection);
}

void PostgresChangeWatch::run()
{
    std::vector<const char*> keys, values;
    for (const auto& [key, value] : std::as_const(m_parameters)) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);

    bool reachable = true; // the window opened on a server it reached
    bool listened = false;
    while (!m_stop) {
        // Connecting without blocking (PQconnectPoll), so that closing the window never waits for a TCP timeout.
        PGconn* conn = PQconnectStartParams(keys.data(), values.data(), 0);
        PostgresPollingStatusType polling = PGRES_POLLING_WRITING;
        QElapsedTimer connecting;
        connecting.start();
        while (conn && PQstatus(conn) != CONNECTION_BAD && polling != PGRES_POLLING_OK
               && polling != PGRES_POLLING_FAILED && !m_stop && connecting.elapsed() < kConnectTimeoutMs) {
            if (waitFor(PQsocket(conn), polling == PGRES_POLLING_WRITING, kSliceMs) != 0)
                polling = PQconnectPoll(conn);
        }
        if (m_stop) {
            PQfinish(conn);
            break;
        }
        if (polling == PGRES_POLLING_OK)
            PQclear(PQexec(conn, "LISTEN caseloop_changes"));
        if (!conn || PQstatus(conn) != CONNECTION_OK) {
            const QString why = polling == PGRES_POLLING_OK || PQstatus(conn) == CONNECTION_BAD
                ? lastWords(conn)
                : QStringLiteral("timeout expired");
            PQfinish(conn);
            if (reachable) {
                reachable = false;
                post([why](const Handlers& h) {
                    if (h.lost)
                        h.lost(why);
                });
            }
            for (int waited = 0; waited < kRetryMs && !m_stop; waited += kSliceMs)
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
        while (!m_stop) {
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
        if (!m_stop) {
            reachable = false;
            const QString why = lastWords(conn);
            post([why](const Handlers& h) {
                if (h.lost)
                    h.lost(why);
            });
        }
        PQfinish(conn);
    }
}

} // namespace caseloop
