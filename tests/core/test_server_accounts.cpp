// Accounts a PostgreSQL server enforces itself (resources/migrations/postgresql/014_server_accounts.sql): each
// account is a login role of its own, and psql with an account's password can do no more than CaseLoop lets it.
#include "TestSupport.h"

#include "sql/Migrations.h"
#include "store/Store.h"
#include "workflow/CaseTimeline.h"
#include "workflow/ComplaintWorkflow.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace caseloop;
using namespace caseloop::test;

namespace {
const QString kStewardPassword = QStringLiteral("steward-pass-7");
const QString kLeadPassword = QStringLiteral("lead-pass-7");

struct Psql
{
    int code = -1;
    QString out, err;
};

// One statement through psql, connected as `role` with `password`: what someone holding only an account's password
// can do with the server's own client.
Psql psqlAs(const QString& database, const QString& role, const QString& password, const QString& sql)
{
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    REQUIRE(!psql.isEmpty());
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(psql,
            {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
             QStringLiteral("-h"), serverParameter(QStringLiteral("host")), QStringLiteral("-p"),
             serverParameter(QStringLiteral("port")), QStringLiteral("-U"), role, QStringLiteral("-d"), database,
             QStringLiteral("-c"), sql});
    REQUIRE(p.waitForFinished(30000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

// The office's address as a desk names it: no user, so that the account signing in connects as itself.
QString withoutUser(const QString& address)
{
    QString a = address;
    a.replace(QRegularExpression(QStringLiteral("^postgresql://[^@/]*@")), QStringLiteral("postgresql://"));
    return a;
}

struct Office
{
    TestDb db;
    QString name;
    Complaint complaint; // with a ticket to engineering
    Complaint elsewhere; // with none
};

void setUp(Office& o)
{
    const auto& org = o.db.org();
    o.name = serverDatabaseName(o.db.path());
    ComplaintWorkflow workflow(o.db.store());
    Complaint d = o.db.draft();
    d.description = QStringLiteral("电梯困人，请回电13812345678");
    o.complaint = require(workflow.registerComplaint(d));
    require(workflow.dispatch(o.complaint.id, org.engineering, 0, o.db.clock().now().addDays(1)));
    o.elsewhere = o.db.registered();
    requireOk(o.db.store().accounts().setPassword(org.steward, kStewardPassword));
    requireOk(o.db.store().accounts().setPassword(org.lead, kLeadPassword));
}
} // namespace

TEST_CASE("on a server an account is its own login role, and psql with its password does no more than CaseLoop lets",
          "[accounts][safety][postgresql]")
{
    if (!onPostgres())
        return; // on a file CaseLoop enforces the accounts itself (test_accounts.cpp)
    Office o;
    setUp(o);
    const QString steward = o.name + QStringLiteral("_gj001");
    const QString lead = o.name + QStringLiteral("_gc01");
    const auto denied = [](const Psql& r) {
        INFO(r.out.toStdString() << " / " << r.err.toStdString());
        CHECK(r.code != 0);
        return r.code != 0;
    };

    // The server checks the password.
    const Psql wrong = psqlAs(o.name, steward, QStringLiteral("not-the-password"), QStringLiteral("SELECT 1"));
    CHECK(wrong.code != 0);
    CHECK(wrong.err.contains(QStringLiteral("password authentication failed")));

    // A steward reads complaints, as in CaseLoop ...
    const Psql reads = psqlAs(o.name, steward, kStewardPassword, QStringLiteral("SELECT count(*) FROM complaints"));
    INFO(reads.err.toStdString());
    CHECK(reads.out == QStringLiteral("2"));
    // ... but not the accounts' passwords, nor changes the audit log, nor gives themselves another role.
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword, QStringLiteral("SELECT password_hash FROM staff"))));
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword, QStringLiteral("UPDATE audit_log SET action = 'x'"))));
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword, QStringLiteral("DELETE FROM audit_log"))));
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword, QStringLiteral("TRUNCATE audit_log"))));
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword,
                        QStringLiteral("GRANT %1_administrator TO %2").arg(o.name, steward))));
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword,
                        QStringLiteral("UPDATE staff SET role_code = 'administrator' WHERE login = 'gj001'"))));
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword, QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(steward))));
    CHECK(
        denied(psqlAs(o.name, steward, kStewardPassword,
                      QStringLiteral("SELECT caseloop_set_password('admin', 'SCRAM-SHA-256$x', 'pbkdf2-sha256$x')"))));
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword, QStringLiteral("DELETE FROM kpi_days"))));
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword, QStringLiteral("CREATE TABLE mine (x INTEGER)"))));
    CHECK(denied(psqlAs(o.name, steward, kStewardPassword, QStringLiteral("DELETE FROM complaints"))));
    const Psql audit = psqlAs(o.name, QStringLiteral("postgres"), QString(),
                              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'x'"));
    CHECK(audit.out == QStringLiteral("0"));

    // A department lead reads their department's complaint only, every number masked, in the free text too; the
    // table behind the view is closed to them, and so are other departments' tickets.
    const Psql masked = psqlAs(o.name, lead, kLeadPassword,
                               QStringLiteral("SELECT code || '|' || complainant_phone || '|' || description "
                                              "FROM complaints"));
    INFO(masked.err.toStdString());
    REQUIRE(masked.code == 0);
    CHECK(masked.out.startsWith(o.complaint.code + QLatin1Char('|')));
    CHECK_FALSE(masked.out.contains(QLatin1Char('\n'))); // one row: the other complaint has no engineering ticket
    CHECK(masked.out.contains(QStringLiteral("*")));
    CHECK_FALSE(masked.out.contains(QStringLiteral("13812345678")));
    CHECK_FALSE(masked.out.contains(QStringLiteral("13800138000")));
    CHECK_FALSE(masked.out.contains(QStringLiteral("138 0013 8000")));
    CHECK(
        denied(psqlAs(o.name, lead, kLeadPassword, QStringLiteral("SELECT complainant_phone FROM public.complaints"))));
    CHECK(denied(psqlAs(o.name, lead, kLeadPassword, QStringLiteral("SELECT count(*) FROM public.audit_log"))));
    CHECK(denied(psqlAs(o.name, lead, kLeadPassword, QStringLiteral("SELECT count(*) FROM public.tickets"))));
    CHECK(denied(psqlAs(o.name, lead, kLeadPassword,
                        QStringLiteral("UPDATE complaints SET complainant_phone = '13900000000'"))));
    ComplaintWorkflow workflow(o.db.store());
    const Id cleaning = require(o.db.store().organisation().departmentByName(QStringLiteral("保洁部"))).id;
    require(workflow.dispatch(o.elsewhere.id, cleaning, 0, o.db.clock().now().addDays(1)));
    CHECK(psqlAs(o.name, lead, kLeadPassword, QStringLiteral("SELECT count(*) FROM tickets")).out
          == QStringLiteral("1"));
    CHECK(psqlAs(o.name, lead, kLeadPassword,
                 QStringLiteral("WITH u AS (UPDATE tickets SET department_id = department_id RETURNING 1) "
                                "SELECT count(*) FROM u"))
              .out
          == QStringLiteral("1"));
    CHECK(psqlAs(o.name, QStringLiteral("postgres"), QString(),
                 QStringLiteral("SELECT count(*) FROM tickets WHERE complaint_id = %1").arg(o.elsewhere.id))
              .out
          == QStringLiteral("1"));

    // A deactivated account may not log in at all.
    Staff gone = require(o.db.store().organisation().staffByLogin(QStringLiteral("gj001")));
    gone.active = false;
    requireOk(o.db.store().organisation().updateStaff(gone));
    const Psql refused = psqlAs(o.name, steward, kStewardPassword, QStringLiteral("SELECT 1"));
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("not permitted to log in")));
}

