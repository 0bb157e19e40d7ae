#pragma once

#include "Cli.h"
#include "base/Clock.h"
#include "base/Result.h"
#include "domain/Permissions.h"
#include "domain/Records.h"
#include "store/OpenOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>
#include <memory>

namespace caseloop {
class Store;
}

namespace caseloop::cli {

// What a command gets: its own parsed options, the database path and the streams.
struct CommandContext
{
    QCommandLineParser& parser;
    QString databasePath;
    QTextStream& out;
    QTextStream& err;
    const Clock& clock;
    // Who signs in (--user, or its synonym --operator) and what the command needs of their role; init and demo
    // need no sign-in (`permission` empty).
    QString login;
    bool signInNeeded = false;
    std::optional<Permission> permission;
    // The account signed in by openStore() or signIn().
    Staff user;
    // The password `login` connected to a server with (typed once on a terminal, or CASELOOP_PASSWORD), so that
    // signing in does not ask for it again.
    QString serverPassword;

    // Opens (and if needed migrates) the database and signs in; on failure writes the reason to err.
    // Only commands that make a database (init, demo) create a missing file.
    std::unique_ptr<Store> openStore(bool createIfMissing = false);
    // Signs `login` in on `store` with the password from CASELOOP_PASSWORD (or asked on a terminal), makes them the
    // actor, and checks `permission`; on failure writes what is missing to err. A refusal of the role is audited.
    bool signIn(Store& store);
    // Whether the signed-in user's role reaches `p` (a refusal is written to err and audited).
    bool allowed(Store& store, Permission p);
    // How a command opens a database: a server's password asked for on a terminal when needed.
    OpenOptions openOptions(bool createIfMissing);
    QString readPassword(const QString& where);
    // A new password for `whose` account: from the environment variable `variable`, else typed twice on a terminal;
    // never from an argument. Nothing (with the reason on err) when there is none, or the two differ.
    std::optional<QString> newPassword(const char* variable, const QString& whose);
    // Makes the store's writes wait (up to ten minutes, saying so on stderr) for another writer.
    void waitForOtherWriters(Store& store);
    // Parses an option given as YYYY-MM-DD; an invalid value is reported (naming the option) and returns false.
    bool dateOption(const QString& name, QDate& date);
    // Progress on stderr ("stage done/total", rewritten in place) when a person watches (stderr is a terminal) or
    // the command's --progress asks for it; otherwise an empty function.
    std::function<bool(int done, int total)> progress(const QString& stage);
    int fail(const QString& message, int code = BadInput);
};

struct Command
{
    const char* name;
    const char* summary; // translated in the CliText context
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(CommandContext&)> run;
    // The one positional argument the command takes (e.g. export's "tracking|complaints"); null = none.
    const char* positional = nullptr;
    // What the signed-in account's role must allow; empty for init and demo, which run without signing in.
    std::optional<Permission> permission = std::nullopt;
};

QList<Command> commands();
Command initCommand();
Command demoCommand();
Command statsCommand();
Command checkCommand();
Command exportCommand();
Command reportCommand();
Command hotspotsCommand();
Command importCommand();
Command backupCommand();
Command restoreCommand();
Command migrateCommand();
Command accountCommand();

// The translation context of everything caseloop-cli says.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

} // namespace caseloop::cli
