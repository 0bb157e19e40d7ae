#include "MainWindow.h"

#include "Dialogs.h"
#include "admin/AdminPage.h"
#include "analysis/AnalysisPage.h"
#include "desk/ComplaintListPage.h"
#include "ledger/ImportDialog.h"
#include "rectification/RectificationPage.h"
#include "store/Store.h"

#include "LazyTab.h"
#include "LiveUpdates.h"
#include "ServerDialog.h"
#include "SessionLock.h"
#include "SignInDialogs.h"
#include "demo/DemoData.h"
#include "start/OfficeSetupWizard.h"
#include "start/StartPage.h"
#include "store/Backups.h"
#include "workflow/OfficeSetup.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace caseloop {

MainWindow::MainWindow(Store& store, const Operator& op, QWidget* parent)
    : QMainWindow(parent)
    , m_list(new ComplaintListPage(store, op, this))
    , m_store(store)
    , m_operator(op)
{
    // A demo database says so everywhere, so that its data is never taken for the office's own.
    const bool demo = isDemoDatabase(store);
    setWindowTitle(demo ? tr("CaseLoop — %1 — DEMO DATABASE").arg(store.shortName())
                        : tr("CaseLoop — %1").arg(store.shortName()));
    auto* tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->addTab(m_list, tr("Complaint desk"));
    // Built when first shown: a start reads only the desk's first page, whatever the size of the office.
    m_rectificationTab = new LazyTab(
        [this](QWidget* holder) {
            auto* page = new RectificationPage(m_store, holder);
            connect(page, &RectificationPage::itemCreated, this, [this] { showPage(1); });
            return page;
        },
        tabs);
    tabs->addTab(m_rectificationTab, tr("Rectification tracking"));
    m_analysisTab = new LazyTab(
        [this](QWidget* holder) {
            auto* page = new AnalysisPage(m_store, m_operator, holder);
            connect(page, &AnalysisPage::rectificationRequested, this,
                    [this](const QList<Id>& ids, const QString& problem) {
                        if (RectificationPage* tracking = rectifications())
                            tracking->createItem(ids, problem);
                    });
            return page;
        },
        tabs);
    tabs->addTab(m_analysisTab, tr("Analysis"));
    m_adminTab = new LazyTab([this](QWidget* holder) { return new AdminPage(m_store, m_operator, holder); }, tabs);
    tabs->addTab(m_adminTab, tr("Administration"));
    // What the role may not do is not offered (domain/Permissions.h); the tabs keep their places, so that page numbers
    // mean the same for everyone.
    // The tracking board is the supervisors' (a department lead's view of their own steps is their export, for now).
    tabs->setTabVisible(1, Permissions::reach(op.staff.role, Permission::Rectification) == Reach::All);
    tabs->setTabVisible(2, op.may(Permission::Analysis));
    tabs->setTabVisible(3, op.may(Permission::SetUp));
    // A page is built when its tab becomes current, also in a window not shown yet.
    connect(tabs, &QTabWidget::currentChanged, this, [tabs](int index) {
        if (auto* lazy = dynamic_cast<LazyTab*>(tabs->widget(index)))
            lazy->page();
    });
    auto* stack = new QStackedWidget(this);
    m_stack = stack;
    stack->addWidget(tabs);
    if (op.may(Permission::SetUp) && isNewOffice(store)) {
        m_start = new StartPage(stack);
        stack->addWidget(m_start);
        stack->setCurrentWidget(m_start);
        connect(m_start, &StartPage::demoRequested, this, &MainWindow::loadDemo);
        connect(m_start, &StartPage::importRequested, this, [this] {
            ImportDialog* dialog = openImport();
            connect(dialog, &ImportDialog::imported, this, &MainWindow::leaveStartPage);
        });
        connect(m_start, &StartPage::setupRequested, this, &MainWindow::setUpOffice);
    }
    // Above every page: the notice that the server cannot be reached (LiveUpdates).
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* banner = new QLabel(central);
    banner->setObjectName(QStringLiteral("connectionBanner"));
    banner->setWordWrap(true);
    banner->setMargin(8);
    banner->setStyleSheet(QStringLiteral("background: #FEF3C7; color: #7C2D12; font-weight: bold;"));
    layout->addWidget(banner);
    layout->addWidget(stack, 1);
    setCentralWidget(central);
    m_refreshPause = new QTimer(this);
    m_refreshPause->setSingleShot(true);
    m_refreshPause->setInterval(1000);
    connect(m_refreshPause, &QTimer::timeout, this, &MainWindow::showChanges);
    m_live = new LiveUpdates(store, this, banner);
    connect(m_live, &LiveUpdates::changed, this, &MainWindow::othersChanged);
    connect(m_list, &ComplaintListPage::rectificationRequested, this, [this](const QList<Id>& ids) {
        if (RectificationPage* page = rectifications())
            page->createFromComplaints(ids);
    });
    m_lock = new SessionLock(store, op.staff, this);
    connect(m_lock, &SessionLock::switchUserRequested, this, &MainWindow::switchUser);
    buildMenus();
    const QString where
        = tr("Signed in: %1 (%2) · Database: %3").arg(op.staff.name, displayName(op.staff.role), store.location());
    statusBar()->showMessage(demo ? tr("DEMO DATABASE (sample data, not the office's complaints) · %1").arg(where)
                                  : where);
    resize(1366, 800);
}

