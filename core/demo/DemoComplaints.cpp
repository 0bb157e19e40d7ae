// A year of complaints, each carried through the real workflow on the demo clock and stopped
// wherever "now" (the demo's end) finds it: old ones closed, recent ones at every stage.
#include "demo/DemoContext.h"

#include <algorithm>

namespace caseloop::demo {

namespace {
enum class Fate {
    Full,
    CloseWithReason,
    Invalid,
    Withdrawn,
    Reopen,
    ReturnedTicket,
    StallTicket,
    StallFeedback,
    StallVisit
};

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

template <class T> T weighted(Context& ctx, const QList<std::pair<T, int>>& options)
{
    int total = 0;
    for (const auto& o : options)
        total += o.second;
    int roll = ctx.below(total);
    for (const auto& o : options) {
        if (roll < o.second)
            return o.first;
        roll -= o.second;
    }
    return options.first().first;
}

QList<QDateTime> receivedTimes(Context& ctx)
{
    // Office hours dominate; a few calls come in the evening.
    const QList<std::pair<int, int>> hours{{8, 6},  {9, 10}, {10, 10}, {11, 8}, {12, 4}, {13, 5}, {14, 8},
                                           {15, 8}, {16, 8}, {17, 7},  {18, 6}, {19, 6}, {20, 5}, {21, 3}};
    QList<QDateTime> times;
    const QDate first = ctx.options.end.date().addDays(-365);
    for (int i = 0; i < ctx.options.complaints; ++i) {
        QDate day = first.addDays(ctx.below(366));
        if (day.dayOfWeek() >= 6 && ctx.chance(0.3)) // fewer calls at the weekend
            day = day.addDays(8 - day.dayOfWeek());
        QDateTime t = wallTime(day, QTime(weighted(ctx, hours), ctx.below(60), ctx.below(60)));
        if (t > ctx.options.end.addSecs(-30 * kMinute))
            t = ctx.options.end.addSecs(-30 * kMinute - ctx.below(int(5 * kDay)));
        times.append(t);
    }
    std::sort(times.begin(), times.end());
    return times;
}

const ProblemSpec& pickProblem(Context& ctx)
{
    QList<std::pair<int, int>> options;
    for (int i = 0; i < int(problems().size()); ++i)
        options.append({i, problems()[size_t(i)].weight});
    return problems()[size_t(weighted(ctx, options))];
}

int pickEstate(Context& ctx)
{
    QList<std::pair<int, int>> options;
    for (int i = 0; i < ctx.estates.size(); ++i)
        options.append({i, int(ctx.estates[i].buildings.size())});
    return weighted(ctx, options);
}

Complainant pickComplainant(Context& ctx, int estateIndex)
{
    // About one caller in eight has called before: repeat complainants are what supervisors watch.
    if (!ctx.complainants.isEmpty() && ctx.chance(0.12)) {
        for (int tries = 0; tries < 8; ++tries) {
            const Complainant& c = ctx.pick(ctx.complainants);
            if (c.estateIndex == estateIndex)
                return c;
        }
    }
    const EstatePlace& place = ctx.estates[estateIndex];
    const Building& b = ctx.pick(place.buildings);
    Complainant c;
    c.estateIndex = estateIndex;
    c.buildingId = b.id;
    c.unit = QString::number(1 + ctx.below(b.units));
    c.room = QStringLiteral("%1%2").arg(2 + ctx.below(b.floors - 1)).arg(1 + ctx.below(4), 2, 10, QLatin1Char('0'));
    const QString surname = ctx.pick(surnames());
    c.name = ctx.chance(0.35) ? surname + (ctx.chance(0.5) ? QStringLiteral("先生") : QStringLiteral("女士"))
                              : surname + ctx.pick(givenNames());
    c.phone = ctx.mobile();
    ctx.complainants.append(c);
    return c;
}

Fate pickFate(Context& ctx, const QString& kind)
{
    if (kind == QLatin1String("praise") || (kind == QLatin1String("inquiry") && ctx.chance(0.6)))
        return Fate::CloseWithReason;
    return weighted<Fate>(ctx,
                          {{Fate::Full, 70},
                           {Fate::CloseWithReason, 4},
                           {Fate::Invalid, 4},
                           {Fate::Withdrawn, 2},
                           {Fate::Reopen, 6},
                           {Fate::ReturnedTicket, 4},
                           {Fate::StallTicket, 3},
                           {Fate::StallFeedback, 4},
                           {Fate::StallVisit, 3}});
}

class Story
{
public:
    Story(Context& ctx, const ProblemSpec& problem, Complaint complaint, Fate fate)
        : m_ctx(ctx)
        , m_problem(problem)
        , m_c(std::move(complaint))
        , m_fate(fate)
    {
    }

