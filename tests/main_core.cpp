#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseLoopTests"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseLoopTests"));
    return Catch::Session().run(argc, argv);
}
