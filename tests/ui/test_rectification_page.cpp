#include "Dialogs.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "desk/ComplaintListPage.h"
#include "rectification/RectificationPage.h"
#include "rectification/RectificationTableModel.h"

#include "SheetPainter.h"
#include "sheet/TrackingSheet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("the rectification board filters in SQL and shows an item's steps and complaints", "[ui][rectification]")
{
    TestDb db;
    db.fillDemo(400, 5);
    MainWindow window(db.store(), administrator());
    RectificationPage* page = window.rectifications();
    const int open
        = rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM rectification_items WHERE status <> 'closed'"))
              .toInt();
    CHECK(page->model()->rowCount() == open);
    REQUIRE(open > 0);

    auto* status = page->findChildren<QComboBox*>().first();
    status->setCurrentIndex(status->findData(QString()));
    const int all = rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM rectification_items")).toInt();
    CHECK(page->model()->rowCount() == all);
    CHECK(all > open);

    page->findChild<QCheckBox*>()->setChecked(true);
    const int overdue = rawScalar(db.path(),
                                  QStringLiteral("SELECT COUNT(*) FROM rectification_items WHERE status <> 'closed' "
                                                 "AND deadline < '2026-11-23'"))
                            .toInt();
    CHECK(page->model()->rowCount() == overdue);
    page->findChild<QCheckBox*>()->setChecked(false);

    page->view()->setCurrentIndex(page->model()->index(0, 0));
    const TrackingRow* row = page->model()->row(0);
    REQUIRE(row);
    const QString text = page->detail()->toPlainText();
    CHECK(text.contains(row->code));
    CHECK(text.contains(row->complaintCodes.first()));
    CHECK(text.contains(displayName(RectificationStep::Assign)));
}

TEST_CASE("the board exports the tracking sheet it shows, and the export is audited", "[ui][rectification]")
{
    TestDb db;
    db.fillDemo(400, 5);
    RectificationPage page(db.store());
    Dialogs::recordMessagesInsteadOfShowing(true);
    const QString path = db.file(QStringLiteral("board.xlsx"));
    Dialogs::presetSaveFileName(path);
    page.exportSheet();
    CHECK(QFile::exists(path));
    CHECK(Dialogs::lastMessage().contains(path));
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")).toInt() == 1);
    const QString csv = db.file(QStringLiteral("board.csv"));
    Dialogs::presetSaveFileName(csv);
    page.exportSheet();
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    // One line per item shown on the board, plus the header.
    CHECK(QString::fromUtf8(f.readAll()).count(QStringLiteral("\r\n")) == page.model()->rowCount() + 1);
    CHECK(Dialogs::lastMessage().contains(QString::number(page.model()->rowCount())));
    Dialogs::presetSaveFileName(db.file(QStringLiteral("no/such/dir/x.pdf")));
    page.exportSheet();
    CHECK(Dialogs::lastMessage().contains(QStringLiteral("no/such/dir")));
    Dialogs::recordMessagesInsteadOfShowing(false);
}

