#include "Cli.h"
#include "base/PrivateFiles.h"
#include "base/Translations.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    caseloop::keepNewFilesPrivate(); // owners' personal data: files 0600, folders 0700
    // PDF export draws text and the weekly report draws Qt Charts (a QGraphicsScene): a widgets application,
    // offscreen, so the CLI runs on machines without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseLoop"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseLoop"));
    caseloop::applyLanguage(caseloop::Language::Chinese);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = caseloop::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
