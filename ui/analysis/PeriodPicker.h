#pragma once

#include "analysis/Analysis.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace caseloop {

// 统计周期: a week, month or quarter around a day, or custom dates; and whether to compare with the one before. It
// opens on the last complete week, and a change of kind moves to the last complete period of that kind, so that a
// supervisor never reads two days of this week against a full week by default. A partial period can still be chosen
// by its day.
class PeriodPicker : public QWidget
{
    Q_OBJECT

public:
    PeriodPicker(const QDate& today, QWidget* parent = nullptr);
    Period period() const;
    bool compare() const;
    void setPeriod(Period::Kind kind, const QDate& day);
    // The last complete period of `kind` before today.
    void showLastComplete(Period::Kind kind);
    const QDate& today() const { return m_today; }

Q_SIGNALS:
    void changed();

private:
    void update();
    void kindChanged();

    QDate m_today;
    QComboBox* m_kind;
    QDateEdit* m_day;
    QDateEdit* m_to;
    QCheckBox* m_compare;
};

} // namespace caseloop
