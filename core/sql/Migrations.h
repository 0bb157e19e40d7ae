#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caseloop {

// One numbered schema step, kept as resources/migrations/ENGINE/NNN_name.sql (docs/ARCHITECTURE.md §6): "sqlite"
// for files, "postgresql" for servers. The server's folder may go further than the files' (version 8: write receipts
// and change notifications, which only several desks on one server need); the versions they share are the same
// schema.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// Every migration of `engine` ("sqlite" or "postgresql") compiled into this program, in version order.
QList<Migration> allMigrations(const QString& engine);
// The version this program writes on `engine`: its last migration.
int latestSchemaVersion(const QString& engine = QStringLiteral("sqlite"));

// Splits a migration file into statements. Written by hand because Qt's SQLite driver
// runs one statement per exec(); it drops "--" comments and keeps CREATE TRIGGER ... END;
// bodies and PostgreSQL's $$-quoted bodies whole. Semicolons inside string literals are not supported (migrations
// have none).
QStringList splitSqlStatements(const QString& sql);

} // namespace caseloop
