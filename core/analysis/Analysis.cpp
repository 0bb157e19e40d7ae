#include "analysis/Analysis.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace caseloop {

QString Rate::text() const
{
    return of > 0 ? QStringLiteral("%1% (%2/%3)").arg(percent(), 0, 'f', 1).arg(hits).arg(of) : QStringLiteral("—");
}

Period Period::containing(Kind kind, const QDate& day)
{
    switch (kind) {
    case Kind::Week: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {kind, monday, monday.addDays(6)};
    }
    case Kind::Month: {
        const QDate first(day.year(), day.month(), 1);
        return {kind, first, first.addMonths(1).addDays(-1)};
    }
    case Kind::Quarter: {
        const QDate first(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
        return {kind, first, first.addMonths(3).addDays(-1)};
    }
    case Kind::Custom:
        break;
    }
    return {Kind::Custom, day, day};
}

Period Period::isoWeek(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"));
    const auto m = pattern.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    // ISO week 1 is the week with the year's first Thursday, so it contains 4 January.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    int checkYear = 0;
    if (week < 1 || monday.addDays(3).weekNumber(&checkYear) != week || checkYear != year)
        return {};
    return {Kind::Week, monday, monday.addDays(6)};
}

Period Period::previous() const
{
    switch (kind) {
    case Kind::Week:
        return {kind, from.addDays(-7), to.addDays(-7)};
    case Kind::Month:
        return containing(kind, from.addMonths(-1));
    case Kind::Quarter:
        return containing(kind, from.addMonths(-3));
    case Kind::Custom:
        break;
    }
    const qint64 days = from.daysTo(to) + 1;
    return {kind, from.addDays(-days), from.addDays(-1)};
}

Period Period::previousUpTo(const QDate& today) const
{
    Period before = previous();
    if (isPartial(today))
        before.to = qMin(before.to, before.from.addDays(from.daysTo(today)));
    return before;
}

QString Period::partialNote(const QDate& today) const
{
    const QString day = today.toString(QStringLiteral("MM-dd"));
    switch (kind) {
    case Kind::Week:
        return QCoreApplication::translate("caseloop::Period", "(as of %1, week not complete)").arg(day);
    case Kind::Month:
        return QCoreApplication::translate("caseloop::Period", "(as of %1, month not complete)").arg(day);
    case Kind::Quarter:
        return QCoreApplication::translate("caseloop::Period", "(as of %1, quarter not complete)").arg(day);
    case Kind::Custom:
        break;
    }
    return QCoreApplication::translate("caseloop::Period", "(as of %1, not complete)").arg(day);
}

QString Period::label() const
{
    switch (kind) {
    case Kind::Week: {
        int year = 0;
        const int week = from.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Kind::Month:
        return from.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Kind::Custom:
        break;
    }
    return QStringLiteral("%1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace caseloop
