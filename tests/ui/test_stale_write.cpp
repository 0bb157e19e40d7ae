// Two windows on one file: a row another window changed since this table showed it is never silently
// overwritten; the user sees what changed and decides.
#include "Dialogs.h"
#include "MainWindow.h"
#include "Operator.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "admin/AdminPage.h"
#include "admin/RecordEditor.h"

#include <QMessageBox>
#include <QTableWidget>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("a phrase changed in another window is shown to the user, who keeps theirs or applies on top", "[ui][admin]")
{
    QuietDialogs quiet;
    TestDb db;
    Staff supervisor{0, QStringLiteral("林主管"), QStringLiteral("zg01"), Role::Administrator, 0, {}, true};
    supervisor.id = require(db.store().organisation().addStaff(supervisor));
    MainWindow window(db.store(), Operators::use(db.store(), supervisor));
    RecordEditor* phrases = nullptr;
    for (int i = 0; i < window.admin()->sectionCount(); ++i)
        if (window.admin()->editor(i)
            && window.admin()->editor(i)->section().title == QStringLiteral("Minefield phrases"))
            phrases = window.admin()->editor(i);
    REQUIRE(phrases);
    QTableWidget* table = phrases->table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == QStringLiteral("没办法"))
            row = r;
    REQUIRE(row >= 0);
    const Id id = table->item(row, 0)->data(Qt::UserRole).toLongLong();

    // The other window (its own connection) rewords the gentler wording.
    FixedClock otherClock(db.clock().now());
    auto opened = Store::open(db.path(), otherClock);
    REQUIRE(opened);
    std::unique_ptr<Store> other = std::move(opened).value();
    const auto changeElsewhere = [&](const QString& gentler) {
        const auto all = require(other->phrasebook().phrases(true)); // a copy: the Result is a temporary
        for (MinefieldPhrase p : all)
            if (p.id == id) {
                p.gentler = gentler;
                requireOk(other->phrasebook().updatePhrase(p));
            }
    };
    const auto stored = [&] {
        const auto all = require(db.store().phrasebook().phrases(true));
        for (const MinefieldPhrase& p : all)
            if (p.id == id)
                return p;
        FAIL("phrase gone");
        return MinefieldPhrase{};
    };
    changeElsewhere(QStringLiteral("我们一起想想办法"));

    // This window edits another cell of the same row: the user is asked, sees their change, applies on top.
    QString shown;
    Dialogs::setExecHook([&](QDialog& dialog) {
        shown = static_cast<QMessageBox&>(dialog).text();
        return int(QMessageBox::Yes);
    });
    table->item(row, 0)->setText(QStringLiteral("真没办法"));
    CHECK(shown.contains(QStringLiteral("我们一起想想办法")));
    CHECK(stored().phrase == QStringLiteral("真没办法"));
    CHECK(stored().gentler == QStringLiteral("我们一起想想办法")); // theirs kept beside mine
    QTest::qWait(20); // the table shows the row as stored
    CHECK(table->item(row, 1)->text() == QStringLiteral("我们一起想想办法"));

    // Again, and this time the user keeps the other change: theirs stays, mine is dropped and the row reloads.
    changeElsewhere(QStringLiteral("我来帮您协调"));
    Dialogs::setExecHook([&](QDialog&) { return int(QMessageBox::No); });
    const int current = [&] {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
                return r;
        return -1;
    }();
    REQUIRE(current >= 0);
    table->item(current, 1)->setText(QStringLiteral("这事不归我管"));
    CHECK(stored().gentler == QStringLiteral("我来帮您协调"));
    QTest::qWait(20);
    CHECK(phrases->message().contains(QStringLiteral("kept the change made in another window")));

    // No one else changed it: no question asked.
    bool asked = false;
    Dialogs::setExecHook([&](QDialog&) {
        asked = true;
        return int(QMessageBox::Yes);
    });
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
            table->item(r, 1)->setText(QStringLiteral("我马上帮您协调"));
    CHECK(!asked);
    CHECK(stored().gentler == QStringLiteral("我马上帮您协调"));
}
