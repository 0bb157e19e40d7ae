#pragma once

#include <QString>

namespace caseloop {

// A room as a steward types it within a known building: "2-1502" or "2单元1502" (unit 2, room 1502),
// or just "1502". Anything else is kept whole as the room.
struct RoomText
{
    QString unit;
    QString room;
};

RoomText parseRoomText(const QString& text);
// The inverse, as the intake's type-ahead shows it: "2-1502" or "1502".
QString roomText(const QString& unit, const QString& room);

} // namespace caseloop
