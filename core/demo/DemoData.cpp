#include "demo/DemoData.h"

#include "demo/DemoContext.h"

namespace caseloop {

namespace demo {

QString Context::mobile()
{
    static const char* prefixes[] = {"138", "139", "135", "136", "137", "150", "151", "158",
                                     "159", "186", "187", "188", "189", "177", "180", "199"};
    QString number = QString::fromLatin1(prefixes[below(16)]);
    for (int i = 0; i < 8; ++i)
        number += QChar(QLatin1Char(char('0' + below(10))));
    return number;
}

QString Context::personName()
{
    return pick(surnames()) + pick(givenNames());
}

bool Context::moveTo(const QDateTime& at)
{
    if (at > options.end)
        return false;
    clock.set(at);
    return true;
}

void Context::actAs(Id staffId)
{
    // Every step of every story changes the actor: the names are read from the store once.
    auto it = staffNames.constFind(staffId);
    if (it == staffNames.constEnd()) {
        auto staff = store.organisation().staffMember(staffId);
        it = staffNames.insert(staffId, staff ? staff->name : QStringLiteral("system"));
    }
    store.setActor({staffId, *it});
}

} // namespace demo

Result<DemoSummary> generateDemo(Store& store, FixedClock& clock, const DemoOptions& options)
{
    DemoOptions o = options;
    if (!o.end.isValid())
        o.end = clock.now();
    if (o.complaints < 0)
        return Error{QCoreApplication::translate("caseloop::Demo", "The number of complaints must not be negative.")};
    auto existing = store.complaints().count({});
    if (!existing)
        return Error{existing.error()};
    if (*existing > 0)
        return Error{
            QCoreApplication::translate("caseloop::Demo",
                                        "The database already holds %1 complaints; demo data goes into an empty "
                                        "database only.")
                .arg(*existing)};
    // The demo's accounts get a published password: never in a database whose accounts have their own (an office's).
    if (!o.password.isEmpty()) {
        auto accounts = store.accounts().anyPassword();
        if (!accounts)
            return Error{accounts.error()};
        if (*accounts)
            return Error{QCoreApplication::translate("caseloop::Demo",
                                                     "The database has accounts with passwords; demo data goes into a "
                                                     "new database only.")};
    }
    const Actor previous = store.actor();
    // One transaction for the whole demo: fast, and all or nothing.
    const std::unique_ptr<UnitOfWork::Scope> tx = store.work().begin();
    if (!tx->begun())
        return Error{tx->begun().error()};
    demo::Context ctx(store, clock, o);
    for (auto part : {demo::setUpOrganisation, demo::generateComplaints, demo::generateRectifications}) {
        if (Status s = part(ctx); !s) {
            store.setActor(previous);
            return Error{s.error()};
        }
    }
    store.setActor(previous);
    clock.set(o.end);
    if (Status s = tx->commit(); !s)
        return Error{s.error()};
    return ctx.summary;
}

bool isDemoDatabase(Store& store)
{
    return store.settings().value(demo::kDemoSetting).value_or(QString()) == QLatin1String("1");
}

} // namespace caseloop
