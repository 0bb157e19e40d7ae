#pragma once

#include "sql/Session.h"
#include "store/AccountStore.h"

namespace caseloop {

class SqlAccountStore final : public AccountStore
{
public:
    explicit SqlAccountStore(Session& s)
        : m_s(s)
    {
    }
    Result<bool> anyPassword() override;
    Result<Staff> signIn(const QString& login, const QString& password) override;
    Status signOut(const Staff& staff) override;
    Status setPassword(Id staffId, const QString& password) override;
    Result<Staff> createFirstAdministrator(const QString& login, const QString& name, const QString& password) override;
    Status setDemoPasswords(const QString& password) override;
    Result<QList<AccountState>> accounts() override;
    Result<QList<Id>> estatesOf(Id staffId) override;
    Status setEstates(Id staffId, const QList<Id>& estateIds) override;

private:
    // In the open transaction: `password` (its PBKDF2 `hash`) becomes the account's, its lockout lifted; on a server
    // it becomes its login role's password too (Database::setServerPassword).
    Status storePassword(Id staffId, const QString& login, const QString& password, const QString& hash);
    // signIn() on a connection the server signed in as an account (Database::serverLogin).
    Result<Staff> signInToServer(const QString& login, const QString& password);
    // An audit row of the account `staffId` under `actor` (a failed sign-in has no session actor yet).
    Status audit(const Actor& actor, Id staffId, const QString& action, const QString& detail = {});

    Session& m_s;
};

} // namespace caseloop