    Status run()
    {
        m_t = m_ctx.clock.now();
        // A complaint stalls (a ticket nobody takes, a feedback or a visit not made) or waits for its second round
        // only lately: an office chases what has waited for weeks, so open complaints are mostly recent and a small
        // share of them is overdue. The last weeks' complaints take those stages in turn, so that even a small demo
        // shows each of them.
        const qint64 age = m_c.receivedAt.daysTo(m_ctx.options.end);
        const bool handled = m_fate == Fate::Full || m_fate == Fate::Reopen || m_fate == Fate::StallTicket
            || m_fate == Fate::StallFeedback || m_fate == Fate::StallVisit;
        if (handled) {
            m_fate = Fate::Full;
            if (age <= 4) {
                static constexpr Fate kLast[]
                    = {Fate::StallTicket, Fate::Full, Fate::StallFeedback, Fate::Full, Fate::StallVisit, Fate::Full};
                m_fate = kLast[m_ctx.lastStories++ % 6];
            } else if (age <= 20 && m_ctx.reopenStories++ % 10 == 0) {
                m_fate = Fate::Reopen;
            } else if (m_ctx.chance(0.06)) {
                m_fate = Fate::Reopen; // reopened long ago, and handled again since
            }
        }
        m_recent = age <= 20;
        // Some of the last day and a half's complaints have not been picked up yet.
        if (m_c.receivedAt.secsTo(m_ctx.options.end) < 36 * kHour && m_ctx.chance(0.35))
            return stop();
        switch (m_fate) {
        case Fate::CloseWithReason:
            if (!advance(5 * kMinute, 2 * kHour))
                return {};
            return check(m_ctx.workflow.close(m_c.id, m_ctx.pick(closeWithoutFollowUpReasons())));
        case Fate::Invalid:
            if (!advance(2 * kHour, 2 * kDay))
                return {};
            return check(m_ctx.workflow.markInvalid(m_c.id, m_ctx.pick(invalidReasons())));
        case Fate::Withdrawn:
            if (!advance(kDay, 3 * kDay))
                return {};
            return check(m_ctx.workflow.withdraw(m_c.id, m_ctx.pick(withdrawReasons())));
        default:
            break;
        }
        if (Status s = firstContact(); !s || m_stopped)
            return s;
        if (Status s = handleOnce(m_fate == Fate::Reopen); !s || m_stopped)
            return s;
        if (m_fate == Fate::Reopen) {
            // A reopened complaint of the last weeks is still waiting for its second round when "now" comes.
            if (m_recent)
                return stop();
            if (Status s = handleOnce(false); !s || m_stopped)
                return s;
        }
        if (!advance(5 * kMinute, 90 * kMinute))
            return {};
        return check(m_ctx.workflow.close(m_c.id));
    }

private:
    // Moves the story on by a random delay, into office hours (08:00–20:00: nobody dispatches or calls back at
    // 01:00); false (and stopped) when that passes the demo's end.
    bool advance(qint64 minSeconds, qint64 maxSeconds)
    {
        m_t = m_t.addSecs(m_ctx.between(minSeconds, maxSeconds));
        if (m_t.time().hour() >= 20)
            m_t = wallTime(m_t.date().addDays(1), QTime(8, m_ctx.below(60)));
        else if (m_t.time().hour() < 8)
            m_t = wallTime(m_t.date(), QTime(8, m_ctx.below(60)));
        m_stopped = !m_ctx.moveTo(m_t);
        return !m_stopped;
    }

    template <class T> Status check(const Result<T>& r)
    {
        return r ? Status() : Status(Error{QStringLiteral("demo %1: %2").arg(m_c.code, r.error())});
    }

    Status followUp(FollowUpPurpose purpose, const QString& said, const QString& answer,
                    std::optional<Satisfaction> satisfaction = std::nullopt, bool reopen = false)
    {
        m_ctx.actAs(m_c.stewardId);
        FollowUp f;
        f.complaintId = m_c.id;
        f.at = m_t;
        f.staffId = m_c.stewardId;
        f.method = m_ctx.chance(0.75) ? FollowUpMethod::Phone
                                      : (m_ctx.chance(0.5) ? FollowUpMethod::WeChat : FollowUpMethod::Visit);
        f.purpose = purpose;
        f.said = said;
        f.answer = answer;
        f.satisfaction = satisfaction;
        f.reopenRequested = reopen;
        ++m_ctx.summary.followUps;
        return check(m_ctx.workflow.recordFollowUp(f));
    }

