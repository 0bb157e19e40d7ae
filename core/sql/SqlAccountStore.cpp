#include "sql/SqlAccountStore.h"

#include "domain/Passwords.h"
#include "sql/Database.h"
#include "sql/SqlStores.h"
#include "sql/SqlTable.h"
#include "store/OrganisationStore.h"

namespace caseloop {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::SqlAccountStore", text);
}

struct Stored
{
    Staff staff;
    QString hash;
    int failed = 0;
    QDateTime lockedUntil;
};

Result<QList<Stored>> readAccounts(const QSqlDatabase& db, const QString& where, const QVariantList& binds)
{
    return selectRows<Stored>(
        db,
        QStringLiteral("SELECT %1, password_hash, failed_logins, locked_until FROM staff %2 ORDER BY id")
            .arg(kStaffColumns, where),
        binds, [](SqlQuery& q) {
            return Stored{readStaff(q), q.value(7).toString(), q.value(8).toInt(), timeFromDb(q.value(9))};
        });
}

} // namespace

Status SqlAccountStore::audit(const Actor& actor, Id staffId, const QString& action, const QString& detail)
{
    return writeAudit(m_s.connection(), m_s.now(), actor, QStringLiteral("account"), staffId, action, {}, {}, detail);
}

Result<bool> SqlAccountStore::anyPassword()
{
    if (!m_s.database().serverLogin().isEmpty())
        return true; // signed in to the server as an account, which has a password
    auto v = scalar(m_s.connection(), QStringLiteral("SELECT COUNT(*) FROM staff WHERE password_hash <> ''"));
    if (!v)
        return Error{v.error()};
    return v->toLongLong() > 0;
}

