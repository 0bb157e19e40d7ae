#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[])
{
    // The CLI draws PDFs and charts (a QGraphicsScene needs QApplication): headless, also when
    // catch_discover_tests runs this.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseLoopTests"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseLoopTests"));
    return Catch::Session().run(argc, argv);
}
