#include "ImportBench.h"

#include "Figures.h"
#include "demo/DemoData.h"
#include "ledger/LedgerImport.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTextStream>

namespace caseloop::bench {

namespace {
// A ledger as a group's estates keep it: their estates and buildings, the usual complaint words, a few typos.
// `seed` differs between runs into one office (--into), so that its rows are new there, not duplicates.
QByteArray ledgerText(Store& store, int rows, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList estates;
    for (const Estate& e : store.organisation().estates().value_or({}))
        estates << e.name;
    const QStringList types{QStringLiteral("噪音"),     QStringLiteral("设施设备"), QStringLiteral("环境卫生"),
                            QStringLiteral("停车"),     QStringLiteral("服务态度"), QStringLiteral("收费"),
                            QStringLiteral("高空抛物"), QStringLiteral("装修")};
    const QStringList problems{QStringLiteral("楼上装修每天早上7点开始电钻，影响休息"),
                               QStringLiteral("电梯经常停在%1楼不动，等了十分钟"),
                               QStringLiteral("地库%1号车位被外来车辆占用"),
                               QStringLiteral("单元门禁坏了%1天没人修"),
                               QStringLiteral("垃圾桶满了没人清理，味道很大"),
                               QStringLiteral("物业费账单多收了%1元"),
                               QStringLiteral("保安态度生硬，访客登记太慢"),
                               QStringLiteral("卫生间天花板渗水，楼上%1室漏水")};
    const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
                               QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵")};
    const QStringList given{QStringLiteral("建国"), QStringLiteral("秀英"), QStringLiteral("伟"), QStringLiteral("敏"),
                            QStringLiteral("静"),   QStringLiteral("磊"),   QStringLiteral("丽"), QStringLiteral("强")};
    const QStringList statuses{QStringLiteral("已办结"), QStringLiteral("已办结"), QStringLiteral("已办结"),
                               QStringLiteral("处理中"), QStringLiteral("待回访")};
    QString text = QStringLiteral("序号,投诉日期,业主,联系电话,小区,房号,投诉类型,投诉内容,诉求,责任部门,"
                                  "处理结果,状态,满意度\r\n");
    for (int i = 1; i <= rows; ++i) {
        const QDate day = QDate(2021, 1, 1).addDays(random.bounded(5 * 365));
        const QString when = i % 97 == 0
            ? QStringLiteral("%1年%2月%3日").arg(day.year()).arg(day.month()).arg(day.day())
            : QStringLiteral("%1 %2:%3")
                  .arg(day.toString(QStringLiteral("yyyy/M/d")))
                  .arg(8 + random.bounded(10))
                  .arg(random.bounded(60), 2, 10, QLatin1Char('0'));
        QString problem = problems.at(random.bounded(problems.size()));
        if (problem.contains(QLatin1String("%1")))
            problem = problem.arg(random.bounded(2, 33));
        const bool closed = random.bounded(5) < 3;
        text += QStringLiteral("%1,%2,%3,138 %4,%5,%6-%7-%8%9,%10,\"%11\",尽快处理,%12,%13,%14,%15\r\n")
                    .arg(i)
                    .arg(i % 1000 == 0 ? QStringLiteral("2026-02-30") : when) // one bad date in a thousand
                    .arg(surnames.at(random.bounded(surnames.size())) + given.at(random.bounded(given.size())))
                    .arg(random.bounded(10000000, 99999999))
                    .arg(estates.value(random.bounded(estates.size())))
                    .arg(1 + random.bounded(12))
                    .arg(1 + random.bounded(3))
                    .arg(1 + random.bounded(30))
                    .arg(random.bounded(1, 5), 2, 10, QLatin1Char('0'))
                    .arg(types.at(random.bounded(types.size())))
                    .arg(problem)
                    .arg(closed ? QStringLiteral("工程部") : QString())
                    .arg(closed ? QStringLiteral("已上门处理完毕") : QString())
                    .arg(statuses.at(random.bounded(statuses.size())))
                    .arg(closed ? QStringLiteral("满意") : QString());
    }
    QStringEncoder gb("GB18030");
    return gb(text);
}
} // namespace

int importLedger(int rows, const QString& server)
{
    QTemporaryDir dir;
    FixedClock clock(wallTime(QDate(2026, 11, 23), QTime(18, 0)));
    auto opened = Store::open(server.isEmpty() ? dir.filePath(QStringLiteral("office.db")) : server, clock);
    if (!opened) {
        QTextStream(stderr) << opened.error() << Qt::endl;
        return 1;
    }
    Store& store = *opened.value();
    DemoOptions demo; // the group's organisation and a month of its own complaints, unless the office has some
    demo.complaints = 300;
    demo.end = clock.now();
    const auto existing = store.complaints().count({});
    if (!existing) {
        QTextStream(stderr) << existing.error() << Qt::endl;
        return 1;
    }
    if (auto r = *existing == 0 ? generateDemo(store, clock, demo) : Result<DemoSummary>(DemoSummary()); !r) {
        QTextStream(stderr) << r.error() << Qt::endl;
        return 1;
    }
    // The import on a connection of its own, as the import window's worker and the CLI have it: a connection that
    // wrote the demo's complaints keeps its server's plans of the triggers made for those few rows.
    auto importing = Store::openExisting(store.location(), clock, store.actor());
    if (!importing) {
        QTextStream(stderr) << importing.error() << Qt::endl;
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(ledgerText(store, rows, 20261123u + quint32(*existing))) < 0)
            return 1;
    }
    QElapsedTimer total, step;
    total.start();
    step.start();
    auto table = readLedgerFile(path);
    const double read = double(step.restart()) / 1000.0;
    LedgerNames names;
    const Status loaded = table ? names.load(*importing.value()) : Status(Error{table.error()});
    if (!loaded) {
        QTextStream(stderr) << loaded.error() << Qt::endl;
        return 1;
    }
    auto plan = planLedger(*table, names, clock.now());
    const double check = double(step.restart()) / 1000.0;
    if (!plan) {
        QTextStream(stderr) << plan.error() << Qt::endl;
        return 1;
    }
    auto written = writeLedger(*importing.value(), *plan, defaultLedgerChoices(*plan));
    const double write = double(step.restart()) / 1000.0;
    const double all = double(total.elapsed()) / 1000.0;
    if (!written) {
        QTextStream(stderr) << written.error() << Qt::endl;
        return 1;
    }
    const QString n = QString::number(rows);
    report(QStringLiteral("import.csv.read.") + n, read, QStringLiteral("s"));
    report(QStringLiteral("import.csv.check.") + n, check, QStringLiteral("s"));
    report(QStringLiteral("import.csv.write.") + n, write, QStringLiteral("s"));
    report(QStringLiteral("import.csv.total.") + n, all, QStringLiteral("s"));
    report(QStringLiteral("import.csv.imported"), written->imported, QStringLiteral("rows"));
    report(QStringLiteral("import.csv.rejected"), written->rejected, QStringLiteral("rows"));
    return 0;
}

} // namespace caseloop::bench
