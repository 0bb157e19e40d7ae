#pragma once

#include "base/Clock.h"
#include "sql/Database.h"
#include "sql/Dialect.h"
#include "sql/SqlQuery.h"
#include "store/Actor.h"

namespace caseloop {

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
    const Dialect& dialect() const { return m_db.dialect(); }
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
