// caseloop-bench: prints one line per figure as "name value unit" and, with --out, the same as JSON.
//   caseloop-bench --exports [--items 10000] [--db FILE] [--out FILE.json]
// The scale benchmark of 1,000,000 complaints (list, search, charts) joins this program with its own issue.
#include "BenchData.h"
#include "CsvWriter.h"
#include "SheetPainter.h"
#include "Store.h"
#include "TrackingSheet.h"
#include "XlsxWriter.h"
#include "demo/DemoData.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace caseloop;

namespace {
QTextStream out(stdout);
QJsonObject figures;

void report(const QString& name, double value, const QString& unit)
{
    out << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
    figures.insert(name, QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("unit"), unit}});
}

// The best of three runs, in seconds: the figure a user sees once caches are warm.
double seconds(const std::function<bool()>& run)
{
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

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
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("exports"), QStringLiteral("Measure the tracking sheet exports.")});
    parser.addOption({QStringLiteral("items"), QStringLiteral("Rectification items (default 10000)."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database to create or reuse (default: a temporary one)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Also write the figures as JSON."), QStringLiteral("FILE")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("exports"))) {
        QTextStream(stderr) << parser.helpText();
        return 2;
    }
    QTemporaryDir temp;
    const QString db = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : temp.filePath(QStringLiteral("bench.db"));
    const int code = exports(db, parser.value(QStringLiteral("items")).toInt());
    if (code == 0 && parser.isSet(QStringLiteral("out"))) {
        QFile f(parser.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(figures).toJson()) < 0)
            return 1;
    }
    return code;
}
