#pragma once

#include <QString>

namespace caseloop::bench {

// The window's start on an existing database, as main() does it: open, build the window, show the page asked
// for, until the desk's first page of complaints is on screen (start.desk) or the asked page is shown and the
// window answers again (start.rectification, start.analysis); then until the analysis has its figures
// (start.analysis_figures), which come from a thread and never hold the window.
void startUp(const QString& path);

} // namespace caseloop::bench
