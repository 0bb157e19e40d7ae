#include "MainWindow.h"

#include "Store.h"
#include "desk/ComplaintListPage.h"
#include "rectification/RectificationPage.h"

#include <QFileInfo>
#include <QStatusBar>
#include <QTabWidget>

namespace caseloop {

MainWindow::MainWindow(Store& store, bool maySeePhone, QWidget* parent)
    : QMainWindow(parent)
    , m_list(new ComplaintListPage(store, maySeePhone, this))
    , m_rectifications(new RectificationPage(store, this))
{
    setWindowTitle(tr("CaseLoop — %1").arg(QFileInfo(store.database().path()).fileName()));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_list, tr("Complaints"));
    tabs->addTab(m_rectifications, tr("Rectification tracking"));
    setCentralWidget(tabs);
    connect(m_list, &ComplaintListPage::rectificationRequested, m_rectifications,
            &RectificationPage::createFromComplaints);
    connect(m_rectifications, &RectificationPage::itemCreated, this, [this] { showPage(1); });
    statusBar()->showMessage(tr("Database: %1").arg(store.database().path()));
    resize(1280, 760);
}

void MainWindow::showPage(int index)
{
    static_cast<QTabWidget*>(centralWidget())->setCurrentIndex(index);
}

} // namespace caseloop
