#include "StepDialog.h"

#include "Dialogs.h"
#include "base/Language.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace caseloop {

namespace {
QPlainTextEdit* textBox(QWidget* parent, const QString& text)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(60);
    return edit;
}
} // namespace

StepDialog::StepDialog(RectificationStep step, Store& store, const StepValues& v, QWidget* parent)
    : QDialog(parent)
    , m_step(step)
{
    setWindowTitle(displayName(step));
    auto* form = new QFormLayout(this);
    const QDate today = store.clock().now().date();
    switch (step) {
    case RectificationStep::Assign: {
        m_text1 = textBox(this, v.problem);
        m_choice = new QComboBox(this);
        if (auto list = store.organisation().departments())
            for (const Department& d : list.value())
                m_choice->addItem(localName(d.name, d.nameEn), d.id);
        m_choice->setCurrentIndex(std::max(0, m_choice->findData(v.departmentId)));
        m_text2 = textBox(this, v.suggestion);
        m_date = new QDateEdit(v.deadline.isValid() ? v.deadline : today.addDays(14), this);
        form->addRow(tr("Problem *"), m_text1);
        form->addRow(tr("Responsible department *"), m_choice);
        form->addRow(tr("Suggested rectification"), m_text2);
        form->addRow(tr("Required deadline *"), m_date);
        break;
    }
    case RectificationStep::Resolve:
        m_text1 = textBox(this, v.measures);
        m_line = new QLineEdit(v.responsiblePerson, this);
        m_date = new QDateEdit(v.plannedDate.isValid() ? v.plannedDate : today.addDays(7), this);
        form->addRow(tr("Measures *"), m_text1);
        form->addRow(tr("Responsible person *"), m_line);
        form->addRow(tr("Planned completion *"), m_date);
        break;
    case RectificationStep::ReportBack:
        m_text1 = textBox(this, v.feedback);
        m_text2 = textBox(this, v.unresolvedReason);
        form->addRow(tr("What was done, results"), m_text1);
        form->addRow(tr("Why not solved"), m_text2);
        break;
    case RectificationStep::Review:
        m_choice = new QComboBox(this);
        m_choice->addItem(displayName(RectificationAction::ReviewPass), true);
        m_choice->addItem(displayName(RectificationAction::ReviewReject), false);
        m_text1 = textBox(this, v.opinion);
        form->addRow(tr("Decision"), m_choice);
        form->addRow(tr("Review opinion *"), m_text1);
        break;
    case RectificationStep::Confirm:
        m_choice = new QComboBox(this);
        for (ConfirmResult r : allValues<ConfirmResult>())
            m_choice->addItem(displayName(r), toStorage(r));
        m_text1 = textBox(this, v.note);
        form->addRow(tr("Tracking result"), m_choice);
        form->addRow(tr("Note"), m_text1);
        break;
    }
    if (m_date) {
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    form->addRow(Dialogs::okCancel(this));
    resize(560, sizeHint().height());
}

StepValues StepDialog::values() const
{
    StepValues v;
    const QString first = m_text1 ? m_text1->toPlainText() : QString();
    const QString second = m_text2 ? m_text2->toPlainText() : QString();
    switch (m_step) {
    case RectificationStep::Assign:
        v.problem = first;
        v.departmentId = m_choice->currentData().toLongLong();
        v.suggestion = second;
        v.deadline = m_date->date();
        break;
    case RectificationStep::Resolve:
        v.measures = first;
        v.responsiblePerson = m_line->text();
        v.plannedDate = m_date->date();
        break;
    case RectificationStep::ReportBack:
        v.feedback = first;
        v.unresolvedReason = second;
        break;
    case RectificationStep::Review:
        v.approved = m_choice->currentData().toBool();
        v.opinion = first;
        break;
    case RectificationStep::Confirm:
        v.confirmResult
            = fromStorage<ConfirmResult>(m_choice->currentData().toString()).value_or(ConfirmResult::Resolved);
        v.note = first;
        break;
    }
    return v;
}

} // namespace caseloop
