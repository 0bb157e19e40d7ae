#include "base/Clock.h"

namespace caseloop {

QDateTime SystemClock::now() const
{
    // Whole seconds: that is what is stored and shown.
    const QDateTime local = QDateTime::currentDateTime();
    const QTime t = local.time();
    return wallTime(local.date(), QTime(t.hour(), t.minute(), t.second()));
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace caseloop
