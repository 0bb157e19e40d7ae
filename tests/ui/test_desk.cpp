// The steward's desk driven through its real widgets: intake, the case view and its action dialogs,
// the minefield check, reminders, masking and administration. Modal dialogs are filled in by the
// Dialogs::exec hook instead of blocking.
#include "Dialogs.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "admin/AdminPage.h"
#include "admin/RecordEditor.h"
#include "desk/CaseView.h"
#include "desk/ComplaintFilterBar.h"
#include "desk/ComplaintListPage.h"
#include "desk/ComplaintTableModel.h"
#include "desk/FollowUpDialog.h"
#include "desk/IntakeDialog.h"
#include "desk/ReminderPanel.h"
#include "desk/SpeechEdit.h"
#include "desk/TicketDialogs.h"
#include "store/Backups.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace caseloop;
using namespace caseloop::test;

namespace {
using Action = CaseView::Action;

Operator steward(TestDb& db)
{
    return Operators::use(db.store(), require(db.store().organisation().staffMember(db.org().steward)));
}

// Fills in the next modal dialog of type D with `fill`, then accepts it.
template <class D> void answerNext(std::function<void(D&)> fill)
{
    Dialogs::setExecHook([fill](QDialog& dialog) {
        auto* typed = qobject_cast<D*>(&dialog);
        REQUIRE(typed != nullptr);
        fill(*typed);
        return int(QDialog::Accepted);
    });
}

// Types like a person: ASCII as key clicks, Chinese as an input method commits it (a phrase at a time).
void type(QWidget* widget, const QString& text)
{
    QString run;
    auto commit = [&] {
        if (run.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(run);
        QApplication::sendEvent(widget, &event);
        run.clear();
    };
    for (QChar ch : text) {
        if (ch.unicode() < 128) {
            commit();
            QTest::keyClick(widget, char(ch.unicode()));
        } else {
            run += ch;
        }
    }
    commit();
}

// Types into an editable combo box's line and lets it match an item, as the type-ahead does.
void choose(QComboBox* box, const QString& text)
{
    box->lineEdit()->clear();
    type(box->lineEdit(), text);
    box->setCurrentIndex(box->findText(text));
}

ComplaintStatus statusOf(TestDb& db, Id id)
{
    return require(db.store().complaints().get(id)).status;
}
} // namespace

TEST_CASE("a new caller is registered at the intake in eight fields; a wrong phone is named", "[ui][desk]")
{
    TestDb db;
    QuietDialogs messages;
    const Operator op = steward(db);
    MainWindow window(db.store(), op);
    ComplaintListPage* desk = window.complaintList();

    Id registered = 0;
    Dialogs::setExecHook([&](QDialog& dialog) {
        auto* intake = qobject_cast<IntakeDialog*>(&dialog);
        REQUIRE(intake);
        type(intake->phone(), QStringLiteral("139 1234 567")); // one digit short
        type(intake->name(), QStringLiteral("周建国"));
        choose(intake->estate(), QStringLiteral("西溪锦园"));
        choose(intake->building(), QStringLiteral("5栋"));
        type(intake->room(), QStringLiteral("1-0802"));
        choose(intake->type(), QStringLiteral("噪音"));
        choose(intake->serviceLine(), QStringLiteral("秩序/安保"));
        type(intake->description(), QStringLiteral("楼上每晚十一点后还在装修电钻，影响休息。"));
        intake->description()->setFocus();
        CHECK_FALSE(intake->registerComplaint());
        CHECK(intake->error().contains(QStringLiteral("Phone")));
        CHECK(intake->error().contains(QStringLiteral("139 1234 567")));
        // The field at fault takes the focus (the dialog's focus widget even while offscreen windows are inactive).
        CHECK(intake->focusWidget() == intake->phone());
        QTest::keyClick(intake->phone(), Qt::Key_End);
        type(intake->phone(), QStringLiteral("8"));
        CHECK(intake->registerComplaint());
        registered = intake->registered().id;
        return intake->result();
    });
    const Id id = desk->registerNew();
    REQUIRE(id > 0);
    CHECK(id == registered);
    const Complaint c = require(db.store().complaints().get(id));
    CHECK(c.complainantPhone == QStringLiteral("13912345678"));
    CHECK(c.estateId == db.org().estate);
    CHECK(c.regionId == db.org().region);
    CHECK(c.buildingId == db.org().otherBuilding);
    CHECK(c.unit == QStringLiteral("1"));
    CHECK(c.room == QStringLiteral("0802"));
    CHECK(c.typeId == db.entry(Catalogue::Type, QStringLiteral("noise")));
    CHECK(c.channelId == db.entry(Catalogue::Channel, QStringLiteral("phone"))); // defaults
    CHECK(c.customerTypeId == db.entry(Catalogue::CustomerType, QStringLiteral("owner")));
    CHECK(c.stewardId == db.org().steward);
    CHECK(c.firstContactAt.isValid()); // the call itself
    // The list shows it, selected; the audit names the operator.
    CHECK(desk->selectedIds() == QList<Id>{id});
    CHECK(rawScalar(db.path(),
                    QStringLiteral("SELECT actor_name FROM audit_log WHERE entity = 'complaint' "
                                   "AND action = 'create' AND entity_id = %1")
                        .arg(id))
              .toString()
          == QStringLiteral("陈静"));
}

TEST_CASE("a returning caller is found by phone; their place and earlier complaints come with them", "[ui][desk]")
{
    TestDb db;
    QuietDialogs messages;
    const Complaint earlier = db.registered(QStringLiteral("phone"));
    const Operator op = steward(db);
    IntakeDialog intake(db.store(), op);
    type(intake.phone(), QStringLiteral("1380013"));
    QAbstractItemModel* offers = intake.callerCompleter()->model();
    REQUIRE(offers->rowCount() == 1);
    CHECK(offers->index(0, 0).data().toString().contains(QStringLiteral("李秀英")));
    intake.useCaller(0); // what choosing the offer in the popup does
    CHECK(intake.name()->text() == QStringLiteral("李秀英"));
    CHECK(intake.estate()->currentText() == QStringLiteral("西溪锦园"));
    CHECK(intake.building()->currentText() == QStringLiteral("3栋"));
    CHECK(intake.room()->text() == QStringLiteral("2-1502"));
    REQUIRE(intake.history()->count() == 1);
    CHECK(intake.history()->item(0)->text().contains(earlier.code));
    // Three fields touched: the phone, the type (its usual service line follows) and what happened.
    choose(intake.type(), QStringLiteral("设施设备"));
    CHECK(intake.serviceLine()->currentData().toLongLong() == earlier.serviceLineId);
    type(intake.description(), QStringLiteral("电梯又停了，第二次了。"));
    REQUIRE(intake.registerComplaint());
    CHECK(require(db.store().complaints().history(earlier.complainantPhone, {}, 10)).size() == 2);
}

TEST_CASE("the case view carries a complaint from dispatch to close, refuses an early close, and reopens", "[ui][desk]")
{
    TestDb db;
    QuietDialogs messages;
    const Complaint c = db.registered(QStringLiteral("phone"));
    const Operator op = steward(db);
    MainWindow window(db.store(), op);
    CaseView* view = window.complaintList()->openCase(c.id);
    REQUIRE(view);
    CHECK(view->fieldsText().contains(QStringLiteral("13800138000")));
    CHECK(view->button(Action::Dispatch)->isEnabled());
    CHECK_FALSE(view->button(Action::TicketResult)->isEnabled());
    CHECK(view->button(Action::TicketResult)->toolTip().contains(c.code));
    CHECK_FALSE(view->button(Action::Reopen)->isEnabled());
    CHECK_FALSE(view->button(Action::Reopen)->toolTip().isEmpty()); // core's reason

    // Closing now, without a reason, is refused with core's reason; nothing changes.
    CHECK_FALSE(view->hint().isEmpty());
    answerNext<ReasonDialog>([](ReasonDialog&) {});
    view->button(Action::Close)->click();
    CHECK_FALSE(Dialogs::lastMessage().isEmpty());
    CHECK(statusOf(db, c.id) == c.status);

    answerNext<DispatchDialog>([&](DispatchDialog& d) {
        d.departmentBox()->setCurrentIndex(d.departmentBox()->findData(db.org().engineering));
        d.assigneeBox()->setCurrentIndex(d.assigneeBox()->findData(db.org().lead));
    });
    view->button(Action::Dispatch)->click();
    const QList<Ticket> tickets = require(db.store().tickets().forComplaint(c.id));
    REQUIRE(tickets.size() == 1);
    CHECK(tickets[0].assigneeId == db.org().lead);
    CHECK(tickets[0].dueAt == db.clock().now().addDays(1));
    CHECK(view->button(Action::TicketResult)->isEnabled());

    answerNext<TicketResultDialog>([](TicketResultDialog& d) {
        type(d.measuresEdit(), QStringLiteral("更换3栋2单元电梯门机板"));
        type(d.resultEdit(), QStringLiteral("电梯恢复正常运行"));
    });
    view->button(Action::TicketResult)->click();
    CHECK(require(db.store().tickets().get(tickets[0].id)).status == TicketStatus::Done);

    answerNext<FollowUpDialog>([](FollowUpDialog& d) {
        d.purposeBox()->setCurrentIndex(d.purposeBox()->findData(toStorage(FollowUpPurpose::ResultFeedback)));
        d.templateBox()->setCurrentIndex(d.templateBox()->findText(QStringLiteral("结果反馈")));
        Q_EMIT d.templateBox()->activated(d.templateBox()->currentIndex());
        CHECK(d.said()->text().contains(QStringLiteral("电梯恢复正常运行"))); // {处理结果} filled
        type(d.answerEdit(), QStringLiteral("好的，我晚上试试"));
    });
    view->button(Action::FollowUp)->click();
    CHECK(statusOf(db, c.id) == ComplaintStatus::AwaitingFollowUp);

    answerNext<FollowUpDialog>([](FollowUpDialog& d) {
        CHECK(d.purposeBox()->currentData().toString() == toStorage(FollowUpPurpose::SatisfactionVisit));
        type(d.said()->editor(), QStringLiteral("您好，电梯修好后使用正常吗？"));
        d.satisfactionBox()->setCurrentIndex(d.satisfactionBox()->findData(toStorage(Satisfaction::Satisfied)));
    });
    view->button(Action::FollowUp)->click();
    CHECK(view->hint().isEmpty()); // nothing stands in the way of closing now

    answerNext<ReasonDialog>([](ReasonDialog&) {});
    view->button(Action::Close)->click();
    CHECK(statusOf(db, c.id) == ComplaintStatus::Closed);
    CHECK(view->button(Action::Reopen)->isEnabled());
    CHECK_FALSE(view->button(Action::Dispatch)->isEnabled());

    const QString timeline = view->timelineText();
    for (const QString& expected : {QStringLiteral("更换3栋2单元电梯门机板"), QStringLiteral("好的，我晚上试试"),
                                    displayName(Satisfaction::Satisfied), displayName(ComplaintStatus::Closed)})
        CHECK(timeline.contains(expected));

    answerNext<ReasonDialog>([](ReasonDialog& d) { type(d.reasonEdit(), QStringLiteral("业主来电：电梯又困人")); });
    view->button(Action::Reopen)->click();
    const Complaint reopened = require(db.store().complaints().get(c.id));
    CHECK(reopened.status == ComplaintStatus::Reopened);
    CHECK(reopened.reopenCount == 1);
    CHECK(view->timelineText().contains(QStringLiteral("业主来电：电梯又困人")));
    CHECK(view->timelineText().contains(displayName(ComplaintAction::Reopen))); // named, not a storage key
}

TEST_CASE("the case view marks a promise kept late and one overdue, by how much", "[ui][desk]")
{
    TestDb db;
    QuietDialogs messages;
    Complaint c = db.registered(QStringLiteral("phone"));
    c = require(db.store().complaints().get(c.id));
    c.firstContactDue = wallTime(db.clock().now().date(), QTime(16, 59));
    c.firstContactAt = wallTime(db.clock().now().date(), QTime(19, 10)); // called back after the deadline
    c.feedbackDue = db.clock().now().addSecs(-(26 * 60 + 3 * 3600)); // 3 h 26 min ago, not fed back
    requireOk(db.store().complaints().update(c));
    CaseView view(db.store(), steward(db), c.id);
    INFO(view.fieldsText().toStdString());
    CHECK(view.fieldsText().contains(QStringLiteral("kept 2 h 11 min late")));
    CHECK(view.fieldsText().contains(QStringLiteral("overdue by 3 h 26 min")));
}

TEST_CASE("the minefield check marks a phrase and puts in the gentler wording", "[ui][desk]")
{
    TestDb db;
    QuietDialogs messages;
    const Complaint c = db.registered(QStringLiteral("phone"));
    const Operator op = steward(db);
    CaseView view(db.store(), op, c.id);
    answerNext<FollowUpDialog>([](FollowUpDialog& d) {
        SpeechEdit* said = d.said();
        type(said->editor(), QStringLiteral("这个问题这不归我们管，我也没办法。"));
        REQUIRE(said->hits().size() == 2);
        CHECK(said->warning().contains(QStringLiteral("这不归我们管")));
        CHECK(said->warning().contains(QStringLiteral("我们来帮您联系负责的单位")));
        CHECK(said->editor()->extraSelections().size() == 2);
        CHECK_FALSE(said->gentlerButton()->isHidden());
        said->gentlerButton()->click();
        CHECK(said->hits().isEmpty());
        CHECK(said->gentlerButton()->isHidden());
        CHECK(said->text().contains(QStringLiteral("我们来帮您联系负责的单位")));
    });
    view.button(Action::FollowUp)->click();
    const QList<FollowUp> followUps = require(db.store().followUps().forComplaint(c.id));
    REQUIRE(followUps.size() == 1);
    CHECK_FALSE(followUps[0].said.contains(QStringLiteral("不归我们管")));
    CHECK(followUps[0].staffId == db.org().steward);
}

TEST_CASE("a supervisor's reminders are the team's overdue promises by steward; a lead's, the department's tickets",
          "[ui][desk]")
{
    TestDb db;
    QuietDialogs messages;
    ComplaintWorkflow wf(db.store());
    Complaint mine = db.draft();
    mine.receivedAt = db.clock().now().addDays(-3); // first contact overdue
    mine.channelId = db.entry(Catalogue::Channel, QStringLiteral("wechat"));
    mine = require(wf.registerComplaint(mine));
    Complaint other = mine;
    other.id = 0;
    other.code.clear();
    other.stewardId = db.org().lead;
    other = require(wf.registerComplaint(other));
    require(wf.dispatch(mine.id, db.org().engineering, 0, db.clock().now().addDays(1)));

    Staff supervisor{0, QStringLiteral("林主管"), QStringLiteral("zg01"), Role::Supervisor, 0, {}, true};
    supervisor.id = require(db.store().organisation().addStaff(supervisor));
    {
        MainWindow window(db.store(), Operators::use(db.store(), supervisor));
        ReminderPanel* reminders = window.complaintList()->reminders();
        REQUIRE(settle(*reminders)); // read on the panel's worker thread
        CHECK(reminders->overdueCount() == 2); // not only the supervisor's own (none)
        QStringList lines;
        for (int i = 0; i < reminders->list()->count(); ++i)
            lines << reminders->list()->item(i)->text();
        INFO(lines.join(QLatin1Char('\n')).toStdString());
        REQUIRE(lines.size() == 4); // two stewards, each a heading and their item
        const QString stewardName = require(db.store().organisation().staffMember(db.org().steward)).name;
        CHECK(lines.filter(stewardName + QStringLiteral(": 1 overdue")).size() == 1);
        CHECK(lines.filter(QStringLiteral("王强: 1 overdue")).size() == 1);
        CHECK(reminders->list()->item(0)->data(Qt::UserRole).toLongLong() == 0); // a heading opens nothing
    }
    {
        // The lead (of engineering) sees the complaint dispatched to engineering, not the one they steward.
        MainWindow window(db.store(),
                          Operators::use(db.store(), require(db.store().organisation().staffMember(db.org().lead))));
        ReminderPanel* reminders = window.complaintList()->reminders();
        REQUIRE(settle(*reminders)); // read on the panel's worker thread
        REQUIRE(reminders->list()->count() == 1);
        CHECK(reminders->list()->item(0)->text().contains(mine.code));
    }
}

TEST_CASE("reminders list the operator's overdue promises and open the case", "[ui][desk]")
{
    TestDb db;
    QuietDialogs messages;
    Complaint late = db.draft();
    late.receivedAt = db.clock().now().addDays(-3);
    late.channelId = db.entry(Catalogue::Channel, QStringLiteral("wechat"));
    late = require(ComplaintWorkflow(db.store()).registerComplaint(late));
    Complaint others = db.draft();
    others.stewardId = db.org().lead;
    others.receivedAt = late.receivedAt;
    others.channelId = late.channelId;
    require(ComplaintWorkflow(db.store()).registerComplaint(others));
    Complaint urgent = db.draft();
    urgent.channelId = late.channelId;
    urgent.priority = Priority::Urgent; // first contact within 2 h: due today, soon
    urgent = require(ComplaintWorkflow(db.store()).registerComplaint(urgent));

    const Operator op = steward(db);
    MainWindow window(db.store(), op);
    ReminderPanel* reminders = window.complaintList()->reminders();
    REQUIRE(settle(*reminders)); // read on the panel's worker thread
    // Received on Friday by WeChat: the first contact (24 h) is overdue; the feedback is due on Wednesday,
    // not today; the urgent one is due at noon; the lead's complaint is not mine.
    REQUIRE(reminders->list()->count() == 2);
    CHECK(reminders->overdueCount() == 1);
    CHECK(reminders->list()->item(0)->text().contains(urgent.code)); // what can still be kept today comes first
    ComplaintTableModel* list = window.complaintList()->model();
    REQUIRE(list->complaintId(0) == urgent.id);
    CHECK(list->data(list->index(0, ComplaintTableModel::DueColumn)).toString().contains(QStringLiteral("Due soon")));
    CHECK(reminders->list()->item(1)->text().contains(late.code));
    Q_EMIT reminders->list()->itemActivated(reminders->list()->item(1));
    const auto views = window.complaintList()->findChildren<CaseView*>();
    REQUIRE(views.size() == 1);
    CHECK(views[0]->complaintId() == late.id);

    // The overdue row is marked in the list too, and "overdue only" + "mine only" filter in SQL.
    ComplaintFilterBar* filters = window.complaintList()->filterBar();
    filters->mineOnly()->setChecked(true);
    filters->overdueOnly()->setChecked(true);
    ComplaintTableModel* model = window.complaintList()->model();
    REQUIRE(settle(*model));
    REQUIRE(model->totalCount() == 1);
    CHECK(model->complaintId(0) == late.id);
    CHECK(model->data(model->index(0, ComplaintTableModel::DueColumn)).toString().contains(QStringLiteral("Overdue")));
}

TEST_CASE("a department lead sees masked phone numbers in the case view and the intake", "[ui][desk]")
{
    TestDb db;
    Complaint c = db.registered(QStringLiteral("phone"));
    c.description = QStringLiteral("电梯困人，请回电 139-1234-5678 或找家属 13987654321");
    requireOk(db.store().complaints().update(c));
    const Operator lead = Operators::use(db.store(), require(db.store().organisation().staffMember(db.org().lead)));
    CHECK_FALSE(lead.maySeePhone);
    CaseView view(db.store(), lead, c.id);
    CHECK(view.fieldsText().contains(QStringLiteral("138******00")));
    CHECK_FALSE(view.fieldsText().contains(QStringLiteral("13800138000")));
    // Numbers written into the description are masked too.
    CHECK(view.fieldsText().contains(QStringLiteral("139-****-**78")));
    CHECK_FALSE(view.fieldsText().contains(QStringLiteral("13987654321")));
    const Operator steward
        = Operators::use(db.store(), require(db.store().organisation().staffMember(db.org().steward)));
    CaseView full(db.store(), steward, c.id);
    CHECK(full.fieldsText().contains(QStringLiteral("13987654321")));
    IntakeDialog intake(db.store(), lead);
    type(intake.name(), QStringLiteral("李秀"));
    REQUIRE(intake.callerCompleter()->model()->rowCount() == 1);
    CHECK(intake.callerCompleter()->model()->index(0, 1).data().toString().contains(QStringLiteral("138******00")));
}

TEST_CASE("administration edits the office's tables, audited under the operator", "[ui][admin]")
{
    TestDb db;
    Staff supervisor{0, QStringLiteral("林主管"), QStringLiteral("zg01"), Role::Administrator, 0, {}, true};
    supervisor.id = require(db.store().organisation().addStaff(supervisor));
    const Operator op = Operators::use(db.store(), supervisor);
    REQUIRE(op.may(Permission::SetUp));
    MainWindow window(db.store(), op);
    AdminPage* admin = window.admin();
    REQUIRE(admin);

    auto sectionNamed = [&](const QString& title) -> RecordEditor* {
        for (int i = 0; i < admin->sectionCount(); ++i)
            if (admin->editor(i) && admin->editor(i)->section().title == title)
                return admin->editor(i);
        return nullptr;
    };
    RecordEditor* departments = sectionNamed(QStringLiteral("Departments"));
    REQUIRE(departments);
    departments->addRow();
    QTableWidget* table = departments->table();
    table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("绿化部")); // exists already
    CHECK(departments->message().contains(QStringLiteral("绿化部")));
    CHECK(departments->message().contains(QStringLiteral("already exists")));
    table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("社区文化部"));
    INFO(departments->message().toStdString());
    CHECK(departments->message().isEmpty());
    CHECK(require(db.store().organisation().departmentByName(QStringLiteral("社区文化部"))).active);
    CHECK(rawScalar(db.path(),
                    QStringLiteral("SELECT actor_name FROM audit_log WHERE entity = 'department' "
                                   "ORDER BY id DESC LIMIT 1"))
              .toString()
          == QStringLiteral("林主管"));

    RecordEditor* calendar = sectionNamed(QStringLiteral("Holidays and adjusted working days"));
    REQUIRE(calendar);
    calendar->addRow();
    table = calendar->table();
    table->item(table->rowCount() - 1, 2)->setText(QStringLiteral("公司年会"));
    table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("2026-13-01"));
    CHECK(calendar->message().contains(QStringLiteral("Date")));
    CHECK(calendar->message().contains(QStringLiteral("2026-13-01")));
    table->item(table->rowCount() - 1, 0)->setText(QStringLiteral("2026-12-31"));
    CHECK(calendar->message().isEmpty());
    CHECK(require(db.store().calendar().days(QDate(2026, 12, 31), QDate(2026, 12, 31))).size() == 1);

    RecordEditor* phrases = sectionNamed(QStringLiteral("Minefield phrases"));
    REQUIRE(phrases);
    const int before = phrases->table()->rowCount();
    phrases->addRow();
    phrases->table()->item(before, 1)->setText(QStringLiteral("我们马上帮您处理"));
    phrases->table()->item(before, 0)->setText(QStringLiteral("等着吧"));
    const auto stored = require(db.store().phrasebook().phrases(true));
    CHECK(std::any_of(stored.begin(), stored.end(), [](const MinefieldPhrase& p) {
        return p.phrase == QStringLiteral("等着吧") && p.gentler == QStringLiteral("我们马上帮您处理");
    }));

    // A steward has no administration page.
    MainWindow stewardWindow(db.store(), steward(db));
    CHECK(stewardWindow.admin() == nullptr);
}

