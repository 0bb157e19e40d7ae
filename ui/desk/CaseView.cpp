#include "CaseView.h"

#include "Dialogs.h"
#include "FollowUpDialog.h"
#include "TicketDialogs.h"
#include "domain/ComplaintRules.h"
#include "domain/Phone.h"
#include "store/Store.h"
#include "workflow/CaseTimeline.h"
#include "workflow/ComplaintWorkflow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caseloop {

namespace {
QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString when(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

const char* kindColour(TimelineEntry::Kind kind)
{
    switch (kind) {
    case TimelineEntry::Kind::Registered:
    case TimelineEntry::Kind::Status:
        return "#1d4ed8";
    case TimelineEntry::Kind::Ticket:
        return "#b45309";
    case TimelineEntry::Kind::FollowUp:
        return "#15803d";
    default:
        return "#6b7280";
    }
}
} // namespace

CaseView::CaseView(Store& store, const Operator& op, Id complaintId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_operator(op)
    , m_header(new QLabel(this))
    , m_fields(new QLabel(this))
    , m_timeline(new QTextBrowser(this))
    , m_hint(new QLabel(this))
{
    m_complaint.id = complaintId;
    (void)m_names.load(store);
    m_fields->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fields->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fields->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #6b7280;"));

    const std::pair<Action, QString> actions[] = {
        {Action::Dispatch, tr("Dispatch…")},  {Action::TicketResult, tr("Ticket result…")},
        {Action::FollowUp, tr("Follow-up…")}, {Action::Close, tr("Close…")},
        {Action::Reopen, tr("Reopen…")},      {Action::MarkInvalid, tr("Mark invalid…")},
    };
    auto* buttons = new QHBoxLayout;
    for (const auto& [action, label] : actions) {
        auto* b = new QPushButton(label, this);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, action = action] { run(action); });
        buttons->addWidget(b);
        m_buttons.insert(action, b);
    }
    buttons->addStretch(1);
    auto* closeView = new QPushButton(tr("Done"), this);
    connect(closeView, &QPushButton::clicked, this, &QDialog::accept);
    buttons->addWidget(closeView);

    auto* split = new QSplitter(this);
    split->addWidget(m_fields);
    split->addWidget(m_timeline);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_hint);
    resize(1100, 680);
    reload();
}

QPushButton* CaseView::button(Action action) const
{
    return m_buttons.value(action);
}

QString CaseView::timelineText() const
{
    return m_timeline->toPlainText();
}

QString CaseView::fieldsText() const
{
    return m_fields->text();
}

QString CaseView::hint() const
{
    return m_hint->text();
}

void CaseView::reload()
{
    auto complaint = m_store.complaints().get(m_complaint.id);
    auto tickets = m_store.tickets().forComplaint(m_complaint.id);
    if (!complaint || !tickets) {
        m_header->setText(!complaint ? complaint.error() : tickets.error());
        for (QPushButton* b : std::as_const(m_buttons))
            b->setEnabled(false);
        return;
    }
    m_complaint = complaint.value();
    m_tickets = tickets.value();
    setWindowTitle(tr("Complaint %1").arg(m_complaint.code));
    const bool overdue = hasOverduePromise(m_complaint, m_store.clock().now());
    m_header->setText(
        QStringLiteral("<span style='font-size:15pt; font-weight:600'>%1</span>&nbsp;&nbsp; %2 "
                       "&nbsp; %3 %4")
            .arg(m_complaint.code, html(displayName(m_complaint.status)), html(displayName(m_complaint.priority)),
                 overdue ? QStringLiteral("<span style='color:#b01c1c'>%1</span>").arg(html(tr("Overdue")))
                         : QString()));
    showFields();
    showTimeline();
    updateActions();
}

