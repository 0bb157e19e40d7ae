#pragma once

#include "ledger/LedgerImport.h"

#include <QTabWidget>

class QTableWidget;

namespace caseloop {

class Store;

// What an import will do, before it does it: the column mapping, the first rows as they will be stored, every
// rejected row (row, column, value, reason) and every unknown name with a choice of what to do with it.
class ImportPreview : public QTabWidget
{
    Q_OBJECT

public:
    explicit ImportPreview(QWidget* parent = nullptr);

    void show(const LedgerPlan& plan, Store& store);
    void clear();
    // The choices made in the unknown-names tab, keyed for writeLedger.
    LedgerChoices choices() const;

    QTableWidget* rejectedTable() const { return m_rejected; }
    QTableWidget* unknownTable() const { return m_unknown; }
    QTableWidget* warningsTable() const { return m_warnings; }
    QTableWidget* rowsTable() const { return m_rows; }

private:
    QTableWidget* m_columns;
    QTableWidget* m_rows;
    QTableWidget* m_rejected;
    QTableWidget* m_unknown;
    QTableWidget* m_warnings;
    QList<LedgerUnknown> m_unknownNames;
};

} // namespace caseloop
