#pragma once

#include "Operator.h"
#include "domain/RecordNames.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace caseloop {

class Store;

// One complaint: every field, one timeline of what happened, and the actions core allows now.
// A disabled action says why in its tooltip and below the buttons.
class CaseView : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Dispatch, TicketResult, FollowUp, Close, Reopen, MarkInvalid };

    CaseView(Store& store, const Operator& op, Id complaintId, QWidget* parent = nullptr);
    Id complaintId() const { return m_complaint.id; }
    const Complaint& complaint() const { return m_complaint; }
    QPushButton* button(Action action) const;
    QString timelineText() const;
    QString fieldsText() const;
    QString hint() const;

public Q_SLOTS:
    void reload();
    void run(Action action);

Q_SIGNALS:
    void changed(Id complaintId);

private:
    void showFields();
    void showTimeline();
    void updateActions();
    void report(const Status& status);
    void dispatch();
    void ticketResult();
    void followUp();
    void close();
    void reopen();
    void markInvalid();

    Store& m_store;
    Operator m_operator;
    RecordNames m_names;
    Complaint m_complaint;
    QList<Ticket> m_tickets;
    QLabel* m_header;
    QLabel* m_fields;
    QTextBrowser* m_timeline;
    QLabel* m_hint;
    QMap<Action, QPushButton*> m_buttons;
};

} // namespace caseloop
