#include "ServerDialog.h"

#include "Dialogs.h"
#include "ServerPasswords.h"
#include "base/Clock.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace caseloop {

namespace {
const QString kGroup = QStringLiteral("server/");
}

ServerDialog::ServerDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a server"));
    QSettings settings;
    m_host = new QLineEdit(settings.value(kGroup + QStringLiteral("host"), QStringLiteral("localhost")).toString());
    m_host->setPlaceholderText(tr("name or address, or a socket folder such as /var/run/postgresql"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(kGroup + QStringLiteral("port"), 5432).toInt());
    m_database
        = new QLineEdit(settings.value(kGroup + QStringLiteral("database"), QStringLiteral("caseloop")).toString());
    m_user = new QLineEdit(settings.value(kGroup + QStringLiteral("user")).toString());
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password (in the system's keychain)"));
    m_remember->setChecked(settings.value(kGroup + QStringLiteral("remember"), false).toBool());
    if (m_remember->isChecked())
        if (auto kept = ServerPasswords::read(settings.value(kGroup + QStringLiteral("address")).toString()))
            m_password->setText(*kept);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));

    auto* form = new QFormLayout;
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_remember);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    QPushButton* test = buttons->addButton(tr("Test the connection"), QDialogButtonBox::ActionRole);
    connect(test, &QPushButton::clicked, this, &ServerDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString ServerDialog::typedAddress() const
{
    // Written out plainly; the store's location() is the normalised form (PostgresAddress::display).
    const auto encoded
        = [](QLineEdit* field) { return QString::fromLatin1(QUrl::toPercentEncoding(field->text().trimmed())); };
    const QString host = m_host->text().trimmed();
    const bool socket = host.startsWith(QLatin1Char('/')); // a Unix socket's folder
    // One arg() call each: an encoded "%2F" must not be taken for a place to fill.
    const QString port = QString::number(m_port->value());
    return QStringLiteral("postgresql://%1@%2/%3%4")
        .arg(encoded(m_user),
             socket ? QString()
                 : host.contains(QLatin1Char(':')) // an IPv6 address goes in brackets
                 ? QStringLiteral("[%1]:%2").arg(host, port)
                 : QStringLiteral("%1:%2").arg(encoded(m_host), port),
             encoded(m_database), socket ? QStringLiteral("?host=%1&port=%2").arg(encoded(m_host), port) : QString());
}

bool ServerDialog::testConnection()
{
    m_address.clear();
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()
        || m_user->text().trimmed().isEmpty()) {
        m_status->setText(tr("Fill in the server, the database and the user."));
        return false;
    }
    SystemClock clock;
    OpenOptions options;
    options.readOnly = true; // a test changes nothing: an empty database gets its tables when the desk opens it
    options.askPassword = [password = m_password->text(), asked = false](const QString&) mutable {
        const QString once = asked ? QString() : password; // a wrong password is not tried three times
        asked = true;
        return once;
    };
    auto store = Store::open(typedAddress(), clock, options);
    if (!store) {
        m_status->setText(store.error());
        return false;
    }
    m_address = store.value()->location();
    m_status->setText(
        store.value()->schemaVersion() == 0
            ? tr("Connected. The database is empty: CaseLoop makes the office's tables when you connect.")
            : tr("Connected to a CaseLoop office (database version %1).").arg(store.value()->schemaVersion()));
    return true;
}

QString ServerDialog::status() const
{
    return m_status->text();
}

void ServerDialog::accept()
{
    if (!testConnection())
        return;
    QSettings settings;
    settings.setValue(kGroup + QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(kGroup + QStringLiteral("port"), m_port->value());
    settings.setValue(kGroup + QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(kGroup + QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(kGroup + QStringLiteral("address"), m_address);
    settings.setValue(kGroup + QStringLiteral("remember"), m_remember->isChecked());
    if (m_remember->isChecked() && !m_password->text().isEmpty()) {
        if (Status kept = ServerPasswords::keep(m_address, m_password->text()); !kept)
            Dialogs::warning(this, windowTitle(), kept.error());
    } else {
        ServerPasswords::forget(m_address);
    }
    QDialog::accept();
}

} // namespace caseloop
