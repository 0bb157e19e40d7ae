#include "sqlite/SqliteChangeWatch.h"

#include <sqlite3.h>

#include <QFile>
#include <QTimer>

namespace caseloop {

SqliteChangeWatch::SqliteChangeWatch(const QString& path, QObject* context, Handlers handlers)
    : m_handlers(std::move(handlers))
    , m_timer(std::make_unique<QTimer>())
{
    // The C API, not a Qt Sql connection: one prepared statement, no connection name to register and remove.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, "PRAGMA data_version", -1, &m_version, nullptr) != SQLITE_OK)
        return; // no watch: the window still refreshes after its own changes
    poll();
    m_timer->setInterval(1000);
    QObject::connect(m_timer.get(), &QTimer::timeout, context, [this] { poll(); });
    m_timer->start();
    if (m_handlers.listening) // told from the event loop, as a server's watch tells it
        QTimer::singleShot(0, context, [listening = m_handlers.listening] { listening(); });
}

SqliteChangeWatch::~SqliteChangeWatch()
{
    m_timer->stop();
    sqlite3_finalize(m_version);
    sqlite3_close(m_db);
}

void SqliteChangeWatch::poll()
{
    if (sqlite3_step(m_version) != SQLITE_ROW) {
        sqlite3_reset(m_version);
        return; // busy or gone: asked again in a second
    }
    const long long version = sqlite3_column_int64(m_version, 0);
    sqlite3_reset(m_version);
    const bool first = m_last < 0;
    if (version == m_last)
        return;
    m_last = version;
    if (!first && m_handlers.changed)
        m_handlers.changed({});
}

} // namespace caseloop
