#include "DailyBackup.h"
#include "MainWindow.h"
#include "analysis/AnalysisPage.h"
#include "desk/CaseView.h"
#include "desk/ComplaintFilterBar.h"
#include "desk/ComplaintListPage.h"
#include "desk/ComplaintTableModel.h"
#include "desk/IntakeDialog.h"
#include "desk/ReminderPanel.h"
#include "ledger/ImportDialog.h"

#include "Dialogs.h"
#include "Fonts.h"
#include "LockWaitNotice.h"
#include "ServerPasswords.h"
#include "SignInDialogs.h"
#include "base/PrivateFiles.h"
#include "base/Translations.h"
#include "base/Version.h"
#include "demo/DemoData.h"
#include "store/Backups.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QThread>

using namespace caseloop;

namespace {
// Opens the page asked for on the command line; returns the window to picture for --screenshot.
QWidget* openPage(MainWindow& window, Store& store, const Operator& op, const QString& page)
{
    if (page == QLatin1String("rectification"))
        window.showPage(1);
    else if (page == QLatin1String("analysis"))
        window.showPage(2);
    else if (page == QLatin1String("admin") && window.admin())
        window.showPage(3);
    else if (page == QLatin1String("intake") && op.may(Permission::Register)) {
        auto* intake = new IntakeDialog(store, op, &window);
        intake->show();
        return intake;
    } else if (page.startsWith(QLatin1String("import:")) && window.admin()) {
        ImportDialog* dialog = window.openImport();
        dialog->setFile(page.mid(7));
        while (dialog->busy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        return dialog;
    } else if (page.startsWith(QLatin1String("search:"))) {
        // The list searched as a steward would: typed into the box, Enter, then wait for the rows and the count.
        ComplaintListPage* list = window.complaintList();
        list->filterBar()->search()->setText(page.mid(7));
        Q_EMIT list->filterBar()->search()->returnPressed();
        while (list->model()->searching() || list->model()->totalCount() < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    } else if (page.startsWith(QLatin1String("case:"))) {
        if (auto c = store.complaints().byCode(page.mid(5)))
            if (QWidget* opened = window.complaintList()->openCase(c->id))
                return opened;
    }
    return &window;
}

// Opens the database. A server that knows the accounts itself (an address without a user) is opened as the account
// that signs in: --user with CASELOOP_PASSWORD, else the sign-in dialog, which connects with what is typed. Fails with
// an empty error when the dialog was cancelled; holds no store when `screenshot` pictured the dialog instead.
Result<std::unique_ptr<Store>> openSignedIn(const QString& path, const Clock& clock, const OpenOptions& options,
                                            const QString& screenshot, bool switchedUser, QString& login,
                                            QString& serverPassword)
{
    if (!Store::signsInBeforeOpening(path))
        return Store::open(path, clock, options);
    if (!switchedUser && !login.isEmpty() && qEnvironmentVariableIsSet("CASELOOP_PASSWORD")) {
        OpenOptions own = options;
        own.password = serverPassword = qEnvironmentVariable("CASELOOP_PASSWORD");
        return Store::open(Store::locationForAccount(path, login), clock, own);
    }
    std::optional<Result<std::unique_ptr<Store>>> opened;
    SignInDialog dialog(Store::displayLocation(path), login.isEmpty() || switchedUser ? Operators::remembered() : login,
                        [&](const QString& who, const QString& password) {
                            OpenOptions own = options;
                            own.password = password;
                            own.askPassword = {};
                            opened.emplace(Store::open(Store::locationForAccount(path, who), clock, own));
                            if (opened->ok())
                                return QString();
                            const QString why = opened->error();
                            opened.reset();
                            return why;
                        });
    if (!screenshot.isEmpty()) {
        dialog.show();
        QCoreApplication::processEvents();
        if (!dialog.grab().save(screenshot))
            return Error{QCoreApplication::translate("main", "Cannot write %1.").arg(screenshot)};
        return std::unique_ptr<Store>();
    }
    if (Dialogs::exec(dialog) != QDialog::Accepted || !opened)
        return Error{QString()};
    login = dialog.login();
    serverPassword = dialog.password();
    return std::move(*opened);
}

// One session on the database: returns the exit code, and the backup to restore or the database to open next when
// the user asked for one.
int runWindow(QApplication& app, const QCommandLineParser& parser, const QString& path, QString& restoreFrom,
              QString& switchTo, bool switchedUser)
{
    SystemClock clock;
    OpenOptions options;
    // A server that wants a password libpq did not find (PGPASSWORD, ~/.pgpass): the one kept in the keychain
    // (记住密码), else asked for.
    options.askPassword = [triedKept = false](const QString& where) mutable {
        if (!triedKept) {
            triedKept = true;
            if (auto kept = ServerPasswords::read(where))
                return *kept;
        }
        return Dialogs::password(nullptr, QCoreApplication::translate("main", "Connect to a server"),
                                 QCoreApplication::translate("main", "Password for %1:").arg(where));
    };
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    QString login = parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                         : parser.value(QStringLiteral("operator"));
    QString serverPassword;
    auto store = openSignedIn(path, clock, options, screenshot ? parser.value(QStringLiteral("screenshot")) : QString(),
                              switchedUser, login, serverPassword);
    if (!store) {
        if (!store.error().isEmpty())
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CaseLoop"), store.error());
        return store.error().isEmpty() ? 0 : 1;
    }
    if (!*store)
        return 0; // the sign-in to the server was pictured (--screenshot)
    // Everyone signs in; every change is audited under the account signed in here (the login is remembered for the
    // next start).
    if (screenshot && !(qEnvironmentVariableIsSet("CASELOOP_PASSWORD") && !login.isEmpty())) {
        // --screenshot without a password to sign in with pictures the first thing a user sees: the sign-in, or on a
        // database where no account has a password yet, the creation of its administrator.
        std::unique_ptr<QDialog> first;
        if (store.value()->accounts().anyPassword().value_or(true))
            first = std::make_unique<SignInDialog>(*store.value(), login.isEmpty() ? Operators::remembered() : login);
        else
            first = std::make_unique<FirstAdministratorDialog>(*store.value());
        first->show();
        QCoreApplication::processEvents();
        return first->grab().save(parser.value(QStringLiteral("screenshot"))) ? 0 : 1;
    }
    QString refusal;
    // After 切换用户 the dialog asks afresh, whoever the command line named.
    const auto op = Operators::signIn(*store.value(), switchedUser && serverPassword.isEmpty() ? QString() : login,
                                      nullptr, &refusal, serverPassword);
    if (!op) {
        if (!refusal.isEmpty())
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CaseLoop"), refusal);
        return refusal.isEmpty() ? 0 : 1;
    }
    MainWindow window(*store.value(), *op);
    // A save waits for another window or program that is writing, saying so, instead of failing after 5 s.
    LockWaitNotice lockWait(&window);
    lockWait.install(*store.value());
    window.show();
    QWidget* shown = openPage(window, *store.value(), *op, parser.value(QStringLiteral("page")));
    if (screenshot) {
        // The picture shows the page as the user sees it once its figures and reminders are in.
        const auto busy = [&] {
            return window.complaintList()->reminders()->busy()
                || (parser.value(QStringLiteral("page")) == QLatin1String("analysis") && window.analysis()
                    && window.analysis()->busy());
        };
        while (busy())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        QCoreApplication::processEvents();
        return shown->grab().save(parser.value(QStringLiteral("screenshot"))) ? 0 : 1;
    }
    if (auto damage = store.value()->knownDamage())
        Dialogs::warning(
            &window, QCoreApplication::translate("main", "Damaged database"),
            QCoreApplication::translate("main",
                                        "%1 was %2.\n\nWhat is shown may be incomplete, and imports are "
                                        "refused. Restore it from a backup (File → Restore from a backup…), then run "
                                        "“caseloop-cli check”.")
                .arg(path, *damage));
    // When it meets damage, or cannot be made, the window says so at once (the damage is remembered beside the file,
    // see Store::knownDamage).
    auto backup = std::make_unique<DailyBackup>(path, &window);
    const int code = app.exec();
    backup.reset(); // a copy still being made stops: closing never waits for it
    restoreFrom = window.pendingRestore();
    switchTo = window.pendingDatabase();
    store.value()->accounts().signOut(op->staff);
    return code;
}
} // namespace

int main(int argc, char* argv[])
{
    caseloop::keepNewFilesPrivate(); // owners' personal data: files 0600, folders 0700
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseLoop"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseLoop"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CaseLoop"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("Database file, or a server's database postgresql://USER@HOST:PORT/DATABASE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Language: zh or en (default: as set in Settings, else zh)."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("user"),
                      QStringLiteral("Sign in as this login (the password is asked, or taken from CASELOOP_PASSWORD)."),
                      QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("operator"), QStringLiteral("The same as --user."), QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Save a picture of the window to FILE and quit (for documentation)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("page"),
         QStringLiteral("Open on this page: complaints, rectification, analysis, admin, intake, case:CODE, "
                        "search:TEXT (the list searched for TEXT) or import:FILE."),
         QStringLiteral("PAGE")});
    parser.process(app);

