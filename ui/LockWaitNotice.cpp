#include "LockWaitNotice.h"

#include "store/Store.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

namespace caseloop {

LockWaitNotice::LockWaitNotice(QWidget* window)
    : m_window(window)
{
}

LockWaitNotice::~LockWaitNotice()
{
    delete m_box;
}

void LockWaitNotice::install(Store& store, int seconds)
{
    store.setLockWait(
        seconds, [this](qint64 waitedMs) { return waiting(waitedMs); }, [this] { over(); });
}

bool LockWaitNotice::waiting(qint64 waitedMs)
{
    if (!m_box) {
        m_box = new QProgressDialog(m_window);
        m_box->setWindowTitle(tr("Waiting for another window"));
        m_box->setCancelButtonText(tr("Stop waiting"));
        m_box->setRange(0, 0); // no known end: a moving bar
        m_box->setWindowModality(Qt::ApplicationModal);
        m_box->setMinimumDuration(0);
        m_box->setAutoReset(false);
        m_box->setAutoClose(false);
        m_box->show();
    }
    m_box->setLabelText(tr("Another window or program is writing; waiting… (%n s)\nYour change is saved as soon as "
                           "it has finished.",
                           nullptr, int(waitedMs / 1000)));
    QEventLoop loop;
    QTimer::singleShot(100, &loop, &QEventLoop::quit);
    loop.exec();
    return !m_box->wasCanceled();
}

void LockWaitNotice::over()
{
    delete m_box;
    m_box = nullptr;
}

} // namespace caseloop
