#pragma once

#include "Operator.h"
#include "domain/RecordNames.h"
#include "store/ComplaintStore.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStandardItemModel;

namespace caseloop {

class Store;

// 投诉登记 while the caller talks: keyboard only, defaults for time, channel, kind, customer type,
// priority and steward; type-ahead for the caller (by phone or name, with their earlier complaints),
// the estate, building and room. Ctrl+Enter registers. Errors name the field and keep what was typed.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    IntakeDialog(Store& store, const Operator& op, QWidget* parent = nullptr);
    // The complaint once registered (id 0 before).
    const Complaint& registered() const { return m_registered; }
    QString error() const;

    // The fields, for keyboard-only use and for tests.
    QLineEdit* phone() const { return m_phone; }
    QLineEdit* name() const { return m_name; }
    QComboBox* estate() const { return m_estate; }
    QComboBox* building() const { return m_building; }
    QLineEdit* room() const { return m_room; }
    QLineEdit* publicArea() const { return m_publicArea; }
    QComboBox* type() const { return m_type; }
    QComboBox* serviceLine() const { return m_serviceLine; }
    QComboBox* priority() const { return m_priority; }
    QPlainTextEdit* description() const { return m_description; }
    QLineEdit* request() const { return m_request; }
    QListWidget* history() const { return m_history; }
    QCompleter* callerCompleter() const { return m_callerCompleter; }

public Q_SLOTS:
    // Validates, registers through core, and accepts the dialog; on an error shows it and stays open.
    bool registerComplaint();
    // Fills the caller's place from an earlier complaint of theirs (what the type-ahead offers).
    void useCaller(int index);

private:
    void buildForm();
    void suggestCallers(const QString& typed);
    void showHistory();
    void fillBuildings();
    void fillRooms();
    Id chosenId(QComboBox* box) const;
    bool fail(QWidget* field, const QString& message);

    Store& m_store;
    Operator m_operator;
    RecordNames m_names;
    Complaint m_registered;
    QList<Complainant> m_callers;
    QStandardItemModel* m_callerModel;
    QCompleter* m_callerCompleter;
    QDateTimeEdit* m_received;
    QComboBox* m_channel;
    QComboBox* m_kind;
    QComboBox* m_customerType;
    QLineEdit* m_phone;
    QLineEdit* m_name;
    QComboBox* m_estate;
    QComboBox* m_building;
    QLineEdit* m_room;
    QLineEdit* m_publicArea;
    QComboBox* m_type;
    QComboBox* m_serviceLine;
    QComboBox* m_priority;
    QPlainTextEdit* m_description;
    QLineEdit* m_request;
    QLabel* m_steward;
    QLabel* m_error;
    QListWidget* m_history;
};

} // namespace caseloop
