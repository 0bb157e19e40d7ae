#include "PeriodPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace caseloop {

PeriodPicker::PeriodPicker(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
    , m_kind(new QComboBox(this))
    , m_day(new QDateEdit(today, this))
    , m_to(new QDateEdit(today, this))
    , m_compare(new QCheckBox(tr("Compare with the previous period"), this))
{
    m_kind->addItem(tr("Week"), int(Period::Kind::Week));
    m_kind->addItem(tr("Month"), int(Period::Kind::Month));
    m_kind->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kind->addItem(tr("Custom"), int(Period::Kind::Custom));
    for (QDateEdit* edit : {m_day, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_compare->setChecked(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Period"), this));
    layout->addWidget(m_kind);
    layout->addWidget(m_day);
    layout->addWidget(m_to);
    layout->addWidget(m_compare);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeriodPicker::kindChanged);
    connect(m_day, &QDateEdit::dateChanged, this, &PeriodPicker::update);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::update);
    connect(m_compare, &QCheckBox::toggled, this, &PeriodPicker::changed);
    update();
}

Period PeriodPicker::period() const
{
    const auto kind = Period::Kind(m_kind->currentData().toInt());
    if (kind == Period::Kind::Custom)
        return {kind, m_day->date(), qMax(m_day->date(), m_to->date())};
    return Period::containing(kind, m_day->date());
}

bool PeriodPicker::compare() const
{
    return m_compare->isChecked();
}

void PeriodPicker::setPeriod(Period::Kind kind, const QDate& day)
{
    const QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_day->setDate(day);
    update();
}

void PeriodPicker::showLastComplete(Period::Kind kind)
{
    setPeriod(kind, Period::containing(kind, m_today).previous().from);
}

void PeriodPicker::kindChanged()
{
    const auto kind = Period::Kind(m_kind->currentData().toInt());
    if (kind != Period::Kind::Custom && Period::containing(kind, m_day->date()).to >= m_today) {
        showLastComplete(kind); // emits changed()
        return;
    }
    update();
}

void PeriodPicker::update()
{
    const bool custom = Period::Kind(m_kind->currentData().toInt()) == Period::Kind::Custom;
    m_to->setVisible(custom);
    const Period p = period();
    m_day->setToolTip(p.label());
    Q_EMIT changed();
}

} // namespace caseloop
