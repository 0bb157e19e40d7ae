#include "MainWindow.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "desk/ComplaintFilterBar.h"
#include "desk/ComplaintListPage.h"
#include "desk/ComplaintTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace caseloop;
using namespace caseloop::test;

namespace {
void fillDemo(TestDb& db, int complaints)
{
    DemoOptions options;
    options.complaints = complaints;
    options.seed = 11;
    options.end = db.clock().now();
    require(generateDemo(db.store(), db.clock(), options));
}
} // namespace

TEST_CASE("the complaint model fetches pages as the view scrolls and stays a valid model", "[ui][model]")
{
    TestDb db;
    fillDemo(db, 450);
    ComplaintTableModel model(db.store(), true);
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == ComplaintTableModel::kPageSize); // the first page only
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ComplaintTableModel::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 450);
    // Newest first, every row once.
    QSet<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.complaintId(row));
    CHECK(ids.size() == 450);
    CHECK(model.data(model.index(0, ComplaintTableModel::ReceivedColumn), Qt::UserRole).toDateTime()
          >= model.data(model.index(449, ComplaintTableModel::ReceivedColumn), Qt::UserRole).toDateTime());
}

TEST_CASE("the complaint model passes Qt's model tester, filtered and unfiltered", "[ui][model]")
{
    TestDb db;
    fillDemo(db, 250);
    // The tester fetches everything it can as soon as it is attached. (It cannot follow a reset of a
    // model that inserts rows in fetchMore: it calls fetchMore inside its own reset handler.)
    ComplaintTableModel all(db.store(), true);
    QAbstractItemModelTester allTester(&all, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(all.rowCount() == 250);
    ComplaintTableModel closedOnly(db.store(), true);
    ComplaintFilter closed;
    closed.statuses = {ComplaintStatus::Closed};
    closedOnly.setFilter(closed);
    QAbstractItemModelTester closedTester(&closedOnly, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(closedOnly.rowCount() == closedOnly.totalCount());
    CHECK(closedOnly.rowCount() > 0);
    CHECK(closedOnly.rowCount() < 250);
}

TEST_CASE("phone numbers are masked for roles that may not see them", "[ui][model]")
{
    TestDb db;
    db.registered();
    ComplaintTableModel open(db.store(), true), masked(db.store(), false);
    CHECK(open.data(open.index(0, ComplaintTableModel::PhoneColumn)).toString() == QStringLiteral("13800138000"));
    CHECK(masked.data(masked.index(0, ComplaintTableModel::PhoneColumn)).toString() == QStringLiteral("138****8000"));
}

TEST_CASE("the main window lists a demo database and filters by status and text in SQL", "[ui][window]")
{
    TestDb db;
    fillDemo(db, 300);
    MainWindow window(db.store(), Operator{});
    window.show();
    ComplaintListPage* page = window.complaintList();
    QTableView* view = page->view();
    QTest::qWait(50);
    CHECK(view->model()->rowCount() > 0);
    // The desk opens on the open complaints; "all statuses" shows every one.
    ComplaintFilterBar* filters = page->filterBar();
    filters->status()->setCurrentIndex(0);
    CHECK(page->countLabel()->text().contains(QStringLiteral("300")));

    QComboBox* status = filters->status();
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    const qint64 closed
        = rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM complaints WHERE status = 'closed'")).toLongLong();
    CHECK(page->model()->totalCount() == closed);
    CHECK(closed > 0);
    CHECK(closed < 300);

    status->setCurrentIndex(0);
    const QString code
        = rawScalar(db.path(), QStringLiteral("SELECT code FROM complaints ORDER BY id DESC LIMIT 1")).toString();
    QLineEdit* search = filters->search();
    QTest::keyClicks(search, code);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(page->model()->totalCount() == 1);
    CHECK(page->model()->rowCount() == 1);
    CHECK(page->model()->data(page->model()->index(0, ComplaintTableModel::CodeColumn)).toString() == code);
}
