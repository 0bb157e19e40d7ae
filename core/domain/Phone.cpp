#include "domain/Phone.h"

#include <QRegularExpression>

#include <algorithm>

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
    if (phone.contains(QLatin1Char('*')))
        return phone; // masked already (a department lead's view on a server masks it there)
    // Digits (and an ID card's final X) count; separators stay where they are.
    const auto isDigitLike = [](QChar c) { return c.isDigit() || c == QLatin1Char('X') || c == QLatin1Char('x'); };
    const int digits = int(std::count_if(phone.cbegin(), phone.cend(), isDigitLike));
    const int hidden = std::max(4, (digits + 1) / 2);
    const int visible = std::max(0, digits - hidden);
    const int head = (visible + 1) / 2;
    const int tail = visible - head;
    QString masked;
    masked.reserve(phone.size());
    int index = 0;
    for (QChar c : phone) {
        if (!isDigitLike(c)) {
            masked += c;
            continue;
        }
        masked += index < head || index >= digits - tail ? c : QLatin1Char('*');
        ++index;
    }
    return masked;
}

QString maskNumbersInText(const QString& text)
{
    // No digit or letter right before or after a number: a complaint code, a date or a longer figure is not one.
    // No digit right before or after a number: a complaint code, a date or a longer figure is not one. Letters may
    // touch it ("Tel13812345678", "ID110105…"); full-width digits typed with a Chinese input method count too.
    static const QRegularExpression numbers(
        QStringLiteral("(?<!\\d)(?:"
                       "\\d{17}[\\dXx]" // 身份证
                       "|(?:\\+86[ -]?|0086[ -]?)?[1１][3-9３-９]\\d(?:[ -]?\\d){8}" // mobile
                       "|\\(?[0０]\\d{2,3}\\)?[ -]?\\d{3,4}[ -]?\\d{4}" // landline with area code, 7–8 digits
                       ")(?!\\d)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!text.contains(numbers))
        return text;
    QString out;
    qsizetype last = 0;
    for (auto it = numbers.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += maskPhone(m.captured());
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString textAsShown(const QString& text, bool maySeePhone)
{
    return maySeePhone ? text : maskNumbersInText(text);
}

} // namespace caseloop
