#pragma once

#include "Operator.h"
#include "store/ComplaintStore.h"

#include <QDialog>

class QTableView;

namespace caseloop {

class ComplaintTableModel;
class Store;

// The complaints behind a number of a chart or a hotspot (客观, 结合案例剖析): the desk's list model over
// the same filter, in SQL; Enter or a double-click opens the case.
class ComplaintsBehindDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintsBehindDialog(Store& store, const Operator& op, const ComplaintFilter& filter, const QString& title,
                           QWidget* parent = nullptr);
    ComplaintTableModel* model() const { return m_model; }

private:
    ComplaintTableModel* m_model;
    QTableView* m_view;
};

} // namespace caseloop
