#include "LiveUpdates.h"

#include "Dialogs.h"
#include "store/Store.h"

#include <QLabel>
#include <QTimer>

namespace caseloop {

LiveUpdates::LiveUpdates(Store& store, QWidget* window, QLabel* banner)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_banner(banner)
    , m_retry(new QTimer(this))
{
    m_banner->hide();
    m_retry->setSingleShot(true);
    m_retry->setInterval(2000);
    connect(m_retry, &QTimer::timeout, this, &LiveUpdates::back);
    ChangeWatch::Handlers handlers;
    handlers.changed = [this](const QStringList& tables) {
        // The window's own connection may have dropped alone (the server ended it): connect it again first.
        if (m_store.connectionLost() && !m_store.reconnect())
            return;
        tellSettled();
        Q_EMIT changed(tables, false);
    };
    // The watch starts after the window first read its pages: a server's listens on its own connection, from its
    // own thread, up to seconds later; a file's takes the file's version once the other pages are built. What
    // another desk committed in between was never told, so the pages read once more (one page each), as for any
    // change of theirs.
    handlers.listening = [changed = handlers.changed] { changed({}); };
    handlers.lost = [this](const QString& why) { lost(why); };
    handlers.back = [this] { back(); };
    m_watch = m_store.watchChanges(this, std::move(handlers));
}

LiveUpdates::~LiveUpdates() = default;

void LiveUpdates::lost(const QString& why)
{
    // libpq's words run over several lines ("server closed the connection unexpectedly / This probably means…"):
    // the first says it.
    const QString first = why.section(QLatin1Char('\n'), 0, 0).trimmed();
    m_banner->setText(tr("The connection to the server was lost (%1). CaseLoop connects again by itself as soon as "
                         "the server can be reached. What you are typing stays in its window; a change saved "
                         "meanwhile is not saved, and says so.")
                          .arg(first.isEmpty() ? tr("no answer") : first));
    m_banner->show();
}

void LiveUpdates::back()
{
    if (Status s = m_store.reconnect(); !s) {
        m_banner->setText(s.error());
        m_retry->start();
        return;
    }
    m_banner->hide();
    tellSettled();
    Q_EMIT changed({}, true);
}

void LiveUpdates::tellSettled()
{
    if (const QStringList settled = m_store.takeSettledWrites(); !settled.isEmpty())
        Dialogs::information(m_window, tr("Connected again"), settled.join(QStringLiteral("\n\n")));
}

} // namespace caseloop
