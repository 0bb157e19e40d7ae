#pragma once

#include "base/Clock.h"
#include "base/Result.h"

#include <functional>

namespace caseloop {

class Store;

struct DemoOptions
{
    int complaints = 2000;
    quint32 seed = 1;
    QDateTime end; // the demo's "now": a year of complaints ends here
    QString password = QStringLiteral("demo1234"); // every demo account's (printed by caseloop-cli demo)
    // Told every hundred complaints (and at the last) how many of them are written; may be empty.
    std::function<bool(int done, int total)> progress;
};

struct DemoSummary
{
    int complaints = 0;
    int tickets = 0;
    int followUps = 0;
    int rectifications = 0;
};

// Fills an empty database with a property group (regions, estates, buildings, departments, staff,
// the holiday calendar) and a year of complaints carried through the real workflows, so every
// status, ticket state and rectification step appears. The same seed and end give the same data.
// `store` must have been opened with `clock`; the generator moves it through the simulated year.
Result<DemoSummary> generateDemo(Store& store, FixedClock& clock, const DemoOptions& options);

// Whether the database holds demo data (generateDemo marks it): the window says so, and it gets no daily copies.
bool isDemoDatabase(Store& store);

} // namespace caseloop