RectificationPage* MainWindow::rectifications()
{
    return Permissions::reach(m_operator.staff.role, Permission::Rectification) == Reach::All
        ? static_cast<RectificationPage*>(m_rectificationTab->page())
        : nullptr;
}

AnalysisPage* MainWindow::analysis()
{
    return m_operator.may(Permission::Analysis) ? static_cast<AnalysisPage*>(m_analysisTab->page()) : nullptr;
}

AdminPage* MainWindow::admin()
{
    return m_operator.may(Permission::SetUp) ? static_cast<AdminPage*>(m_adminTab->page()) : nullptr;
}

void MainWindow::switchUser()
{
    close();
    QApplication::exit(kSwitchUserExitCode);
}

void MainWindow::othersChanged(const QStringList& tables, bool reconnected)
{
    // The first change is shown at once; changes coming faster than once a second are shown together at the end
    // of that second, so that a busy office does not keep restarting the list's count.
    m_changedTables += tables.isEmpty() ? QStringList{QString()} : tables;
    m_reconnected = m_reconnected || reconnected;
    if (!m_refreshPause->isActive())
        showChanges();
}

void MainWindow::showChanges()
{
    if (m_changedTables.isEmpty() && !m_reconnected)
        return;
    const auto any = [&](std::initializer_list<const char*> names) {
        if (m_changedTables.contains(QString()))
            return true;
        for (const char* name : names)
            if (m_changedTables.contains(QLatin1String(name)))
                return true;
        return false;
    };
    if (m_reconnected || any({"complaints", "tickets", "follow_ups", "settings", "calendar_days"}))
        m_list->refreshInPlace(m_reconnected);
    if (m_rectificationTab->built() && rectifications()
        && (m_reconnected || any({"rectification_items", "rectification_steps", "rectification_complaints"})))
        rectifications()->refreshInPlace();
    m_changedTables.clear();
    m_reconnected = false;
    m_refreshPause->start();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_operator.may(Permission::Register))
        file->addAction(tr("&New complaint…"), QKeySequence(Qt::CTRL | Qt::Key_N), m_list,
                        &ComplaintListPage::registerNew);
    file->addSeparator();
    // Bringing in a ledger and restoring change the whole database: administrators.
    if (m_operator.may(Permission::SetUp))
        file->addAction(tr("&Import a ledger…"), this, &MainWindow::openImport);
    if (m_operator.may(Permission::Backup)) {
        file->addAction(tr("&Back up now…"), this, &MainWindow::backUpNow);
        if (m_store.keepsDailyCopies()) // a server's database is restored by its administrator (README)
            file->addAction(tr("&Restore from a backup…"), this, &MainWindow::chooseRestore);
    }
    file->addSeparator();
    file->addAction(tr("&Connect to a server…"), this, &MainWindow::connectToServer);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* account = menuBar()->addMenu(tr("&Account"));
    account->addAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L), m_lock, &SessionLock::lock);
    account->addAction(tr("&Switch user…"), this, &MainWindow::switchUser);
    account->addAction(tr("&Change my password…"), this, [this] {
        PasswordDialog dialog(m_store, m_operator.staff, true, this);
        if (Dialogs::exec(dialog) == QDialog::Accepted)
            Dialogs::information(this, tr("Change my password"), tr("Your password is changed."));
    });

    // The language is read at start (QSettings "language"); switching asks for a restart rather than
    // rebuilding every page in place.
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Lock after &idle minutes…"), this, [this] {
        bool ok = false;
        const int minutes = QInputDialog::getInt(this, tr("Lock when idle"),
                                                 tr("Lock the window after this many minutes without a key press or a "
                                                    "click (0: never):"),
                                                 SessionLock::idleMinutes(), 0, 240, 1, &ok);
        if (ok) {
            SessionLock::setIdleMinutes(minutes);
            m_lock->applyIdleMinutes();
        }
    });
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language"), QStringLiteral("zh")).toString();
    for (const auto& [code, name] : {std::pair{QStringLiteral("zh"), QStringLiteral("简体中文")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            Dialogs::information(this, tr("Language"), tr("CaseLoop will use the new language when it starts next."));
        });
    }
}

ImportDialog* MainWindow::openImport()
{
    auto* dialog = new ImportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, m_list, &ComplaintListPage::refresh);
    dialog->show();
    return dialog;
}

