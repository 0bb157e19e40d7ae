#include "sqlite/SqliteDialect.h"

#include "sql/SqlQuery.h"
#include "sqlite/DamageMarks.h"
#include "store/Backups.h"
#include "store/ComplaintStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace caseloop {

namespace {
// The errors a person can act on, said in their words (no SQL): a damaged file, a full disk, a lock held past the
// wait. SQLite's primary result codes (the low byte of the extended code Qt reports).
std::optional<QString> plainWords(int resultCode, const QString& databaseText, const QString& file)
{
    switch (resultCode & 0xff) {
    case 10: // SQLITE_IOERR: the disk or the network share, not (necessarily) the file
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "%1 could not be read or written: the disk or the network reported an "
                                           "error (%2). Nothing more was done; check the disk and try again.")
            .arg(file, databaseText);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        if ((resultCode & 0xff) == 11) // NOTADB: a file that is no database at all, not a damaged one
            DamageMarks::remember(file, databaseText);
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "The database file %1 is damaged and cannot be read (%2). Nothing more "
                                           "was done. Restore it from a backup: the daily copies are in %3.")
            .arg(file, databaseText, Backups::defaultFolder(file));
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "The disk holding %1 is full; nothing was changed. Free some space and "
                                           "try again.")
            .arg(file);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "Another window or program kept %1 busy writing for longer than CaseLoop "
                                           "waits; nothing was changed. Try again in a moment.")
            .arg(file);
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate("caseloop::SqlQuery",
                                           "%1 cannot be written (the file or its folder is read-only); nothing "
                                           "was changed.")
            .arg(file);
    default:
        return std::nullopt;
    }
}

class SqliteDialect final : public Dialect
{
public:
    QString where(const QSqlDatabase& db) const override
    {
        return db.databaseName().startsWith(QLatin1String("file:")) ? QUrl(db.databaseName()).toLocalFile()
                                                                    : db.databaseName();
    }
    QString describeError(const QSqlError& error, const QString& sql, const QString& where) const override
    {
        bool ok = false;
        const int code = error.nativeErrorCode().toInt(&ok);
        return describeSqliteError(ok ? code : -1, error.databaseText(), sql, where);
    }
    QString duplicateColumn(const QString& errorText) const override
    {
        static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: \\w+\\.(\\w+)"));
        return unique.match(errorText).captured(1);
    }
    QString tableThrough(const QString& table, const QString& index) const override
    {
        return QStringLiteral("%1 INDEXED BY %2").arg(table, index);
    }
    bool hintsIndexes() const override { return true; }
    bool readsUnionsInParallel() const override { return false; }
    QString secondsBetween(const QString& from, const QString& to) const override
    {
        return QStringLiteral("(unixepoch(%2) - unixepoch(%1))").arg(from, to);
    }
    QString joinedIds(const QString& column) const override { return QStringLiteral("group_concat(%1)").arg(column); }
    QString notAComplaintCode(const QString& column) const override
    {
        return column + QStringLiteral(" NOT GLOB 'TS-[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'");
    }
    QString codeOrMatch(const QString& matchingIds, bool) const override
    {
        // SQLite's planner reads the OR of the two through their indexes either way; a search with many matches
        // is read along received_at instead (tableThrough, SqlComplaintStore::sourceOf).
        return QStringLiteral("(code = ? OR id IN (%1))").arg(matchingIds);
    }
    QString lockRead() const override { return {}; } // the write transaction holds the whole file
    TextSearchSql textSearch(const QString& term, bool inPhone) const override
    {
        // One FTS5 phrase (a quote inside is doubled): the trigram index for 3+ characters, the index of
        // characters and character pairs for 1–2 (GramTokenizer.h, which has no phone column at all). A column
        // filter leaves the phone out of the trigram index's match.
        const QString phrase
            = QStringLiteral("\"%1\"").arg(QString(term).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
        if (!usesFullTextSearch(term))
            return {QStringLiteral("SELECT rowid FROM complaints_grams WHERE complaints_grams MATCH ?"), {phrase}};
        return {QStringLiteral("SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ?"),
                {inPhone ? phrase : QStringLiteral("{complainant_name description request} : ") + phrase}};
    }
};
} // namespace

const Dialect& sqliteDialect()
{
    static const SqliteDialect dialect;
    return dialect;
}

QString describeSqliteError(int resultCode, const QString& databaseText, const QString& sql, const QString& file)
{
    if (resultCode >= 0)
        if (auto words = plainWords(resultCode, databaseText, file))
            return *words;
    return genericDatabaseError(databaseText, sql);
}

} // namespace caseloop