TEST_CASE("selected complaints become an item, which the board carries through its steps", "[ui][rectification]")
{
    TestDb db;
    const Complaint a = db.registered(), b = db.registered();
    MainWindow window(db.store(), administrator());
    QTableView* list = window.complaintList()->view();
    list->selectionModel()->select(list->model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    list->selectionModel()->select(list->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(window.complaintList()->selectedIds() == QList<Id>{a.id, b.id});

    RectificationPage* page = window.rectifications();
    StepValues assign;
    assign.problem = QStringLiteral("3栋电梯反复困人");
    assign.departmentId = db.org().engineering;
    assign.deadline = QDate(2026, 12, 7);
    const Id id = require(page->assign(window.complaintList()->selectedIds(), assign));
    CHECK(page->currentItemId() == id);
    CHECK(require(db.store().rectifications().get(id)).complaintIds == QList<Id>{a.id, b.id});

    auto buttons = page->findChildren<QPushButton*>();
    auto button = [&](RectificationStep step) {
        return *std::find_if(buttons.begin(), buttons.end(),
                             [&](QPushButton* p) { return p->text().startsWith(displayName(step)); });
    };
    CHECK(button(RectificationStep::Resolve)->isEnabled());
    CHECK_FALSE(button(RectificationStep::Review)->isEnabled());

    StepValues resolve;
    resolve.responsiblePerson = QStringLiteral("王强");
    resolve.plannedDate = QDate(2026, 12, 1);
    const Status missing = page->applyStep(RectificationStep::Resolve, resolve);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("Measures")));
    resolve.measures = QStringLiteral("更换门机板");
    requireOk(page->applyStep(RectificationStep::Resolve, resolve));
    CHECK(require(db.store().rectifications().get(id)).status == RectificationStatus::InProgress);
    CHECK(page->currentItemId() == id);
    CHECK(button(RectificationStep::ReportBack)->isEnabled());
    CHECK_FALSE(page->applyStep(RectificationStep::Confirm, {}).ok());
    CHECK(page->detail()->toPlainText().contains(QStringLiteral("更换门机板")));
}

TEST_CASE("the sheet painter prints to a printer as it draws the PDF", "[ui][print]")
{
    TestDb db;
    db.fillDemo(400, 5);
    RectificationFilter all;
    const Sheet sheet = require(TrackingSheet::load(db.store(), all));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(db.file(QStringLiteral("printed.pdf")));
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
    const int pages = SheetPainter(sheet).paint(printer);
    CHECK(pages >= 1);
    CHECK(QFileInfo(db.file(QStringLiteral("printed.pdf"))).size() > 10000);
}

TEST_CASE("a step button opens the step form; what the user enters there carries the item on", "[ui][rectification]")
{
    TestDb db;
    const Complaint a = db.registered();
    RectificationPage page(db.store());
    StepValues assign;
    assign.problem = QStringLiteral("5栋地库排水沟堵塞反复返臭");
    assign.departmentId = db.org().engineering;
    assign.deadline = QDate(2026, 12, 7);
    const Id id = require(page.assign({a.id}, assign));

    auto buttons = page.findChildren<QPushButton*>();
    QPushButton* resolve = *std::find_if(buttons.begin(), buttons.end(), [](QPushButton* p) {
        return p->text().startsWith(displayName(RectificationStep::Resolve));
    });
    int shown = 0;
    // The form as the user meets it: a cancelled form changes nothing.
    Dialogs::setExecHook([&](QDialog&) {
        ++shown;
        return int(QDialog::Rejected);
    });
    resolve->click();
    CHECK(shown == 1);
    CHECK(require(db.store().rectifications().get(id)).status == RectificationStatus::Assigned);
    // Filled in and accepted: measures, the responsible person and the planned date are stored.
    Dialogs::setExecHook([&](QDialog& form) {
        ++shown;
        const auto texts = form.findChildren<QPlainTextEdit*>();
        const auto lines = form.findChildren<QLineEdit*>();
        const auto dates = form.findChildren<QDateEdit*>();
        REQUIRE(texts.size() >= 1);
        REQUIRE(!lines.isEmpty());
        REQUIRE(dates.size() == 1);
        texts.first()->setPlainText(QStringLiteral("疏通排水沟，加装防臭地漏"));
        // The line edit the date edit holds inside is not the responsible person's field.
        for (QLineEdit* line : lines)
            if (!qobject_cast<QDateEdit*>(line->parentWidget()))
                line->setText(QStringLiteral("王强"));
        dates.first()->setDate(QDate(2026, 12, 4));
        return int(QDialog::Accepted);
    });
    resolve->click();
    Dialogs::setExecHook({});
    CHECK(shown == 2);
    const RectificationItem item = require(db.store().rectifications().get(id));
    CHECK(item.status == RectificationStatus::InProgress);
    CHECK(item.measures == QStringLiteral("疏通排水沟，加装防臭地漏"));
    CHECK(item.responsiblePerson == QStringLiteral("王强"));
    CHECK(item.plannedDate == QDate(2026, 12, 4));
}
