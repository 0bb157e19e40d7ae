#include "ScaleData.h"

#include "Figures.h"
#include "RawSqlite.h"
#include "base/Clock.h"
#include "demo/DemoData.h"
#include "demo/DemoVocabulary.h"
#include "sql/ComplaintDays.h"
#include "sql/KpiDays.h"
#include "sql/RepeatChain.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QTextStream>

#include <iterator>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace caseloop::bench {

namespace {
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

// Why a complaint was withdrawn or found invalid: the desk asks for a reason (ComplaintWorkflow), and `check` names
// a withdrawn complaint without its time or an invalid one without its reason.
const char* const kWithdrawReasons[] = {
    "业主来电表示问题已自行解决，申请撤回",
    "业主与邻居协商一致，不再投诉",
    "业主误报，经现场核实设施运行正常",
    "业主表示已通过其他渠道反映，撤回本次登记",
};
const char* const kInvalidReasons[] = {
    "重复登记，与同日同一来电人的投诉为同一事项",
    "非物业服务范围（市政供电线路故障），已告知业主联系供电公司",
    "来电人无法提供房号，信息无法核实",
    "咨询类来电，误登为投诉",
};

struct Place
{
    qint64 estate = 0;
    qint64 region = 0;
    QList<QPair<qint64, QString>> buildings; // id, name
};

// "yyyy-MM-dd HH:mm:ss" (core's storage format) from seconds after the first midnight, without a
// QDateTime per value: the generator writes about ten times per complaint.
class TimeText
{
public:
    explicit TimeText(const QDate& first)
        : m_first(first)
    {
    }
    QByteArray operator()(qint64 secs)
    {
        QByteArray& date = m_days[secs / kDay];
        if (date.isEmpty())
            date = m_first.addDays(secs / kDay).toString(Qt::ISODate).toLatin1();
        const qint64 rest = secs % kDay;
        char buf[16];
        std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", int(rest / kHour), int(rest % kHour / 60), int(rest % 60));
        return date + buf;
    }
    QDate date(qint64 secs) const { return m_first.addDays(secs / kDay); }

private:
    QDate m_first;
    QHash<qint64, QByteArray> m_days;
};

template <class T> T weighted(QRandomGenerator& rng, const std::vector<std::pair<T, int>>& choices)
{
    int total = 0;
    for (const auto& c : choices)
        total += c.second;
    int r = int(rng.bounded(quint32(total)));
    for (const auto& c : choices) {
        if (r < c.second)
            return c.first;
        r -= c.second;
    }
    return choices.back().first;
}

qint64 countComplaints(const QString& path)
{
    RawDb db(path);
    if (!db.ok())
        return -1;
    RawStatement q(db, QStringLiteral("SELECT COUNT(*) FROM complaints"));
    return q.ok() && q.next() ? q.columnInt(0) : -1;
}

QHash<QString, qint64> ids(RawDb& db, const QString& sql)
{
    QHash<QString, qint64> result;
    RawStatement q(db, sql);
    while (q.ok() && q.next())
        result.insert(q.columnText(1), q.columnInt(0));
    return result;
}
} // namespace

