#pragma once

#include "domain/Records.h"

#include <QDateTime>

namespace caseloop {

// What an account is beyond its staff record, for 系统管理 and `caseloop-cli account list`.
struct AccountState
{
    Staff staff;
    bool hasPassword = false;
    QDateTime lockedUntil; // invalid when not locked
    int failedLogins = 0;
};

// Accounts: signing in, passwords, lockout, and the estates a steward looks after. Every sign-in, failed sign-in,
// lockout, sign-out and password change is audited (entity "account"); a password or its hash never is.
class AccountStore
{
public:
    static constexpr int kAttemptsBeforeLockout = 5;
    static constexpr int kLockoutMinutes = 5;

    virtual ~AccountStore() = default;
    // Whether any account has a password yet. When none has, the first start creates the administrator.
    virtual Result<bool> anyPassword() = 0;
    // Checks `password` for `login`. On success the failure count is cleared and the staff member returned (the
    // caller makes them the actor); on failure the reason: wrong login or password (the same words for both), no
    // password set, deactivated, or locked until a time. The fifth failure in a row locks the account for five minutes.
    virtual Result<Staff> signIn(const QString& login, const QString& password) = 0;
    virtual Status signOut(const Staff& staff) = 0;
    // Sets a password (an administrator's reset, or the account's own change once the old one was checked).
    virtual Status setPassword(Id staffId, const QString& password) = 0;
    // Makes the first administrator: refused once any account has a password. An existing staff member with `login`
    // becomes the administrator; otherwise one is added with `name`.
    virtual Result<Staff> createFirstAdministrator(const QString& login, const QString& name, const QString& password)
        = 0;
    // A demo database only (settings office.demo = 1): every account gets `password`, which the demo prints. One hash
    // serves them all: a salt keeps a secret from being found, and this password is published; hashing each of the
    // demo's forty accounts apart would add about 25 s to making it.
    virtual Status setDemoPasswords(const QString& password) = 0;
    virtual Result<QList<AccountState>> accounts() = 0;
    // The estates a steward looks after (staff_estates).
    virtual Result<QList<Id>> estatesOf(Id staffId) = 0;
    virtual Status setEstates(Id staffId, const QList<Id>& estateIds) = 0;
};

} // namespace caseloop
