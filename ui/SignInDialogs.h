#pragma once

#include "domain/Records.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace caseloop {

class Store;

// 登录: login and password. A refusal is shown under the fields and the dialog stays open; accept() only once the
// account is signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // What signing in does with the login and password typed: why it failed, or empty once signed in.
    using Attempt = std::function<QString(const QString& login, const QString& password)>;
    // On an open store, checked by core (lockout and audit there).
    SignInDialog(Store& store, const QString& login, QWidget* parent = nullptr);
    // Before a server that knows the accounts itself is opened (`where`): `attempt` connects as that account.
    SignInDialog(const QString& where, const QString& login, Attempt attempt, QWidget* parent = nullptr);
    const Staff& signedIn() const { return m_staff; }
    QString login() const;
    // The password that signed in, for the second constructor's caller to sign in on the store it opened.
    QString password() const { return m_typed; }
    QString message() const;

    void accept() override;

private:
    SignInDialog(const QString& intro, const QString& login, QWidget* parent);

    Attempt m_attempt;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_message;
    Staff m_staff;
    QString m_typed;
};

// The first start of a database without any password: its administrator, with a password chosen here.
class FirstAdministratorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(Store& store, QWidget* parent = nullptr);
    const Staff& administrator() const { return m_staff; }
    QString message() const;

    void accept() override;

private:
    Store& m_store;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
    Staff m_staff;
};

// A new password typed twice: the account's own change (the old one checked first) or an administrator's reset.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // `whose` is the account changed; with `askOld` the signed-in user changes their own.
    PasswordDialog(Store& store, const Staff& whose, bool askOld, QWidget* parent = nullptr);
    QString message() const;

    void accept() override;

private:
    Store& m_store;
    Staff m_whose;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_message;
};

} // namespace caseloop
