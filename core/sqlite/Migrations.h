#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caseloop {

// One numbered schema step, kept as resources/migrations/NNN_name.sql (docs/ARCHITECTURE.md §6).
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Every migration compiled into this program, in version order.
QList<Migration> allMigrations();
int latestSchemaVersion();

// Splits a migration file into statements. Written by hand because Qt's SQLite driver
// runs one statement per exec(); it drops "--" comments and keeps CREATE TRIGGER ... END;
// bodies whole. Semicolons inside string literals are not supported (migrations have none).
QStringList splitSqlStatements(const QString& sql);

} // namespace caseloop
