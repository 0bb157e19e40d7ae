#include "Figures.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace caseloop::bench {

QJsonObject& figures()
{
    static QJsonObject all;
    return all;
}

void report(const QString& name, double value, const QString& unit)
{
    QTextStream(stdout) << name << ' ' << QString::number(value, 'f', 3) << ' ' << unit << Qt::endl;
    figures().insert(name, QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("unit"), unit}});
}

double seconds(const std::function<bool()>& run, int runs)
{
    double best = 1e9;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace caseloop::bench
