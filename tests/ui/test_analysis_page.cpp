// The analysis page over a demo database: charts fed by core's counts, a click lists the complaints
// behind a bar, the region → estate → building drill-down, a hotspot becomes a rectification item,
// and the weekly report is exported.
#include "Dialogs.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "analysis/AnalysisPage.h"
#include "analysis/ChartBoard.h"
#include "analysis/ComplaintsBehindDialog.h"
#include "analysis/HotspotList.h"
#include "analysis/KpiTables.h"
#include "analysis/PeriodPicker.h"
#include "desk/ComplaintTableModel.h"
#include "rectification/RectificationPage.h"
#include "rectification/StepDialog.h"

#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("analysis charts show core's counts; a bar lists its complaints; regions drill down", "[ui][analysis]")
{
    TestDb db;
    db.fillDemo(600, 5);
    QuietDialogs quiet;
    MainWindow window(db.store(), administrator());
    AnalysisPage* page = window.analysis();
    page->periodPicker()->setPeriod(Period::Kind::Month, QDate(2026, 10, 15));
    CHECK(page->busy()); // counted on the page's worker thread, the window meanwhile free
    CHECK(page->findChild<QLabel*>(QStringLiteral("analysisState"))->text() == QStringLiteral("Counting the figures…"));
    REQUIRE(settle(*page));
    CHECK(page->findChild<QLabel*>(QStringLiteral("analysisState"))->text().isEmpty());
    ChartBoard* charts = page->charts();
    const AnalysisScope october{QDate(2026, 10, 1), QDate(2026, 10, 31)};
    const QList<CountRow> types = require(db.store().statistics().countIn(Dimension::Type, october));
    REQUIRE_FALSE(types.isEmpty());
    CHECK(charts->rows(Dimension::Type).size() == types.size());

    // The chart's bars carry the same numbers, largest on top (the last bar of the set).
    auto* series = qobject_cast<QHorizontalBarSeries*>(charts->chart(Dimension::Type)->series().first());
    REQUIRE(series);
    QBarSet* current = series->barSets().first();
    const int shown = int(qMin<qsizetype>(types.size(), 10));
    CHECK(current->count() == shown);
    CHECK(qint64(current->at(shown - 1)) == types.first().count);

    // A click on the largest bar lists exactly its complaints.
    Q_EMIT series->clicked(shown - 1, current);
    auto dialogs = page->findChildren<ComplaintsBehindDialog*>();
    REQUIRE(dialogs.size() == 1);
    REQUIRE(settle(*dialogs[0]->model()));
    CHECK(dialogs[0]->model()->totalCount() == types.first().count);

    // Region → estate → building.
    REQUIRE(charts->placeLevel() == Dimension::Region);
    const QList<CountRow> regions = charts->rows(Dimension::Region);
    REQUIRE_FALSE(regions.isEmpty());
    charts->activate(Dimension::Region, 0);
    CHECK(charts->placeLevel() == Dimension::Estate);
    REQUIRE(settle(*charts));
    AnalysisScope inRegion = october;
    inRegion.regionId = regions.first().key.toLongLong();
    CHECK(charts->rows(Dimension::Estate).size()
          == require(db.store().statistics().countIn(Dimension::Estate, inRegion)).size());
    charts->activate(Dimension::Estate, 0);
    CHECK(charts->placeLevel() == Dimension::Building);
    REQUIRE(settle(*charts));
    charts->drillUp();
    charts->drillUp();
    CHECK(charts->placeLevel() == Dimension::Region);
    REQUIRE(settle(*charts));
    CHECK(charts->rows(Dimension::Region) == regions);

    // KPIs fill one row per department and steward with complaints.
    CHECK(page->kpis()->stewards()->rowCount()
          == require(db.store().statistics().kpis(KpiGroup::Steward, october, wallTime(QDate(2026, 11, 1)))).size());
}

