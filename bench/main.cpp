// caseloop-bench: prints one line per figure as "name value unit" and, with --out, the same as JSON.
//   caseloop-bench --exports [--items 10000] [--db FILE] [--out FILE.json]
//   caseloop-bench --analysis [--complaints 1000000] [--db FILE] [--out FILE.json]
//   caseloop-bench --import [--rows 100000] [--into DB] [--out FILE.json]
//   caseloop-bench --list [--complaints 1000000] [--db FILE] [--out FILE.json]   list, filters and searches only
//   caseloop-bench [--complaints 1000000] [--db FILE] --out FILE.json     everything: list, search, memory,
//                                                                         charts, report, exports, import
#include "AnalysisBench.h"
#include "BenchData.h"
#include "Figures.h"
#include "ImportBench.h"
#include "ScaleBench.h"
#include "SheetPainter.h"
#include "XlsxWriter.h"
#include "demo/DemoData.h"
#include "sheet/CsvWriter.h"
#include "sheet/TrackingSheet.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace caseloop;

namespace {
using bench::report;
using bench::seconds;

int exports(const QString& path, int items)
{
    FixedClock clock(wallTime(QDate(2026, 11, 23), QTime(18, 0)));
    auto opened = Store::open(path, clock);
    if (!opened) {
        QTextStream(stderr) << opened.error() << Qt::endl;
        return 1;
    }
    Store& store = *opened.value();
    QElapsedTimer setup;
    setup.start();
    if (store.complaints().count({}).value_or(0) == 0) {
        DemoOptions demo;
        demo.complaints = 2000;
        demo.end = clock.now();
        if (auto r = generateDemo(store, clock, demo); !r) {
            QTextStream(stderr) << r.error() << Qt::endl;
            return 1;
        }
    }
    if (Status s = bench::addRectificationItems(store, clock, items, 7); !s) {
        QTextStream(stderr) << s.error() << Qt::endl;
        return 1;
    }
    report(QStringLiteral("setup.database"), double(setup.elapsed()) / 1000.0, QStringLiteral("s"));

    QTemporaryDir dir;
    RectificationFilter all;
    Sheet sheet;
    report(QStringLiteral("tracking.load.%1").arg(items), seconds([&] {
               auto s = TrackingSheet::load(store, all);
               sheet = s ? s.value() : Sheet();
               return s.ok();
           }),
           QStringLiteral("s"));
    report(QStringLiteral("tracking.rows"), double(sheet.rows.size()), QStringLiteral("rows"));
    const auto exportAs = [&](const QString& format, const std::function<Status(const Sheet&, const QString&)>& write) {
        const QString file = dir.filePath(QStringLiteral("tracking.") + format);
        const double s = seconds([&] {
            auto loaded = TrackingSheet::load(store, all);
            return loaded && write(loaded.value(), file).ok();
        });
        report(QStringLiteral("export.tracking.%1.%2").arg(format).arg(items), s, QStringLiteral("s"));
        report(QStringLiteral("export.tracking.%1.bytes").arg(format), double(QFileInfo(file).size()),
               QStringLiteral("bytes"));
    };
    exportAs(QStringLiteral("csv"), [](const Sheet& s, const QString& f) {
        return saveAtomically(f, [&](QIODevice& d) { return writeCsv(s, d); });
    });
    exportAs(QStringLiteral("xlsx"),
             [](const Sheet& s, const QString& f) { return XlsxWriter::write(s, f, QStringLiteral("整改跟踪表")); });
    exportAs(QStringLiteral("pdf"), [](const Sheet& s, const QString& f) {
        return SheetPainter::writePdf(s, f, QStringLiteral("caseloop-bench"));
    });
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the weekly report draws Qt Charts
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("exports"), QStringLiteral("Measure the tracking sheet exports.")});
    parser.addOption({QStringLiteral("analysis"),
                      QStringLiteral("Measure the analysis charts, KPIs, hotspots and the weekly report.")});
    parser.addOption({QStringLiteral("import"), QStringLiteral("Measure importing a CSV ledger into a new office.")});
    parser.addOption({QStringLiteral("list"),
                      QStringLiteral("Measure the complaint list, its filters and searches (without the scroll through "
                                     "every row, which takes minutes).")});
    parser.addOption({QStringLiteral("into"),
                      QStringLiteral("With --import: import into this office (a file or a server) instead of a new "
                                     "one. Its rows stay there."),
                      QStringLiteral("DB")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows of the imported ledger (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("complaints"),
                      QStringLiteral("Complaints in the generated database (default 1000000)."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("items"), QStringLiteral("Rectification items (default 10000)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database to create or reuse: a file, or an empty or earlier database on a "
                                     "server, postgresql://… (default: a temporary file)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Also write the figures as JSON."), QStringLiteral("FILE")});
    parser.process(app);
    QTemporaryDir temp;
    const QString db = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : temp.filePath(QStringLiteral("bench.db"));
    const int complaints = parser.value(QStringLiteral("complaints")).toInt();
    const int items = parser.value(QStringLiteral("items")).toInt();
    int code = 0;
    if (parser.isSet(QStringLiteral("analysis")))
        code = bench::analysis(db, complaints);
    else if (parser.isSet(QStringLiteral("exports")))
        code = exports(db, items);
    else if (parser.isSet(QStringLiteral("list")))
        code = bench::scaleList(db, complaints, false);
    else if (parser.isSet(QStringLiteral("import")))
        code = bench::importLedger(parser.value(QStringLiteral("rows")).toInt(),
                                   parser.isSet(QStringLiteral("into")) ? parser.value(QStringLiteral("into"))
                                       : Store::isServerLocation(db)    ? db
                                                                        : QString());
    else // the whole suite on one database
        for (const auto& step : std::initializer_list<std::function<int()>>{
                 [&] { return bench::scaleList(db, complaints, true); },
                 [&] { return bench::analysis(db, complaints); }, [&] { return exports(db, items); },
                 [&] { return bench::importLedger(parser.value(QStringLiteral("rows")).toInt()); }})
            if ((code = step()) != 0)
                break;
    if (code == 0 && parser.isSet(QStringLiteral("out"))) {
        QFile f(parser.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(bench::figures()).toJson()) < 0)
            return 1;
    }
    return code;
}