Result<Staff> SqlAccountStore::signIn(const QString& login, const QString& password)
{
    if (!m_s.database().serverLogin().isEmpty())
        return signInToServer(login, password);
    auto found = readAccounts(m_s.connection(), QStringLiteral("WHERE login = ?"), {login});
    if (!found)
        return Error{found.error()};
    const QString wrong = tr("Wrong login or password.");
    const QDateTime now = m_s.now();
    // A successful sign-in on a file known to be damaged writes nothing (a write could spread the damage; the window
    // and the CLI say to restore it). Failures and refusals are written all the same, so that the lockout holds.
    const bool damaged = m_s.database().knownDamage().has_value();
    const auto write = [&](const std::function<Status()>& fn) { return inTransaction(m_s.database(), fn); };
    const auto writeUnlessDamaged
        = [&](const std::function<Status()>& fn) { return damaged ? Status() : inTransaction(m_s.database(), fn); };
    if (found->isEmpty()) {
        // As long as a real check, so that the time taken does not tell which logins exist.
        Passwords::verify(password, Passwords::unmatchable());
        const Status s = write([&] {
            // Not what was typed: someone who typed their password into the login field would leave it here.
            return audit({0, tr("(unknown login)")}, 0, QStringLiteral("login_failed"),
                         tr("no such login, %1 characters").arg(login.size()));
        });
        return Error{s ? wrong : s.error()};
    }
    const Stored account = found->first();
    const Actor who{account.staff.id, account.staff.name};
    QString refusal;
    QString action = QStringLiteral("login_refused");
    if ((account.lockedUntil.isValid() && account.lockedUntil > now) || account.hash.isEmpty())
        Passwords::verify(password, Passwords::unmatchable()); // as long as a real check, whatever the answer
    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        refusal = tr("%1 is locked after %2 wrong passwords until %3. Try again then, or ask an administrator to set "
                     "a new password.")
                      .arg(account.staff.login)
                      .arg(kAttemptsBeforeLockout)
                      .arg(account.lockedUntil.toString(QStringLiteral("HH:mm")));
    } else if (account.hash.isEmpty()) {
        refusal = tr("%1 has no password yet. An administrator sets one (系统管理 → 账号, or caseloop-cli account "
                     "passwd %1).")
                      .arg(account.staff.login);
    } else if (!Passwords::verify(password, account.hash)) {
        // Counted in the same statement as read, so that two desks failing at once both count.
        bool locked = false;
        const Status s = write([&]() -> Status {
            if (Status u = execute(m_s.connection(),
                                   QStringLiteral("UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = ?"),
                                   {account.staff.id});
                !u)
                return u;
            auto failed = scalar(m_s.connection(), QStringLiteral("SELECT failed_logins FROM staff WHERE id = ?"),
                                 {account.staff.id});
            if (!failed)
                return Error{failed.error()};
            if (Status a = audit(who, account.staff.id, QStringLiteral("login_failed"),
                                 tr("wrong password, %1 in a row").arg(failed->toInt()));
                !a)
                return a;
            if (failed->toInt() < kAttemptsBeforeLockout)
                return {};
            locked = true;
            const QDateTime until = now.addSecs(60 * kLockoutMinutes);
            if (Status u = execute(m_s.connection(),
                                   QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = ? WHERE id = ?"),
                                   {toDb(until), account.staff.id});
                !u)
                return u;
            return audit(who, account.staff.id, QStringLiteral("lockout"),
                         tr("locked until %1").arg(until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        });
        if (!s)
            return Error{s.error()};
        return Error{locked ? tr("Wrong login or password. After %1 wrong passwords in a row the account is locked "
                                 "for %2 minutes.")
                                  .arg(kAttemptsBeforeLockout)
                                  .arg(kLockoutMinutes)
                            : wrong};
    } else if (!account.staff.active) {
        refusal = tr("%1 (%2) is deactivated and cannot sign in.").arg(account.staff.login, account.staff.name);
    }
    if (!refusal.isEmpty()) {
        const Status s
            = inTransaction(m_s.database(), [&] { return audit(who, account.staff.id, action, refusal.left(200)); });
        return Error{s ? refusal : s.error()};
    }
    const Status s = writeUnlessDamaged([&]() -> Status {
        // A hash made with fewer iterations than today's (an older version, or a test's setting) is made again now
        // that the password is known.
        const bool rehash = Passwords::weak(account.hash) && Passwords::iterations() >= Passwords::kIterations;
        const QString hash = rehash ? Passwords::hash(password) : account.hash;
        if (Status u = execute(m_s.connection(),
                               QStringLiteral("UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ?"),
                               {account.staff.id});
            !u)
            return u;
        if (rehash)
            if (Status u = execute(m_s.connection(), QStringLiteral("UPDATE staff SET password_hash = ? WHERE id = ?"),
                                   {hash, account.staff.id});
                !u)
                return u;
        // An account without its login role on the server yet (set before the server enforced accounts, or copied
        // by `migrate`) gets it now that its password is known.
        if (m_s.database().serverAccounts()) {
            auto has = m_s.database().hasServerLogin(account.staff.login);
            if (!has)
                return Error{has.error()};
            if (!*has)
                if (Status u = m_s.database().setServerPassword(account.staff.login, password, hash); !u)
                    return u;
        }
        return audit(who, account.staff.id, QStringLiteral("login"));
    });
    if (!s)
        return Error{s.error()};
    return account.staff;
}

Result<Staff> SqlAccountStore::signInToServer(const QString& login, const QString& password)
{
    const QString server = m_s.database().serverLogin();
    auto found
        = selectRows<Staff>(m_s.connection(), QStringLiteral("SELECT %1 FROM staff WHERE login = ?").arg(kStaffColumns),
                            {server}, [](SqlQuery& q) { return readStaff(q); });
    if (!found)
        return Error{found.error()};
    if (found->isEmpty())
        return Error{tr("Wrong login or password.")};
    const Staff account = found->first();
    const Actor who{account.id, account.name};
    const auto refuse = [&](const QString& refusal, const QString& action) -> Result<Staff> {
        const Status s = inTransaction(m_s.database(), [&] { return audit(who, account.id, action, refusal); });
        return Error{s ? refusal : s.error()};
    };
    // The server signed the connection in; the login typed must be the same account, and the password is checked
    // again by the server (the window's lock and a password change ask for it while the connection stays open).
    if (login != server)
        return refuse(tr("This connection signed in to the server as %1, not as %2. Leave the user out of the "
                         "server's address, or give the same login.")
                          .arg(server, login),
                      QStringLiteral("login_refused"));
    auto right = m_s.database().checkServerPassword(password);
    if (!right)
        return Error{right.error()};
    if (!*right)
        return refuse(tr("Wrong login or password."), QStringLiteral("login_failed"));
    if (!account.active)
        return refuse(tr("%1 (%2) is deactivated and cannot sign in.").arg(account.login, account.name),
                      QStringLiteral("login_refused"));
    const Status s = inTransaction(m_s.database(), [&] { return audit(who, account.id, QStringLiteral("login")); });
    if (!s)
        return Error{s.error()};
    return account;
}

Status SqlAccountStore::storePassword(Id staffId, const QString& login, const QString& password, const QString& hash)
{
    // On a server the password is set there too, through a function that checks who asks.
    if (m_s.database().serverAccounts())
        return m_s.database().setServerPassword(login, password, hash);
    SqlQuery q(
        m_s.connection(),
        QStringLiteral("UPDATE staff SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?"));
    if (Status e = q.bind(hash).bind(staffId).exec(); !e)
        return e;
    if (q.rowsAffected() != 1)
        return Error{tr("Staff member %1 does not exist.").arg(staffId)};
    return {};
}

Status SqlAccountStore::signOut(const Staff& staff)
{
    return inTransaction(m_s.database(), [&] {
        return audit({staff.id, staff.name}, staff.id, QStringLiteral("logout"));
    });
}

Status SqlAccountStore::setPassword(Id staffId, const QString& password)
{
    if (const QString problem = Passwords::problem(password); !problem.isEmpty())
        return Error{problem};
    const QString hash = Passwords::hash(password);
    return inTransaction(m_s.database(), [&]() -> Status {
        auto login = scalar(m_s.connection(), QStringLiteral("SELECT login FROM staff WHERE id = ?"), {staffId});
        if (!login)
            return Error{login.error()};
        if (login->isNull())
            return Error{tr("Staff member %1 does not exist.").arg(staffId)};
        if (Status u = storePassword(staffId, login->toString(), password, hash); !u)
            return u;
        // The audit says that the password was set and by whom, never the password or its hash.
        return audit(m_s.actor(), staffId,
                     m_s.actor().id == staffId ? QStringLiteral("password_changed") : QStringLiteral("password_set"));
    });
}

Result<Staff> SqlAccountStore::createFirstAdministrator(const QString& login, const QString& name,
                                                        const QString& password)
{
    if (const QString problem = Passwords::problem(password); !problem.isEmpty())
        return Error{problem};
    if (login.trimmed().isEmpty() || login.trimmed() != login || login.contains(QLatin1Char(' ')))
        return Error{tr("A login is one word without spaces, e.g. admin.")};
    const QString hash = Passwords::hash(password);
    Staff admin;
    const Status s = inTransaction(m_s.database(), [&]() -> Status {
        auto any = anyPassword();
        if (!any)
            return Error{any.error()};
        if (*any)
            return Error{tr("This database already has accounts. An administrator signs in and adds more (系统管理 → "
                            "账号, or caseloop-cli account add).")};
        auto existing = readAccounts(m_s.connection(), QStringLiteral("WHERE login = ?"), {login});
        if (!existing)
            return Error{existing.error()};
        if (!existing->isEmpty()) {
            admin = existing->first().staff;
            admin.role = Role::Administrator;
            admin.active = true;
            if (Status u
                = updateRow(m_s, QStringLiteral("staff"), QStringLiteral("staff"), admin.id,
                            {{QStringLiteral("role_code"), toStorage(admin.role)}, {QStringLiteral("active"), 1}});
                !u)
                return u;
        } else {
            admin.name = name.trimmed().isEmpty() ? login : name.trimmed();
            admin.login = login;
            admin.role = Role::Administrator;
            auto id = insertRow(m_s, QStringLiteral("staff"), QStringLiteral("staff"),
                                {{QStringLiteral("name"), admin.name},
                                 {QStringLiteral("login"), admin.login},
                                 {QStringLiteral("role_code"), toStorage(admin.role)},
                                 {QStringLiteral("phone"), QString()},
                                 {QStringLiteral("active"), 1}});
            if (!id)
                return Error{id.error()};
            admin.id = *id;
        }
        if (Status u = storePassword(admin.id, admin.login, password, hash); !u)
            return u;
        return audit({admin.id, admin.name}, admin.id, QStringLiteral("administrator_created"));
    });
    if (!s)
        return Error{s.error()};
    return admin;
}

Status SqlAccountStore::setDemoPasswords(const QString& password)
{
    if (const QString problem = Passwords::problem(password); !problem.isEmpty())
        return Error{problem};
    const QString hash = Passwords::hash(password);
    return inTransaction(m_s.database(), [&]() -> Status {
        auto demo = scalar(m_s.connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'office.demo'"));
        if (!demo)
            return Error{demo.error()};
        if (demo->toString() != QLatin1String("1"))
            return Error{tr("Only a demo database gets the demo's password.")};
        // Never over an account that has a password of its own: the demo goes into a new database only.
        auto own = anyPassword();
        if (!own)
            return Error{own.error()};
        if (*own)
            return Error{tr("This database has accounts with passwords; demo data goes into a new database only.")};
        auto staff = selectRows<std::pair<Id, QString>>(
            m_s.connection(), QStringLiteral("SELECT id, login FROM staff ORDER BY id"), {},
            [](SqlQuery& q) { return std::pair<Id, QString>(q.value(0).toLongLong(), q.value(1).toString()); });
        if (!staff)
            return Error{staff.error()};
        for (const auto& [id, login] : std::as_const(*staff))
            if (Status u = storePassword(id, login, password, hash); !u)
                return u;
        return audit(m_s.actor(), 0, QStringLiteral("password_set"), tr("every demo account"));
    });
}

Result<QList<AccountState>> SqlAccountStore::accounts()
{
    auto stored = readAccounts(m_s.connection(), {}, {});
    if (!stored)
        return Error{stored.error()};
    QList<AccountState> list;
    for (const Stored& a : *stored)
        list << AccountState{a.staff, !a.hash.isEmpty(), a.lockedUntil > m_s.now() ? a.lockedUntil : QDateTime(),
                             a.failed};
    return list;
}

Result<QList<Id>> SqlAccountStore::estatesOf(Id staffId)
{
    return selectRows<Id>(m_s.connection(),
                          QStringLiteral("SELECT estate_id FROM staff_estates WHERE staff_id = ? ORDER BY estate_id"),
                          {staffId}, [](SqlQuery& q) { return Id(q.value(0).toLongLong()); });
}

Status SqlAccountStore::setEstates(Id staffId, const QList<Id>& estateIds)
{
    return inTransaction(m_s.database(), [&]() -> Status {
        auto before = estatesOf(staffId);
        if (!before)
            return Error{before.error()};
        QList<Id> after = estateIds;
        std::sort(after.begin(), after.end());
        after.erase(std::unique(after.begin(), after.end()), after.end());
        if (*before == after)
            return {};
        if (Status d
            = execute(m_s.connection(), QStringLiteral("DELETE FROM staff_estates WHERE staff_id = ?"), {staffId});
            !d)
            return d;
        for (Id estate : after)
            if (Status i = execute(m_s.connection(),
                                   QStringLiteral("INSERT INTO staff_estates (staff_id, estate_id) VALUES (?, ?)"),
                                   {staffId, estate});
                !i)
                return i;
        const auto text = [](const QList<Id>& ids) {
            QStringList parts;
            for (Id id : ids)
                parts << QString::number(id);
            return parts.join(QLatin1Char(','));
        };
        return writeAudit(m_s, QStringLiteral("staff"), staffId, QStringLiteral("update"), QStringLiteral("estates"),
                          text(*before), text(after));
    });
}

} // namespace caseloop
