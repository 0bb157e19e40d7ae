#pragma once

#include "domain/Records.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QMainWindow;
class QTimer;

namespace caseloop {

class Store;

// 锁定: Ctrl+L, or a number of minutes without a key press or a click (15 unless set under 设置), covers the screen
// until the signed-in account's password is given again; or someone else signs in (切换用户). Nothing is lost: what was
// being typed stays in its field, and other open windows of the program are hidden meanwhile and shown again.
class SessionLock : public QObject
{
    Q_OBJECT

public:
    SessionLock(Store& store, const Staff& who, QMainWindow* window);
    void lock();
    bool locked() const { return m_locked; }
    // Minutes without input before the window locks; 0 never. Kept in QSettings ("lock/idleMinutes").
    static int idleMinutes();
    static void setIdleMinutes(int minutes);
    void applyIdleMinutes();
    // The cover's password field and message (for tests).
    QLineEdit* password() const { return m_password; }
    QString message() const;
    // Tries the password typed into the cover.
    void unlock();

Q_SIGNALS:
    void switchUserRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildCover();

    Store& m_store;
    Staff m_who;
    QMainWindow* m_window;
    QWidget* m_cover = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_idle;
    bool m_locked = false;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace caseloop
