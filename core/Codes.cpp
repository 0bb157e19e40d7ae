#include "Codes.h"

#include "CatalogueStore.h"

#include <QRegularExpression>

namespace caseloop {

namespace {
Result<QString> nextCode(SettingsStore& settings, const QString& prefix)
{
    auto n = settings.nextInSequence(prefix);
    if (!n)
        return Error{n.error()};
    return QString(prefix + QLatin1Char('-') + QStringLiteral("%1").arg(*n, 4, 10, QLatin1Char('0')));
}
} // namespace

Result<QString> nextComplaintCode(SettingsStore& settings, const QDate& received)
{
    return nextCode(settings, QStringLiteral("TS-") + received.toString(QStringLiteral("yyyyMMdd")));
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