    const QString lang = parser.isSet(QStringLiteral("lang"))
        ? parser.value(QStringLiteral("lang"))
        : QSettings().value(QStringLiteral("language"), QStringLiteral("zh")).toString();
    applyLanguage(languageFromCode(lang).value_or(Language::Chinese));
    applyChineseFonts();

    QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Store::defaultLocation();
    bool switchedUser = false;
    for (;;) {
        QString restoreFrom, switchTo;
        const int code = runWindow(app, parser, path, restoreFrom, switchTo, switchedUser);
        switchedUser = code == MainWindow::kSwitchUserExitCode;
        if (switchedUser)
            continue; // 切换用户: the same database, someone else signs in
        if (code == MainWindow::kSwitchExitCode && !switchTo.isEmpty()) {
            path = switchTo; // the demo database, opened in a new window (its title says DEMO)
            continue;
        }
        if (code != MainWindow::kRestoreExitCode || restoreFrom.isEmpty())
            return code;
        // The window and its store are closed now: the file may be replaced.
        auto kept = Backups::restore(restoreFrom, path, QDateTime::currentDateTime());
        if (!kept)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CaseLoop"), kept.error());
        else
            QMessageBox::information(
                nullptr, QCoreApplication::translate("main", "CaseLoop"),
                QCoreApplication::translate("main", "The backup %1 is in place. The file it replaced was kept as %2.")
                    .arg(restoreFrom, *kept));
    }
}
