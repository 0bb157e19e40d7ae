// Rectification items from the demo's recurring problems, left at every one of the five steps.
#include "demo/DemoContext.h"

#include "workflow/RectificationWorkflow.h"

#include <algorithm>

namespace caseloop::demo {

namespace {
constexpr qint64 kDay = 86400;

// Where each item's story ends; the cycle makes every step appear even in a small demo.
enum class Target { Closed, ContinueTracking, Reviewed, ReportedBack, InProgress, Assigned, ClosedAfterRejection };
constexpr Target kCycle[]
    = {Target::Closed,   Target::ContinueTracking,    Target::Reviewed, Target::ReportedBack, Target::InProgress,
       Target::Assigned, Target::ClosedAfterRejection};

const RectificationSpec& specFor(const QString& serviceLine)
{
    for (const RectificationSpec& spec : rectifications())
        if (serviceLine == QLatin1String(spec.serviceLine))
            return spec;
    return rectifications().back();
}

int stepsFor(Target target)
{
    switch (target) {
    case Target::Assigned:
        return 0;
    case Target::InProgress:
        return 1;
    case Target::ReportedBack:
        return 2;
    case Target::Reviewed:
        return 3;
    case Target::Closed:
    case Target::ContinueTracking:
        return 4;
    case Target::ClosedAfterRejection:
        return 7;
    }
    return 0;
}

class ItemStory
{
public:
    ItemStory(Context& ctx, RectificationWorkflow& workflow, const RectificationSpec& spec, Id departmentId)
        : m_ctx(ctx)
        , m_workflow(workflow)
        , m_spec(spec)
        , m_departmentId(departmentId)
    {
    }

    Status run(const QString& place, const QList<std::pair<Id, QDateTime>>& complaints, Target target)
    {
        // Steps are 2–4 days apart; start early enough that the target step is reached by the end.
        const int steps = stepsFor(target);
        const QDateTime latest = m_ctx.options.end.addSecs(-qint64(steps) * 4 * kDay - kDay);
        QDateTime start = complaints.last().second.addSecs(kDay);
        if (start > latest)
            start = latest;
        m_t = start;
        m_ctx.clock.set(m_t);
        const Id supervisor = m_ctx.pick(m_ctx.supervisors);
        m_ctx.actAs(supervisor);
        RectificationItem draft;
        draft.problem = QString::fromUtf8(m_spec.problem).arg(place).arg(complaints.size());
        draft.suggestion = QString::fromUtf8(m_spec.suggestion);
        draft.departmentId = m_departmentId;
        draft.typeId = m_ctx.entry("type", m_spec.type);
        draft.deadline = start.date().addDays(target == Target::Assigned || target == Target::InProgress ? 10 : 21);
        m_deadline = draft.deadline;
        for (const auto& c : complaints)
            draft.complaintIds.append(c.first);
        auto item = m_workflow.assign(draft);
        if (!item)
            return Error{item.error()};
        ++m_ctx.summary.rectifications;
        const Id id = item->id;
        const Id lead = m_ctx.pick(m_ctx.departmentLeads.value(m_departmentId));
        const QString measures = QString::fromUtf8(m_spec.measures);
        if (steps >= 1
            && !check(next(lead),
                      m_workflow.resolve(id, measures, m_ctx.store.organisation().staffMember(lead)->name, planned())))
            return m_status;
        if (target == Target::ClosedAfterRejection) {
            if (!check(next(lead), m_workflow.reportBack(id, QString(), QString::fromUtf8(m_spec.unresolvedReason))))
                return m_status;
            if (!check(next(supervisor),
                       m_workflow.review(id, false, QStringLiteral("整改措施未落实到位，退回继续整改。"))))
                return m_status;
            if (!check(next(lead),
                       m_workflow.resolve(id, measures + QStringLiteral("（补充整改）"),
                                          m_ctx.store.organisation().staffMember(lead)->name, planned())))
                return m_status;
        }
        const bool unresolved = target == Target::ContinueTracking;
        if (steps >= 2
            && !check(next(lead),
                      m_workflow.reportBack(id, QString::fromUtf8(m_spec.feedback),
                                            unresolved ? QString::fromUtf8(m_spec.unresolvedReason) : QString())))
            return m_status;
        if (steps >= 3
            && !check(next(supervisor), m_workflow.review(id, true, QStringLiteral("整改措施基本到位，同意。"))))
            return m_status;
        if (steps >= 4) {
            const ConfirmResult result = unresolved ? ConfirmResult::ContinueTracking : ConfirmResult::Resolved;
            const QString note = unresolved ? QStringLiteral("问题仍有反复，继续跟踪一个月。")
                                            : QStringLiteral("经回访业主，问题已解决。");
            if (!check(next(supervisor), m_workflow.confirm(id, result, note)))
                return m_status;
        }
        return {};
    }

private:
    // The department plans to finish a day or more before the required deadline, as a real plan does (and a week
    // from today when a rejected item is resumed after the deadline).
    QDate planned()
    {
        const QDate today = m_t.date();
        const QDate beforeDeadline = m_deadline.addDays(-1 - m_ctx.below(3));
        return beforeDeadline > today ? beforeDeadline : today.addDays(7);
    }

    // Moves the clock on by 2–4 days and acts as `staffId`.
    bool next(Id staffId)
    {
        m_t = m_t.addSecs(m_ctx.between(2 * kDay, 4 * kDay));
        m_ctx.clock.set(m_t);
        m_ctx.actAs(staffId);
        return true;
    }

    bool check(bool, const Result<RectificationItem>& r)
    {
        if (!r)
            m_status = Error{QStringLiteral("demo rectification: ") + r.error()};
        return bool(r);
    }

    Context& m_ctx;
    RectificationWorkflow& m_workflow;
    const RectificationSpec& m_spec;
    Id m_departmentId;
    QDateTime m_t;
    QDate m_deadline;
    Status m_status;
};
} // namespace

Status generateRectifications(Context& ctx)
{
    QStringList keys = ctx.problemGroups.keys();
    // Biggest recurring problems first; the key breaks ties so the order is the same every run.
    std::sort(keys.begin(), keys.end(), [&](const QString& a, const QString& b) {
        const auto sa = ctx.problemGroups.value(a).size(), sb = ctx.problemGroups.value(b).size();
        return sa != sb ? sa > sb : a < b;
    });
    const int wanted = std::clamp(ctx.options.complaints / 120, 7, 60);
    RectificationWorkflow workflow(ctx.store);
    int made = 0;
    for (const QString& key : keys) {
        if (made >= wanted)
            break;
        const QList<std::pair<Id, QDateTime>>& group = ctx.problemGroups.value(key);
        const int estateIndex = key.section(QLatin1Char('/'), 0, 0).toInt();
        const QString serviceLine = key.section(QLatin1Char('/'), 1, 1);
        const RectificationSpec& spec = specFor(serviceLine);
        // An item names one problem: its complaints are of the problem's type ("电梯频繁故障" gathers facility
        // complaints about lifts, never a neighbour's renovation that the same line handled).
        if (key.section(QLatin1Char('/'), 2) != QLatin1String(spec.type))
            continue;
        const Id department = ctx.departments.value(departmentFor(serviceLine));
        ItemStory story(ctx, workflow, spec, department);
        if (Status s = story.run(ctx.estates[estateIndex].estate.name,
                                 group.mid(std::max<qsizetype>(0, group.size() - 5)), kCycle[made % 7]);
            !s)
            return s;
        ++made;
    }
    return {};
}

} // namespace caseloop::demo
