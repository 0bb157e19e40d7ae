#pragma once

#include "Operator.h"

#include <QMainWindow>

class QStackedWidget;
class QTabWidget;
class QTimer;

namespace caseloop {

class AdminPage;
class ImportDialog;
class LazyTab;
class LiveUpdates;
class ServerDialog;
class SessionLock;
class AnalysisPage;
class ComplaintListPage;
class RectificationPage;
class StartPage;
class Store;

// Composes the pages and the menus; owns no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store& store, const Operator& op, QWidget* parent = nullptr);
    ComplaintListPage* complaintList() const { return m_list; }
    // The other pages are built when first shown, or here when first asked for.
    RectificationPage* rectifications();
    AnalysisPage* analysis();
    // Null for an operator whose role may not see the page (domain/Permissions.h).
    AdminPage* admin();
    LiveUpdates* liveUpdates() const { return m_live; }
    // Shows the page at this tab index (0 desk, 1 rectification tracking, 2 analysis, 3 administration).
    void showPage(int index);

    // 导入台账: the import dialog over this window's store (refreshes the desk after an import).
    ImportDialog* openImport();
    // 文件 → 连接服务器…: the dialog, shown (not modal); once it connects, the window closes and main() opens the
    // server's database in a new one.
    ServerDialog* connectToServer();
    // The backup the user chose to restore (checked and confirmed); main() restores it after this window and its
    // store are closed, then starts again. Empty when none.
    const QString& pendingRestore() const { return m_pendingRestore; }
    // Exit code of QApplication when the window closed for a restore.
    static constexpr int kRestoreExitCode = 75;
    // The database main() opens next (the demo database chosen on the start page); exit code kSwitchExitCode.
    const QString& pendingDatabase() const { return m_pendingDatabase; }
    static constexpr int kSwitchExitCode = 76;
    // 切换用户: the window closed so that someone else signs in on the same database.
    static constexpr int kSwitchUserExitCode = 77;
    void switchUser();
    SessionLock* sessionLock() const { return m_lock; }
    const Operator& signedIn() const { return m_operator; }
    // The start page a new office sees (null once the office has an estate or a complaint).
    StartPage* startPage() const { return m_start; }
    // The demo database beside the office's database at `location`.
    static QString demoLocation(const QString& location);

    // The start page's three ways in (public for tests).
    void loadDemo();
    void setUpOffice();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void backUpNow();
    void chooseRestore();
    void leaveStartPage();
    // Other desks changed `tables` (empty: any); after a reconnection everything is read again.
    void othersChanged(const QStringList& tables, bool reconnected);
    void showChanges();

    ComplaintListPage* m_list;
    Store& m_store;
    Operator m_operator;
    LazyTab* m_rectificationTab = nullptr;
    LazyTab* m_analysisTab = nullptr;
    LazyTab* m_adminTab = nullptr;
    QString m_pendingRestore;
    QString m_pendingDatabase;
    StartPage* m_start = nullptr;
    bool m_writingDemo = false;
    bool m_closing = false;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr; // the tabs, or the start page of a new office
    LiveUpdates* m_live = nullptr;
    SessionLock* m_lock = nullptr;
    QTimer* m_refreshPause = nullptr; // the second after a refresh for other desks' changes
    QStringList m_changedTables; // changed since the last refresh ("" for anything)
    bool m_reconnected = false;
};

} // namespace caseloop
