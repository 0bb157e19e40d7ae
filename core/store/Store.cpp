// The one place outside the engine layer (core/sql/, core/sqlite/, core/postgres/) that reaches it: it opens the
// database (a file or a server's, Database::open) and builds the SQL stores over it.
#include "store/Store.h"

#include "postgres/PostgresDatabase.h"
#include "sql/Database.h"
#include "sql/OfficeCopy.h"
#include "sql/Session.h"
#include "sql/SqlAccountStore.h"
#include "sql/SqlMaintenanceStore.h"
#include "sql/SqlPhrasebookStore.h"
#include "sql/SqlStores.h"

namespace caseloop {

Result<std::unique_ptr<Store>> Store::open(const QString& location, const Clock& clock, const OpenOptions& options)
{
    auto db = Database::open(location, clock, options);
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<Store>(new Store(std::move(db).value(), clock));
}

Result<std::unique_ptr<Store>> Store::openExisting(const QString& location, const Clock& clock, const Actor& actor)
{
    OpenOptions options;
    options.createIfMissing = false;
    auto store = open(location, clock, options);
    if (store && !actor.name.isEmpty())
        store.value()->setActor(actor);
    return store;
}

QString Store::defaultLocation()
{
    return Database::defaultPath();
}

Store::Store(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_session(std::make_unique<Session>(*m_db, clock))
    , m_catalogues(std::make_unique<SqlCatalogueStore>(*m_session))
    , m_organisation(std::make_unique<SqlOrganisationStore>(*m_session))
    , m_calendar(std::make_unique<SqlCalendarStore>(*m_session))
    , m_settings(std::make_unique<SqlSettingsStore>(*m_session))
    , m_complaints(std::make_unique<SqlComplaintStore>(*m_session))
    , m_tickets(std::make_unique<SqlTicketStore>(*m_session))
    , m_followUps(std::make_unique<SqlFollowUpStore>(*m_session))
    , m_rectifications(std::make_unique<SqlRectificationStore>(*m_session))
    , m_audit(std::make_unique<SqlAuditStore>(*m_session))
    , m_accounts(std::make_unique<SqlAccountStore>(*m_session))
    , m_statistics(std::make_unique<SqlStatisticsStore>(*m_session))
    , m_maintenance(std::make_unique<SqlMaintenanceStore>(*m_session))
    , m_phrasebook(std::make_unique<SqlPhrasebookStore>(*m_session))
{
}

Store::~Store() = default;

QString Store::location() const
{
    return m_db->path();
}

std::optional<QString> Store::knownDamage() const
{
    return m_db->knownDamage();
}

int Store::schemaVersion() const
{
    return m_db->schemaVersion();
}

Result<OfficeCopyReport> Store::copyTo(Store& target)
{
    return copyOffice(*m_db, *target.m_db);
}

bool Store::created() const
{
    return m_db->created();
}

QString Store::shortName() const
{
    return m_db->shortName();
}

QString Store::engineName() const
{
    return m_db->engineName();
}

bool Store::keepsDailyCopies() const
{
    return m_db->keepsDailyCopies();
}

QString Store::locationForAccount(const QString& location, const QString& login)
{
    return PostgresDatabase::addressForAccount(location, login);
}

bool Store::signsInBeforeOpening(const QString& location)
{
    return PostgresDatabase::namesNoUser(location);
}

bool Store::isServerLocation(const QString& location)
{
    return Database::isServerLocation(location);
}

QString Store::displayLocation(const QString& location)
{
    return Database::displayLocation(location);
}

QString Store::migrationCopy() const
{
    return m_db->backupPath();
}

UnitOfWork& Store::work()
{
    return *m_db;
}

std::unique_ptr<ChangeWatch> Store::watchChanges(QObject* context, ChangeWatch::Handlers handlers) const
{
    return m_db->watchChanges(context, std::move(handlers));
}

bool Store::connectionLost() const
{
    return m_db->connectionLost();
}

Status Store::reconnect()
{
    return m_db->reconnect();
}

QStringList Store::takeSettledWrites()
{
    return m_db->takeSettledWrites();
}

void Store::interrupt()
{
    m_db->interrupt();
}

void Store::setLockWait(int seconds, std::function<bool(qint64)> waiting, std::function<void()> over)
{
    m_db->setLockWait(seconds, std::move(waiting), std::move(over));
}

void Store::setStopCheck(std::function<bool()> stop)
{
    m_db->setStopCheck(std::move(stop));
}

const Actor& Store::actor() const
{
    return m_session->actor();
}

void Store::setActor(Actor actor)
{
    m_session->setActor(std::move(actor));
}

} // namespace caseloop
