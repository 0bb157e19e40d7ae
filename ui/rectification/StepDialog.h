#pragma once

#include "domain/Records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace caseloop {

class Store;

// What a person enters for one of the five steps (only the fields of that step are used).
struct StepValues
{
    QString problem; // 1 assign
    Id departmentId = 0; // 1 assign
    QString suggestion; // 1 assign
    QDate deadline; // 1 assign
    QString measures; // 2 resolve
    QString responsiblePerson;
    QDate plannedDate;
    QString feedback; // 3 report back
    QString unresolvedReason;
    bool approved = true; // 4 review
    QString opinion;
    ConfirmResult confirmResult = ConfirmResult::Resolved; // 5 confirm
    QString note;
};

// The form of one step: assign (a new item), resolve, report back, review or confirm.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    StepDialog(RectificationStep step, Store& store, const StepValues& initial, QWidget* parent = nullptr);
    StepValues values() const;

private:
    RectificationStep m_step;
    QPlainTextEdit* m_text1 = nullptr;
    QPlainTextEdit* m_text2 = nullptr;
    QLineEdit* m_line = nullptr;
    QComboBox* m_choice = nullptr;
    QDateEdit* m_date = nullptr;
};

} // namespace caseloop
