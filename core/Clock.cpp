#include "Clock.h"

namespace caseloop {

QDateTime SystemClock::now() const
{
    // Whole seconds: that is what is stored and shown.
    const QDateTime local = QDateTime::currentDateTime();
    const QTime t = local.time();
    return wallTime(local.date(), QTime(t.hour(), t.minute(), t.second()));
}

} // namespace caseloop
