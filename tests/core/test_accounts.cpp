#include "CliRun.h"
#include "TestSupport.h"
#include "domain/Passwords.h"
#include "domain/Permissions.h"
#include "sql/SqlQuery.h"

using namespace caseloop;
using namespace caseloop::test;

namespace {
// An environment variable set or removed for one test, and put back after it.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const std::optional<QByteArray>& value)
        : m_name(name)
        , m_before(qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt)
    {
        set(value);
    }
    ~ScopedEnv() { set(m_before); }

private:
    void set(const std::optional<QByteArray>& value)
    {
        if (value)
            qputenv(m_name, *value);
        else
            qunsetenv(m_name);
    }
    const char* m_name;
    std::optional<QByteArray> m_before;
};

qint64 auditCount(TestDb& db, const QString& action)
{
    return require(scalar(db.store().database().connection(),
                          QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'account' AND action = ?"),
                          {action}))
        .toLongLong();
}
} // namespace

TEST_CASE("passwords are PBKDF2-SHA256 hashes with a salt of their own, 200,000 iterations outside tests",
          "[accounts][sqlite]")
{
    const QString a = Passwords::hash(QStringLiteral("correct horse"));
    const QString b = Passwords::hash(QStringLiteral("correct horse"));
    CHECK(a.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
    CHECK(a != b); // each its own salt
    CHECK(Passwords::verify(QStringLiteral("correct horse"), a));
    CHECK_FALSE(Passwords::verify(QStringLiteral("correct hors"), a));
    CHECK_FALSE(Passwords::verify(QStringLiteral("correct horse"), QStringLiteral("correct horse")));
    CHECK_FALSE(Passwords::verify(QString(), QString()));
    CHECK_FALSE(Passwords::verify(QStringLiteral("x"), Passwords::unmatchable()));
    CHECK(Passwords::weak(a));
    CHECK_FALSE(Passwords::problem(QStringLiteral("1234567")).isEmpty());
    CHECK(Passwords::problem(QStringLiteral("12345678")).isEmpty());
    ScopedEnv real("CASELOOP_TEST_PASSWORD_ITERATIONS", std::nullopt);
    const QString stored = Passwords::hash(QStringLiteral("correct horse"));
    CHECK(stored.startsWith(QStringLiteral("pbkdf2-sha256$200000$")));
    CHECK_FALSE(Passwords::weak(stored));
    CHECK(Passwords::verify(QStringLiteral("correct horse"), stored));
}

TEST_CASE("a wrong password is refused, five in a row lock the account for five minutes, and all of it is audited",
          "[accounts]")
{
    TestDb db;
    const Id steward = db.org().steward;
    requireOk(db.store().accounts().setPassword(steward, QStringLiteral("s3cret-pass")));
    AccountStore& accounts = db.store().accounts();
    // Unknown logins and wrong passwords read the same, so that logins cannot be guessed from the answers.
    const auto unknown = accounts.signIn(QStringLiteral("nobody"), QStringLiteral("s3cret-pass"));
    const auto wrong = accounts.signIn(QStringLiteral("gj001"), QStringLiteral("wrong-pass"));
    REQUIRE_FALSE(unknown.ok());
    REQUIRE_FALSE(wrong.ok());
    CHECK(unknown.error() == wrong.error());
    CHECK(require(accounts.signIn(QStringLiteral("gj001"), QStringLiteral("s3cret-pass"))).id == steward);
    // The count starts again after a success; five failures in a row lock.
    for (int i = 0; i < AccountStore::kAttemptsBeforeLockout; ++i)
        REQUIRE_FALSE(accounts.signIn(QStringLiteral("gj001"), QStringLiteral("wrong-pass")).ok());
    const auto locked = accounts.signIn(QStringLiteral("gj001"), QStringLiteral("s3cret-pass"));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().contains(QStringLiteral("locked")));
    db.clock().set(db.clock().now().addSecs(4 * 60));
    CHECK_FALSE(accounts.signIn(QStringLiteral("gj001"), QStringLiteral("s3cret-pass")).ok());
    db.clock().set(db.clock().now().addSecs(61));
    CHECK(accounts.signIn(QStringLiteral("gj001"), QStringLiteral("s3cret-pass")).ok());
    requireOk(accounts.signOut(require(db.store().organisation().staffMember(steward))));

    CHECK(auditCount(db, QStringLiteral("login")) == 2);
    CHECK(auditCount(db, QStringLiteral("login_failed")) == 7); // the unknown login, one wrong, five in a row
    CHECK(auditCount(db, QStringLiteral("lockout")) == 1);
    CHECK(auditCount(db, QStringLiteral("login_refused")) == 2); // while locked
    CHECK(auditCount(db, QStringLiteral("logout")) == 1);
    CHECK(auditCount(db, QStringLiteral("password_set")) == 1);
    // The attempt at an unknown login is recorded without what was typed (it may be a password typed into the wrong
    // field); no password or hash is ever written down.
    CHECK(require(scalar(db.store().database().connection(),
                         QStringLiteral("SELECT actor_name FROM audit_log WHERE action = 'login_failed' ORDER BY id "
                                        "LIMIT 1")))
              .toString()
          == QStringLiteral("(unknown login)"));
    CHECK(require(scalar(db.store().database().connection(),
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE coalesce(old_value, '') || "
                                        "coalesce(new_value, '') LIKE '%pbkdf2%' OR coalesce(new_value, '') LIKE "
                                        "'%s3cret%' OR coalesce(new_value, '') LIKE '%wrong-pass%'")))
              .toInt()
          == 0);
}

