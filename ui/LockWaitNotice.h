#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace caseloop {

class Store;

// A save that waits for another window or program writing to the same database (an import, a scheduled job): the
// window says so ("另一个窗口正在写入，等待中…") with a button to stop waiting, and stays alive meanwhile. The store
// calls waiting() between its attempts at the write lock, outside the engine, so the event loop may run there; the
// box is application-modal, so the user cannot start a second change while the first one waits.
class LockWaitNotice : public QObject
{
    Q_OBJECT

public:
    explicit LockWaitNotice(QWidget* window);
    ~LockWaitNotice() override;

    // Makes the store's writes wait up to `seconds` for the lock, telling the user through this notice.
    void install(Store& store, int seconds = 600);

    // Shows the box (once), runs the event loop for about 100 ms; false once the user chose to stop waiting.
    bool waiting(qint64 waitedMs);
    // The wait is over: the box goes.
    void over();
    // The box while a wait lasts, else null (for tests).
    QProgressDialog* box() const { return m_box; }

private:
    QPointer<QWidget> m_window;
    QProgressDialog* m_box = nullptr;
};

} // namespace caseloop
