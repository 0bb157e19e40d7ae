// The office on both engines: moved from a file to a PostgreSQL server and back, its figures identical at every
// step (runs where a test server is given, TestSupport.h onPostgres).
#include "CliRun.h"
#include "TestSupport.h"

#include <QFile>

using namespace caseloop;
using namespace caseloop::test;

namespace {
QString statsJson(const QString& db, const QString& by)
{
    const CliRun r = runCli(
        {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--by"), by, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return r.out;
}
} // namespace

TEST_CASE("an office moves from a file to a server and back with identical figures, and checks clean on both",
          "[engines][cli]")
{
    if (!onPostgres())
        return; // the postgresql run of this suite covers it (tests/CMakeLists.txt)
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("office.db"));
    const QString back = dir.filePath(QStringLiteral("back.db"));
    REQUIRE(runCli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--complaints"),
                    QStringLiteral("600"), QStringLiteral("--end"), QStringLiteral("2026-11-20")})
                .code
            == 0);
    const QString server = createServerDatabase();
    const CliRun there
        = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server});
    INFO(there.err.toStdString());
    REQUIRE(there.code == 0);
    CHECK(there.out.contains(QStringLiteral("complaints")));
    // Once there, the server office is not a target any more: a second move is refused, nothing merged.
    CHECK(runCli({QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server}).code
          != 0);
    const CliRun home
        = runCli({QStringLiteral("migrate"), QStringLiteral("--from"), server, QStringLiteral("--to"), back});
    INFO(home.err.toStdString());
    REQUIRE(home.code == 0);
    for (const char* by : {"type", "region", "estate", "status", "satisfaction", "service-line", "channel"}) {
        INFO(by);
        const QString onFile = statsJson(file, QLatin1String(by));
        CHECK(statsJson(server, QLatin1String(by)) == onFile);
        CHECK(statsJson(back, QLatin1String(by)) == onFile);
    }
    for (const QString& db : {file, server, back}) {
        const CliRun check = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
        INFO(check.out.toStdString() + check.err.toStdString());
        CHECK(check.code == 0);
    }
    // The same hotspots, and the same tracking sheet as CSV, on the server as in the file.
    for (const QString& db : {server, back}) {
        const QStringList hotspots{QStringLiteral("hotspots"), QStringLiteral("--to"), QStringLiteral("2026-11-20"),
                                   QStringLiteral("--json")};
        CHECK(runCli(QStringList{QStringLiteral("--db"), db} + hotspots).out
              == runCli(QStringList{QStringLiteral("--db"), file} + hotspots).out);
    }
    const auto csv = [&](const QString& db, const QString& name) {
        const QString out = dir.filePath(name);
        REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("tracking"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--status"),
                        QStringLiteral("all"), QStringLiteral("--out"), out})
                    .code
                == 0);
        QFile f(out);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    };
    CHECK(csv(server, QStringLiteral("server.csv")) == csv(file, QStringLiteral("file.csv")));
    dropServerDatabase(server);
}