TEST_CASE("deactivated accounts and accounts without a password cannot sign in", "[accounts]")
{
    TestDb db;
    Staff lead = require(db.store().organisation().staffMember(db.org().lead));
    const auto none = db.store().accounts().signIn(lead.login, QString());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().contains(QStringLiteral("no password")));
    requireOk(db.store().accounts().setPassword(lead.id, QStringLiteral("lead-pass-1")));
    lead.active = false;
    requireOk(db.store().organisation().updateStaff(lead));
    const auto off = db.store().accounts().signIn(lead.login, QStringLiteral("lead-pass-1"));
    REQUIRE_FALSE(off.ok());
    CHECK(off.error().contains(QStringLiteral("deactivated")));
    // A short password is refused, and the first administrator is made once only.
    CHECK_FALSE(db.store().accounts().setPassword(lead.id, QStringLiteral("short")).ok());
    CHECK_FALSE(
        db.store()
            .accounts()
            .createFirstAdministrator(QStringLiteral("boss"), QStringLiteral("老板"), QStringLiteral("12345678"))
            .ok());
}

TEST_CASE("the audit log refuses every change and every deletion", "[accounts][safety]")
{
    TestDb db;
    db.registered();
    const QSqlDatabase connection = db.store().database().connection();
    CHECK_FALSE(execute(connection, QStringLiteral("UPDATE audit_log SET actor_name = 'someone else'")).ok());
    CHECK_FALSE(execute(connection, QStringLiteral("DELETE FROM audit_log")).ok());
    CHECK(require(scalar(connection,
                         QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_name = 'someone "
                                        "else'")))
              .toInt()
          == 0);
}

TEST_CASE("roles × permissions: what each role may do", "[accounts]")
{
    CHECK(Permissions::may(Role::Administrator, Permission::Accounts));
    CHECK_FALSE(Permissions::may(Role::Supervisor, Permission::Accounts));
    CHECK(Permissions::may(Role::Supervisor, Permission::Analysis));
    CHECK_FALSE(Permissions::may(Role::Steward, Permission::Export));
    CHECK(Permissions::reach(Role::Steward, Permission::FullPhones) == Reach::Own);
    CHECK(Permissions::reach(Role::DepartmentLead, Permission::Export) == Reach::Department);
    CHECK_FALSE(Permissions::may(Role::DepartmentLead, Permission::ExportPhones));
    for (Permission p : Permissions::all())
        CHECK_FALSE(Permissions::displayName(p).isEmpty());
}

