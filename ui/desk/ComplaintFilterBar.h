#pragma once

#include "store/ComplaintStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace caseloop {

class Store;

// The desk's filters: text, status, kind, type, service line, channel, priority, region → estate → building,
// received between two dates, overdue only, mine only. It only builds a ComplaintFilter; core runs it in SQL.
class ComplaintFilterBar : public QWidget
{
    Q_OBJECT

public:
    ComplaintFilterBar(Store& store, Id operatorId, QWidget* parent = nullptr);
    ComplaintFilter filter() const;

    QLineEdit* search() const { return m_search; }
    QComboBox* status() const { return m_status; }
    QComboBox* box(const QString& name) const;
    QCheckBox* overdueOnly() const { return m_overdue; }
    QCheckBox* mineOnly() const { return m_mine; }
    QDateEdit* from() const { return m_from; }
    QDateEdit* to() const { return m_to; }

public Q_SLOTS:
    void clear();

Q_SIGNALS:
    void changed();

private:
    QComboBox* addBox(const QString& name, const QString& allText);
    void fillEstates();
    void fillBuildings();

    Store& m_store;
    Id m_operatorId;
    QLineEdit* m_search;
    QComboBox* m_status;
    QHash<QString, QComboBox*> m_boxes;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QCheckBox* m_overdue;
    QCheckBox* m_mine;
    bool m_quiet = false;
};

} // namespace caseloop
