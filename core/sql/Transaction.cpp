#include "sql/Transaction.h"

#include "sql/Database.h"
#include "sql/SqlQuery.h"

namespace caseloop {

namespace {
QString savepoint(int level)
{
    return QStringLiteral("sp_%1").arg(level);
}
} // namespace

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_level = m_db.transactionDepth();
    m_begun = m_level == 0 ? m_db.beginWrite()
                           : execute(m_db.connection(), QStringLiteral("SAVEPOINT ") + savepoint(m_level));
    if (m_begun) {
        m_open = true;
        ++m_db.transactionDepth();
    }
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun ? Status(Error{QStringLiteral("Transaction already finished")}) : m_begun;
    Status s = m_level == 0 ? m_db.canCommit() : Status{};
    if (s)
        s = m_level == 0 ? m_db.commitWrite()
                         : execute(m_db.connection(), QStringLiteral("RELEASE ") + savepoint(m_level));
    if (!s) {
        rollback();
        return s;
    }
    m_open = false;
    --m_db.transactionDepth();
    return s;
}

void Transaction::rollback()
{
    if (m_level == 0) {
        execute(m_db.connection(), QStringLiteral("ROLLBACK"));
    } else {
        execute(m_db.connection(), QStringLiteral("ROLLBACK TO ") + savepoint(m_level));
        execute(m_db.connection(), QStringLiteral("RELEASE ") + savepoint(m_level));
    }
    m_open = false;
    --m_db.transactionDepth();
}

} // namespace caseloop
