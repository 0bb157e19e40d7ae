#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caseloop {

// One numbered schema step, kept as resources/migrations/ENGINE/NNN_name.sql (docs/ARCHITECTURE.md §6): "sqlite"
// for files, "postgresql" for servers. Both folders end at the same version.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Every migration of `engine` ("sqlite" or "postgresql") compiled into this program, in version order.
QList<Migration> allMigrations(const QString& engine);
// The version this program writes (the last migration of the files, which the server's folder matches).
int latestSchemaVersion();

// Splits a migration file into statements. Written by hand because Qt's SQLite driver
// runs one statement per exec(); it drops "--" comments and keeps CREATE TRIGGER ... END;
// bodies whole. Semicolons inside string literals are not supported (migrations have none).
QStringList splitSqlStatements(const QString& sql);

} // namespace caseloop
