#pragma once

#include "store/ChangeWatch.h"

#include <memory>

class QTimer;
class QObject;
struct sqlite3;
struct sqlite3_stmt;

namespace caseloop {

// Another program's (or window's) commits to a database file: SQLite's data_version, asked every second on a
// read-only connection of the watch's own, changes whenever another connection committed. A file cannot say which
// tables changed, so changed() gets an empty list.
class SqliteChangeWatch final : public ChangeWatch
{
public:
    SqliteChangeWatch(const QString& path, QObject* context, Handlers handlers);
    ~SqliteChangeWatch() override;

private:
    void poll();

    Handlers m_handlers;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_version = nullptr;
    long long m_last = -1;
    std::unique_ptr<QTimer> m_timer;
};

} // namespace caseloop
