#pragma once

#include <QString>

#include <optional>

namespace caseloop {

// A database file found damaged (a read met a corrupt page, the daily backup or `check` failed on it) is remembered
// outside the file, in a marker beside it ("<file>.damaged"): the damaged file itself may not take a write. While the
// marker is there, writes of many rows (an import, a migration) are refused, every start of the programs
// says so, and the daily backup does not replace good copies with a damaged one. `check` lifts it once SQLite's
// integrity check finds the file whole again; a restore lifts it too.
namespace DamageMarks {

QString markerOf(const QString& database);
// Writes the marker (readable by the user alone, like the database), with when and what was found. An existing
// marker is kept: the first finding is the one to read.
void remember(const QString& database, const QString& finding);
// What the marker says ("found damaged on … : …"), when there is one.
std::optional<QString> recalled(const QString& database);
void forget(const QString& database);
// The message refusing `what` (the work refused: "an import") because the database is marked damaged with `finding`
// (from recalled()), naming the backups and the marker.
QString refusal(const QString& database, const QString& what, const QString& finding);

} // namespace DamageMarks

} // namespace caseloop
