// The desk shows what other desks do without a manual refresh (LiveUpdates), keeping the user's place.
#include "MainWindow.h"
#include "Operator.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "desk/ComplaintListPage.h"
#include "workflow/ComplaintWorkflow.h"

#include <QLabel>
#include <QTableView>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("a complaint registered at another desk appears in the list with the user's selection kept", "[ui][live]")
{
    QuietDialogs quiet;
    TestDb db;
    for (int i = 0; i < 12; ++i)
        db.registered();
    MainWindow window(db.store(),
                      Operators::use(db.store(), require(db.store().organisation().staffMember(db.org().steward))));
    window.show();
    ComplaintListPage* list = window.complaintList();
    REQUIRE(settle(*list->model()));
    REQUIRE(list->model()->totalCount() == 12);
    list->view()->selectRow(4);
    const Id chosen = list->model()->complaintId(4);
    QLabel* banner = window.findChild<QLabel*>(QStringLiteral("connectionBanner"));
    REQUIRE(banner);
    CHECK(banner->isHidden());

    // Another desk, on its own connection, registers a complaint: it comes in at the top within seconds.
    FixedClock otherClock(db.clock().now());
    auto other = require(Store::openExisting(db.path(), otherClock));
    const Complaint registered = require(ComplaintWorkflow(*other).registerComplaint(db.draft()));
    QElapsedTimer waited;
    waited.start();
    while (list->model()->totalCount() != 13 && waited.elapsed() < 30000) // a loaded CI machine
        QTest::qWait(20);
    REQUIRE(list->model()->totalCount() == 13);
    CHECK(list->model()->complaintId(0) == registered.id);
    CHECK(list->selectedIds() == QList<Id>{chosen}); // the same complaint, now one row further down
    CHECK(list->view()->selectionModel()->selectedRows().value(0).row() == 5);
    CHECK(list->countLabel()->text().contains(QStringLiteral("13")));
    CHECK(banner->isHidden());
}
