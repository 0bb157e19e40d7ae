#include "ScaleBench.h"

#include "Figures.h"
#include "RawSqlite.h"
#include "ScaleData.h"
#include "StartBench.h"
#include "desk/ComplaintTableModel.h"
#include "sql/SqlQuery.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <functional>
#include <memory>

namespace caseloop::bench {

namespace {
double elapsedMs(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Resident memory now and at its peak, from /proc (Linux).
double memoryMb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

// Runs the model's filter and waits for its first page (a slow search) and its count.
void settle(ComplaintTableModel& model, bool waitForCount)
{
    QElapsedTimer t;
    t.start();
    while ((model.searching() || (waitForCount && model.totalCount() < 0)) && t.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// The same statement through sqlite3 directly, best of three, in ms.
double rawMs(RawDb& db, const QString& sql, const QVariantList& binds)
{
    RawStatement q(db, sql);
    if (!q.ok())
        return -1;
    return seconds([&] {
               for (int i = 0; i < binds.size(); ++i)
                   q.bind(i + 1, binds[i]);
               q.drain();
               return true;
           })
        * 1000.0;
}
} // namespace

namespace {
// The time until a change saved at another desk is told to this one (a server's notification; a file is asked every
// second), and until its first screen is read again as the window then does: the mean of five changes.
void liveChange(Store& store, const QString& path, ComplaintTableModel& model)
{
    QObject context;
    bool listening = false;
    int told = 0;
    ChangeWatch::Handlers handlers;
    handlers.listening = [&] { listening = true; };
    handlers.changed = [&](const QStringList&) { ++told; };
    const auto watch = store.watchChanges(&context, handlers);
    const auto waitFor = [](const std::function<bool()>& done) {
        QElapsedTimer waited;
        waited.start();
        while (!done() && waited.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            QThread::msleep(1);
        }
        return done();
    };
    SystemClock clock;
    auto other = Store::openExisting(path, clock);
    if (!waitFor([&] { return listening; }) || !other) {
        QTextStream(stderr) << "no change watch" << Qt::endl;
        return;
    }
    constexpr int kChanges = 5;
    double notified = 0, shown = 0;
    for (int i = 0; i < kChanges; ++i) {
        const int before = told;
        QElapsedTimer since;
        since.start();
        if (!other.value()->settings().setValue(QStringLiteral("bench/live"), QString::number(i)))
            return;
        if (!waitFor([&] { return told > before; }))
            return;
        notified += elapsedMs(since);
        model.reload();
        (void)model.data(model.index(0, 0));
        shown += elapsedMs(since);
        QThread::msleep(300); // apart, so that the changes are not told together
    }
    report(QStringLiteral("live.change_told"), notified / kChanges, QStringLiteral("ms"));
    report(QStringLiteral("live.change_shown"), shown / kChanges, QStringLiteral("ms"));
}
} // namespace

int scaleList(const QString& path, int complaints, bool scrollAll)
{
    const QDateTime end = scaleEnd();
    if (!prepareScale(path, complaints))
        return 1;
    startUp(path);

    // Opening and the first screen, as the window does it: open, read names, first page.
    FixedClock clock(end);
    QElapsedTimer opening;
    opening.start();
    auto opened = Store::open(path, clock);
    if (!opened) {
        QTextStream(stderr) << opened.error() << Qt::endl;
        return 1;
    }
    Store& store = *opened.value();
    auto model = std::make_unique<ComplaintTableModel>(store, true);
    (void)model->data(model->index(ComplaintTableModel::kPageSize - 1, 0));
    report(QStringLiteral("list.first_screen"), elapsedMs(opening), QStringLiteral("ms"));
    settle(*model, true);
    report(QStringLiteral("list.count.all"), double(model->totalCount()), QStringLiteral("rows"));
    report(QStringLiteral("list.count.seconds"), seconds([&] { return store.complaints().count({}).ok(); }) * 1000.0,
           QStringLiteral("ms"));

    const Complaint sample = store.complaints().listAt({}, 12345, 1).value_or({}).value(0);
    const auto filterTime = [&](const QString& name, const std::function<void(ComplaintFilter&)>& set) {
        ComplaintFilter f;
        f.now = end;
        set(f);
        const double t = seconds([&] {
                             model->setFilter(f);
                             settle(*model, false);
                             (void)model->data(model->index(0, 0));
                             return model->lastError().isEmpty();
                         })
            * 1000.0;
        report(QStringLiteral("list.first_page.") + name, t, QStringLiteral("ms"));
        return t;
    };
    double worstFilter = 0;
    for (const auto& [name, set] : std::vector<std::pair<QString, std::function<void(ComplaintFilter&)>>>{
             {QStringLiteral("status_open"), [](ComplaintFilter& f) { f.statuses = openValues<ComplaintStatus>(); }},
             {QStringLiteral("type"), [&](ComplaintFilter& f) { f.typeId = sample.typeId; }},
             {QStringLiteral("service_line"), [&](ComplaintFilter& f) { f.serviceLineId = sample.serviceLineId; }},
             {QStringLiteral("channel"), [&](ComplaintFilter& f) { f.channelId = sample.channelId; }},
             {QStringLiteral("region"), [&](ComplaintFilter& f) { f.regionId = sample.regionId; }},
             {QStringLiteral("estate"), [&](ComplaintFilter& f) { f.estateId = sample.estateId; }},
             {QStringLiteral("building"), [&](ComplaintFilter& f) { f.buildingId = sample.buildingId; }},
             {QStringLiteral("steward"), [&](ComplaintFilter& f) { f.stewardId = sample.stewardId; }},
             {QStringLiteral("priority"), [](ComplaintFilter& f) { f.priority = Priority::Urgent; }},
             {QStringLiteral("date_range"),
              [&](ComplaintFilter& f) {
                  f.from = end.date().addDays(-30);
                  f.to = end.date();
              }},
             {QStringLiteral("overdue"), [](ComplaintFilter& f) { f.overdueOnly = true; }},
             {QStringLiteral("type_and_estate"),
              [&](ComplaintFilter& f) {
                  f.typeId = sample.typeId;
                  f.estateId = sample.estateId;
              }},
         })
        worstFilter = std::max(worstFilter, filterTime(name, set));
    report(QStringLiteral("list.first_page.worst_filter"), worstFilter, QStringLiteral("ms"));
    filterTime(QStringLiteral("search_4_chars"), [](ComplaintFilter& f) { f.text = QStringLiteral("多次停运"); });
    filterTime(QStringLiteral("search_3_chars"), [](ComplaintFilter& f) { f.text = QStringLiteral("物业费"); });
    filterTime(QStringLiteral("search_2_chars"), [](ComplaintFilter& f) { f.text = QStringLiteral("电梯"); });
    filterTime(QStringLiteral("search_1_char"), [](ComplaintFilter& f) { f.text = QStringLiteral("漏"); });
    filterTime(QStringLiteral("search_2_chars_rare"), [](ComplaintFilter& f) { f.text = QStringLiteral("鸽子"); });

    // Jumps, then the whole list scrolled a page at a time; memory after.
    model->setFilter({});
    settle(*model, true);
    const int rows = model->rowCount();
    report(QStringLiteral("list.jump.middle"),
           seconds([&] {
               model->setFilter({});
               settle(*model, true);
               return model->complaintId(rows / 2) > 0;
           }) * 1000.0,
           QStringLiteral("ms"));
    report(QStringLiteral("list.jump.end"),
           seconds([&] {
               model->setFilter({});
               settle(*model, true);
               return model->complaintId(rows - 1) > 0;
           }) * 1000.0,
           QStringLiteral("ms"));
    liveChange(store, path, *model);
    if (!scrollAll)
        return 0;
    QElapsedTimer scrolling;
    scrolling.start();
    for (int r = 0; r < rows; r += ComplaintTableModel::kPageSize)
        (void)model->data(model->index(r, ComplaintTableModel::TypeColumn));
    report(QStringLiteral("list.scroll_all.seconds"), double(scrolling.elapsed()) / 1000.0, QStringLiteral("s"));
    report(QStringLiteral("memory.rss_after_scroll"), memoryMb("VmRSS:"), QStringLiteral("MB"));
    report(QStringLiteral("memory.rss_peak"), memoryMb("VmHWM:"), QStringLiteral("MB"));

    if (Store::isServerLocation(path))
        return 0; // the ratios below measure our layers against sqlite3 alone
    // Our layers against sqlite3 alone, on the chart statements of a quarter.
    QList<QPair<QString, QVariantList>> statements;
    SqlQuery::setRecorder([&](const QString& sql, const QVariantList& binds) { statements.append({sql, binds}); });
    const AnalysisScope quarter{QDate(2026, 7, 1), QDate(2026, 9, 30)};
    const QList<Dimension> charts{Dimension::Type,    Dimension::Region,       Dimension::ServiceLine,
                                  Dimension::Channel, Dimension::CustomerType, Dimension::Satisfaction};
    for (Dimension d : charts)
        (void)store.statistics().countIn(d, quarter);
    SqlQuery::setRecorder({});
    RawDb raw(path);
    double worstRatio = 0;
    for (int i = 0; i < charts.size() && i < statements.size(); ++i) {
        const double ours = seconds([&] { return store.statistics().countIn(charts[i], quarter).ok(); }) * 1000.0;
        const double bare = rawMs(raw, statements[i].first, statements[i].second);
        const double ratio = bare > 0 ? ours / bare : -1;
        worstRatio = std::max(worstRatio, ratio);
        report(QStringLiteral("ratio.chart.%1.quarter").arg(toStorage(charts[i])), ratio, QStringLiteral("x"));
    }
    report(QStringLiteral("ratio.chart.worst"), worstRatio, QStringLiteral("x"));
    return 0;
}

} // namespace caseloop::bench
