#include "MainWindow.h"
#include "QueryWorker.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "desk/ComplaintFilterBar.h"
#include "desk/ComplaintListPage.h"
#include "desk/ComplaintTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("the complaint model fetches pages as the view scrolls and stays a valid model", "[ui][model]")
{
    TestDb db;
    db.fillDemo(450, 11);
    ComplaintTableModel model(db.store(), true);
    CHECK(model.totalCount() == -1); // counted on the worker thread
    CHECK(model.rowCount() == ComplaintTableModel::kPageSize); // the first page only
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ComplaintTableModel::kPageSize);
    REQUIRE(settle(model));
    CHECK(model.totalCount() == 450);
    CHECK(model.rowCount() == 450); // every row known; each page is read when shown
    CHECK_FALSE(model.canFetchMore({}));
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
    db.fillDemo(250, 11);
    // The tester fetches everything it can as soon as it is attached. (It cannot follow a reset of a
    // model that inserts rows in fetchMore: it calls fetchMore inside its own reset handler.)
    ComplaintTableModel all(db.store(), true);
    QAbstractItemModelTester allTester(&all, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(settle(all));
    CHECK(all.rowCount() == 250);
    ComplaintTableModel closedOnly(db.store(), true);
    ComplaintFilter closed;
    closed.statuses = {ComplaintStatus::Closed};
    closedOnly.setFilter(closed);
    QAbstractItemModelTester closedTester(&closedOnly, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(settle(closedOnly));
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
    CHECK(masked.data(masked.index(0, ComplaintTableModel::PhoneColumn)).toString() == QStringLiteral("138******00"));
}

TEST_CASE("the main window lists a demo database and filters by status and text in SQL", "[ui][window]")
{
    TestDb db;
    db.fillDemo(300, 11);
    MainWindow window(db.store(), administrator());
    window.show();
    ComplaintListPage* page = window.complaintList();
    QTableView* view = page->view();
    REQUIRE(settle(*page->model()));
    CHECK(view->model()->rowCount() > 0);
    // The desk opens on the open complaints; "all statuses" shows every one.
    ComplaintFilterBar* filters = page->filterBar();
    filters->status()->setCurrentIndex(0);
    REQUIRE(settle(*page->model()));
    CHECK(page->countLabel()->text().contains(QStringLiteral("300")));

    QComboBox* status = filters->status();
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    REQUIRE(settle(*page->model()));
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

    // Nothing found: the count line says so, naming the text (the other filters still apply).
    search->setText(QStringLiteral("鸽子")); // keyClicks types ASCII only
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(settle(*page->model()));
    CHECK(page->model()->rowCount() == 0);
    CHECK(page->countLabel()->text().contains(QStringLiteral("鸽子")));
}

TEST_CASE("the list holds a few pages however far it is scrolled, and jumps to the end by offset", "[ui][model]")
{
    TestDb db;
    db.fillDemo(1500, 11);
    ComplaintTableModel model(db.store(), true);
    REQUIRE(settle(model));
    REQUIRE(model.rowCount() == 1500);
    // The last row is found without reading the rows before it.
    const Id last = rawScalar(db.path(), QStringLiteral("SELECT id FROM complaints ORDER BY received_at, id LIMIT 1"))
                        .toLongLong();
    CHECK(model.complaintId(1499) == last);
    const Id middle = rawScalar(db.path(),
                                QStringLiteral("SELECT id FROM complaints ORDER BY received_at DESC, id DESC "
                                               "LIMIT 1 OFFSET 777"))
                          .toLongLong();
    CHECK(model.complaintId(777) == middle);
    // Scrolling through everything keeps at most the cache's pages; every row comes once, newest first.
    QSet<Id> seen;
    QDateTime previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        seen.insert(model.complaintId(r));
        const QDateTime received
            = model.data(model.index(r, ComplaintTableModel::ReceivedColumn), Qt::UserRole).toDateTime();
        if (previous.isValid())
            CHECK(received <= previous);
        previous = received;
        CHECK(model.cachedPages() <= ComplaintTableModel::kCachedPages);
    }
    CHECK(seen.size() == 1500);

    // Another desk registers one: until the list is counted again a jump reads from the top, so the page read in the
    // meantime still fits the rows around it once the new count is in.
    Complaint newest = require(db.store().complaints().get(last));
    newest.code = QStringLiteral("TS-NEW-0001");
    newest.receivedAt = db.clock().now().addSecs(60);
    require(db.store().complaints().insert(newest));
    QSignalSpy counted(&model, &ComplaintTableModel::countChanged);
    model.reload(false);
    (void)model.complaintId(1499); // its page read now, the old count still standing
    REQUIRE(counted.wait(10000));
    REQUIRE(model.rowCount() == 1501);
    const auto idAt = [&](int offset) {
        return rawScalar(db.path(),
                         QStringLiteral("SELECT id FROM complaints ORDER BY received_at DESC, id DESC "
                                        "LIMIT 1 OFFSET %1")
                             .arg(offset))
            .toLongLong();
    };
    CHECK(model.complaintId(1499) == idAt(1499));
    CHECK(model.complaintId(1500) == last);
}

