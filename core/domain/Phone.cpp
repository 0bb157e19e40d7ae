#include "domain/Phone.h"

#include <QRegularExpression>

namespace caseloop {

QString normalisePhone(const QString& phone)
{
    QString digits;
    for (QChar c : phone.trimmed())
        if (c.isDigit() || c == QLatin1Char('-'))
            digits.append(c);
    if (digits.startsWith(QStringLiteral("0086")))
        digits = digits.mid(4);
    else if (phone.trimmed().startsWith(QStringLiteral("+86")))
        digits = digits.mid(2);
    while (digits.startsWith(QLatin1Char('-')))
        digits.remove(0, 1);
    // A mobile number keeps no dashes; a landline keeps the one after its area code.
    const QString bare = QString(digits).remove(QLatin1Char('-'));
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    if (mobile.match(bare).hasMatch())
        return bare;
    static const QRegularExpression landline(QStringLiteral("^(0\\d{2,3})(\\d{7,8})$"));
    if (const auto m = landline.match(bare); m.hasMatch() && digits.count(QLatin1Char('-')) <= 1) {
        const int dash = int(digits.indexOf(QLatin1Char('-')));
        if (dash == 3 || dash == 4)
            return digits;
        // Without a dash the area code is ambiguous (3 or 4 digits); the common 3-digit ones are 01x and 02x.
        const int area = (bare.startsWith(QStringLiteral("01")) || bare.startsWith(QStringLiteral("02"))) ? 3 : 4;
        return bare.left(area) + QLatin1Char('-') + bare.mid(area);
    }
    return digits;
}

bool isValidPhone(const QString& p)
{
    static const QRegularExpression pattern(QStringLiteral("^(1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8})$"));
    return pattern.match(p).hasMatch();
}

QString maskPhone(const QString& phone)
{
    if (phone.size() < 7)
        return QString(phone.size(), QLatin1Char('*'));
    return phone.left(3) + QStringLiteral("****") + phone.right(4);
}

} // namespace caseloop
