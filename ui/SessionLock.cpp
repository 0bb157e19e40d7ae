#include "SessionLock.h"

#include "store/Store.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace caseloop {

namespace {
const QString kIdleKey = QStringLiteral("lock/idleMinutes");
constexpr int kDefaultIdleMinutes = 15;

// The cover: a frameless window over the whole screen, modal for the whole program and above its other windows, so
// that it also covers (and takes the input from) a dialog that was open when the lock came. Esc does not close it.
class LockCover : public QDialog
{
public:
    explicit LockCover(QWidget* parent)
        : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    {
        setWindowModality(Qt::ApplicationModal);
    }
    void reject() override { }
};
} // namespace

SessionLock::SessionLock(Store& store, const Staff& who, QMainWindow* window)
    : QObject(window)
    , m_store(store)
    , m_who(who)
    , m_window(window)
    , m_idle(new QTimer(this))
{
    m_cover = buildCover(); // after the members' defaults: it sets m_password and m_message
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &SessionLock::lock);
    applyIdleMinutes();
    qApp->installEventFilter(this);
}

QWidget* SessionLock::buildCover()
{
    auto* cover = new LockCover(m_window);
    cover->setObjectName(QStringLiteral("lockCover"));
    cover->setAutoFillBackground(true);
    cover->setStyleSheet(QStringLiteral("#lockCover { background: #E5E7EB; }"));
    m_password = new QLineEdit(cover);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaximumWidth(260);
    m_message = new QLabel(cover);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B91C1C;"));
    auto* unlockButton = new QPushButton(tr("Unlock"), cover);
    unlockButton->setDefault(true);
    auto* switchButton = new QPushButton(tr("Switch user"), cover);
    connect(unlockButton, &QPushButton::clicked, this, &SessionLock::unlock);
    connect(m_password, &QLineEdit::returnPressed, this, &SessionLock::unlock);
    connect(switchButton, &QPushButton::clicked, this, &SessionLock::switchUserRequested);
    auto* title = new QLabel(tr("CaseLoop is locked"), cover);
    title->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600;"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(unlockButton);
    buttons->addWidget(switchButton);
    buttons->addStretch(1);
    auto* box = new QVBoxLayout;
    box->addWidget(title);
    box->addWidget(new QLabel(
        tr("Signed in: %1 (%2). Give the password to go on where you left off.").arg(m_who.name, m_who.login), cover));
    box->addWidget(m_password);
    box->addWidget(m_message);
    box->addLayout(buttons);
    auto* outer = new QVBoxLayout(cover);
    outer->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(box);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    cover->hide();
    return cover;
}

int SessionLock::idleMinutes()
{
    return std::max(0, QSettings().value(kIdleKey, kDefaultIdleMinutes).toInt());
}

void SessionLock::setIdleMinutes(int minutes)
{
    QSettings().setValue(kIdleKey, std::max(0, minutes));
}

void SessionLock::applyIdleMinutes()
{
    const int minutes = idleMinutes();
    m_idle->stop();
    if (minutes > 0) {
        m_idle->setInterval(minutes * 60 * 1000);
        if (!m_locked)
            m_idle->start();
    }
}

QString SessionLock::message() const
{
    return m_message->text();
}

void SessionLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_idle->stop();
    // Other windows of the program (a case) are hidden, not closed: their fields keep what was typed. A modal dialog
    // (the intake) stays where it is, under the cover, which takes the input from it: hiding it would end it.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != m_window && w != m_cover && w->isVisible() && !w->inherits("QMenu")
            && w->windowModality() == Qt::NonModal) {
            m_hidden << w;
            w->hide();
        }
    const QScreen* screen = m_window->screen();
    m_cover->setGeometry(screen ? screen->geometry() : m_window->frameGeometry());
    m_cover->show();
    m_cover->raise();
    m_cover->activateWindow();
    m_message->clear();
    m_password->clear();
    m_password->setFocus();
    m_store.audit().record(QStringLiteral("account"), m_who.id, QStringLiteral("lock"), QString());
}

void SessionLock::unlock()
{
    if (!m_locked)
        return;
    auto checked = m_store.accounts().signIn(m_who.login, m_password->text());
    m_password->clear();
    if (!checked) {
        m_message->setText(checked.error());
        return;
    }
    m_locked = false;
    m_cover->hide();
    for (const QPointer<QWidget>& w : std::as_const(m_hidden))
        if (w)
            w->show();
    m_hidden.clear();
    applyIdleMinutes();
}

bool SessionLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        if (!m_locked && m_idle->interval() > 0 && idleMinutes() > 0)
            m_idle->start(); // counts again from now
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace caseloop