TEST_CASE("on a server CaseLoop signs an account in as itself, and works within the server's rights",
          "[accounts][postgresql]")
{
    if (!onPostgres())
        return;
    Office o;
    setUp(o);
    const QString address = withoutUser(o.db.path());
    const auto openAs = [&](const QString& login, const QString& password) {
        OpenOptions options;
        options.password = password;
        return Store::open(Store::locationForAccount(address, login), o.db.clock(), options);
    };

    CHECK_FALSE(openAs(QStringLiteral("gj001"), QStringLiteral("wrong-password")).ok());
    auto steward = openAs(QStringLiteral("gj001"), kStewardPassword);
    INFO((steward.ok() ? QString() : steward.error()).toStdString());
    REQUIRE(steward.ok());
    Store& s = *steward.value();
    CHECK(s.database().serverLogin() == QStringLiteral("gj001"));
    CHECK(s.accounts().anyPassword().value_or(false));
    // The login typed must be the connection's, and the password is the server's to check (the window's lock).
    CHECK_FALSE(s.accounts().signIn(QStringLiteral("admin"), kTestPassword).ok());
    CHECK_FALSE(s.accounts().signIn(QStringLiteral("gj001"), QStringLiteral("wrong-password")).ok());
    const Staff me = require(s.accounts().signIn(QStringLiteral("gj001"), kStewardPassword));
    s.setActor({me.id, me.name});

    // What a steward does in CaseLoop, the server lets them do.
    ComplaintWorkflow workflow(s);
    const Complaint mine = require(workflow.registerComplaint(o.db.draft()));
    FollowUp f;
    f.complaintId = mine.id;
    f.at = o.db.clock().now();
    f.staffId = me.id;
    f.said = QStringLiteral("已联系工程部");
    require(workflow.recordFollowUp(f));
    require(workflow.dispatch(mine.id, o.db.org().engineering, 0, o.db.clock().now().addDays(1)));
    CHECK(require(s.complaints().count({})) == 3);
    // Their own password, too; an administrator's task is refused by the server as well as by CaseLoop.
    requireOk(s.accounts().setPassword(me.id, QStringLiteral("steward-pass-8")));
    CHECK(
        psqlAs(o.name, o.name + QStringLiteral("_gj001"), QStringLiteral("steward-pass-8"), QStringLiteral("SELECT 1"))
            .code
        == 0);
    CHECK_FALSE(s.accounts().setPassword(o.db.org().lead, QStringLiteral("taken-over-1")).ok());
    CHECK_FALSE(s.accounts().accounts().ok());

    // A department lead's CaseLoop reads through the masked views: their department's complaints, masked.
    auto lead = openAs(QStringLiteral("gc01"), kLeadPassword);
    INFO((lead.ok() ? QString() : lead.error()).toStdString());
    REQUIRE(lead.ok());
    Store& l = *lead.value();
    require(l.accounts().signIn(QStringLiteral("gc01"), kLeadPassword));
    const QList<Complaint> seen = require(l.complaints().list({}, 50));
    REQUIRE(seen.size() == 2); // o.complaint and the steward's, both with an engineering ticket
    CHECK(require(l.complaints().count({})) == 2); // counted in the views, not from the office's daily counts
    for (const Complaint& c : seen) {
        CHECK(c.complainantPhone.contains(QLatin1Char('*')));
        CHECK_FALSE(c.description.contains(QStringLiteral("13812345678")));
    }

    // ... and handles their department's ticket: accepts and completes it, follows up, reads the case's timeline.
    l.setActor({o.db.org().lead, QStringLiteral("王强")});
    ComplaintWorkflow leads(l);
    const QList<Ticket> tickets = require(l.tickets().forComplaint(o.complaint.id));
    REQUIRE(tickets.size() == 1);
    require(leads.acceptTicket(tickets.first().id));
    require(leads.completeTicket(tickets.first().id, QStringLiteral("更换电梯门机板"), QStringLiteral("已修复")));
    FollowUp g;
    g.complaintId = o.complaint.id;
    g.at = o.db.clock().now();
    g.staffId = o.db.org().lead;
    g.said = QStringLiteral("工程部已修复，业主电话13812345678已回访");
    require(leads.recordFollowUp(g));
    CHECK_FALSE(leads.recordFollowUp(FollowUp{0, o.elsewhere.id, g.at, g.staffId}).ok()); // not their department's
    const auto timeline = require(CaseTimeline::build(l, o.complaint.id));
    CHECK(timeline.size() >= 3);

    // An administrator manages accounts from their own connection.
    auto admin = openAs(kTestLogin, kTestPassword);
    REQUIRE(admin.ok());
    Store& a = *admin.value();
    const Staff boss = require(a.accounts().signIn(kTestLogin, kTestPassword));
    a.setActor({boss.id, boss.name});
    CHECK(require(a.accounts().accounts()).size() >= 3);
    requireOk(a.accounts().setPassword(o.db.org().lead, QStringLiteral("lead-pass-8")));
    CHECK(
        psqlAs(o.name, o.name + QStringLiteral("_gc01"), QStringLiteral("lead-pass-8"), QStringLiteral("SELECT 1")).code
        == 0);

    // A database from an earlier version is updated by its owner: an account's desk says so and changes nothing.
    const int latest = latestSchemaVersion(QStringLiteral("postgresql"));
    rawExec(o.db.path(), QStringLiteral("UPDATE caseloop_schema SET version = %1").arg(latest - 1));
    auto early = openAs(QStringLiteral("gj001"), QStringLiteral("steward-pass-8"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("owner")));
    CHECK(early.error().contains(QString::number(latest)));
    CHECK(rawScalar(o.db.path(), QStringLiteral("SELECT version FROM caseloop_schema")).toInt() == latest - 1);
    rawExec(o.db.path(), QStringLiteral("UPDATE caseloop_schema SET version = %1").arg(latest));
}
