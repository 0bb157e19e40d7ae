#include "CliCommand.h"
#include "demo/DemoData.h"
#include "domain/Passwords.h"
#include "store/Store.h"

#include <QElapsedTimer>

namespace caseloop::cli {

Command demoCommand()
{
    return {
        "demo",
        QT_TRANSLATE_NOOP("CliText", "Fill an empty database with a demo property group and a year of complaints."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("complaints"), CliText::tr("Number of complaints (default 2000)."),
                         QStringLiteral("N"), QStringLiteral("2000")});
            p.addOption({QStringLiteral("seed"),
                         CliText::tr("Random seed; the same seed gives the same data (default 1)."),
                         QStringLiteral("S"), QStringLiteral("1")});
            p.addOption({QStringLiteral("end"), CliText::tr("Last day of the demo year, YYYY-MM-DD (default today)."),
                         QStringLiteral("DATE")});
            p.addOption({QStringLiteral("password"),
                         CliText::tr("The password of every demo account (default demo1234). Demo data lives in a "
                                     "demo database only, never in an office's own."),
                         QStringLiteral("PASSWORD"), QStringLiteral("demo1234")});
            p.addOption(
                {QStringLiteral("progress"), CliText::tr("Report progress on stderr even when it is not a terminal.")});
        },
        [](CommandContext& ctx) {
            bool okCount = false, okSeed = false;
            const int count = ctx.parser.value(QStringLiteral("complaints")).toInt(&okCount);
            const uint seed = ctx.parser.value(QStringLiteral("seed")).toUInt(&okSeed);
            if (!okCount || count < 0)
                return ctx.fail(CliText::tr("--complaints “%1” is not a number of complaints.")
                                    .arg(ctx.parser.value(QStringLiteral("complaints"))));
            if (!okSeed)
                return ctx.fail(
                    CliText::tr("--seed “%1” is not a whole number.").arg(ctx.parser.value(QStringLiteral("seed"))));
            QDate end;
            if (!ctx.dateOption(QStringLiteral("end"), end))
                return int(BadInput);
            DemoOptions options;
            options.complaints = count;
            options.seed = seed;
            options.end = end.isValid() ? wallTime(end, QTime(18, 0)) : ctx.clock.now();
            options.progress = ctx.progress(CliText::tr("writing complaints"));
            options.password = ctx.parser.value(QStringLiteral("password"));
            if (const QString problem = Passwords::problem(options.password); !problem.isEmpty())
                return ctx.fail(QStringLiteral("--password: ") + problem);
            FixedClock clock(options.end);
            auto store = Store::open(ctx.databasePath, clock, ctx.openOptions(true));
            if (!store)
                return ctx.fail(store.error());
            ctx.waitForOtherWriters(*store.value());
            QElapsedTimer timer;
            timer.start();
            auto summary = generateDemo(*store.value(), clock, options);
            if (!summary)
                return ctx.fail(summary.error());
            ctx.out << CliText::tr(
                           "Demo data written to %1: %2 complaints, %3 tickets, %4 follow-ups, %5 rectification items "
                           "(%6 s).")
                           .arg(store.value()->location())
                           .arg(summary->complaints)
                           .arg(summary->tickets)
                           .arg(summary->followUps)
                           .arg(summary->rectifications)
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                    << Qt::endl;
            ctx.out << CliText::tr("Demo accounts (every one's password is %1): admin (administrator), zg01 "
                                   "(supervisor), gj001 (steward), gc01 (department lead of 工程部). For example: "
                                   "caseloop-cli --db %2 --user zg01 stats")
                           .arg(options.password, ctx.databasePath)
                    << Qt::endl;
            return int(Success);
        }};
}

} // namespace caseloop::cli