void CaseView::showFields()
{
    const Complaint& c = m_complaint;
    const bool full = m_operator.seesPhoneOf(c.estateId, c.stewardId);
    const QString phone = full ? c.complainantPhone : maskPhone(c.complainantPhone);
    const auto freeText = [full](const QString& text) { return textAsShown(text, full); };
    // A promise says whether it was kept late, or is overdue now, and by how much: "19:10 (due 16:59) · kept 2 h
    // 11 min late".
    const QDateTime now = m_store.clock().now();
    const auto span = [](qint64 seconds) {
        const qint64 minutes = seconds / 60;
        return minutes >= 24 * 60 ? tr("%1 d %2 h").arg(minutes / (24 * 60)).arg(minutes % (24 * 60) / 60)
                                  : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    };
    const auto promise = [&](const QDateTime& done, const QDateTime& due) {
        QString text = tr("%1 (due %2)").arg(when(done), when(due));
        if (done.isValid() && due.isValid() && done > due)
            text += QStringLiteral(" · ") + tr("kept %1 late").arg(span(due.secsTo(done)));
        else if (!done.isValid() && due.isValid() && due < now && isOpen(c.status))
            text += QStringLiteral(" · ") + tr("overdue by %1").arg(span(due.secsTo(now)));
        return text;
    };
    const std::pair<QString, QString> rows[] = {
        {tr("Received"), when(c.receivedAt)},
        {tr("Channel"), m_names.catalogue.value(c.channelId)},
        {tr("Kind"), m_names.catalogue.value(c.kindId)},
        {tr("Complainant"), c.complainantName},
        {tr("Phone"), phone},
        {tr("Customer type"), m_names.catalogue.value(c.customerTypeId)},
        {tr("Region"), m_names.regions.value(c.regionId)},
        {tr("Estate"), m_names.estates.value(c.estateId)},
        {tr("Location"), m_names.location(c)},
        {tr("Complaint type"), m_names.catalogue.value(c.typeId)},
        {tr("Service line"), m_names.catalogue.value(c.serviceLineId)},
        {tr("Description"), freeText(c.description)},
        {tr("Request"), freeText(c.request)},
        {tr("Steward"), m_names.staff.value(c.stewardId)},
        {tr("First contact"), promise(c.firstContactAt, c.firstContactDue)},
        {tr("Result fed back"), promise(c.feedbackAt, c.feedbackDue)},
        {tr("Satisfaction follow-up"), promise(c.followUpAt, c.followUpDue)},
        {tr("Satisfaction"), c.satisfaction ? displayName(*c.satisfaction) : QStringLiteral("—")},
        {tr("Reopened"), QString::number(c.reopenCount)},
        {tr("Closed"), when(c.closedAt)},
        {tr("Reason"), freeText(c.closeReason.isEmpty() ? c.invalidReason : c.closeReason)},
        {tr("Note"), freeText(c.note)},
    };
    QString text = QStringLiteral("<table cellspacing='3'>");
    for (const auto& [label, value] : rows)
        if (!value.isEmpty())
            text += QStringLiteral("<tr><td style='color:#6b7280; white-space:nowrap'>%1</td><td>%2</td></tr>")
                        .arg(html(label), html(value));
    m_fields->setText(text + QStringLiteral("</table>"));
}

void CaseView::showTimeline()
{
    auto entries = CaseTimeline::build(m_store, m_complaint.id);
    if (!entries) {
        m_timeline->setPlainText(entries.error());
        return;
    }
    QString text;
    const bool full = m_operator.seesPhoneOf(m_complaint.estateId, m_complaint.stewardId);
    for (const TimelineEntry& e : entries.value()) {
        text
            += QStringLiteral("<p style='margin:0 0 8px 0'><span style='color:#6b7280'>%1 · %2</span><br>"
                              "<b style='color:%3'>%4</b>")
                   .arg(when(e.at), html(e.actor), QLatin1String(kindColour(e.kind)), html(textAsShown(e.title, full)));
        if (!e.detail.isEmpty())
            text += QStringLiteral("<br>") + html(textAsShown(e.detail, full));
        text += QStringLiteral("</p>");
    }
    m_timeline->setHtml(text);
}

void CaseView::updateActions()
{
    const Complaint& c = m_complaint;
    // What the role may not do is not offered (a department lead handles their tickets and follows up; closing,
    // reopening, marking invalid and dispatching are the stewards' and supervisors').
    auto allow = [&](Action action, ComplaintAction core, Permission needed) {
        auto check = checkTransition(c.code, c.status, core);
        const bool permitted = Permissions::reach(m_operator.staff.role, needed) == Reach::All;
        m_buttons[action]->setVisible(permitted);
        m_buttons[action]->setEnabled(permitted && check.ok());
        m_buttons[action]->setToolTip(check.ok() ? QString() : check.error());
    };
    allow(Action::Dispatch, ComplaintAction::Dispatch, Permission::Register);
    allow(Action::Reopen, ComplaintAction::Reopen, Permission::Close);
    allow(Action::MarkInvalid, ComplaintAction::MarkInvalid, Permission::Close);
    allow(Action::Close, ComplaintAction::Close, Permission::Close);

    const bool openTicket = std::any_of(m_tickets.cbegin(), m_tickets.cend(), [](const Ticket& t) {
        return allowedActions(t.status).contains(TicketAction::Complete);
    });
    m_buttons[Action::TicketResult]->setEnabled(openTicket);
    m_buttons[Action::TicketResult]->setToolTip(openTicket ? QString() : tr("No ticket of %1 is open.").arg(c.code));
    const bool mayFollowUp = mayRecordFollowUp(c.status);
    m_buttons[Action::FollowUp]->setEnabled(mayFollowUp);
    m_buttons[Action::FollowUp]->setToolTip(
        mayFollowUp ? QString() : tr("%1 is “%2”: no follow-ups.").arg(c.code, displayName(c.status)));

    // Closing without a reason needs the result fed back and a satisfaction follow-up: say so up front.
    ComplaintWorkflow workflow(m_store);
    const QString closeHint = m_buttons[Action::Close]->isEnabled() ? workflow.closeRefusal(c, {}) : QString();
    if (!closeHint.isEmpty())
        m_buttons[Action::Close]->setToolTip(closeHint);
    m_hint->setText(closeHint);
}

