#include "domain/RoomText.h"

#include <QRegularExpression>

namespace caseloop {

RoomText parseRoomText(const QString& text)
{
    static const QRegularExpression unitRoom(QStringLiteral("^(\\d{1,2})\\s*(?:-|单元|－)\\s*(\\w+)$"));
    const QString t = text.trimmed();
    if (const auto m = unitRoom.match(t); m.hasMatch())
        return {m.captured(1), m.captured(2)};
    return {{}, t};
}

QString roomText(const QString& unit, const QString& room)
{
    return unit.isEmpty() ? room : unit + QLatin1Char('-') + room;
}

} // namespace caseloop
