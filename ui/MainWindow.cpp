#include "MainWindow.h"

#include "Dialogs.h"
#include "Store.h"
#include "admin/AdminPage.h"
#include "analysis/AnalysisPage.h"
#include "desk/ComplaintListPage.h"
#include "rectification/RectificationPage.h"

#include <QActionGroup>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace caseloop {

MainWindow::MainWindow(Store& store, const Operator& op, QWidget* parent)
    : QMainWindow(parent)
    , m_list(new ComplaintListPage(store, op, this))
    , m_rectifications(new RectificationPage(store, this))
    , m_analysis(new AnalysisPage(store, op, this))
{
    setWindowTitle(tr("CaseLoop — %1").arg(QFileInfo(store.database().path()).fileName()));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_list, tr("Complaint desk"));
    tabs->addTab(m_rectifications, tr("Rectification tracking"));
    tabs->addTab(m_analysis, tr("Analysis"));
    if (op.mayAdminister()) {
        m_admin = new AdminPage(store, this);
        tabs->addTab(m_admin, tr("Administration"));
    }
    setCentralWidget(tabs);
    connect(m_list, &ComplaintListPage::rectificationRequested, m_rectifications,
            &RectificationPage::createFromComplaints);
    connect(m_analysis, &AnalysisPage::rectificationRequested, m_rectifications, &RectificationPage::createItem);
    connect(m_rectifications, &RectificationPage::itemCreated, this, [this] { showPage(1); });
    buildMenus();
    statusBar()->showMessage(
        tr("Operator: %1 (%2) · Database: %3").arg(op.staff.name, displayName(op.staff.role), store.database().path()));
    resize(1366, 800);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New complaint…"), QKeySequence(Qt::CTRL | Qt::Key_N), m_list, &ComplaintListPage::registerNew);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    // The language is read at start (QSettings "language"); switching asks for a restart rather than
    // rebuilding every page in place.
    QMenu* language = menuBar()->addMenu(tr("&Settings"))->addMenu(tr("&Language"));
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

void MainWindow::showPage(int index)
{
    static_cast<QTabWidget*>(centralWidget())->setCurrentIndex(index);
}

} // namespace caseloop