TEST_CASE("caseloop-cli signs in: without a login or a password it is refused, --operator too", "[accounts][cli]")
{
    TestDb db;
    requireOk(db.store().accounts().setPassword(db.org().steward, QStringLiteral("s3cret-pass")));
    db.close();
    QString out, err;
    QTextStream o(&out), e(&err);
    // No account named.
    CHECK(cli::run({QStringLiteral("--db"), db.path(), QStringLiteral("check")}, o, e) == cli::BadInput);
    e.flush();
    CHECK(err.contains(QStringLiteral("--user")));
    {
        // An account named, but no password in the environment and no terminal to type it on.
        ScopedEnv noPassword("CASELOOP_PASSWORD", std::nullopt);
        for (const char* option : {"--user", "--operator"}) {
            const CliRun r = runCli(
                {QStringLiteral("--db"), db.path(), QString::fromLatin1(option), kTestLogin, QStringLiteral("check")});
            CHECK(r.code == cli::BadInput);
            CHECK(r.err.contains(QStringLiteral("CASELOOP_PASSWORD")));
        }
    }
    {
        ScopedEnv wrong("CASELOOP_PASSWORD", QByteArray("not-the-password"));
        const CliRun r = runCli(
            {QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin, QStringLiteral("check")});
        CHECK(r.code == cli::BadInput);
        CHECK(r.err.contains(QStringLiteral("Wrong login or password")));
    }
    // Two different accounts at once are refused.
    CHECK(runCli({QStringLiteral("--db"), db.path(), QStringLiteral("--user"), kTestLogin, QStringLiteral("check"),
                  QStringLiteral("--operator"), QStringLiteral("gj001")})
              .code
          == cli::UsageError);
    // A steward is refused an administrator's command; the refusal is audited.
    ScopedEnv steward("CASELOOP_PASSWORD", QByteArray("s3cret-pass"));
    const CliRun refused = runCliAs(QStringLiteral("gj001"),
                                    {QStringLiteral("--db"), db.path(), QStringLiteral("backup"),
                                     QStringLiteral("--out"), db.file(QStringLiteral("x.db"))});
    CHECK(refused.code == cli::BadInput);
    CHECK(refused.err.contains(QStringLiteral("Administrator")));
    CHECK_FALSE(QFile::exists(db.file(QStringLiteral("x.db"))));
    const CliRun accounts = runCliAs(
        QStringLiteral("gj001"),
        {QStringLiteral("--db"), db.path(), QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("gj002"),
         QStringLiteral("--name"), QStringLiteral("李娜"), QStringLiteral("--role"), QStringLiteral("administrator")});
    CHECK(accounts.code == cli::BadInput);
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM staff WHERE login = 'gj002'")).toInt() == 0);
    CHECK(rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused'")).toInt() == 2);
    // But a steward changes their own password.
    ScopedEnv mine("CASELOOP_NEW_PASSWORD", QByteArray("n3w-secret"));
    CHECK(runCliAs(QStringLiteral("gj001"),
                   {QStringLiteral("--db"), db.path(), QStringLiteral("account"), QStringLiteral("passwd"),
                    QStringLiteral("gj001")})
              .code
          == cli::Success);
    CHECK(
        rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'password_changed'")).toInt()
        == 1);
}

TEST_CASE("caseloop-cli init --admin makes the first administrator, who adds, resets, disables and lists accounts",
          "[accounts][cli][sqlite]")
{
    TestDb tmp;
    const QString db = tmp.file(QStringLiteral("office.db"));
    {
        ScopedEnv password("CASELOOP_PASSWORD", QByteArray("short"));
        const CliRun tooShort = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss")});
        CHECK(tooShort.code == cli::BadInput);
        CHECK_FALSE(QFile::exists(db));
    }
    ScopedEnv password("CASELOOP_PASSWORD", QByteArray("boss-pass-1"));
    const CliRun init = runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"),
                                QStringLiteral("boss"), QStringLiteral("--name"), QStringLiteral("周总")});
    INFO(init.err.toStdString());
    REQUIRE(init.code == cli::Success);
    CHECK(init.out.contains(QStringLiteral("boss")));
    // Once only.
    CHECK(
        runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("other")})
            .code
        == cli::BadInput);
    const auto as = [&](const QStringList& args) {
        return runCliAs(QStringLiteral("boss"),
                        QStringList{QStringLiteral("--db"), db, QStringLiteral("account")} + args);
    };
    {
        ScopedEnv fresh("CASELOOP_NEW_PASSWORD", QByteArray("lead-pass-1"));
        CHECK(as({QStringLiteral("add"), QStringLiteral("gc01"), QStringLiteral("--name"), QStringLiteral("王强"),
                  QStringLiteral("--role"), QStringLiteral("department_lead")})
                  .code
              == cli::UsageError); // a lead needs a department
        const CliRun added = as({QStringLiteral("add"), QStringLiteral("gc01"), QStringLiteral("--name"),
                                 QStringLiteral("王强"), QStringLiteral("--role"), QStringLiteral("department_lead"),
                                 QStringLiteral("--department"), QStringLiteral("工程部")});
        INFO(added.err.toStdString());
        CHECK(added.code == cli::Success);
        CHECK(as({QStringLiteral("add"), QStringLiteral("gc01"), QStringLiteral("--name"), QStringLiteral("别人"),
                  QStringLiteral("--role"), QStringLiteral("steward")})
                  .code
              == cli::BadInput); // the login is taken
    }
    const CliRun list = as({QStringLiteral("list")});
    CHECK(list.out.contains(QStringLiteral("gc01")));
    CHECK(list.out.contains(QStringLiteral("department_lead")));
    CHECK(list.out.contains(QStringLiteral("工程部")));
    {
        ScopedEnv lead("CASELOOP_PASSWORD", QByteArray("lead-pass-1"));
        CHECK(runCliAs(QStringLiteral("gc01"),
                       {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("tracking"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                        tmp.file(QStringLiteral("t.csv"))})
                  .code
              == cli::Success);
    }
    CHECK(as({QStringLiteral("disable"), QStringLiteral("boss")}).code == cli::BadInput); // not oneself
    CHECK(as({QStringLiteral("disable"), QStringLiteral("gc01")}).code == cli::Success);
    CHECK(as({QStringLiteral("list")}).out.contains(QStringLiteral("disabled")));
    ScopedEnv lead("CASELOOP_PASSWORD", QByteArray("lead-pass-1"));
    const CliRun off = runCliAs(QStringLiteral("gc01"),
                                {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("tracking"),
                                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                 tmp.file(QStringLiteral("t2.csv"))});
    CHECK(off.code == cli::BadInput);
    CHECK(off.err.contains(QStringLiteral("deactivated")));
}

