#include "FollowUpDialog.h"

#include "Dialogs.h"
#include "SpeechEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace caseloop {

FollowUpPurpose suggestedPurpose(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::New:
    case ComplaintStatus::Reopened:
        return FollowUpPurpose::FirstResponse;
    case ComplaintStatus::AwaitingFollowUp:
    case ComplaintStatus::Closed:
        return FollowUpPurpose::SatisfactionVisit;
    default:
        return FollowUpPurpose::ProgressUpdate;
    }
}

FollowUpDialog::FollowUpDialog(const Complaint& complaint, const QList<ReplyTemplate>& templates,
                               const QList<MinefieldPhrase>& phrases, const QHash<QString, QString>& placeholders,
                               QWidget* parent)
    : QDialog(parent)
    , m_complaintId(complaint.id)
    , m_templates(templates)
    , m_placeholders(placeholders)
    , m_method(new QComboBox(this))
    , m_purpose(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_said(new SpeechEdit(phrases, this))
    , m_answer(new QLineEdit(this))
    , m_satisfaction(new QComboBox(this))
    , m_reopen(new QCheckBox(tr("The customer is not satisfied: reopen the complaint"), this))
{
    setWindowTitle(tr("Follow-up of %1").arg(complaint.code));
    for (FollowUpMethod m : allValues<FollowUpMethod>())
        m_method->addItem(displayName(m), toStorage(m));
    for (FollowUpPurpose p : allValues<FollowUpPurpose>())
        m_purpose->addItem(displayName(p), toStorage(p));
    m_purpose->setCurrentIndex(m_purpose->findData(toStorage(suggestedPurpose(complaint.status))));
    m_template->addItem(tr("(reply templates)"));
    for (const ReplyTemplate& t : templates)
        m_template->addItem(t.title, t.id);
    m_satisfaction->addItem(tr("(not asked)"));
    for (Satisfaction s : allValues<Satisfaction>())
        m_satisfaction->addItem(displayName(s), toStorage(s));
    m_answer->setPlaceholderText(tr("What the customer answered"));

    auto* form = new QFormLayout;
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("Purpose"), m_purpose);
    form->addRow(tr("Template"), m_template);
    form->addRow(tr("What was said"), m_said);
    form->addRow(tr("Customer's answer"), m_answer);
    form->addRow(tr("Satisfaction"), m_satisfaction);
    form->addRow(QString(), m_reopen);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(Dialogs::okCancel(this));
    resize(620, 440);

    connect(m_template, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        m_said->insertText(fillTemplate(m_templates[index - 1].body, m_placeholders));
        m_template->setCurrentIndex(0);
        m_said->setFocus();
    });
}

FollowUp FollowUpDialog::followUp() const
{
    FollowUp f;
    f.complaintId = m_complaintId;
    f.method = fromStorage<FollowUpMethod>(m_method->currentData().toString()).value_or(FollowUpMethod::Phone);
    f.purpose
        = fromStorage<FollowUpPurpose>(m_purpose->currentData().toString()).value_or(FollowUpPurpose::ProgressUpdate);
    f.said = m_said->text().trimmed();
    f.answer = m_answer->text().trimmed();
    f.satisfaction = fromStorage<Satisfaction>(m_satisfaction->currentData().toString());
    f.reopenRequested = m_reopen->isChecked();
    return f;
}

} // namespace caseloop
