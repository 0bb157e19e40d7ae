#pragma once

#include "analysis/Analysis.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace caseloop {

// 统计周期: a week, month or quarter around a day, or custom dates; and whether to compare with the one before.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    PeriodPicker(const QDate& today, QWidget* parent = nullptr);
    Period period() const;
    bool compare() const;
    void setPeriod(Period::Kind kind, const QDate& day);

Q_SIGNALS:
    void changed();

private:
    void update();

    QComboBox* m_kind;
    QDateEdit* m_day;
    QDateEdit* m_to;
    QCheckBox* m_compare;
};

} // namespace caseloop