void CaseView::run(Action action)
{
    switch (action) {
    case Action::Dispatch:
        return dispatch();
    case Action::TicketResult:
        return ticketResult();
    case Action::FollowUp:
        return followUp();
    case Action::Close:
        return close();
    case Action::Reopen:
        return reopen();
    case Action::MarkInvalid:
        return markInvalid();
    }
}

void CaseView::report(const Status& status)
{
    if (!status)
        Dialogs::warning(this, windowTitle(), status.error());
    reload();
    Q_EMIT changed(m_complaint.id);
}

void CaseView::dispatch()
{
    DispatchDialog dialog(m_store, m_complaint.code, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    ComplaintWorkflow workflow(m_store);
    report(workflow.dispatch(m_complaint.id, dialog.departmentId(), dialog.assigneeId(), dialog.due()).status());
}

void CaseView::ticketResult()
{
    QList<Ticket> open;
    for (const Ticket& t : std::as_const(m_tickets))
        if (allowedActions(t.status).contains(TicketAction::Complete))
            open << t;
    TicketResultDialog dialog(open, m_names.departments, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    ComplaintWorkflow workflow(m_store);
    switch (dialog.action()) {
    case TicketAction::Accept:
        return report(workflow.acceptTicket(dialog.ticketId()).status());
    case TicketAction::Return:
        return report(workflow.returnTicket(dialog.ticketId(), dialog.result()).status());
    default:
        return report(workflow.completeTicket(dialog.ticketId(), dialog.measures(), dialog.result()).status());
    }
}

void CaseView::followUp()
{
    QString result;
    for (const Ticket& t : std::as_const(m_tickets))
        if (!t.result.isEmpty())
            result = t.result;
    const QHash<QString, QString> placeholders{{QStringLiteral("单号"), m_complaint.code},
                                               {QStringLiteral("管家"), m_operator.staff.name},
                                               {QStringLiteral("投诉人"), m_complaint.complainantName},
                                               {QStringLiteral("处理结果"), result}};
    FollowUpDialog dialog(m_complaint, m_store.phrasebook().templates(true).value_or({}),
                          m_store.phrasebook().phrases(true).value_or({}), placeholders, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    FollowUp f = dialog.followUp();
    f.staffId = m_operator.staff.id;
    ComplaintWorkflow workflow(m_store);
    report(workflow.recordFollowUp(f).status());
}

void CaseView::close()
{
    ComplaintWorkflow workflow(m_store);
    const QString refusal = workflow.closeRefusal(m_complaint, {});
    ReasonDialog dialog(tr("Close %1").arg(m_complaint.code),
                        refusal.isEmpty() ? tr("Closing note (optional).")
                                          : tr("%1\nTo close anyway, give the reason.").arg(refusal),
                        this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    report(workflow.close(m_complaint.id, dialog.reason()).status());
}

void CaseView::reopen()
{
    ReasonDialog dialog(tr("Reopen %1").arg(m_complaint.code), tr("Why is the complaint reopened?"), this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    ComplaintWorkflow workflow(m_store);
    report(workflow.reopen(m_complaint.id, dialog.reason()).status());
}

void CaseView::markInvalid()
{
    ReasonDialog dialog(tr("Mark %1 invalid").arg(m_complaint.code),
                        tr("Why is this not a valid complaint (a duplicate, not our responsibility…)?"), this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    ComplaintWorkflow workflow(m_store);
    report(workflow.markInvalid(m_complaint.id, dialog.reason()).status());
}

} // namespace caseloop
