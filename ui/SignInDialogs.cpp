#include "SignInDialogs.h"

#include "Dialogs.h"
#include "domain/Passwords.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace caseloop {

namespace {
QLineEdit* field(QWidget* parent, const char* name, bool secret)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    return label;
}

// The two new passwords: empty when they are acceptable, else the reason.
QString newPasswordProblem(const QString& password, const QString& repeat)
{
    if (password != repeat)
        return QCoreApplication::translate("caseloop::SignInDialog", "The two passwords differ.");
    return Passwords::problem(password);
}
} // namespace

SignInDialog::SignInDialog(const QString& intro, const QString& login, QWidget* parent)
    : QDialog(parent)
    , m_login(field(this, "login", false))
    , m_password(field(this, "password", true))
    , m_message(messageLabel(this))
{
    setWindowTitle(tr("Sign in to CaseLoop"));
    m_login->setText(login);
    auto* form = new QFormLayout;
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Password"), m_password);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(intro, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(Dialogs::okCancel(this));
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

SignInDialog::SignInDialog(Store& store, const QString& login, QWidget* parent)
    : SignInDialog(tr("%1\nChanges you make are recorded under your name.").arg(store.shortName()), login, parent)
{
    m_attempt = [this, &store](const QString& who, const QString& password) {
        auto staff = store.accounts().signIn(who, password);
        if (!staff)
            return staff.error();
        m_staff = *staff;
        return QString();
    };
}

SignInDialog::SignInDialog(const QString& where, const QString& login, Attempt attempt, QWidget* parent)
    : SignInDialog(tr("%1\nThe server checks your password: you work there under your own account, and changes you "
                      "make are recorded under your name.")
                       .arg(where),
                   login, parent)
{
    m_attempt = [attempt = std::move(attempt)](const QString& who, const QString& password) {
        // Nothing to connect with: said here, before the server is asked.
        if (who.isEmpty() || password.isEmpty())
            return tr("Give your login and password.");
        return attempt(who, password);
    };
}

QString SignInDialog::login() const
{
    return m_login->text().trimmed();
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::accept()
{
    const QString typed = m_password->text();
    m_password->clear();
    if (const QString why = m_attempt(login(), typed); !why.isEmpty()) {
        m_message->setText(why);
        m_password->setFocus();
        return;
    }
    m_typed = typed;
    QDialog::accept();
}

FirstAdministratorDialog::FirstAdministratorDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_login(field(this, "login", false))
    , m_name(field(this, "name", false))
    , m_password(field(this, "password", true))
    , m_repeat(field(this, "repeat", true))
    , m_message(messageLabel(this))
{
    setWindowTitle(tr("Create the administrator"));
    m_login->setText(QStringLiteral("admin"));
    auto* form = new QFormLayout;
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Password again"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("No account of %1 has a password yet. Create the administrator: they set the office "
                                "up and give every colleague an account under 系统管理. The password needs at least "
                                "%2 characters; keep it safe, nobody can read it back.")
                                 .arg(store.shortName())
                                 .arg(Passwords::kMinimumLength),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(Dialogs::okCancel(this));
    m_name->setFocus();
}

QString FirstAdministratorDialog::message() const
{
    return m_message->text();
}

void FirstAdministratorDialog::accept()
{
    if (const QString problem = newPasswordProblem(m_password->text(), m_repeat->text()); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    auto admin
        = m_store.accounts().createFirstAdministrator(m_login->text().trimmed(), m_name->text(), m_password->text());
    if (!admin) {
        m_message->setText(admin.error());
        return;
    }
    m_staff = *admin;
    QDialog::accept();
}

PasswordDialog::PasswordDialog(Store& store, const Staff& whose, bool askOld, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_whose(whose)
    , m_password(field(this, "password", true))
    , m_repeat(field(this, "repeat", true))
    , m_message(messageLabel(this))
{
    setWindowTitle(askOld ? tr("Change my password") : tr("Set the password of %1").arg(whose.name));
    auto* form = new QFormLayout;
    if (askOld) {
        m_old = field(this, "old", true);
        form->addRow(tr("Current password"), m_old);
    }
    form->addRow(tr("New password"), m_password);
    form->addRow(tr("New password again"), m_repeat);
    auto* layout = new QVBoxLayout(this);
    if (!askOld)
        layout->addWidget(new QLabel(
            tr("%1 (%2) signs in with this password; a lockout is lifted.").arg(whose.name, whose.login), this));
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(Dialogs::okCancel(this));
}

QString PasswordDialog::message() const
{
    return m_message->text();
}

void PasswordDialog::accept()
{
    if (const QString problem = newPasswordProblem(m_password->text(), m_repeat->text()); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    if (m_old) {
        // The current password is checked as a sign-in is (a wrong one counts towards the lockout).
        auto checked = m_store.accounts().signIn(m_whose.login, m_old->text());
        m_old->clear();
        if (!checked) {
            m_message->setText(checked.error());
            return;
        }
    }
    if (Status s = m_store.accounts().setPassword(m_whose.id, m_password->text()); !s) {
        m_message->setText(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace caseloop
