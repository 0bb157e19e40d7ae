#include "Cli.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
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
