// The desk on a PostgreSQL server: 文件 → 连接服务器… tests the connection and remembers everything but the password,
// and the window works on the server's database. Runs in the postgresql run of the GUI tests (tests/CMakeLists.txt).
#include "MainWindow.h"
#include "Operator.h"
#include "ServerDialog.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>

using namespace caseloop;
using namespace caseloop::test;

namespace {
// Fills the dialog's fields in the order a person would.
void fill(ServerDialog& dialog, const QString& database)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(serverParameter(QStringLiteral("host")));
    dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(serverParameter(QStringLiteral("port")).toInt());
    dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(database);
    dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(serverParameter(QStringLiteral("user")));
}
} // namespace

TEST_CASE("connecting to a server tests it, remembers all but the password, and the desk works there", "[ui][server]")
{
    if (!onPostgres())
        return; // the postgresql run covers it
    QuietDialogs quiet;
    const QString server = createServerDatabase();
    const QString name = serverDatabaseName(server);
    {
        ServerDialog dialog;
        fill(dialog, QStringLiteral("no_such_office"));
        CHECK_FALSE(dialog.testConnection());
        INFO(dialog.status().toStdString());
        CHECK(dialog.status().contains(QStringLiteral("no_such_office")));
        CHECK(dialog.address().isEmpty());

        fill(dialog, name);
        const bool connected = dialog.testConnection();
        INFO(dialog.status().toStdString());
        REQUIRE(connected);
        CHECK(dialog.status().contains(QStringLiteral("empty")));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.address().startsWith(QStringLiteral("postgresql://")));
        CHECK(dialog.address().contains(name));
    }
    QSettings settings;
    CHECK(settings.value(QStringLiteral("server/database")).toString() == name);
    for (const QString& key : settings.allKeys())
        CHECK_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive));
    {
        ServerDialog again; // the next time, the form is filled in as it was left
        CHECK(again.findChild<QLineEdit*>(QStringLiteral("database"))->text() == name);
        CHECK(again.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    }

    // The desk on the server: the office's tables are made when it opens; the window names the server's database
    // and offers no file restore; the list reads through its own connection.
    FixedClock clock(TestDb::defaultNow());
    auto store = Store::open(settings.value(QStringLiteral("server/address")).toString(), clock);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    CHECK(store.value()->engineName() == QStringLiteral("PostgreSQL"));
    {
        MainWindow window(*store.value(), administrator());
        CHECK(window.windowTitle().contains(name + QStringLiteral(" @ localhost")));
        bool restore = false;
        for (QAction* action : window.menuBar()->actions().first()->menu()->actions())
            restore = restore || action->text().contains(QStringLiteral("Restore"));
        CHECK_FALSE(restore);
    }
    ComplaintTableModel model(*store.value(), true);
    REQUIRE(settle(model));
    CHECK(model.totalCount() == 0);
    store.value().reset();
    dropServerDatabase(server);
}