TEST_CASE("a hotspot becomes a rectification item with its complaints; the weekly report is exported", "[ui][analysis]")
{
    TestDb db;
    QuietDialogs quiet;
    // Four lift complaints in 3栋 this month.
    ComplaintWorkflow wf(db.store());
    QList<Id> lift;
    for (int day : {2, 9, 16, 20}) {
        db.clock().set(wallTime(QDate(2026, 11, day), QTime(9, 0)));
        Complaint d = db.draft();
        d.receivedAt = db.clock().now();
        lift.prepend(require(wf.registerComplaint(d)).id);
    }
    db.clock().set(wallTime(QDate(2026, 11, 23), QTime(10, 0)));
    MainWindow window(db.store(), administrator());
    HotspotList* hotspots = window.analysis()->hotspots();
    REQUIRE(settle(*hotspots));
    REQUIRE(hotspots->hotspots().size() == 1);
    CHECK(hotspots->table()->item(0, 0)->text() == QStringLiteral("西溪锦园 3栋"));
    hotspots->minimumBox()->setValue(5); // the rule is the office's setting
    REQUIRE(settle(*hotspots));
    CHECK(hotspots->hotspots().isEmpty());
    CHECK(require(db.store().settings().value(QStringLiteral("hotspot.min"))) == QStringLiteral("5"));
    hotspots->minimumBox()->setValue(3);
    REQUIRE(settle(*hotspots));
    REQUIRE(hotspots->hotspots().size() == 1);

    Dialogs::setExecHook([&](QDialog& dialog) {
        auto* step = qobject_cast<StepDialog*>(&dialog);
        REQUIRE(step);
        CHECK(step->values().problem.contains(QStringLiteral("西溪锦园 3栋")));
        return int(QDialog::Rejected); // the form itself is tested with the rectification page
    });
    hotspots->table()->selectRow(0);
    QList<Id> requested;
    QObject::connect(window.analysis(), &AnalysisPage::rectificationRequested,
                     [&](const QList<Id>& ids, const QString&) { requested = ids; });
    hotspots->rectifySelected();
    CHECK(requested == lift);

    const QString pdf = db.file(QStringLiteral("week.pdf"));
    Dialogs::presetSaveFileName(pdf);
    window.analysis()->exportWeeklyReport();
    CHECK(Dialogs::lastMessage().isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(rawScalar(db.path(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' "
                                   "AND new_value LIKE 'weekly report%'"))
              .toInt()
          == 1);
}

TEST_CASE("the window builds a page when it is first shown; a new period replaces the one still being counted",
          "[ui][analysis]")
{
    TestDb db;
    db.fillDemo(600, 5);
    QuietDialogs quiet;
    MainWindow window(db.store(), administrator());
    // A start reads only the desk: the other pages do not exist until they are shown.
    CHECK(window.findChildren<AnalysisPage*>().isEmpty());
    CHECK(window.findChildren<RectificationPage*>().isEmpty());
    window.showPage(2);
    REQUIRE(window.findChildren<AnalysisPage*>().size() == 1);
    AnalysisPage* page = window.analysis();
    CHECK(window.findChildren<RectificationPage*>().isEmpty());

    // October asked for, then September before October's counts are in: October's are never drawn, September's are.
    REQUIRE(settle(*page));
    QList<QList<CountRow>> drawn;
    QObject::connect(page->charts(), &ChartBoard::stateChanged,
                     [&] { drawn << page->charts()->rows(Dimension::Type); });
    page->periodPicker()->setPeriod(Period::Kind::Month, QDate(2026, 10, 15));
    QThread::msleep(1500); // October is counted meanwhile, its results waiting in the event queue
    page->periodPicker()->setPeriod(Period::Kind::Month, QDate(2026, 9, 15));
    REQUIRE(settle(*page));
    QTest::qWait(50); // anything October's jobs still posted would arrive now
    const AnalysisScope september{QDate(2026, 9, 1), QDate(2026, 9, 30)};
    const QList<CountRow> october
        = require(db.store().statistics().countIn(Dimension::Type, {QDate(2026, 10, 1), QDate(2026, 10, 31)}));
    REQUIRE_FALSE(drawn.isEmpty());
    CHECK_FALSE(drawn.contains(october));
    CHECK(drawn.last() == require(db.store().statistics().countIn(Dimension::Type, september)));
    CHECK(page->charts()->rows(Dimension::Type)
          == require(db.store().statistics().countIn(Dimension::Type, september)));
    CHECK(page->charts()->rows(Dimension::Type) != october);
    CHECK(page->kpis()->stewards()->rowCount()
          == require(db.store().statistics().kpis(KpiGroup::Steward, september, wallTime(QDate(2026, 10, 1)))).size());
}
