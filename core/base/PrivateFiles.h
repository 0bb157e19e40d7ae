#pragma once

#include <QString>

namespace caseloop {

// The database, its -wal/-shm, backups, migration copies, exports and temporary files hold owners' personal data:
// on Unix every file CaseLoop creates is readable by its user alone (0600) and every folder 0700, whatever the
// umask it was started with. SQLite gives a -wal and -shm the mode of their database; QSaveFile keeps the mode of a
// file it replaces. On Windows the default place (the user's AppData) is private already, and this does nothing.
// The one platform-specific file of core: called first thing by both programs.
void keepNewFilesPrivate();

// Makes an existing folder of CaseLoop's (the data folder, a backup folder) private as above.
void makeFolderPrivate(const QString& folder);

} // namespace caseloop
