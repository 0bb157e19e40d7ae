#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace caseloop {

// A database on a PostgreSQL server, as libpq's URI names it:
// postgresql://USER@HOST:PORT/DBNAME, with ?host=/path/to/socket for a Unix socket and any other libpq parameter
// (sslmode=require…) after the ?. A password may be written in it (postgresql://USER:PASSWORD@…) but is never
// shown: display() leaves it out. Without one, libpq looks in PGPASSWORD and ~/.pgpass.
struct PostgresAddress
{
    QString user;
    QString password;
    QString host; // a name, an address, or a socket folder (starts with /); empty: libpq's default
    int port = -1; // none given: libpq's default (PGPORT, else 5432)
    QString database;
    QStringList options; // further libpq parameters, "key=value"

    static Result<PostgresAddress> parse(const QString& uri);
    // The URI again, without the password.
    QString display() const;
    // libpq's keywords and values for this address (PQconnectdbParams), with `password` when it is not empty.
    QList<std::pair<QByteArray, QByteArray>> parameters(const QString& password) const;
};

// libpq's keywords and values as the null-terminated arrays PQconnectdbParams and PQconnectStartParams take. They
// point into `parameters`, which must outlive them.
struct LibpqArrays
{
    explicit LibpqArrays(const QList<std::pair<QByteArray, QByteArray>>& parameters);
    std::vector<const char*> keys, values;
};

// Whether the words of a failed connection say that the server refused the password given (in libpq's or the
// server's language, English or Chinese).
bool passwordRefused(const QString& error);

} // namespace caseloop
