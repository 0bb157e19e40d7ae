#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // The CLI's PDF export draws text: a headless GUI application, also when catch_discover_tests runs this.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseLoopTests"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseLoopTests"));
    return Catch::Session().run(argc, argv);
}
