#include "postgres/PostgresAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace caseloop {

Result<PostgresAddress> PostgresAddress::parse(const QString& uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    const auto bad = [&](const QString& why) {
        // Named without any secret it may hold (user:password@, ?password=, ?sslpassword=).
        QUrl shown = url.adjusted(QUrl::RemovePassword | QUrl::RemoveQuery);
        return Error{QCoreApplication::translate("caseloop::Database",
                                                 "%1 is not a server address postgresql://USER@HOST:PORT/DATABASE "
                                                 "(%2).")
                         .arg(shown.isValid() ? shown.toString() : QStringLiteral("postgresql://…"), why)};
    };
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return bad(url.errorString());
    PostgresAddress a;
    a.user = url.userName();
    a.password = url.password();
    a.host = url.host();
    a.port = url.port(-1); // none given: libpq's own default (PGPORT, else 5432)
    a.database = url.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/')))
        return bad(QCoreApplication::translate("caseloop::Database", "the database name is missing"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port"))
            a.port = value.toInt();
        else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("password"))
            a.password = value;
        else if (key == QLatin1String("dbname"))
            a.database = value;
        else if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char('\''))
                 || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\\')))
            // Qt's driver hands the parameters on unquoted: a space would start another one (host=…).
            return bad(QCoreApplication::translate("caseloop::Database",
                                                   "the value of %1 holds a space, a quote or "
                                                   "a semicolon")
                           .arg(key));
        else
            a.options << key + QLatin1Char('=') + value;
    }
    return a;
}

QString PostgresAddress::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(QLatin1Char('/'));
    url.setHost(socket ? QString() : host);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    if (port > 0 && (port != 5432 || socket))
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    for (const QString& option : options)
        if (option.section(QLatin1Char('='), 0, 0) != QLatin1String("sslpassword")) // a secret, never shown
            query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    url.setQuery(query);
    QString text = url.toString(QUrl::PrettyDecoded);
    // QUrl writes an empty authority as "postgresql:/db"; libpq's form keeps the two slashes.
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

QList<std::pair<QByteArray, QByteArray>> PostgresAddress::parameters(const QString& secret) const
{
    QList<std::pair<QByteArray, QByteArray>> result;
    const auto add = [&](const QByteArray& key, const QString& value) {
        if (!value.isEmpty())
            result.append(std::pair<QByteArray, QByteArray>(key, value.toUtf8()));
    };
    add("host", host);
    add("port", port > 0 ? QString::number(port) : QString());
    add("dbname", database);
    add("user", user);
    add("password", secret);
    for (const QString& option : options)
        add(option.section(QLatin1Char('='), 0, 0).toUtf8(), option.section(QLatin1Char('='), 1));
    return result;
}

LibpqArrays::LibpqArrays(const QList<std::pair<QByteArray, QByteArray>>& parameters)
{
    for (const auto& [key, value] : parameters) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
}

bool passwordRefused(const QString& error)
{
    return error.contains(QLatin1String("password authentication failed"))
        || error.contains(QStringLiteral("密码认证失败"));
}

} // namespace caseloop