    Status firstContact()
    {
        auto stored = m_ctx.store.complaints().get(m_c.id);
        if (stored && stored->firstContactAt.isValid())
            return {};
        // Most first contacts keep the promise; one in seven is late.
        const qint64 promise = m_c.priority == Priority::Urgent ? 2 * kHour : kDay;
        const bool late = m_ctx.chance(0.15);
        m_t = m_c.receivedAt;
        if (!(late ? advance(promise, promise * 2) : advance(10 * kMinute, promise - 5 * kMinute)))
            return {};
        return followUp(FollowUpPurpose::FirstResponse, m_ctx.pick(firstResponses()),
                        QStringLiteral("好的，等你们消息。"));
    }

    Status handleOnce(bool endsDissatisfied)
    {
        const Id department = m_ctx.departments.value(departmentFor(QString::fromLatin1(m_problem.serviceLine)));
        Id firstDepartment = department;
        if (m_fate == Fate::ReturnedTicket)
            firstDepartment = m_ctx.departments.value(department == m_ctx.departments.value(QStringLiteral("工程部"))
                                                          ? QStringLiteral("秩序部")
                                                          : QStringLiteral("工程部"));
        if (!advance(10 * kMinute, 5 * kHour))
            return {};
        m_ctx.actAs(m_c.stewardId);
        const Id firstLead = m_ctx.pick(m_ctx.departmentLeads.value(firstDepartment));
        auto ticket
            = m_ctx.workflow.dispatch(m_c.id, firstDepartment, firstLead, m_t.addSecs(m_ctx.between(kDay, 3 * kDay)));
        if (!ticket)
            return check(ticket);
        ++m_ctx.summary.tickets;
        const Id lead = firstDepartment == department ? firstLead : m_ctx.pick(m_ctx.departmentLeads.value(department));
        if (firstDepartment != department) {
            if (!advance(kHour, 5 * kHour))
                return {};
            m_ctx.actAs(firstLead);
            if (Status s
                = check(m_ctx.workflow.returnTicket(ticket->id, QStringLiteral("非本部门职责，请转交对口部门处理。")));
                !s)
                return s;
            if (!advance(10 * kMinute, 2 * kHour))
                return {};
            m_ctx.actAs(m_c.stewardId);
            if (Status s = check(m_ctx.workflow.redispatchTicket(ticket->id, department, lead, m_t.addSecs(2 * kDay)));
                !s)
                return s;
        }
        if (!advance(10 * kMinute, 4 * kHour))
            return {};
        if (m_fate == Fate::StallTicket && m_ctx.lastStories % 12 < 6)
            return stop(); // not taken by the department yet (every other one)
        m_ctx.actAs(lead);
        if (Status s = check(m_ctx.workflow.acceptTicket(ticket->id)); !s)
            return s;
        if (m_fate == Fate::StallTicket)
            return stop();
        if (!advance(2 * kHour, 4 * kDay))
            return {};
        m_ctx.actAs(lead);
        const QString result = QString::fromUtf8(m_problem.result);
        if (Status s = check(m_ctx.workflow.completeTicket(ticket->id, QString::fromUtf8(m_problem.measures), result));
            !s)
            return s;
        if (m_fate == Fate::StallFeedback)
            return stop();
        if (!advance(kHour, 30 * kHour))
            return {};
        if (Status s = followUp(FollowUpPurpose::ResultFeedback,
                                QStringLiteral("您反映的问题已处理：") + result + QStringLiteral("。"),
                                m_ctx.pick(customerAnswers()));
            !s || m_stopped)
            return s;
        if (m_fate == Fate::StallVisit)
            return stop();
        const bool late = m_ctx.chance(0.08);
        if (!(late ? advance(15 * kDay, 20 * kDay) : advance(kDay, 13 * kDay)))
            return {};
        if (endsDissatisfied)
            return followUp(FollowUpPurpose::SatisfactionVisit, QStringLiteral("回访：请问问题解决后您还满意吗？"),
                            m_ctx.pick(dissatisfiedAnswers()), Satisfaction::Dissatisfied, true);
        const Satisfaction s = weighted<Satisfaction>(m_ctx,
                                                      {{Satisfaction::VerySatisfied, 35},
                                                       {Satisfaction::Satisfied, 40},
                                                       {Satisfaction::FairlySatisfied, 17},
                                                       {Satisfaction::Dissatisfied, 8}});
        const QString answer
            = s == Satisfaction::Dissatisfied ? m_ctx.pick(dissatisfiedAnswers()) : m_ctx.pick(customerAnswers());
        return followUp(FollowUpPurpose::SatisfactionVisit, QStringLiteral("回访：请问问题解决后您还满意吗？"), answer,
                        s);
    }

