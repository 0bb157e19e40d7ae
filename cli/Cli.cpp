#include "Cli.h"

#include "CliCommand.h"
#include "base/Translations.h"
#include "base/Version.h"
#include "store/Store.h"

#include <QDir>
#include <QThread>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace caseloop::cli {

QList<Command> commands()
{
    QList<Command> all{initCommand(),   demoCommand(),    statsCommand(),    checkCommand(),
                       exportCommand(), reportCommand(),  hotspotsCommand(), importCommand(),
                       backupCommand(), restoreCommand(), migrateCommand(),  accountCommand()};
    // What each command needs of the signed-in account's role (domain/Permissions.h); init and demo need nobody.
    const QHash<QString, Permission> needs{
        {QStringLiteral("stats"), Permission::Analysis},    {QStringLiteral("report"), Permission::Analysis},
        {QStringLiteral("hotspots"), Permission::Analysis}, {QStringLiteral("export"), Permission::Export},
        {QStringLiteral("import"), Permission::SetUp},      {QStringLiteral("check"), Permission::Backup},
        {QStringLiteral("backup"), Permission::Backup},     {QStringLiteral("restore"), Permission::Backup},
        {QStringLiteral("migrate"), Permission::Backup},    {QStringLiteral("account"), Permission::Accounts}};
    for (Command& c : all)
        if (const auto it = needs.find(QLatin1String(c.name)); it != needs.end())
            c.permission = *it;
    return all;
}

OpenOptions CommandContext::openOptions(bool createIfMissing)
{
    OpenOptions options;
    options.createIfMissing = createIfMissing;
    // A server that wants a password libpq did not find (PGPASSWORD, ~/.pgpass) asks for it on a terminal only; a
    // scheduled job fails with the server's words instead of waiting for input.
    if (isatty(fileno(stdin)))
        options.askPassword = [this](const QString& where) { return readPassword(where); };
    return options;
}

QString CommandContext::readPassword(const QString& where)
{
    err << CliText::tr("Password for %1: ").arg(where) << Qt::flush;
    termios before{};
    const bool terminal = tcgetattr(fileno(stdin), &before) == 0;
    if (terminal) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSAFLUSH, &silent);
    }
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (terminal)
        tcsetattr(fileno(stdin), TCSAFLUSH, &before);
    err << Qt::endl;
    return read ? QString::fromLocal8Bit(line).remove(QLatin1Char('\n')).remove(QLatin1Char('\r')) : QString();
}

std::optional<QString> CommandContext::newPassword(const char* variable, const QString& whose)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (!isatty(fileno(stdin))) {
        err << CliText::tr("No new password for %1: put it in the environment variable %2, or run the command on a "
                           "terminal to type it. A password is never given as an argument.")
                   .arg(whose, QString::fromLatin1(variable))
            << Qt::endl;
        return std::nullopt;
    }
    const QString first = readPassword(CliText::tr("the new account %1").arg(whose));
    const QString again = readPassword(CliText::tr("%1 once more").arg(whose));
    if (first != again) {
        err << CliText::tr("The two passwords differ; nothing was changed.") << Qt::endl;
        return std::nullopt;
    }
    return first;
}

std::unique_ptr<Store> CommandContext::openStore(bool createIfMissing)
{
    OpenOptions options = openOptions(createIfMissing);
    if (signInNeeded && !login.isEmpty()) {
        // On a server whose address names no user, the account connects as itself: the server checks its password.
        if (Store::signsInBeforeOpening(databasePath)) {
            databasePath = Store::locationForAccount(databasePath, login);
            options.password = qEnvironmentVariable("CASELOOP_PASSWORD");
            if (options.askPassword)
                options.askPassword = [this](const QString& where) { return serverPassword = readPassword(where); };
        }
    }
    auto store = Store::open(databasePath, clock, options);
    if (!store) {
        err << store.error() << Qt::endl;
        return nullptr;
    }
    store.value()->setActor({0, QStringLiteral("caseloop-cli")});
    waitForOtherWriters(*store.value());
    if (signInNeeded && !signIn(*store.value()))
        return nullptr;
    if (auto damage = store.value()->knownDamage())
        err << CliText::tr("Warning: %1 was %2. Restore it from a backup; `check` lifts this warning once the file is "
                           "whole again.")
                   .arg(databasePath, *damage)
            << Qt::endl;
    return std::move(store).value();
}

