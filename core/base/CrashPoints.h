#pragma once

namespace caseloop {

// The process kills itself, as a power cut or `kill -9` would (no clean-up, no flushing), when it reaches the step
// named by the environment variable CASELOOP_CRASH_AT. The tests run caseloop-cli with it to prove that every
// change made of several file operations (a backup put in place, a restore) leaves a whole database between any two
// of them. Without the variable it does nothing.
void crashPoint(const char* step);

} // namespace caseloop
