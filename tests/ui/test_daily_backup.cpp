// The day's copy is made beside the window, on a thread of its own, and closing the window stops it at once,
// leaving nothing half-written.
#include "DailyBackup.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "store/Backups.h"

#include <QDir>
#include <QElapsedTimer>
#include <QWidget>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("the daily backup is made beside the window, and closing the window stops it", "[ui][backup][sqlite]")
{
    TestDb db;
    for (int i = 0; i < 20; ++i) // an office's own database (a demo database gets no copies)
        db.registered();
    QuietDialogs quiet;
    const QString folder = Backups::defaultFolder(db.path());
    QWidget window;
    {
        DailyBackup backup(db.path(), &window);
        QElapsedTimer t;
        t.start();
        while (backup.running() && t.elapsed() < 20000)
            QTest::qWait(10);
        CHECK_FALSE(backup.running());
    }
    REQUIRE(Backups::dailyCopies(folder).size() == 1);
    CHECK(require(Backups::check(Backups::dailyCopies(folder).first())).complaints
          == require(db.store().complaints().count({})));
    CHECK(Dialogs::lastMessage().isEmpty()); // nothing to tell

    // Closed at once: the window does not wait for the copy, and nothing half-written is left.
    QFile::remove(Backups::dailyCopies(folder).first());
    QElapsedTimer closing;
    closing.start();
    {
        DailyBackup backup(db.path(), &window);
        QTest::qWait(1); // the copy begins
    }
    CHECK(closing.elapsed() < 5000);
    CHECK(QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    for (const QString& copy : Backups::dailyCopies(folder)) // made before the stop came, then it is whole
        CHECK(Backups::check(copy).ok());
}