TEST_CASE("the demo's accounts share the password it prints; an office's own database refuses it", "[accounts][cli]")
{
    TestDb tmp;
    const QString db = tmp.file(QStringLiteral("demo.db"));
    const CliRun demo = runCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--complaints"),
                                QStringLiteral("20"), QStringLiteral("--password"), QStringLiteral("show-me-1")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == cli::Success);
    CHECK(demo.out.contains(QStringLiteral("show-me-1")));
    ScopedEnv password("CASELOOP_PASSWORD", QByteArray("show-me-1"));
    CHECK(
        runCliAs(QStringLiteral("zg01"),
                 {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--by"), QStringLiteral("type")})
            .code
        == cli::Success);
    // A steward of the demo looks after their estate.
    CHECK(rawScalar(db, QStringLiteral("SELECT COUNT(*) FROM staff_estates")).toInt() > 0);
    TestDb office;
    CHECK_FALSE(office.store().accounts().setDemoPasswords(QStringLiteral("show-me-1")).ok());
    // An office made with init --admin: `demo` (which needs no sign-in) must not give its accounts a known password.
    const QString made = tmp.file(QStringLiteral("office.db"));
    {
        ScopedEnv admin("CASELOOP_PASSWORD", QByteArray("boss-pass-1"));
        REQUIRE(runCli({QStringLiteral("--db"), made, QStringLiteral("init"), QStringLiteral("--admin"),
                        QStringLiteral("boss")})
                    .code
                == cli::Success);
    }
    const CliRun takeover
        = runCli({QStringLiteral("--db"), made, QStringLiteral("demo"), QStringLiteral("--complaints"),
                  QStringLiteral("5"), QStringLiteral("--password"), QStringLiteral("attacker-1")});
    CHECK(takeover.code == cli::BadInput);
    CHECK(takeover.err.contains(QStringLiteral("new database only")));
    ScopedEnv attacker("CASELOOP_PASSWORD", QByteArray("attacker-1"));
    CHECK(runCliAs(QStringLiteral("boss"),
                   {QStringLiteral("--db"), made, QStringLiteral("account"), QStringLiteral("list")})
              .code
          == cli::BadInput);
    CHECK(rawScalar(made, QStringLiteral("SELECT COUNT(*) FROM complaints")).toInt() == 0);
}

TEST_CASE("the last administrator who can sign in cannot be deactivated or given another role", "[accounts]")
{
    TestDb db;
    Staff admin = require(db.store().organisation().staffByLogin(kTestLogin));
    admin.active = false;
    const Status off = db.store().organisation().updateStaff(admin);
    REQUIRE_FALSE(off.ok());
    CHECK(off.error().contains(QStringLiteral("last administrator")));
    admin.active = true;
    admin.role = Role::Supervisor;
    CHECK_FALSE(db.store().organisation().updateStaff(admin).ok());
    CHECK(require(db.store().organisation().staffByLogin(kTestLogin)).role == Role::Administrator);
    // With a second administrator, the first may step down.
    Staff second{0, QStringLiteral("周敏"), QStringLiteral("zm"), Role::Administrator, 0, {}, true};
    second.id = require(db.store().organisation().addStaff(second));
    requireOk(db.store().accounts().setPassword(second.id, QStringLiteral("second-pass")));
    requireOk(db.store().organisation().updateStaff(admin));
}
