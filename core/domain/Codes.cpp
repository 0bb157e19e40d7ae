#include "domain/Codes.h"

#include "store/SettingsStore.h"

#include <QRegularExpression>

namespace caseloop {

namespace {
Result<QString> nextCode(SettingsStore& settings, const QString& prefix)
{
    auto n = settings.nextInSequence(prefix);
    if (!n)
        return Error{n.error()};
    return codeWithNumber(prefix, *n);
}
} // namespace

QString complaintCodePrefix(const QDate& received)
{
    return QStringLiteral("TS-") + received.toString(QStringLiteral("yyyyMMdd"));
}

QString codeWithNumber(const QString& prefix, int number)
{
    // Without QString::arg (~1 µs a call): the ledger import builds 100,000 codes at a time.
    QString digits = QString::number(number);
    if (digits.size() < 4)
        digits.prepend(QString(4 - digits.size(), QLatin1Char('0')));
    return prefix + QLatin1Char('-') + digits;
}

Result<QString> nextComplaintCode(SettingsStore& settings, const QDate& received)
{
    return nextCode(settings, complaintCodePrefix(received));
}

Result<QString> nextRectificationCode(SettingsStore& settings, const QDate& assigned)
{
    return nextCode(settings, QStringLiteral("ZG-") + QString::number(assigned.year()));
}

bool isComplaintCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^TS-\\d{8}-\\d{4,}$"));
    return pattern.match(code).hasMatch();
}

} // namespace caseloop
