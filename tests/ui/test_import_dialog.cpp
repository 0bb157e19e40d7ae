// The import dialog through its widgets: check a GB18030 ledger, see rejected rows and unknown names, choose
// what to do with one, import on the worker, and import the same file again for duplicates only.
#include "MainWindow.h"
#include "Operator.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "desk/ComplaintListPage.h"
#include "ledger/ImportDialog.h"
#include "ledger/ImportPreview.h"

#include <QComboBox>
#include <QPushButton>
#include <QStringEncoder>
#include <QTableWidget>

using namespace caseloop;
using namespace caseloop::test;

namespace {
const QString kLedger = QStringLiteral(
    "受理时间,业主,联系电话,项目,房号,投诉类型,投诉内容,责任部门,处理结果,状态,满意度\r\n"
    "2026-03-05 14:30,王建国,138 1234 5678,西溪锦园,3栋2单元1502,噪音,楼上装修每天早上7点开始电钻,工程部,"
    "已约谈装修户,已办结,满意\r\n"
    "2026/3/6 9:05,李秀英,139-0000-1111,西溪锦园,3-2-1503,高空抛物,阳台花盆掉落砸坏雨棚,,,,\r\n"
    "2026-02-30,张三,,西溪锦园,,噪音,夜里水泵噪音,,,,\r\n");

bool waitFor(ImportDialog& dialog)
{
    QElapsedTimer t;
    t.start();
    while (dialog.busy() && t.elapsed() < 20000)
        QTest::qWait(10);
    return !dialog.busy();
}
} // namespace

TEST_CASE("a ledger is checked and previewed, imported with the user's choices, and not twice", "[ui][import]")
{
    QuietDialogs quiet;
    TestDb db;
    db.org();
    QStringEncoder gb("GB18030");
    const QString path = db.writeFile(QStringLiteral("台账.csv"), gb(kLedger));
    auto supervisor = require(db.store().organisation().addStaff(
        {0, QStringLiteral("周主管"), QStringLiteral("zg09"), Role::Supervisor, 0, QString(), true}));
    const Operator op = Operators::use(db.store(), require(db.store().organisation().staffMember(supervisor)));
    MainWindow window(db.store(), op);
    ImportDialog* dialog = window.openImport();
    dialog->setFile(path);
    REQUIRE(waitFor(*dialog));

    ImportPreview* preview = dialog->preview();
    CHECK(preview->rowsTable()->rowCount() == 2);
    REQUIRE(preview->rejectedTable()->rowCount() == 1);
    CHECK(preview->rejectedTable()->item(0, 0)->text() == QStringLiteral("4"));
    CHECK(preview->rejectedTable()->item(0, 2)->text() == QStringLiteral("2026-02-30"));
    REQUIRE(preview->unknownTable()->rowCount() == 1);
    CHECK(preview->unknownTable()->item(0, 1)->text() == QStringLiteral("高空抛物"));
    CHECK(require(db.store().complaints().count({})) == 0); // nothing written by the check

    // The user creates the new type rather than mapping it to 其他.
    auto* choice = qobject_cast<QComboBox*>(preview->unknownTable()->cellWidget(0, 3));
    REQUIRE(choice);
    choice->setCurrentIndex(choice->findText(QStringLiteral("Create “高空抛物”")));
    REQUIRE(dialog->importButton()->isEnabled());
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(waitFor(*dialog));
    REQUIRE(dialog->outcome());
    CHECK(dialog->summary().startsWith(QStringLiteral("imported 2, rejected 1, duplicates 0")));
    CHECK(!dialog->importButton()->isEnabled());
    CHECK(require(db.store().complaints().count({})) == 2);
    ComplaintFilter f;
    f.text = QStringLiteral("花盆掉落");
    const auto fall = require(db.store().complaints().list(f, 5));
    REQUIRE(fall.size() == 1);
    CHECK(require(db.store().catalogues().entry(fall.first().typeId)).nameZh == QStringLiteral("高空抛物"));
    CHECK(require(scalar(db.store().database().connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' AND actor_name = "
                                        "'周主管'")))
              .toInt()
          == 2);

    // The same file again: every good row is a duplicate and Import stays off.
    dialog->check();
    REQUIRE(waitFor(*dialog));
    CHECK(preview->rowsTable()->rowCount() == 0);
    CHECK(!dialog->importButton()->isEnabled());
    dialog->close();
}
