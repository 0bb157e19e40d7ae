#include "MainWindow.h"
#include "SessionLock.h"
#include "SignInDialogs.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "admin/AdminPage.h"
#include "admin/PermissionTable.h"
#include "desk/ComplaintFilterBar.h"
#include "desk/ComplaintListPage.h"
#include "domain/Phone.h"
#include "workflow/ComplaintWorkflow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace caseloop;
using namespace caseloop::test;

namespace {
QLineEdit* field(QWidget& w, const char* name)
{
    auto* edit = w.findChild<QLineEdit*>(QLatin1String(name));
    REQUIRE(edit);
    return edit;
}

QStringList menuTexts(QMainWindow& window)
{
    QStringList texts;
    for (QAction* menu : window.menuBar()->actions())
        for (QAction* action : menu->menu()->actions())
            texts << action->text();
    return texts;
}
} // namespace

TEST_CASE("the sign-in dialog keeps a refused user there with the reason, and signs in the right password",
          "[ui][accounts]")
{
    QuietDialogs quiet;
    TestDb db;
    requireOk(db.store().accounts().setPassword(db.org().steward, QStringLiteral("s3cret-pass")));
    // Without CASELOOP_PASSWORD (the suite sets it for caseloop-cli): the window asks.
    const QByteArray suitePassword = qgetenv("CASELOOP_PASSWORD");
    qunsetenv("CASELOOP_PASSWORD");
    struct PutBack
    {
        QByteArray value;
        ~PutBack() { qputenv("CASELOOP_PASSWORD", value); }
    } putBack{suitePassword};
    int shown = 0;
    QString refusal;
    Dialogs::setExecHook([&](QDialog& dialog) {
        auto* signIn = qobject_cast<SignInDialog*>(&dialog);
        REQUIRE(signIn);
        ++shown;
        CHECK(field(dialog, "login")->text() == QStringLiteral("gj001")); // the login asked for is filled in
        field(dialog, "password")->setText(QStringLiteral("wrong-pass"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        refusal = signIn->message();
        CHECK(field(dialog, "password")->text().isEmpty()); // never left in the field
        field(dialog, "password")->setText(QStringLiteral("s3cret-pass"));
        dialog.accept();
        return dialog.result();
    });
    const auto op = Operators::signIn(db.store(), QStringLiteral("gj001"), nullptr);
    REQUIRE(op);
    CHECK(shown == 1);
    CHECK(refusal.contains(QStringLiteral("Wrong login or password")));
    CHECK(op->staff.id == db.org().steward);
    CHECK(db.store().actor().id == db.org().steward);
}

TEST_CASE("the sign-in before a server opens asks only with a login and a password, and keeps a refusal there",
          "[ui][accounts][sqlite]")
{
    QStringList tried; // what reached the server
    SignInDialog dialog(QStringLiteral("postgresql://db.office.lan/caseloop"), QStringLiteral("gj001"),
                        [&](const QString& login, const QString& password) {
                            tried << login + QLatin1Char('/') + password;
                            return password == QStringLiteral("right-pass") ? QString()
                                                                            : QStringLiteral("Wrong login or password");
                        });
    CHECK(field(dialog, "login")->text() == QStringLiteral("gj001"));
    dialog.accept(); // no password yet: said without asking the server
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(tried.isEmpty());
    CHECK(dialog.message().contains(QStringLiteral("password")));
    field(dialog, "password")->setText(QStringLiteral("wrong-pass"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message() == QStringLiteral("Wrong login or password"));
    CHECK(field(dialog, "password")->text().isEmpty());
    CHECK(dialog.password().isEmpty());
    field(dialog, "password")->setText(QStringLiteral("right-pass"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(tried == QStringList{QStringLiteral("gj001/wrong-pass"), QStringLiteral("gj001/right-pass")});
    CHECK(dialog.login() == QStringLiteral("gj001"));
    CHECK(dialog.password() == QStringLiteral("right-pass"));
}

TEST_CASE("the first start of a database without passwords creates its administrator", "[ui][accounts][sqlite]")
{
    QuietDialogs quiet;
    QTemporaryDir dir;
    FixedClock clock(TestDb::defaultNow());
    auto store = require(Store::open(dir.filePath(QStringLiteral("new.db")), clock));
    Dialogs::setExecHook([&](QDialog& dialog) {
        auto* first = qobject_cast<FirstAdministratorDialog*>(&dialog);
        REQUIRE(first);
        field(dialog, "name")->setText(QStringLiteral("周敏"));
        field(dialog, "password")->setText(QStringLiteral("first-pass"));
        field(dialog, "repeat")->setText(QStringLiteral("first-pasS"));
        dialog.accept();
        CHECK(first->message().contains(QStringLiteral("differ")));
        field(dialog, "repeat")->setText(QStringLiteral("first-pass"));
        dialog.accept();
        return dialog.result();
    });
    const auto op = Operators::signIn(*store, QString(), nullptr);
    REQUIRE(op);
    CHECK(op->staff.role == Role::Administrator);
    CHECK(op->staff.name == QStringLiteral("周敏"));
    CHECK(require(store->accounts().signIn(QStringLiteral("admin"), QStringLiteral("first-pass"))).id == op->staff.id);
}

TEST_CASE("a steward's window offers no administration, analysis, import or backup; an administrator's does",
          "[ui][accounts]")
{
    TestDb db;
    const Operator steward
        = Operators::use(db.store(), require(db.store().organisation().staffMember(db.org().steward)));
    MainWindow desk(db.store(), steward);
    CHECK(desk.admin() == nullptr);
    CHECK(desk.analysis() == nullptr);
    CHECK(desk.rectifications() == nullptr);
    auto* tabs = desk.findChild<QTabWidget*>();
    REQUIRE(tabs);
    CHECK(tabs->isTabVisible(0));
    CHECK_FALSE(tabs->isTabVisible(3));
    desk.showPage(3);
    CHECK(tabs->currentIndex() == 0); // the page is not reached by its number either
    const QStringList stewardMenus = menuTexts(desk);
    CHECK_FALSE(stewardMenus.contains(QStringLiteral("&Import a ledger…")));
    CHECK_FALSE(stewardMenus.contains(QStringLiteral("&Back up now…")));
    CHECK(stewardMenus.contains(QStringLiteral("&Change my password…")));

    MainWindow admin(db.store(), administrator());
    REQUIRE(admin.admin());
    CHECK(menuTexts(admin).contains(QStringLiteral("&Import a ledger…")));
    auto* permissions = admin.admin()->findChild<PermissionTable*>();
    REQUIRE(permissions);
    CHECK(permissions->rowCount() == int(Permissions::all().size()));
    CHECK(permissions->columnCount() == 4);
    CHECK_FALSE(permissions->item(0, 0)->flags() & Qt::ItemIsEditable);
}

TEST_CASE("a department lead's list holds their department's complaints only", "[ui][accounts]")
{
    TestDb db;
    const Complaint theirs = db.registered(), other = db.registered();
    ComplaintWorkflow wf(db.store());
    require(wf.dispatch(theirs.id, db.org().engineering, 0, db.clock().now().addDays(1)));
    const Operator lead = Operators::use(db.store(), require(db.store().organisation().staffMember(db.org().lead)));
    MainWindow desk(db.store(), lead);
    ComplaintTableModel* model = desk.complaintList()->model();
    model->setFilter({});
    REQUIRE(settle(*model));
    CHECK(model->totalCount() == 1);
    CHECK(model->complaintId(0) == theirs.id);
    Q_UNUSED(other)
}

TEST_CASE("a locked window hides everything until the password is given again, and keeps what was typed",
          "[ui][accounts]")
{
    TestDb db;
    requireOk(db.store().accounts().setPassword(db.org().steward, QStringLiteral("s3cret-pass")));
    const Operator steward
        = Operators::use(db.store(), require(db.store().organisation().staffMember(db.org().steward)));
    MainWindow desk(db.store(), steward);
    desk.show();
    QLineEdit* search = desk.complaintList()->filterBar()->search();
    search->setText(QStringLiteral("电梯 13800"));
    SessionLock* lock = desk.sessionLock();
    REQUIRE(lock);
    lock->lock();
    CHECK(lock->locked());
    auto* cover = desk.findChild<QWidget*>(QStringLiteral("lockCover"));
    REQUIRE(cover);
    CHECK(cover->isVisible());
    CHECK(cover->isWindow());
    CHECK(cover->windowModality() == Qt::ApplicationModal); // no other window of the program takes input
    CHECK(cover->geometry() == desk.screen()->geometry()); // the whole screen, not only the window
    CHECK(QApplication::activeModalWidget() == cover);

    lock->password()->setText(QStringLiteral("wrong-pass"));
    lock->unlock();
    CHECK(lock->locked());
    CHECK(lock->message().contains(QStringLiteral("Wrong")));
    lock->password()->setText(QStringLiteral("s3cret-pass"));
    lock->unlock();
    CHECK_FALSE(lock->locked());
    CHECK_FALSE(cover->isVisible());
    CHECK(search->text() == QStringLiteral("电梯 13800"));
    CHECK(require(scalar(db.store().database().connection(),
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'lock'")))
              .toInt()
          == 1);
}

TEST_CASE("a steward sees full numbers on the estates they look after and their own complaints, masked elsewhere",
          "[ui][accounts]")
{
    TestDb db;
    const Complaint c = db.registered(QStringLiteral("phone")); // the test office's steward's, at its estate
    Staff other{0, QStringLiteral("李娜"), QStringLiteral("gj002"), Role::Steward, 0, {}, true};
    other.id = require(db.store().organisation().addStaff(other));
    const auto shown = [&](const Operator& op) {
        MainWindow desk(db.store(), op);
        ComplaintTableModel* model = desk.complaintList()->model();
        model->setFilter({});
        REQUIRE(settle(*model));
        REQUIRE(model->totalCount() == 1);
        return model->data(model->index(0, ComplaintTableModel::PhoneColumn)).toString();
    };
    CHECK(shown(Operators::use(db.store(), require(db.store().organisation().staffMember(db.org().steward))))
          == c.complainantPhone);
    CHECK(shown(Operators::use(db.store(), other)) == maskPhone(c.complainantPhone));
    requireOk(db.store().accounts().setEstates(other.id, {db.org().estate}));
    const Operator lookingAfter = Operators::use(db.store(), other);
    CHECK(lookingAfter.estates == QList<Id>{db.org().estate});
    CHECK(shown(lookingAfter) == c.complainantPhone);
}
