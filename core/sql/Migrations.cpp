#include "sql/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace caseloop {

QList<Migration> allMigrations(const QString& engine)
{
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/migrations/") + engine);
    static const QRegularExpression namePattern(QStringLiteral("^(\\d{3})_(.+)\\.sql$"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = namePattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        result.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return result;
}

int latestSchemaVersion(const QString& engine)
{
    const auto migrations = allMigrations(engine);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

QStringList splitSqlStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool inDollarQuote = false; // a PostgreSQL function body or DO block between $$ and $$
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (QString line : lines) {
        const qsizetype comment = line.indexOf(QStringLiteral("--"));
        if (comment >= 0)
            line.truncate(comment);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (current.isEmpty() && trimmed.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += line + QLatin1Char('\n');
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inDollarQuote = !inDollarQuote;
        const bool ends = inDollarQuote ? false
            : inTrigger                 ? trimmed.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0
                                        : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace caseloop