TEST_CASE("restoring from a backup asks first, then hands the checked copy to start-up, which restores it",
          "[ui][backup]")
{
    TestDb db;
    db.registered();
    const QString copy = db.file(QStringLiteral("copy.db"));
    CHECK(require(Backups::write(db.store(), copy)).complaints == 1);
    db.registered(); // a second complaint after the copy
    auto restoreAction = [](MainWindow& window) {
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text().startsWith(QStringLiteral("&Restore")))
                return action;
        return static_cast<QAction*>(nullptr);
    };
    Dialogs::recordMessagesInsteadOfShowing(true);
    Operator admin;
    admin.staff.role = Role::Administrator; // restoring is on the administrators' menu
    {
        MainWindow window(db.store(), admin);
        QAction* restore = restoreAction(window);
        REQUIRE(restore);
        // A damaged file is refused with the reason, before any question.
        Dialogs::presetOpenFileName(db.writeFile(QStringLiteral("broken.db"), QByteArray(4096, 'x')));
        restore->trigger();
        CHECK(window.pendingRestore().isEmpty());
        CHECK(Dialogs::lastMessage().contains(QStringLiteral("broken.db")));
        // The user says no: nothing is restored.
        Dialogs::presetOpenFileName(copy);
        Dialogs::presetAnswer(false);
        restore->trigger();
        CHECK(window.pendingRestore().isEmpty());
        CHECK(Dialogs::lastMessage().contains(QStringLiteral("holds 1 complaints")));
        // Yes: the window hands the copy over and closes for the restart.
        Dialogs::presetOpenFileName(copy);
        Dialogs::presetAnswer(true);
        restore->trigger();
        CHECK(window.pendingRestore() == copy);
    }
    Dialogs::presetAnswer(std::nullopt);
    Dialogs::recordMessagesInsteadOfShowing(false);
    // What start-up does with it once the window and its store are closed.
    db.close();
    const QString kept = require(Backups::restore(copy, db.path(), QDateTime(QDate(2026, 12, 2), QTime(9, 0))));
    CHECK(QFileInfo::exists(kept));
    db.reopen();
    CHECK(require(db.store().complaints().count({})) == 1);
}
