// The accounts a PostgreSQL server enforces itself: each CaseLoop account with a password is a login role of its
// own (resources/migrations/postgresql/014_server_accounts.sql; docs/ARCHITECTURE.md, "Accounts on a server").
#include "postgres/PostgresDatabase.h"

#include "sql/SqlQuery.h"
#include "sql/SqlTable.h"

#include <libpq-fe.h>

#include <QUrl>

namespace caseloop {

QString PostgresDatabase::accountRole(const QString& database, const QString& login)
{
    return database + QLatin1Char('_') + login;
}

bool PostgresDatabase::namesNoUser(const QString& uri)
{
    if (!isServerLocation(uri))
        return false;
    // A bad address fails when opened; a named user is checked against the login at sign-in.
    const auto parsed = PostgresAddress::parse(uri);
    return parsed && parsed->user.isEmpty();
}

QString PostgresDatabase::addressForAccount(const QString& uri, const QString& login)
{
    if (login.isEmpty() || !namesNoUser(uri))
        return uri;
    PostgresAddress address = PostgresAddress::parse(uri).value();
    address.user = accountRole(address.database, login);
    QString out = address.display();
    if (!address.password.isEmpty()) {
        QUrl url(out);
        url.setPassword(address.password);
        out = url.toString();
    }
    return out;
}

Result<bool> PostgresDatabase::checkServerPassword(const QString& password)
{
    if (password.isEmpty())
        return false;
    // A second connection with the same address and this password: the server's own check (SCRAM, auth_delay),
    // which CaseLoop cannot do itself, for it never sees the password's verifier.
    QList<std::pair<QByteArray, QByteArray>> parameters = m_address.parameters(password);
    parameters.append(std::pair<QByteArray, QByteArray>("connect_timeout", "10"));
    parameters.append(std::pair<QByteArray, QByteArray>("application_name", "CaseLoop password check"));
    const LibpqArrays arrays(parameters);
    PGconn* probe = PQconnectdbParams(arrays.keys.data(), arrays.values.data(), 0);
    const bool ok = PQstatus(probe) == CONNECTION_OK;
    const QString why = QString::fromUtf8(PQerrorMessage(probe)).trimmed();
    const bool refused = !ok && (PQconnectionUsedPassword(probe) || passwordRefused(why));
    PQfinish(probe);
    if (ok || refused)
        return ok;
    return Error{tr("Cannot check the password with %1: %2").arg(m_path, why)};
}

Status PostgresDatabase::setServerPassword(const QString& login, const QString& password, const QString& hash)
{
    const QByteArray role = accountRole(m_address.database, login).toUtf8();
    char* verifier = PQencryptPasswordConn(static_cast<PGconn*>(m_handle), password.toUtf8().constData(),
                                           role.constData(), "scram-sha-256");
    if (!verifier)
        return Error{tr("The password of %1 could not be prepared for the server: %2")
                         .arg(login, QString::fromUtf8(PQerrorMessage(static_cast<PGconn*>(m_handle))).trimmed())};
    const QString scram = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return execute(connection(), QStringLiteral("SELECT caseloop_set_password(?, ?, ?)"), {login, scram, hash});
}

Result<bool> PostgresDatabase::hasServerLogin(const QString& login)
{
    auto found = scalar(connection(), QStringLiteral("SELECT caseloop_is_account(caseloop_role(?))"), {login});
    if (!found)
        return Error{found.error()};
    return found->toBool();
}

} // namespace caseloop
