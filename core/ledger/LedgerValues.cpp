#include "ledger/LedgerValues.h"

#include "base/Clock.h"
#include "domain/RoomText.h"

#include "ledger/LedgerText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace caseloop {

namespace {
// Full-width digits and punctuation (Chinese input methods type them) to ASCII.
QString halfWidth(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out.trimmed();
}
} // namespace

QDateTime fromExcelSerial(double serial)
{
    // Day 60 is Lotus's 29 Feb 1900; counting from 1899-12-30 is right for every later day.
    const QDate epoch(1899, 12, 30);
    double days = std::floor(serial);
    const qint64 minutes = std::llround((serial - days) * 24 * 60);
    if (serial < 61)
        days += 1;
    return wallTime(epoch.addDays(qint64(days))).addSecs(minutes * 60);
}

Result<QDateTime> parseLedgerTime(const QString& raw)
{
    const QString text = halfWidth(raw);
    if (text.isEmpty())
        return Error{LedgerText::tr("the date is missing")};
    static const QRegularExpression written(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
        "(?:(?:\\s+|T|\\s*)(\\d{1,2})\\s*[:时点]\\s*(\\d{1,2})?\\s*(?:[:分]\\s*(\\d{1,2})\\s*秒?)?\\s*分?)?$"));
    if (const auto m = written.match(text); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid())
            return Error{LedgerText::tr("there is no such day")};
        QTime time(0, 0);
        if (m.hasCaptured(4)) {
            time = QTime(m.captured(4).toInt(), m.captured(5).isEmpty() ? 0 : m.captured(5).toInt(),
                         m.captured(6).isEmpty() ? 0 : m.captured(6).toInt());
            if (!time.isValid())
                return Error{LedgerText::tr("there is no such time of day")};
        }
        return wallTime(date, time);
    }
    static const QRegularExpression serial(QStringLiteral("^\\d{4,6}(?:\\.\\d+)?$"));
    if (serial.match(text).hasMatch()) {
        const double value = text.toDouble();
        // 1 Jan 1960 … 31 Dec 2099: a wider number is something else (a room, a phone number).
        if (value >= 21916 && value < 73051)
            return fromExcelSerial(value);
    }
    return Error{LedgerText::tr("not a date; write it like 2026-03-05 14:30")};
}

QString buildingKey(const QString& name)
{
    static const QRegularExpression numbered(QStringLiteral("^(\\d+[A-Za-z]?)\\s*(?:栋|号楼|幢|座|号|#)?$"));
    const QString t = halfWidth(name);
    if (const auto m = numbered.match(t); m.hasMatch())
        return m.captured(1).toUpper();
    return t;
}

LedgerLocation parseLedgerLocation(const QString& raw)
{
    const QString text = halfWidth(raw);
    LedgerLocation out;
    if (text.isEmpty())
        return out;
    static const QRegularExpression dashed(QStringLiteral("^(\\d+[A-Za-z]?)\\s*-\\s*(\\d{1,2})\\s*-\\s*(\\d{2,5})$"));
    static const QRegularExpression buildingRoom(QStringLiteral("^(\\d+[A-Za-z]?)\\s*-\\s*(\\d{3,5})$"));
    static const QRegularExpression named(
        QStringLiteral("^(\\d+[A-Za-z]?\\s*(?:栋|号楼|幢|座|#))\\s*(?:(\\d{1,2})\\s*单元)?\\s*(.*?)\\s*(?:室|号)?$"));
    if (const auto m = dashed.match(text); m.hasMatch())
        return {m.captured(1), m.captured(2), m.captured(3), {}};
    if (const auto m = buildingRoom.match(text); m.hasMatch())
        return {m.captured(1), {}, m.captured(2), {}};
    if (const auto m = named.match(text); m.hasMatch()) {
        out.building = m.captured(1).remove(QLatin1Char(' '));
        out.unit = m.captured(2);
        const QString rest = m.captured(3);
        static const QRegularExpression roomLike(QStringLiteral("^(?:\\d{1,2}\\s*(?:-|单元)\\s*)?\\d{2,5}$"));
        if (rest.isEmpty())
            return out;
        if (roomLike.match(rest).hasMatch()) {
            const RoomText room = parseRoomText(rest);
            if (out.unit.isEmpty())
                out.unit = room.unit;
            out.room = room.room;
            return out;
        }
    }
    return {{}, {}, {}, text};
}

} // namespace caseloop