Result<ScaleSummary> generateScale(const QString& path, const ScaleOptions& options)
{
    ScaleSummary summary;
    if (QFile::exists(path) && countComplaints(path) >= options.complaints) {
        summary.reused = true;
        summary.complaints = countComplaints(path);
        return summary;
    }
    QFile::remove(path);
    {
        // The organisation, calendar and catalogues come from the demo, with a handful of its complaints.
        FixedClock clock(options.end);
        OpenOptions create;
        create.createIfMissing = true;
        auto store = Store::open(path, clock, create);
        if (!store)
            return Error{store.error()};
        DemoOptions demo;
        demo.complaints = 50;
        demo.seed = options.seed;
        demo.end = options.end;
        if (auto r = generateDemo(*store.value(), clock, demo); !r)
            return Error{r.error()};
    }
    RawDb db(path);
    if (!db.ok())
        return Error{db.error()};
    // A bench database written once: no journal while writing. The search indexes' triggers are set aside
    // and the indexes rebuilt at the end: FTS5 flushes its pending terms at every statement's savepoint, so a
    // trigger per inserted row costs ~0.3 ms, while a rebuild of a million rows takes seconds. The big tables'
    // own indexes are set aside too and built again by sorting (CREATE INDEX), which is faster than growing
    // two dozen indexes a row at a time at random places.
    db.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
    db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    db.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    const auto setAside = [&db](const QString& which) {
        QStringList names, sql;
        {
            RawStatement q(
                db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ") + which);
            while (q.next()) {
                names << QStringLiteral("%1 %2").arg(q.columnText(0), q.columnText(1));
                sql << q.columnText(2);
            }
        }
        for (const QString& name : std::as_const(names))
            db.exec(QStringLiteral("DROP ") + name);
        return sql;
    };
    const QStringList triggers = setAside(
        QStringLiteral("type = 'trigger' AND tbl_name IN ('complaints', 'tickets') AND (name LIKE 'complaints_fts%' "
                       "OR name LIKE 'complaints_grams%' OR name LIKE 'complaint_days%' OR name LIKE 'kpi_days%' "
                       "OR name LIKE 'complaint_chain%')"));
    const QStringList indexes
        = setAside(QStringLiteral("type = 'index' AND tbl_name IN ('complaints', 'tickets', 'follow_ups')"));

    const auto types = ids(db, QStringLiteral("SELECT id, code FROM catalogue_entries WHERE catalogue = 'type'"));
    const auto lines
        = ids(db, QStringLiteral("SELECT id, code FROM catalogue_entries WHERE catalogue = 'service_line'"));
    const auto channels = ids(db, QStringLiteral("SELECT id, code FROM catalogue_entries WHERE catalogue = 'channel'"));
    const auto customers
        = ids(db, QStringLiteral("SELECT id, code FROM catalogue_entries WHERE catalogue = 'customer_type'"));
    const auto kinds = ids(db, QStringLiteral("SELECT id, code FROM catalogue_entries WHERE catalogue = 'kind'"));
    const auto departments = ids(db, QStringLiteral("SELECT id, name FROM departments"));
    QList<qint64> stewards;
    {
        RawStatement q(db, QStringLiteral("SELECT id FROM staff WHERE role_code = 'steward'"));
        while (q.next())
            stewards << q.columnInt(0);
    }
    QList<Place> places;
    {
        RawStatement q(db,
                       QStringLiteral("SELECT e.id, e.region_id, b.id, b.name FROM estates e "
                                      "JOIN buildings b ON b.estate_id = e.id ORDER BY e.id, b.id"));
        while (q.next()) {
            if (places.isEmpty() || places.last().estate != q.columnInt(0))
                places.append({q.columnInt(0), q.columnInt(1), {}});
            places.last().buildings.append({q.columnInt(2), q.columnText(3)});
        }
    }
    if (types.isEmpty() || stewards.isEmpty() || places.isEmpty())
        return Error{QStringLiteral("the demo organisation is missing")};

    const QStringList surnames = demo::surnames();
    const QStringList given = demo::givenNames();
    const auto& problems = demo::problems();
    std::vector<std::pair<int, int>> problemWeights;
    for (int i = 0; i < int(problems.size()); ++i)
        problemWeights.push_back({i, problems[size_t(i)].weight});
    const QDate first = options.end.date().addYears(-options.years);
    const qint64 span = QDateTime(first, QTime(0, 0), Qt::UTC).secsTo(options.end);
    TimeText when(first);
    QRandomGenerator rng(options.seed);

    if (!db.exec(QStringLiteral("BEGIN")))
        return Error{db.error()};
    RawStatement complaint(
        db,
        QStringLiteral("INSERT INTO complaints (code, received_at, channel_id, kind_id, complainant_name, "
                       "complainant_phone, customer_type_id, region_id, estate_id, building_id, unit, room, "
                       "public_area, type_id, service_line_id, priority, valid, description, request, steward_id, "
                       "status, first_contact_due, feedback_due, follow_up_due, first_contact_at, feedback_at, "
                       "follow_up_at, closed_at, close_reason, satisfaction, reopen_count, created_at, updated_at, "
                       "invalid_reason) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
                       "?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?2, ?32, ?33)"));
    RawStatement ticket(db,
                        QStringLiteral("INSERT INTO tickets (complaint_id, department_id, dispatched_at, due_at, "
                                       "measures, result, completed_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    RawStatement followUp(db,
                          QStringLiteral("INSERT INTO follow_ups (complaint_id, at, staff_id, method, purpose, "
                                         "said, answer, satisfaction) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!complaint.ok() || !ticket.ok() || !followUp.ok())
        return Error{db.error()};

    const qint64 phonePool = qMax<qint64>(1000, options.complaints * 2 / 5); // repeat callers
    // Numbers go on after the demo's own complaints of the same day.
    QHash<QDate, int> perDay;
    {
        RawStatement q(db,
                       QStringLiteral("SELECT substr(code, 4, 8), MAX(CAST(substr(code, 13) AS INTEGER)) "
                                      "FROM complaints GROUP BY 1"));
        while (q.next())
            perDay.insert(QDate::fromString(q.columnText(0), QStringLiteral("yyyyMMdd")), int(q.columnInt(1)));
    }
    const qint64 end = span;
    for (qint64 i = 0; i < options.complaints; ++i) {
        // Received in time order, in office hours mostly.
        const qint64 day = i * (span / kDay) / options.complaints;
        const int hour = weighted<int>(rng,
                                       {{8, 8},
                                        {9, 12},
                                        {10, 12},
                                        {11, 10},
                                        {13, 9},
                                        {14, 10},
                                        {15, 10},
                                        {16, 9},
                                        {17, 7},
                                        {19, 6},
                                        {20, 5},
                                        {22, 2}});
        const qint64 received = day * kDay + hour * kHour + rng.bounded(3600u);
        if (received >= end)
            continue;
        const auto& problem = problems[size_t(weighted<int>(rng, problemWeights))];
        const Place& place = places[int(rng.bounded(quint32(places.size())))];
        const qint64 caller = rng.bounded(quint64(phonePool));
        const auto& building = place.buildings[int(caller % place.buildings.size())];
        const QString name = surnames[int(caller % surnames.size())] + given[int(caller / 7 % given.size())];
        const QByteArray phone = QByteArray("13") + QByteArray::number(100000000 + caller * 7919 % 899999999);
        const QString unit = QString::number(1 + caller % 3);
        const QString room = QString::number(2 + caller % 30) + QStringLiteral("0") + QString::number(1 + caller % 4);
        const QString placesText = QString::fromUtf8(problem.places);
        QString publicArea, where = building.second + unit + QStringLiteral("单元");
        if (!placesText.isEmpty() && placesText != QLatin1String("room")) {
            const QStringList options_ = placesText.split(QLatin1Char(' '));
            publicArea = options_[int(rng.bounded(quint32(options_.size())))];
            where = publicArea;
        } else if (placesText == QLatin1String("room")) {
            where += room + QStringLiteral("室");
        }
        const QDate date = when.date(received);
        const QString code = QStringLiteral("TS-%1-%2")
                                 .arg(date.toString(QStringLiteral("yyyyMMdd")))
                                 .arg(++perDay[date], 4, 10, QLatin1Char('0'));
        const QString channel = weighted<QString>(rng,
                                                  {{QStringLiteral("phone"), 45},
                                                   {QStringLiteral("wechat"), 24},
                                                   {QStringLiteral("visit"), 12},
                                                   {QStringLiteral("hotline12345"), 5},
                                                   {QStringLiteral("opinion_book"), 5},
                                                   {QStringLiteral("email"), 3},
                                                   {QStringLiteral("follow_up_call"), 6}});
        const QString priority = weighted<QString>(
            rng, {{QStringLiteral("urgent"), 8}, {QStringLiteral("major"), 22}, {QStringLiteral("normal"), 70}});
        const qint64 steward = stewards[int(caller % stewards.size())];

        // Its life: first contact, the ticket, the result fed back, the satisfaction follow-up, closing;
        // whatever would happen after `end` has not happened yet.
        const int fate = int(rng.bounded(100u));
        const bool invalid = fate < 2, withdrawn = fate == 2, neglected = fate >= 3 && fate < 7;
        const qint64 firstDue = received + (priority == QLatin1String("urgent") ? 2 : 24) * kHour;
        qint64 firstAt
            = channel == QLatin1String("phone") ? received : received + qint64(rng.bounded(30u)) * kHour + 600;
        const qint64 dispatched = firstAt + kHour;
        const qint64 done = dispatched + kHour * (2 + rng.bounded(70u));
        qint64 feedbackAt = done + kHour * (1 + rng.bounded(20u));
        const qint64 feedbackDue = received + 3 * kDay + (date.dayOfWeek() >= 4 ? 2 * kDay : 0);
        qint64 followAt = feedbackAt + kDay * (1 + rng.bounded(16u));
        qint64 closedAt = followAt + kHour * (1 + rng.bounded(5u));
        const bool reopened = rng.bounded(100u) < 3;
        QString status, closeReason, invalidReason;
        if (invalid || withdrawn) {
            feedbackAt = followAt = closedAt = -1;
            status = invalid ? QStringLiteral("invalid") : QStringLiteral("withdrawn");
            if (firstAt > end)
                firstAt = -1;
            if (invalid) {
                invalidReason = QString::fromUtf8(kInvalidReasons[rng.bounded(quint32(std::size(kInvalidReasons)))]);
            } else {
                // Withdrawn when the steward calls back, or within the day; never after the office's last moment.
                closedAt = qMin((firstAt >= 0 ? firstAt : received) + kHour * (1 + rng.bounded(24u)), end);
                closeReason = QString::fromUtf8(kWithdrawReasons[rng.bounded(quint32(std::size(kWithdrawReasons)))]);
            }
        } else {
            if (neglected)
                followAt = closedAt = -1;
            if (firstAt > end)
                firstAt = feedbackAt = followAt = closedAt = -1;
            if (feedbackAt > end)
                feedbackAt = followAt = closedAt = -1;
            if (followAt > end)
                followAt = closedAt = -1;
            if (closedAt > end)
                closedAt = -1;
            status = closedAt >= 0 ? QStringLiteral("closed")
                : feedbackAt >= 0  ? QStringLiteral("awaiting_follow_up")
                : firstAt >= 0     ? QStringLiteral("in_progress")
                                   : QStringLiteral("new");
        }
        const QString satisfaction = followAt >= 0 ? weighted<QString>(rng,
                                                                       {{QStringLiteral("very_satisfied"), 30},
                                                                        {QStringLiteral("satisfied"), 45},
                                                                        {QStringLiteral("fairly_satisfied"), 17},
                                                                        {QStringLiteral("dissatisfied"), 8}})
                                                   : QString();
        auto t = [&](qint64 secs) { return secs >= 0 ? QVariant(QString::fromLatin1(when(secs))) : QVariant(); };
        const QString type = QString::fromLatin1(problem.type), line = QString::fromLatin1(problem.serviceLine);
        complaint.bind(1, code)
            .bind(2, t(received))
            .bind(3, channels.value(channel))
            .bind(4, kinds.value(QStringLiteral("complaint")));
        complaint.bind(5, name)
            .bind(6, QString::fromLatin1(phone))
            .bind(7,
                  customers.value(weighted<QString>(rng,
                                                    {{QStringLiteral("owner"), 76},
                                                     {QStringLiteral("tenant"), 14},
                                                     {QStringLiteral("shop"), 5},
                                                     {QStringLiteral("visitor"), 5}})));
        complaint.bind(8, place.region)
            .bind(9, place.estate)
            .bind(10, publicArea.isEmpty() ? QVariant(building.first) : QVariant());
        complaint.bind(11, publicArea.isEmpty() ? unit : QString())
            .bind(12, placesText == QLatin1String("room") ? room : QString());
        complaint.bind(13, publicArea).bind(14, types.value(type)).bind(15, lines.value(line)).bind(16, priority);
        complaint.bindInt(17, invalid ? 0 : 1).bind(18, QString::fromUtf8(problem.description).arg(where));
        complaint.bind(19, QString::fromUtf8(problem.request)).bindInt(20, steward).bind(21, status);
        complaint.bind(22, t(firstDue))
            .bind(23, t(feedbackDue))
            .bind(24, t(feedbackAt >= 0 ? feedbackAt + 14 * kDay : -1));
        complaint.bind(25, t(firstAt)).bind(26, t(feedbackAt)).bind(27, t(followAt)).bind(28, t(closedAt));
        complaint.bind(29, closeReason).bind(30, satisfaction.isEmpty() ? QVariant() : QVariant(satisfaction));
        complaint.bindInt(31, reopened ? 1 : 0).bind(32, t(qMax(qMax(received, firstAt), qMax(feedbackAt, closedAt))));
        complaint.bind(33, invalidReason);
        if (!complaint.run())
            return Error{QStringLiteral("complaint %1: %2").arg(i).arg(db.error())};
        const qint64 id = sqlite3_last_insert_rowid(db.handle());
        ++summary.complaints;
        if (firstAt >= 0 && !invalid && !withdrawn && rng.bounded(100u) < 85 && dispatched <= end) {
            const bool finished = done <= end;
            ticket.bindInt(1, id).bindInt(2, departments.value(demo::departmentFor(line)));
            ticket.bind(3, t(dispatched)).bind(4, t(dispatched + kDay));
            ticket.bind(5, finished ? QString::fromUtf8(problem.measures) : QString());
            ticket.bind(6, finished ? QString::fromUtf8(problem.result) : QString());
            ticket.bind(7, t(finished ? done : -1))
                .bind(8, finished ? QStringLiteral("done") : QStringLiteral("in_progress"));
            if (!ticket.run())
                return Error{db.error()};
            ++summary.tickets;
        }
        const std::pair<qint64, const char*> contacts[]
            = {{channel == QLatin1String("phone") ? -1 : firstAt, "first_response"},
               {feedbackAt, "result_feedback"},
               {followAt, "satisfaction_visit"}};
        for (const auto& [at, purpose] : contacts) {
            if (at < 0)
                continue;
            const bool visit = qstrcmp(purpose, "satisfaction_visit") == 0;
            followUp.bindInt(1, id).bind(2, t(at)).bindInt(3, steward).bind(4, QStringLiteral("phone"));
            followUp.bind(5, QString::fromLatin1(purpose));
            followUp.bind(6,
                          visit ? QStringLiteral("您好，想了解一下您对处理结果是否满意？")
                                : QString::fromUtf8(problem.result));
            followUp.bind(7, QStringLiteral("好的")).bind(8, visit ? QVariant(satisfaction) : QVariant());
            if (!followUp.run())
                return Error{db.error()};
            ++summary.followUps;
        }
    }
    if (!db.exec(QStringLiteral("COMMIT")))
        return Error{db.error()};
    for (const QString& index : indexes)
        if (!db.exec(index))
            return Error{db.error()};
    for (const char* index : {"complaints_fts", "complaints_grams"})
        if (!db.exec(QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(QLatin1String(index))))
            return Error{db.error()};
    // The daily counts, KPI sums and repeat chains by one grouped statement each, as the import fills them.
    if (!db.exec(QStringLiteral("DELETE FROM complaint_days"))
        || !db.exec(QStringLiteral("INSERT INTO complaint_days (dimension, day, region_id, estate_id, k, n) ")
                    + ComplaintDays::grouped())
        || !db.exec(QStringLiteral("DELETE FROM kpi_days"))
        || !db.exec(QStringLiteral("INSERT INTO kpi_days (grp, day, g, region_id, %1) ").arg(KpiDays::sums())
                    + KpiDays::grouped())
        || !db.exec(QStringLiteral("DELETE FROM repeat_chain")) || !db.exec(RepeatChain::insertAll()))
        return Error{db.error()};
    // The code counters of the generated days, so that a later registration or import takes the next code.
    if (!db.exec(QStringLiteral("INSERT OR REPLACE INTO code_counters SELECT substr(code, 1, 11), "
                                "max(CAST(substr(code, 13) AS INTEGER)) FROM complaints GROUP BY 1")))
        return Error{db.error()};
    for (const QString& trigger : std::as_const(triggers))
        if (!db.exec(trigger))
            return Error{db.error()};
    if (!db.exec(QStringLiteral("ANALYZE")))
        return Error{db.error()};
    if (!db.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return Error{db.error()};
    return summary;
}

QDateTime scaleEnd()
{
    return wallTime(QDate(2026, 11, 23), QTime(18, 0));
}

namespace {
// A server's database is filled from a generated file (kept in the temporary folder for the next run) by the same
// copy as caseloop-cli migrate; an office already there with enough complaints is reused.
bool prepareServer(const QString& address, int complaints)
{
    SystemClock clock;
    auto server = Store::open(address, clock);
    if (!server) {
        QTextStream(stderr) << server.error() << Qt::endl;
        return false;
    }
    const qint64 there = server.value()->complaints().count({}).value_or(0);
    if (there < complaints) {
        const QString file = QDir(QDir::tempPath()).filePath(QStringLiteral("caseloop-bench-%1.db").arg(complaints));
        if (!prepareScale(file, complaints))
            return false;
        auto source = Store::open(file, clock);
        if (!source) {
            QTextStream(stderr) << source.error() << Qt::endl;
            return false;
        }
        QElapsedTimer copying;
        copying.start();
        auto copied = source.value()->copyTo(*server.value());
        if (!copied) {
            QTextStream(stderr) << copied.error() << Qt::endl;
            return false;
        }
        report(QStringLiteral("copy_to_server.seconds"), double(copying.elapsed()) / 1000.0, QStringLiteral("s"));
    }
    report(QStringLiteral("complaints"), double(server.value()->complaints().count({}).value_or(0)),
           QStringLiteral("rows"));
    return true;
}
} // namespace

bool prepareScale(const QString& path, int complaints)
{
    if (Store::isServerLocation(path))
        return prepareServer(path, complaints);
    QElapsedTimer generating;
    generating.start();
    auto generated = generateScale(path, {complaints, 5, 1, scaleEnd()});
    if (!generated) {
        QTextStream(stderr) << generated.error() << Qt::endl;
        return false;
    }
    if (!generated->reused) {
        report(QStringLiteral("generate.seconds"), double(generating.elapsed()) / 1000.0, QStringLiteral("s"));
        report(QStringLiteral("generate.tickets"), double(generated->tickets), QStringLiteral("rows"));
        report(QStringLiteral("generate.follow_ups"), double(generated->followUps), QStringLiteral("rows"));
    }
    report(QStringLiteral("complaints"), double(generated->complaints), QStringLiteral("rows"));
#ifdef __GLIBC__
    // The generator's 256 MB write cache is freed but glibc keeps it mapped; give it back so the memory
    // figures that follow are the benchmark's, as in a program that opens an existing database.
    malloc_trim(0);
#endif
    return true;
}

} // namespace caseloop::bench
