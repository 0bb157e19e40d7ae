// A new office's first start: a start page with three ways in instead of an empty desk; the intake says why it cannot
// register before an estate exists; empty charts say so.
#include "Charts.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "Operator.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "desk/IntakeDialog.h"
#include "start/OfficeSetupWizard.h"
#include "start/StartPage.h"
#include "workflow/OfficeSetup.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QPushButton>

using namespace caseloop;
using namespace caseloop::test;

namespace {
Operator administrator(TestDb& db)
{
    Staff admin{0, QStringLiteral("系统管理员"), QStringLiteral("admin1"), Role::Administrator, 0, {}, true};
    admin.id = require(db.store().organisation().addStaff(admin));
    return Operators::use(db.store(), admin);
}

OfficeSetup westLake()
{
    OfficeSetup s;
    s.officeName = QStringLiteral("锦程物业西溪服务中心");
    s.region = QStringLiteral("华东区域");
    s.estate = QStringLiteral("西溪锦园");
    s.buildings = 12;
    s.units = 2;
    s.floors = 18;
    s.stewardName = QStringLiteral("陈静");
    s.stewardLogin = QStringLiteral("gj001");
    s.stewardPhone = QStringLiteral("138-0000-1111");
    return s;
}
} // namespace

TEST_CASE("a new office's setup writes its region, estate, buildings and steward, all or nothing", "[ui][start]")
{
    TestDb db;
    CHECK(isNewOffice(db.store()));
    OfficeSetup missing = westLake();
    missing.estate.clear();
    CHECK(missing.problem().contains(QStringLiteral("estate")));
    CHECK_FALSE(applyOfficeSetup(db.store(), missing).ok());
    CHECK(require(db.store().organisation().regions()).isEmpty()); // nothing half-written
    OfficeSetup badPhone = westLake();
    badPhone.stewardPhone = QStringLiteral("abc");
    CHECK(badPhone.problem().contains(QStringLiteral("abc")));

    requireOk(applyOfficeSetup(db.store(), westLake()));
    CHECK_FALSE(isNewOffice(db.store()));
    const auto estates = require(db.store().organisation().estates());
    REQUIRE(estates.size() == 1);
    const auto buildings = require(db.store().organisation().buildings(estates[0].id));
    REQUIRE(buildings.size() == 12);
    CHECK(buildings[0].name == QStringLiteral("1栋"));
    CHECK(require(db.store().organisation().staffByLogin(QStringLiteral("gj001"))).phone
          == QStringLiteral("13800001111"));
    CHECK(require(db.store().settings().value(QStringLiteral("office.name")))
          == QStringLiteral("锦程物业西溪服务中心"));
}

TEST_CASE("the first start shows three ways in; setting up the organisation ends at the desk", "[ui][start]")
{
    QuietDialogs quiet;
    TestDb db;
    const Operator admin = administrator(db);
    MainWindow window(db.store(), admin);
    StartPage* start = window.startPage();
    REQUIRE(start);
    QStringList buttons;
    for (QPushButton* b : start->findChildren<QPushButton*>())
        buttons << b->text();
    CHECK(buttons.size() == 3);

    // Until an estate exists, the intake says why it cannot register.
    {
        IntakeDialog intake(db.store(), admin);
        bool explained = false;
        for (QLabel* label : intake.findChildren<QLabel*>())
            explained = explained || label->text().contains(QStringLiteral("No estate exists yet"));
        CHECK(explained);
        bool registerEnabled = true;
        for (QPushButton* b : intake.findChildren<QPushButton*>())
            if (b->text().startsWith(QStringLiteral("Register")))
                registerEnabled = b->isEnabled();
        CHECK_FALSE(registerEnabled);
    }

    Dialogs::setExecHook([](QDialog& dialog) {
        auto* wizard = qobject_cast<OfficeSetupWizard*>(&dialog);
        REQUIRE(wizard);
        wizard->fill(westLake());
        return int(QDialog::Accepted);
    });
    window.setUpOffice();
    CHECK(window.startPage() == nullptr);
    CHECK(require(db.store().organisation().estates()).size() == 1);
    // A database that has an estate opens on the desk.
    MainWindow again(db.store(), admin);
    CHECK(again.startPage() == nullptr);
}

TEST_CASE("demo data goes into a separate demo database, marked as such", "[ui][start]")
{
    QuietDialogs quiet;
    TestDb db;
    MainWindow window(db.store(), administrator(db));
    REQUIRE(window.startPage());
    window.loadDemo();
    const QString demo = MainWindow::demoLocation(db.path());
    CHECK(window.pendingDatabase() == demo);
    CHECK(rawScalar(demo, QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 2000);
    CHECK(rawScalar(demo, QStringLiteral("SELECT value FROM settings WHERE key = 'office.demo'")).toString()
          == QStringLiteral("1"));
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT count(*) FROM complaints")).toInt() == 0); // never mixed
    // The demo database's window says DEMO in its title.
    FixedClock clock(db.clock().now());
    auto opened = require(Store::open(demo, clock));
    MainWindow demoWindow(
        *opened, Operators::use(*opened, require(opened->organisation().staffByLogin(QStringLiteral("admin")))));
    CHECK(demoWindow.windowTitle().contains(QStringLiteral("DEMO")));
    CHECK(demoWindow.startPage() == nullptr);
}

TEST_CASE("an empty chart says there is no data instead of drawing empty axes", "[ui][charts]")
{
    std::unique_ptr<QChart> empty(Charts::bars(QStringLiteral("Complaint types"), {}));
    CHECK(empty->series().isEmpty());
    CHECK(empty->axes().isEmpty());
    bool said = false;
    for (QGraphicsItem* item : empty->childItems())
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            said = said || text->text() == QStringLiteral("No data");
    CHECK(said);
    std::unique_ptr<QChart> pie(Charts::pie(QStringLiteral("Channels"), {}));
    CHECK(pie->series().isEmpty());
    std::unique_ptr<QChart> some(Charts::bars(QStringLiteral("Complaint types"),
                                              {{QStringLiteral("facilities"), QStringLiteral("设施设备"), 3}}));
    CHECK_FALSE(some->series().isEmpty());
}
