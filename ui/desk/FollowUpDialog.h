#pragma once

#include "store/PhrasebookStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace caseloop {

class SpeechEdit;

// 跟进/回访: a contact with the customer: how, why, what the steward said (from a reply template,
// checked against the minefield phrases), what the customer answered, satisfaction, a reopen.
class FollowUpDialog : public QDialog
{
    Q_OBJECT

public:
    // `placeholders` fill the templates ({单号}, {管家}, {投诉人}, {处理结果}).
    FollowUpDialog(const Complaint& complaint, const QList<ReplyTemplate>& templates,
                   const QList<MinefieldPhrase>& phrases, const QHash<QString, QString>& placeholders,
                   QWidget* parent = nullptr);
    // The follow-up as entered (complaintId and purpose set; staffId and time left for the caller).
    FollowUp followUp() const;

    QComboBox* purposeBox() const { return m_purpose; }
    QComboBox* templateBox() const { return m_template; }
    QComboBox* satisfactionBox() const { return m_satisfaction; }
    SpeechEdit* said() const { return m_said; }
    QLineEdit* answerEdit() const { return m_answer; }
    QCheckBox* reopenBox() const { return m_reopen; }

private:
    Id m_complaintId;
    QList<ReplyTemplate> m_templates;
    QHash<QString, QString> m_placeholders;
    QComboBox* m_method;
    QComboBox* m_purpose;
    QComboBox* m_template;
    SpeechEdit* m_said;
    QLineEdit* m_answer;
    QComboBox* m_satisfaction;
    QCheckBox* m_reopen;
};

// The purpose a steward most likely wants next for a complaint in this state.
FollowUpPurpose suggestedPurpose(ComplaintStatus status);

} // namespace caseloop
