#include "BenchData.h"

#include "demo/DemoVocabulary.h"
#include "sql/Transaction.h"
#include "store/Store.h"
#include "workflow/RectificationWorkflow.h"

#include <QRandomGenerator>

namespace caseloop::bench {

Status addRectificationItems(Store& store, FixedClock& clock, int items, quint32 seed)
{
    auto existing = store.rectifications().list({});
    auto complaints = store.complaints().list({}, 100000);
    auto departments = store.organisation().departments();
    if (!existing || !complaints || !departments)
        return Error{!existing ? existing.error() : !complaints ? complaints.error() : departments.error()};
    if (complaints->isEmpty())
        return Error{QStringLiteral("the database has no complaints to link items to")};
    QRandomGenerator rng(seed);
    RectificationWorkflow wf(store);
    const QDateTime end = clock.now();
    Transaction tx(store.database());
    if (!tx.begun())
        return tx.begun();
    for (int i = int(existing->size()); i < items; ++i) {
        const auto& spec = demo::rectifications()[rng.bounded(quint32(demo::rectifications().size()))];
        const Complaint& first = complaints->at(int(rng.bounded(quint32(complaints->size()))));
        clock.set(end.addSecs(-qint64(rng.bounded(300u)) * 86400));
        RectificationItem d;
        d.problem = QString::fromUtf8(spec.problem).arg(QStringLiteral("项目%1").arg(i % 97)).arg(1 + i % 5);
        d.suggestion = QString::fromUtf8(spec.suggestion);
        d.departmentId = departments->at(int(rng.bounded(quint32(departments->size())))).id;
        d.deadline = clock.now().date().addDays(10 + rng.bounded(30));
        d.complaintIds = {first.id};
        for (int k = int(rng.bounded(5u)); k > 0; --k)
            d.complaintIds.append(complaints->at(int(rng.bounded(quint32(complaints->size())))).id);
        std::sort(d.complaintIds.begin(), d.complaintIds.end());
        d.complaintIds.erase(std::unique(d.complaintIds.begin(), d.complaintIds.end()), d.complaintIds.end());
        auto item = wf.assign(d);
        if (!item)
            return Error{item.error()};
        const int steps = int(rng.bounded(5u));
        const QString person = QStringLiteral("责任人%1").arg(i % 40);
        if (steps >= 1 && !wf.resolve(item->id, QString::fromUtf8(spec.measures), person, d.deadline))
            return Error{QStringLiteral("resolve failed")};
        if (steps >= 2
            && !wf.reportBack(item->id, QString::fromUtf8(spec.feedback), QString::fromUtf8(spec.unresolvedReason)))
            return Error{QStringLiteral("report back failed")};
        if (steps >= 3 && !wf.review(item->id, true, QStringLiteral("整改措施基本到位，同意。")))
            return Error{QStringLiteral("review failed")};
        if (steps >= 4 && !wf.confirm(item->id, ConfirmResult::Resolved, QStringLiteral("经回访业主，问题已解决。")))
            return Error{QStringLiteral("confirm failed")};
    }
    clock.set(end);
    return tx.commit();
}

} // namespace caseloop::bench