bool CommandContext::signIn(Store& store)
{
    if (login.isEmpty()) {
        err << CliText::tr("Sign in first: add --user LOGIN, with the password in the environment variable "
                           "CASELOOP_PASSWORD (or typed when asked on a terminal). Only init, demo, --help and "
                           "--version run without signing in.")
            << Qt::endl;
        return false;
    }
    QString password;
    if (!serverPassword.isEmpty())
        password = serverPassword;
    else if (qEnvironmentVariableIsSet("CASELOOP_PASSWORD"))
        password = qEnvironmentVariable("CASELOOP_PASSWORD");
    else if (isatty(fileno(stdin)))
        password = readPassword(login);
    else {
        err << CliText::tr("No password for %1: put it in the environment variable CASELOOP_PASSWORD of this job, or "
                           "run the command on a terminal to type it. A password is never given as an argument.")
                   .arg(login)
            << Qt::endl;
        return false;
    }
    auto signedIn = store.accounts().signIn(login, password);
    if (!signedIn) {
        err << signedIn.error() << Qt::endl;
        return false;
    }
    user = *signedIn;
    store.setActor({user.id, user.name});
    return !permission || allowed(store, *permission);
}

bool CommandContext::allowed(Store& store, Permission p)
{
    if (Permissions::may(user.role, p))
        return true;
    err << Permissions::refusal(user.role, p) << Qt::endl;
    // A role reaching for what it may not do is recorded, so that an administrator sees the attempt.
    store.audit().record(QStringLiteral("account"), user.id, QStringLiteral("refused"), Permissions::displayName(p));
    return false;
}

void CommandContext::waitForOtherWriters(Store& store)
{
    // A scheduled job waits for a desk or another job that is writing (an import takes seconds), up to ten minutes,
    // and says so, instead of failing after 5 s.
    store.setLockWait(600, [this, told = false](qint64) mutable {
        if (!told)
            err << CliText::tr("Another window or program is writing to %1; waiting…").arg(databasePath) << Qt::endl;
        told = true;
        QThread::msleep(100);
        return true;
    });
}

bool CommandContext::dateOption(const QString& name, QDate& date)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name);
    date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        err << CliText::tr("--%1 “%2” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23.").arg(name, text)
            << Qt::endl;
        return false;
    }
    return true;
}

std::function<bool(int, int)> CommandContext::progress(const QString& stage)
{
    const bool asked = parser.optionNames().contains(QStringLiteral("progress")); // given on the command line
    if (!asked && !isatty(fileno(stderr)))
        return {};
    return [this, stage](int done, int total) {
        err << QStringLiteral("\r%1 %2/%3").arg(stage).arg(done).arg(total);
        if (done >= total)
            err << Qt::endl;
        else
            err.flush();
        return true;
    };
}

int CommandContext::fail(const QString& message, int code)
{
    err << message << Qt::endl;
    return code;
}

