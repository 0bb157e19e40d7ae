#include "MainWindow.h"

#include "Fonts.h"
#include "Store.h"
#include "Translations.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace caseloop;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseLoop"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseLoop"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CaseLoop"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("Language: zh or en."), QStringLiteral("LANG"), QStringLiteral("zh")});
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Save a picture of the window to FILE and quit (for documentation)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Open on this page: complaints or rectification."),
                      QStringLiteral("PAGE")});
    parser.process(app);

    applyLanguage(languageFromCode(parser.value(QStringLiteral("lang"))).value_or(Language::Chinese));
    applyChineseFonts();

    const QString path
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    SystemClock clock;
    auto store = Store::open(path, clock);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CaseLoop"), store.error());
        return 1;
    }
    // Choosing the operator at start is the desk's work; until then changes are audited under the system user.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("desktop")));
    store.value()->setActor({0, user});

    MainWindow window(*store.value(), true);
    if (parser.value(QStringLiteral("page")) == QLatin1String("rectification"))
        window.showPage(1);
    window.show();
    if (parser.isSet(QStringLiteral("screenshot"))) {
        QCoreApplication::processEvents();
        return window.grab().save(parser.value(QStringLiteral("screenshot"))) ? 0 : 1;
    }
    return app.exec();
}
