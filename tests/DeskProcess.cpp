// Another desk for the tests: a second process working on the same database as the test that starts it
// (tests/core/test_desks.cpp), as a steward at another PC would.
//   caseloop_test_desk register DATABASE TEMPLATE_ID COUNT  registers COUNT complaints like TEMPLATE_ID, one at a
//                                                           time, and prints their codes
//   caseloop_test_desk update DATABASE ID VERSION REQUEST   changes complaint ID's request, as read at VERSION;
//                                                           prints "saved" or the refusal
// The clock is the tests' Monday, 2026-11-23 10:00 (TestDb::defaultNow). Exit code 0 when everything was saved.
#include "base/Clock.h"
#include "store/Store.h"
#include "workflow/ComplaintWorkflow.h"

#include <QCoreApplication>

#include <cstdio>

using namespace caseloop;

namespace {
int fail(const QString& why)
{
    std::fprintf(stderr, "%s\n", why.toUtf8().constData());
    return 1;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 4)
        return fail(QStringLiteral("usage: caseloop_test_desk register|update DATABASE …"));
    FixedClock clock(wallTime(QDate(2026, 11, 23), QTime(10, 0)));
    auto store = Store::openExisting(args.at(1), clock);
    if (!store)
        return fail(store.error());
    if (args.at(0) == QLatin1String("register")) {
        auto model = store.value()->complaints().get(args.at(2).toLongLong());
        if (!model)
            return fail(model.error());
        ComplaintWorkflow workflow(*store.value());
        for (int i = 0, count = args.at(3).toInt(); i < count; ++i) {
            Complaint draft = model.value();
            draft.id = 0;
            draft.code.clear();
            draft.description = QStringLiteral("另一台电脑登记的第%1条：%2").arg(i + 1).arg(model->description);
            auto registered = workflow.registerComplaint(draft);
            if (!registered)
                return fail(registered.error());
            std::printf("%s\n", registered->code.toUtf8().constData());
        }
        return 0;
    }
    if (args.at(0) == QLatin1String("update") && args.size() == 5) {
        auto read = store.value()->complaints().get(args.at(2).toLongLong());
        if (!read)
            return fail(read.error());
        Complaint complaint = read.value();
        complaint.rowVersion = args.at(3).toInt();
        complaint.request = args.at(4);
        if (Status s = store.value()->complaints().update(complaint); !s)
            return fail(s.error());
        std::printf("saved\n");
        return 0;
    }
    return fail(QStringLiteral("unknown command %1").arg(args.at(0)));
}