namespace {
QString generalHelp()
{
    QString text = CliText::tr("Usage: caseloop-cli [--db FILE] [--lang zh|en] COMMAND [options]\n\n"
                               "CaseLoop complaint handling from the command line.\n\n"
                               "Global options:\n"
                               "  --db FILE     the database (default: %1)\n"
                               "  --lang zh|en  language of names and messages (default: zh)\n"
                               "  --user LOGIN  sign in as this account (--operator is the same); the password comes\n"
                               "                from CASELOOP_PASSWORD, or is asked on a terminal\n"
                               "  --version     print the version\n"
                               "  -h, --help    this help; COMMAND --help for a command's options\n\n"
                               "Commands:\n")
                       .arg(QDir::toNativeSeparators(Store::defaultLocation()));
    for (const Command& c : commands())
        text += QStringLiteral("  %1%2\n").arg(QString::fromLatin1(c.name).leftJustified(10), CliText::tr(c.summary));
    text += CliText::tr("\nExit codes: 0 success, 1 bad input or a refused file, 2 usage error.\n");
    return text;
}
} // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOption({QStringLiteral("db"), CliText::tr("Database file."), QStringLiteral("FILE")});
    global.addOption({QStringLiteral("lang"), CliText::tr("Language: zh or en."), QStringLiteral("LANG")});
    global.addOption({QStringLiteral("user"), CliText::tr("Sign in as this account."), QStringLiteral("LOGIN")});
    global.addOption({QStringLiteral("operator"), CliText::tr("The same as --user."), QStringLiteral("LOGIN")});
    global.addOption({{QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show help.")});
    global.addOption({QStringLiteral("version"), CliText::tr("Show the version.")});
    global.addPositionalArgument(QStringLiteral("command"), CliText::tr("The command to run."));
    if (!global.parse(QStringList{QStringLiteral("caseloop-cli")} + arguments)) {
        err << global.errorText() << Qt::endl << generalHelp();
        return UsageError;
    }
    if (global.isSet(QStringLiteral("lang"))) {
        const auto language = languageFromCode(global.value(QStringLiteral("lang")));
        if (!language) {
            err << CliText::tr("--lang “%1” is not a language; use zh or en.").arg(global.value(QStringLiteral("lang")))
                << Qt::endl;
            return UsageError;
        }
        applyLanguage(*language);
    }
    if (global.isSet(QStringLiteral("version"))) {
        out << "caseloop-cli " << kVersion << Qt::endl;
        return Success;
    }
    const QStringList rest = global.positionalArguments();
    if (global.isSet(QStringLiteral("help")) || rest.isEmpty()) {
        (rest.isEmpty() && !global.isSet(QStringLiteral("help")) ? err : out) << generalHelp();
        return global.isSet(QStringLiteral("help")) ? Success : UsageError;
    }
    const QList<Command> all = commands();
    const auto command
        = std::find_if(all.begin(), all.end(), [&](const Command& c) { return rest.first() == QLatin1String(c.name); });
    if (command == all.end()) {
        err << CliText::tr("Unknown command “%1”.").arg(rest.first()) << Qt::endl << generalHelp();
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(command->summary));
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show help for this command.")});
    command->addOptions(parser);
    parser.addOption({QStringLiteral("user"),
                      CliText::tr("Sign in as this account; the password comes from CASELOOP_PASSWORD or is asked on "
                                  "a terminal."),
                      QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("operator"), CliText::tr("The same as --user."), QStringLiteral("LOGIN")});
    if (command->positional)
        parser.addPositionalArgument(QString::fromLatin1(command->positional), CliText::tr("What to work on."));
    if (!parser.parse(QStringList{QStringLiteral("caseloop-cli ") + rest.first()} + rest.mid(1))) {
        err << parser.errorText() << Qt::endl << parser.helpText();
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    // "add|passwd|… [LOGIN]" takes up to two words; the first is always needed.
    const int allowed
        = command->positional ? int(QString::fromLatin1(command->positional).split(QLatin1Char(' ')).size()) : 0;
    if (parser.positionalArguments().size() > allowed) {
        err << CliText::tr("Unexpected argument “%1”.").arg(parser.positionalArguments().at(allowed)) << Qt::endl
            << parser.helpText();
        return UsageError;
    }
    if (parser.positionalArguments().size() < std::min(allowed, 1)) {
        err << CliText::tr("Say what to work on: %1.").arg(QString::fromLatin1(command->positional)) << Qt::endl
            << parser.helpText();
        return UsageError;
    }
    SystemClock clock;
    CommandContext ctx{
        parser, global.isSet(QStringLiteral("db")) ? global.value(QStringLiteral("db")) : Store::defaultLocation(), out,
        err, clock};
    // --user or --operator, before or after the command's name; two different logins are refused.
    QStringList logins;
    for (const QCommandLineParser* p : {&global, &parser})
        for (const char* name : {"user", "operator"})
            if (p->isSet(QLatin1String(name)))
                logins << p->value(QLatin1String(name));
    logins.removeDuplicates();
    if (logins.size() > 1) {
        err << CliText::tr("--user and --operator name different accounts (%1); give one.")
                   .arg(logins.join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }
    ctx.login = logins.value(0);
    ctx.permission = command->permission;
    ctx.signInNeeded = command->permission.has_value();
    return command->run(ctx);
}

} // namespace caseloop::cli