TEST_CASE("searching: 3+ characters through the trigram index, 1–2 characters off the UI thread", "[ui][model]")
{
    TestDb db;
    db.fillDemo(400, 11);
    ComplaintTableModel model(db.store(), true);
    REQUIRE(settle(model));
    auto expected = [&](const QString& text) {
        return rawScalar(db.path(),
                         QStringLiteral("SELECT COUNT(*) FROM complaints WHERE instr(complainant_name, '%1') "
                                        "OR instr(description, '%1') OR instr(request, '%1') OR code = '%1'")
                             .arg(text))
            .toLongLong();
    };
    ComplaintFilter f;
    f.text = QStringLiteral("电梯停运"); // not contiguous in the texts: a phrase, not words
    model.setFilter(f);
    CHECK_FALSE(model.searching());
    REQUIRE(settle(model));
    CHECK(model.totalCount() == expected(f.text));
    f.text = QStringLiteral("多次停运");
    model.setFilter(f);
    REQUIRE(settle(model));
    CHECK(model.totalCount() == expected(f.text));
    CHECK(model.totalCount() > 0);

    f.text = QStringLiteral("电梯"); // two characters: the worker scans
    model.setFilter(f);
    CHECK(model.searching());
    CHECK(model.rowCount() == 0);
    QSignalSpy found(&model, &ComplaintTableModel::searchFinished);
    REQUIRE(settle(model));
    CHECK(found.count() == 1);
    CHECK(model.totalCount() == expected(f.text));
    CHECK(model.rowCount() == model.totalCount());
    CHECK(model.data(model.index(0, ComplaintTableModel::CodeColumn)).toString().startsWith(QStringLiteral("TS-")));

    // A new filter replaces a running search: the old result never arrives.
    f.text = QStringLiteral("漏");
    model.setFilter(f);
    f.text = QStringLiteral("噪");
    model.setFilter(f);
    REQUIRE(settle(model));
    CHECK(model.totalCount() == expected(QStringLiteral("噪")));
    CHECK(found.count() == 2);

    // The index follows an edit of the description in the same transaction.
    Complaint c = require(db.store().complaints().get(model.complaintId(0)));
    c.description = QStringLiteral("楼道感应灯全部不亮");
    requireOk(db.store().complaints().update(c));
    f.text = QStringLiteral("感应灯全部");
    model.setFilter(f);
    REQUIRE(settle(model));
    CHECK(model.totalCount() == 1);
    CHECK(model.complaintId(0) == c.id);
}

TEST_CASE("the query worker drops what was queued before an interrupt and runs what comes after", "[ui][model]")
{
    TestDb db;
    db.fillDemo(120, 3);
    QueryWorker worker(db.path());
    QObject receiver;
    std::optional<Result<qint64>> before, after;
    std::optional<Result<QList<Complaint>>> page;
    worker.count({}, &receiver, [&](Result<qint64> r) { before = r; });
    worker.interrupt();
    ComplaintFilter f;
    f.text = QStringLiteral("漏");
    worker.count(f, &receiver, [&](Result<qint64> r) { after = r; });
    worker.page(f, 0, 500, -1, &receiver, [&](Result<QList<Complaint>> r) { page = r; });
    REQUIRE(QTest::qWaitFor([&] { return before && after && page; }, 10000));
    // The first either finished before the interrupt or was dropped; never a failure of another kind.
    if (!before->ok())
        CHECK(before->error().contains(QStringLiteral("interrupt")));
    REQUIRE(after->ok());
    REQUIRE(page->ok());
    CHECK(after->value() == page->value().size());
    CHECK(after->value() > 0);
}
