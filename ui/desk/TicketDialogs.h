#pragma once

#include "domain/Records.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace caseloop {

class Store;

// 派单: the department, the person (optional) and the time the work is due.
class DispatchDialog : public QDialog
{
    Q_OBJECT

public:
    DispatchDialog(Store& store, const QString& complaintCode, QWidget* parent = nullptr);
    Id departmentId() const;
    Id assigneeId() const;
    QDateTime due() const;
    QComboBox* departmentBox() const { return m_department; }
    QComboBox* assigneeBox() const { return m_assignee; }

private:
    void fillAssignees();

    QList<Staff> m_staff;
    QComboBox* m_department;
    QComboBox* m_assignee;
    QDateTimeEdit* m_due;
};

// A ticket's next step: accepted, done (measures and result), or returned (with a reason).
class TicketResultDialog : public QDialog
{
    Q_OBJECT

public:
    TicketResultDialog(const QList<Ticket>& openTickets, const QHash<Id, QString>& departments,
                       QWidget* parent = nullptr);
    Id ticketId() const;
    TicketAction action() const;
    QString measures() const;
    QString result() const;
    QComboBox* actionBox() const { return m_action; }
    QPlainTextEdit* measuresEdit() const { return m_measures; }
    QPlainTextEdit* resultEdit() const { return m_result; }

private:
    QComboBox* m_ticket;
    QComboBox* m_action;
    QPlainTextEdit* m_measures;
    QPlainTextEdit* m_result;
};

// A reason for closing, reopening or marking a complaint invalid.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);
    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }

private:
    QPlainTextEdit* m_reason;
};

} // namespace caseloop
