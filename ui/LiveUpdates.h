#pragma once

#include "store/ChangeWatch.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QLabel;
class QTimer;
class QWidget;

namespace caseloop {

class Store;

// Keeps a window current with what the other desks do, and tells its user when the server cannot be reached.
// Other desks' changes arrive as changed() (within about a second; a file is asked every second). When the server
// goes away, `banner` says so until it is back; then the window's connection is made again, the user is told
// whether a change caught by the drop was saved, and changed() asks for everything to be read again.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    LiveUpdates(Store& store, QWidget* window, QLabel* banner);
    ~LiveUpdates() override;

Q_SIGNALS:
    // `tables` that changed (empty: any may have); `reconnected`: the server was away, connections are new.
    void changed(const QStringList& tables, bool reconnected);

private:
    void lost(const QString& why);
    void back();
    // Tells the user, once each, whether writes caught by a drop were saved (Store::takeSettledWrites).
    void tellSettled();

    Store& m_store;
    QWidget* m_window;
    QLabel* m_banner;
    QTimer* m_retry; // connects the window again while the server lets the watch in but not the window yet
    std::unique_ptr<ChangeWatch> m_watch;
};

} // namespace caseloop
