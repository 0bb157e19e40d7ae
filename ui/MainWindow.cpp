#include "MainWindow.h"

#include "Store.h"
#include "desk/ComplaintListPage.h"

#include <QFileInfo>
#include <QStatusBar>

namespace caseloop {

MainWindow::MainWindow(Store& store, bool maySeePhone, QWidget* parent)
    : QMainWindow(parent)
    , m_list(new ComplaintListPage(store, maySeePhone, this))
{
    setWindowTitle(tr("CaseLoop — %1").arg(QFileInfo(store.database().path()).fileName()));
    setCentralWidget(m_list);
    statusBar()->showMessage(tr("Database: %1").arg(store.database().path()));
    resize(1280, 760);
}

} // namespace caseloop
