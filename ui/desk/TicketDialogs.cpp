#include "TicketDialogs.h"

#include "Dialogs.h"
#include "base/Language.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace caseloop {

namespace {
QPlainTextEdit* textBox(QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(90);
    return edit;
}
} // namespace

DispatchDialog::DispatchDialog(Store& store, const QString& complaintCode, QWidget* parent)
    : QDialog(parent)
    , m_department(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_due(new QDateTimeEdit(this))
{
    setWindowTitle(tr("Dispatch %1").arg(complaintCode));
    if (auto list = store.organisation().departments())
        for (const Department& d : list.value())
            if (d.active)
                m_department->addItem(localName(d.name, d.nameEn), d.id);
    if (auto list = store.organisation().staff())
        m_staff = list.value();
    // Core carries office wall-clock times as UTC-spec values: the edit must not shift them by the PC's zone.
    m_due->setTimeSpec(Qt::UTC);
    m_due->setDateTime(store.clock().now().addDays(1));
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_due->setCalendarPopup(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Department"), m_department);
    form->addRow(tr("Assignee"), m_assignee);
    form->addRow(tr("Due"), m_due);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(Dialogs::okCancel(this));
    connect(m_department, &QComboBox::currentIndexChanged, this, &DispatchDialog::fillAssignees);
    fillAssignees();
}

void DispatchDialog::fillAssignees()
{
    m_assignee->clear();
    m_assignee->addItem(tr("(the department decides)"), 0);
    for (const Staff& s : m_staff)
        if (s.active && s.departmentId == departmentId())
            m_assignee->addItem(s.name, s.id);
}

Id DispatchDialog::departmentId() const
{
    return m_department->currentData().toLongLong();
}

Id DispatchDialog::assigneeId() const
{
    return m_assignee->currentData().toLongLong();
}

QDateTime DispatchDialog::due() const
{
    return m_due->dateTime();
}

TicketResultDialog::TicketResultDialog(const QList<Ticket>& openTickets, const QHash<Id, QString>& departments,
                                       QWidget* parent)
    : QDialog(parent)
    , m_ticket(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_measures(textBox(this))
    , m_result(textBox(this))
{
    setWindowTitle(tr("Ticket result"));
    for (const Ticket& t : openTickets)
        m_ticket->addItem(tr("%1 (%2, due %3)")
                              .arg(departments.value(t.departmentId), displayName(t.status),
                                   t.dueAt.toString(QStringLiteral("MM-dd HH:mm"))),
                          t.id);
    for (TicketAction a : {TicketAction::Complete, TicketAction::Accept, TicketAction::Return})
        m_action->addItem(displayName(a), toStorage(a));
    auto* form = new QFormLayout;
    form->addRow(tr("Ticket"), m_ticket);
    form->addRow(tr("Step"), m_action);
    form->addRow(tr("Measures taken"), m_measures);
    form->addRow(tr("Result / reason"), m_result);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(Dialogs::okCancel(this));
}

Id TicketResultDialog::ticketId() const
{
    return m_ticket->currentData().toLongLong();
}

TicketAction TicketResultDialog::action() const
{
    return fromStorage<TicketAction>(m_action->currentData().toString()).value_or(TicketAction::Complete);
}

QString TicketResultDialog::measures() const
{
    return m_measures->toPlainText().trimmed();
}

QString TicketResultDialog::result() const
{
    return m_result->toPlainText().trimmed();
}

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, QWidget* parent)
    : QDialog(parent)
    , m_reason(textBox(this))
{
    setWindowTitle(title);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(Dialogs::okCancel(this));
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace caseloop
