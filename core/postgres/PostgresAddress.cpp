#include "postgres/PostgresAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace caseloop {

Result<PostgresAddress> PostgresAddress::parse(const QString& uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    const auto bad = [&](const QString& why) {
        return Error{QCoreApplication::translate("caseloop::Database",
                                                 "%1 is not a server address postgresql://USER@HOST:PORT/DATABASE "
                                                 "(%2).")
                         .arg(url.toString(QUrl::RemovePassword), why)};
    };
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return bad(url.errorString());
    PostgresAddress a;
    a.user = url.userName();
    a.password = url.password();
    a.host = url.host();
    a.port = url.port(5432);
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
    if (port != 5432 || socket)
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    for (const QString& option : options)
        query.addQueryItem(option.section(QLatin1Char('='), 0, 0), option.section(QLatin1Char('='), 1));
    url.setQuery(query);
    QString text = url.toString(QUrl::PrettyDecoded);
    // QUrl writes an empty authority as "postgresql:/db"; libpq's form keeps the two slashes.
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, int(qstrlen("postgresql:")), QStringLiteral("postgresql://"));
    return text;
}

} // namespace caseloop
