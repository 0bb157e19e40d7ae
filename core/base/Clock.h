#pragma once

#include <QDateTime>

namespace caseloop {

// CaseLoop's times are the office's wall-clock times. They are carried as QDateTime with the
// Qt::UTC spec, so arithmetic and comparisons never consult the system time zone: no daylight-saving
// jumps, identical results on every machine, and no time-zone lookups in hot loops.
inline QDateTime wallTime(const QDate& date, const QTime& time = QTime(0, 0))
{
    return QDateTime(date, time, Qt::UTC);
}

// The only way core learns the time, so deadlines are testable (docs/ARCHITECTURE.md §7).
// Times are office-local wall-clock times: working days, weekly reports and
// printed sheets are all local to the one office a database belongs to.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that says what it is told; tests and the demo generator move it.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// A time as messages show it, "2026-11-23 09:30:00"; empty for an invalid time.
QString timeText(const QDateTime& time);

} // namespace caseloop
