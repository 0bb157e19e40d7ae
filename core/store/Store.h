#pragma once

#include "base/Clock.h"
#include "store/AccountStore.h"
#include "store/Actor.h"
#include "store/AuditStore.h"
#include "store/CalendarStore.h"
#include "store/CatalogueStore.h"
#include "store/ChangeWatch.h"
#include "store/ComplaintStore.h"
#include "store/FollowUpStore.h"
#include "store/MaintenanceStore.h"
#include "store/OfficeCopyReport.h"
#include "store/OpenOptions.h"
#include "store/OrganisationStore.h"
#include "store/PhrasebookStore.h"
#include "store/RectificationStore.h"
#include "store/SettingsStore.h"
#include "store/StatisticsStore.h"
#include "store/TicketStore.h"
#include "store/UnitOfWork.h"

#include <functional>
#include <memory>
#include <optional>

namespace caseloop {

class Database;
class Session;

// An open CaseLoop database with every store over it. Core's entry point: the GUI, the CLI and the tests open one,
// set the operator, and hand it to the workflows. Everything here is engine-neutral; the engine itself (an SQLite
// file, core/sqlite/, or a PostgreSQL server, core/postgres/, under the SQL stores of core/sql/) is reached only by
// the engine layer, its tests and the benchmark, through database().
class Store
{
public:
    static Result<std::unique_ptr<Store>> open(const QString& location, const Clock& clock,
                                               const OpenOptions& options = {});
    // Another connection to an existing database, for a worker thread (the list's queries, an import, the daily
    // backup): never creates the file, and changes are audited under `actor`.
    static Result<std::unique_ptr<Store>> openExisting(const QString& location, const Clock& clock,
                                                       const Actor& actor = {});
    // The database the desktop program and the CLI open when none is named.
    static QString defaultLocation();
    ~Store();

    // Where the database is (a file path, or a server's address postgresql://USER@HOST:PORT/DBNAME without any
    // password), as shown to the user and handed to openExisting().
    QString location() const;
    // Whether `location` names a database on a server rather than a file.
    static bool isServerLocation(const QString& location);
    // How `login` reaches a server as their own account: a server's address that names no user gets the account's
    // login role as its user (docs/ARCHITECTURE.md, "Accounts on a server"); anything else is returned as it is.
    static QString locationForAccount(const QString& location, const QString& login);
    // Whether `location` is such a server's address (no user in it): the account is known before it opens.
    static bool signsInBeforeOpening(const QString& location);
    // `location` as it may be shown or written down: a server's address without any password in it.
    static QString displayLocation(const QString& location);
    // A short name for a window's title: the file's name, or "DATABASE @ SERVER".
    QString shortName() const;
    // "SQLite" or "PostgreSQL".
    QString engineName() const;
    // Whether CaseLoop keeps the daily copies itself (a file); on a server that is the administrator's job.
    bool keepsDailyCopies() const;
    int schemaVersion() const;
    // When the database was found damaged and not yet found whole again: a sentence saying when and what, to warn
    // the user with at every start (docs/ARCHITECTURE.md §7, "Damaged files").
    std::optional<QString> knownDamage() const;
    // The copy written before the last migration of this database, empty when none was needed.
    QString migrationCopy() const;
    // Copies this whole office into `target`, a new office on either engine (its defaults are replaced): all of it
    // in one transaction of `target`, every table's rows counted, or nothing (caseloop-cli migrate).
    Result<OfficeCopyReport> copyTo(Store& target);
    // Whether this open made the database (an empty file or server database given its tables just now).
    bool created() const;
    // All-or-nothing groups of changes (inTransaction()).
    UnitOfWork& work();
    // Stops the statement running on this connection as soon as possible; safe from another thread.
    void interrupt();
    // Makes statements on this connection fail while `stop` returns true (an empty function removes it).
    void setStopCheck(std::function<bool()> stop);
    // How long a write waits for another window or program that is writing (default 5 s). Once a wait has lasted a
    // second, `waiting` is called about every 100 ms with the time waited, outside the engine, to tell the user (it may
    // run the event loop); it returns false to stop waiting, and the write then fails with nothing changed. `over` is
    // called when such a wait ends.
    void setLockWait(int seconds, std::function<bool(qint64 waitedMs)> waiting, std::function<void()> over = {});

    // What other desks (or programs) change, told to `handlers` on `context`'s thread while the returned watch
    // lives; on a server also when it can no longer, and again, be reached (store/ChangeWatch.h).
    std::unique_ptr<ChangeWatch> watchChanges(QObject* context, ChangeWatch::Handlers handlers) const;
    // Whether the connection to the server dropped; reconnect() connects again (a write does so by itself).
    bool connectionLost() const;
    Status reconnect();
    // After a reconnect: whether each write caught by the drop was saved (Database::takeSettledWrites).
    QStringList takeSettledWrites();

    const Clock& clock() const { return m_clock; }
    const Actor& actor() const;
    void setActor(Actor actor);

    CatalogueStore& catalogues() { return *m_catalogues; }
    OrganisationStore& organisation() { return *m_organisation; }
    CalendarStore& calendar() { return *m_calendar; }
    SettingsStore& settings() { return *m_settings; }
    ComplaintStore& complaints() { return *m_complaints; }
    TicketStore& tickets() { return *m_tickets; }
    FollowUpStore& followUps() { return *m_followUps; }
    RectificationStore& rectifications() { return *m_rectifications; }
    AuditStore& audit() { return *m_audit; }
    AccountStore& accounts() { return *m_accounts; }
    StatisticsStore& statistics() { return *m_statistics; }
    MaintenanceStore& maintenance() { return *m_maintenance; }
    PhrasebookStore& phrasebook() { return *m_phrasebook; }

    // The engine under the stores: for the engine layer (core/sqlite/), its tests and the benchmark only.
    Database& database() { return *m_db; }

private:
    Store(std::unique_ptr<Database> db, const Clock& clock);

    std::unique_ptr<Database> m_db;
    const Clock& m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<CatalogueStore> m_catalogues;
    std::unique_ptr<OrganisationStore> m_organisation;
    std::unique_ptr<CalendarStore> m_calendar;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<ComplaintStore> m_complaints;
    std::unique_ptr<TicketStore> m_tickets;
    std::unique_ptr<FollowUpStore> m_followUps;
    std::unique_ptr<RectificationStore> m_rectifications;
    std::unique_ptr<AuditStore> m_audit;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<StatisticsStore> m_statistics;
    std::unique_ptr<MaintenanceStore> m_maintenance;
    std::unique_ptr<PhrasebookStore> m_phrasebook;
};

} // namespace caseloop
