#include "RectificationDetail.h"

#include "store/Store.h"

#include <QHash>

namespace caseloop {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString field(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace

QString RectificationDetail::html(Store& store, Id itemId)
{
    auto item = store.rectifications().get(itemId);
    if (!item)
        return esc(item.error());
    const RectificationItem& r = item.value();
    QHash<Id, QString> staff;
    if (auto list = store.organisation().staff())
        for (const Staff& s : list.value())
            staff.insert(s.id, s.name);
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(esc(r.code), esc(displayName(r.status)));
    html += QStringLiteral("<table>");
    html += field(tr("Problem"), r.problem);
    html += field(tr("Suggested rectification"), r.suggestion);
    html += field(tr("Required deadline"), r.deadline.toString(Qt::ISODate));
    html += field(tr("Measures"), r.measures);
    html += field(tr("Responsible person"), r.responsiblePerson);
    html += field(tr("Planned completion"), r.plannedDate.toString(Qt::ISODate));
    html += field(tr("Feedback"), r.feedback);
    html += field(tr("Why not solved"), r.unresolvedReason);
    html += field(tr("Review opinion"), r.reviewOpinion);
    html += field(tr("Confirmation"),
                  r.confirmResult ? displayName(*r.confirmResult) + QLatin1Char(' ') + r.confirmNote : QString());
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(esc(tr("History of the five steps")));
    if (auto steps = store.rectifications().steps(itemId)) {
        for (const RectificationStepRecord& s : steps.value()) {
            const auto action = fromStorage<RectificationAction>(s.action);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(when(s.at)), esc(displayName(s.step)), esc(action ? displayName(*action) : QString()),
                             esc(staff.value(s.staffId)), esc(s.note));
        }
    }
    html += QStringLiteral("</table><h4>%1</h4><table>")
                .arg(esc(tr("Complaints behind it (%1)").arg(r.complaintIds.size())));
    for (Id id : r.complaintIds) {
        if (auto c = store.complaints().get(id))
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(c->code), esc(when(c->receivedAt)), esc(c->description));
    }
    return html + QStringLiteral("</table>");
}

} // namespace caseloop