void MainWindow::backUpNow()
{
    const QString path = Dialogs::saveFileName(
        this, tr("Back up now"),
        QStringLiteral("caseloop-%1.db").arg(m_store.clock().now().toString(QStringLiteral("yyyyMMdd-HHmm"))),
        tr("CaseLoop database (*.db)"));
    if (path.isEmpty())
        return;
    if (auto written = Backups::write(m_store, path); !written)
        Dialogs::warning(this, tr("Back up now"), written.error());
    else
        Dialogs::information(this, tr("Back up now"), tr("The database was copied to %1.").arg(path));
}

void MainWindow::chooseRestore()
{
    const QString path = Dialogs::openFileName(
        this, tr("Restore from a backup"), Backups::defaultFolder(m_store.location()), tr("CaseLoop database (*.db)"));
    if (path.isEmpty())
        return;
    auto facts = Backups::check(path);
    if (!facts) {
        Dialogs::warning(this, tr("Restore from a backup"), facts.error());
        return;
    }
    const bool restore = Dialogs::question(
        this, tr("Restore from a backup"),
        tr("%1\nsaved %2, holds %3 complaints, the newest received %4.\n\nCaseLoop will close the database, keep "
           "the current file beside it, put this backup in its place and start again. Close CaseLoop on other "
           "computers using this file first. Restore now?")
            .arg(path, facts->modified.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(facts->complaints)
            .arg(facts->lastReceived.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!restore)
        return;
    m_pendingRestore = path;
    QApplication::exit(kRestoreExitCode);
}

void MainWindow::showPage(int index)
{
    if (!m_tabs->isTabVisible(index))
        return; // a page the role may not see
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_closing = true;
    QMainWindow::closeEvent(event);
}

void MainWindow::leaveStartPage()
{
    if (!m_start)
        return;
    m_start->deleteLater();
    m_start = nullptr;
    showPage(0);
    m_list->refresh();
}

QString MainWindow::demoLocation(const QString& location)
{
    // Beside the office's file; for an office on a server, beside the default database on this PC.
    const QString file = Store::isServerLocation(location) ? Store::defaultLocation() : location;
    return QFileInfo(file).absoluteDir().filePath(QStringLiteral("caseloop-demo.db"));
}

ServerDialog* MainWindow::connectToServer()
{
    auto* dialog = new ServerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pendingDatabase = dialog->address(); // main() opens it in a new window, as it does the demo database
        QApplication::exit(kSwitchExitCode);
    });
    dialog->open();
    return dialog;
}

void MainWindow::loadDemo()
{
    if (m_writingDemo)
        return; // a second click while the first demo is being written
    const QString path = demoLocation(m_store.location());
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        // Written on a thread with its own store (about 15 s); the window shows how far it is.
        constexpr int kComplaints = 2000;
        QProgressDialog progress(tr("Writing the demo database %1…").arg(path), QString(), 0, kComplaints, this);
        progress.setWindowModality(Qt::ApplicationModal);
        progress.setMinimumDuration(0);
        m_writingDemo = true;
        if (m_start)
            m_start->setEnabled(false);
        std::atomic<int> done{0};
        Result<DemoSummary> result = Error{QString()};
        const QDateTime now = m_store.clock().now();
        QThread* worker = QThread::create([&] {
            FixedClock clock(now);
            auto store = Store::open(path, clock);
            if (!store) {
                result = Error{store.error()};
                return;
            }
            DemoOptions options;
            options.complaints = kComplaints;
            options.end = now;
            options.progress = [&done](int n, int) {
                done = n;
                return true;
            };
            result = generateDemo(*store.value(), clock, options);
        });
        worker->start();
        while (!worker->wait(50)) {
            if (!progress.isVisible()) // closed with Esc: the demo is still being written, and the box says so
                progress.show();
            progress.setValue(done.load());
            QCoreApplication::processEvents();
        }
        delete worker;
        progress.close();
        m_writingDemo = false;
        if (m_start)
            m_start->setEnabled(true);
        if (m_closing)
            return; // the window was closed meanwhile: quitting stays quitting
        if (!result) {
            QFile::remove(path); // a half-written demo is not kept: the next try starts afresh
            Dialogs::warning(this, tr("Load demo data"), result.error());
            return;
        }
    }
    m_pendingDatabase = path;
    QApplication::exit(kSwitchExitCode);
}

void MainWindow::setUpOffice()
{
    OfficeSetupWizard wizard(this);
    // Asked again, with everything typed kept, until it is written or the user cancels.
    while (Dialogs::exec(wizard) == QDialog::Accepted) {
        if (Status s = applyOfficeSetup(m_store, wizard.setup()); !s) {
            Dialogs::warning(this, tr("Set up the organisation"), s.error());
            wizard.restart();
            continue;
        }
        leaveStartPage();
        return;
    }
}

} // namespace caseloop
