// `migrate`: an office moved whole from one database to another, a file to a server or back (sql/OfficeCopy.h).
#include "CliCommand.h"
#include "store/Backups.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>

namespace caseloop::cli {

namespace {
// A new file is written beside the target first and renamed into place once it is whole and checked.
QString partOf(const QString& file)
{
    return file + QStringLiteral(".part");
}
} // namespace

Command migrateCommand()
{
    return {"migrate",
            QT_TRANSLATE_NOOP("CliText",
                              "Move a whole office to another database: a file to a PostgreSQL server, or a server's "
                              "office to a file. All or nothing; every table's rows are counted."),
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("from"), CliText::tr("The office to copy (a file or postgresql://…)."),
                             QStringLiteral("DATABASE")});
                p.addOption(
                    {QStringLiteral("to"),
                     CliText::tr("Where it goes: a new file, or an empty database on a server (postgresql://…)."),
                     QStringLiteral("DATABASE")});
            },
            [](CommandContext& ctx) {
                if (!ctx.parser.isSet(QStringLiteral("from")) || !ctx.parser.isSet(QStringLiteral("to")))
                    return ctx.fail(CliText::tr("Say what to move where: --from DATABASE --to DATABASE."), UsageError);
                const QString from = ctx.parser.value(QStringLiteral("from"));
                const QString to = ctx.parser.value(QStringLiteral("to"));
                const bool toFile = !Store::isServerLocation(to);
                if (toFile && QFileInfo(to).exists() && QFileInfo(to).size() > 0)
                    return ctx.fail(
                        CliText::tr("%1 already exists; migrate writes a new file only. Nothing was changed.").arg(to));
                if (toFile && QFileInfo(from).exists()
                    && QFileInfo(from).canonicalFilePath() == QFileInfo(to).absoluteFilePath())
                    return ctx.fail(CliText::tr("--from and --to name the same database."), UsageError);
                auto source = Store::open(from, ctx.clock, ctx.openOptions(false));
                if (!source)
                    return ctx.fail(source.error());
                // Signed in on the source; the new target receives the source's accounts with everything else.
                if (!ctx.signIn(*source.value()))
                    return int(BadInput);
                const QString written = toFile ? partOf(to) : to;
                if (toFile)
                    QFile::remove(written);
                auto target = Store::open(written, ctx.clock, ctx.openOptions(true));
                if (!target)
                    return ctx.fail(target.error());
                auto moved = source.value()->copyTo(*target.value());
                const QString targetLocation = toFile ? to : target.value()->location();
                target.value().reset();
                if (!moved) {
                    if (toFile)
                        QFile::remove(written);
                    return ctx.fail(moved.error());
                }
                if (toFile) {
                    if (auto facts = Backups::check(written); !facts) {
                        QFile::remove(written);
                        return ctx.fail(facts.error());
                    }
                    if (!QFile::rename(written, to)) {
                        QFile::remove(written);
                        return ctx.fail(CliText::tr("Could not put %1 in place; nothing was changed.").arg(to));
                    }
                }
                ctx.out << CliText::tr("Moved %1 rows from %2 to %3:")
                               .arg(moved->total())
                               .arg(source.value()->location(), targetLocation)
                        << Qt::endl;
                for (const auto& [table, rows] : moved->tables)
                    ctx.out << QStringLiteral("  %1 %2").arg(table, -26).arg(rows) << Qt::endl;
                return int(Success);
            }};
}

} // namespace caseloop::cli
