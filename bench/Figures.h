#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace caseloop::bench {

// Prints "name value unit" and keeps it for the JSON file.
void report(const QString& name, double value, const QString& unit);
QJsonObject& figures();
// The best of `runs` runs, in seconds (-1 when a run fails): the figure a user sees once caches are warm.
double seconds(const std::function<bool()>& run, int runs = 3);

} // namespace caseloop::bench
