#pragma once

#include "Clock.h"
#include "Database.h"
#include "SqlQuery.h"

namespace caseloop {

// Who is making changes: every audit row carries this name.
struct Actor
{
    Id id = 0;
    QString name;
};

// What every SQL store needs: the connection, the clock, and the operator.
class Session
{
public:
    Session(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    Database& database() { return m_db; }
    QSqlDatabase connection() const { return m_db.connection(); }
    const Clock& clock() const { return m_clock; }
    QDateTime now() const { return m_clock.now(); }
    const Actor& actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }

private:
    Database& m_db;
    const Clock& m_clock;
    Actor m_actor{0, QStringLiteral("system")};
};

} // namespace caseloop
