#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[])
{
    // Headless, also when catch_discover_tests runs this binary at build time without the test environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Accounts' password hashes with 1,000 PBKDF2 iterations instead of 200,000 (domain/Passwords.h), so that the
    // hundreds of sign-ins of the suite take milliseconds; child processes (caseloop-cli, desks) inherit it.
    qputenv("CASELOOP_TEST_PASSWORD_ITERATIONS", "1000");
    // The password of every test office's administrator "tester" and of the demo's accounts (tests/TestSupport.h).
    qputenv("CASELOOP_PASSWORD", "demo1234");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseLoopTests"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseLoopTests"));
    return Catch::Session().run(argc, argv);
}