    Status stop()
    {
        m_stopped = true;
        return {};
    }

    Context& m_ctx;
    const ProblemSpec& m_problem;
    Complaint m_c;
    Fate m_fate;
    QDateTime m_t;
    bool m_stopped = false;
    bool m_recent = false;
};

Status generateOne(Context& ctx, const QDateTime& received)
{
    const ProblemSpec& problem = pickProblem(ctx);
    const int estateIndex = pickEstate(ctx);
    const EstatePlace& place = ctx.estates[estateIndex];
    const Complainant who = pickComplainant(ctx, estateIndex);
    const QString kind = weighted<QString>(ctx,
                                           {{QStringLiteral("complaint"), 82},
                                            {QStringLiteral("suggestion"), 7},
                                            {QStringLiteral("inquiry"), 8},
                                            {QStringLiteral("praise"), 3}});
    Complaint d;
    d.receivedAt = received;
    d.kindId = ctx.entry("kind", kind.toLatin1().constData());
    d.channelId = ctx.entry("channel",
                            weighted<const char*>(ctx,
                                                  {{"phone", 45},
                                                   {"wechat", 24},
                                                   {"visit", 12},
                                                   {"hotline12345", 5},
                                                   {"opinion_book", 5},
                                                   {"email", 3},
                                                   {"follow_up_call", 6}}));
    d.customerTypeId = ctx.entry(
        "customer_type",
        weighted<const char*>(ctx, {{"owner", 76}, {"tenant", 14}, {"shop", 5}, {"visitor", 3}, {"other", 2}}));
    d.complainantName = who.name;
    d.complainantPhone = who.phone;
    d.regionId = place.estate.regionId;
    d.estateId = place.estate.id;
    // The place matches the problem: a public place for parking or litter, the caller's home for a leak,
    // the building and unit for a lift or a stairwell light.
    QString where;
    const QString places = QString::fromUtf8(problem.places);
    if (!places.isEmpty() && places != QLatin1String("room")) {
        d.publicArea = ctx.pick(places.split(QLatin1Char(' ')));
        where = d.publicArea;
    } else {
        d.buildingId = who.buildingId;
        d.unit = who.unit;
        d.room = who.room;
        auto building = ctx.store.organisation().building(who.buildingId);
        where = building->name + who.unit + QStringLiteral("单元");
        if (places == QLatin1String("room"))
            where += who.room + QStringLiteral("室");
    }
    d.typeId = ctx.entry("type", problem.type);
    d.serviceLineId = ctx.entry("service_line", problem.serviceLine);
    if (kind == QLatin1String("praise")) {
        d.description = QStringLiteral("感谢管家和维修师傅及时处理%1的问题，服务热情周到，特此表扬。").arg(where);
        d.request = QStringLiteral("希望转达表扬");
        d.priority = Priority::Normal;
    } else {
        d.description = QString::fromUtf8(problem.description).arg(where);
        d.request = QString::fromUtf8(problem.request);
        d.priority = weighted<Priority>(ctx, {{Priority::Urgent, 8}, {Priority::Major, 22}, {Priority::Normal, 70}});
    }
    d.stewardId = ctx.pick(place.stewards);
    ctx.actAs(d.stewardId);
    ctx.moveTo(received.addSecs(ctx.between(kMinute, 8 * kMinute)));
    auto complaint = ctx.workflow.registerComplaint(d);
    if (!complaint)
        return Error{QStringLiteral("demo complaint %1: %2").arg(ctx.summary.complaints + 1).arg(complaint.error())};
    ++ctx.summary.complaints;
    if (kind != QLatin1String("praise"))
        ctx.problemGroups[QStringLiteral("%1/%2/%3")
                              .arg(estateIndex)
                              .arg(QString::fromLatin1(problem.serviceLine), QString::fromLatin1(problem.type))]
            .append({complaint->id, received});
    return Story(ctx, problem, complaint.value(), pickFate(ctx, kind)).run();
}
} // namespace

Status generateComplaints(Context& ctx)
{
    const QList<QDateTime> times = receivedTimes(ctx);
    for (int i = 0; i < times.size(); ++i) {
        if (Status s = generateOne(ctx, times.at(i)); !s)
            return s;
        if (ctx.options.progress && ((i + 1) % 100 == 0 || i + 1 == times.size()))
            ctx.options.progress(i + 1, int(times.size()));
    }
    return {};
}

} // namespace caseloop::demo
