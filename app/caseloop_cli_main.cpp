#include "Cli.h"
#include "Translations.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    // PDF export draws text, which needs a GUI application; the CLI must run on machines without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
