#include "postgres/PostgresDialect.h"

#include "sql/SqlQuery.h"
#include "store/ComplaintStore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace caseloop {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("caseloop::PostgresDialect", text); // as lupdate reads tr() in the class
}

// A search text inside ILIKE '%…%': its own %, _ and \ taken literally.
QString containing(const QString& term)
{
    QString escaped;
    for (QChar c : term) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// ASCII letters to lower case, nothing else: as caseloop_grams() folds the text.
QString foldAscii(const QString& term)
{
    QString folded = term;
    for (QChar& c : folded)
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            c = QChar(c.unicode() - 'A' + 'a');
    return folded;
}

class PostgresDialect final : public Dialect
{
public:
    QString where(const QSqlDatabase& db) const override
    {
        const QString host = db.hostName().isEmpty() ? QStringLiteral("localhost") : db.hostName();
        return tr("the database %1 on %2").arg(db.databaseName(), host);
    }
    QString describeError(const QSqlError& error, const QString& sql, const QString& where) const override
    {
        const QString state = error.nativeErrorCode();
        const QString text = error.databaseText().trimmed().isEmpty() ? error.driverText() : error.databaseText();
        if (state == QLatin1String("53100"))
            return tr("The server's disk holding %1 is full; nothing was changed. Ask the administrator to free "
                      "some space, then try again.")
                .arg(where);
        if (state == QLatin1String("55P03") || state == QLatin1String("40001") || state == QLatin1String("40P01"))
            return tr("Another desk was changing the same records in %1 for longer than CaseLoop waits; nothing "
                      "was changed. Try again in a moment.")
                .arg(where);
        if (state == QLatin1String("42501"))
            return tr("The server refused this for your account (%1); nothing was changed.").arg(text.trimmed());
        if (state.startsWith(QLatin1String("08")) || text.contains(QLatin1String("server closed the connection"))
            || text.contains(QLatin1String("no connection to the server")))
            return tr("The connection to %1 was lost (%2). Check the network and the server, then try again; a "
                      "change made just now may not have been saved.")
                .arg(where, text.trimmed());
        if (state == QLatin1String("57014"))
            return tr("The statement was interrupted.") + QLatin1Char(' ') + genericDatabaseError(text.trimmed(), sql);
        return genericDatabaseError(text.trimmed(), sql);
    }
    QString duplicateColumn(const QString& errorText) const override
    {
        // SQLSTATE 23505 (unique_violation), which Qt's driver appends to the text; the DETAIL names the key as
        // "(column)=(value)" in every language the server speaks.
        if (!errorText.contains(QLatin1String("23505")))
            return {};
        static const QRegularExpression key(QStringLiteral("\\(([a-z_]+)(?:, [a-z_]+)*\\)=\\("));
        return key.match(errorText).captured(1);
    }
    QString tableThrough(const QString& table, const QString&) const override { return table; }
    bool hintsIndexes() const override { return false; }
    bool readsUnionsInParallel() const override { return true; }
    QString secondsBetween(const QString& from, const QString& to) const override
    {
        return QStringLiteral("CAST(EXTRACT(EPOCH FROM CAST(%2 AS timestamp) - CAST(%1 AS timestamp)) AS BIGINT)")
            .arg(from, to);
    }
    QString joinedIds(const QString& column) const override
    {
        return QStringLiteral("string_agg(CAST(%1 AS text), ',')").arg(column);
    }
    QString notAComplaintCode(const QString& column) const override
    {
        return column + QStringLiteral(" !~ '^TS-[0-9]{8}-[0-9]{4}'");
    }
    QString codeOrMatch(const QString& matchingIds, bool fewMatches) const override
    {
        // With OR, PostgreSQL walks received_at backwards testing every row against the matches: quick when they
        // are many, the whole table when they are few (a rare word: 343 ms at 200,000 complaints, measured). A
        // few matches are one set of ids instead, then sorted (1.5 ms).
        if (fewMatches)
            return QStringLiteral("id IN (SELECT id FROM complaints WHERE code = ? UNION ALL %1)").arg(matchingIds);
        return QStringLiteral("(code = ? OR id IN (%1))").arg(matchingIds);
    }
    QString lockRead() const override { return QStringLiteral(" FOR UPDATE"); }
    TextSearchSql textSearch(const QString& term, bool inPhone) const override
    {
        // Each way has its row test: the newest rows tested one by one find a page of a frequent term in
        // milliseconds, where collecting every match first (hundreds of thousands at a million complaints) takes
        // seconds.
        if (!usesFullTextSearch(term)) {
            // The row test folds ASCII letters only, as caseloop_grams() does (ILIKE would fold every letter under
            // the locale): either way the same complaints match, whichever way planOf() chooses. A term without
            // ASCII letters (Chinese) matches the same with the text unfolded, and translate() is 4x slower.
            const bool letters = std::any_of(term.cbegin(), term.cend(), [](QChar c) {
                return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                    || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
            });
            const QString fold = letters ? QStringLiteral("translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                                          "'abcdefghijklmnopqrstuvwxyz') LIKE ?")
                                         : QStringLiteral("%1 LIKE ?");
            const QString like = containing(foldAscii(term));
            return {QStringLiteral("SELECT id FROM complaints WHERE caseloop_grams(complainant_name, description, "
                                   "request) && ARRAY[CAST(? AS text)]"),
                    {foldAscii(term)},
                    QStringLiteral("%1 OR %2 OR %3")
                        .arg(fold.arg(QStringLiteral("complainant_name")), fold.arg(QStringLiteral("description")),
                             fold.arg(QStringLiteral("request"))),
                    {like, like, like}};
        }
        const QString text = QStringLiteral("caseloop_search_text(complainant_name, complainant_phone, description, "
                                            "request) ILIKE ?");
        const QString all = QStringLiteral("SELECT id FROM complaints WHERE ") + text;
        if (inPhone)
            return {all, {containing(term)}, text, {containing(term)}};
        // The index finds the candidates; the phone is then left out of the match.
        const QString withoutPhone
            = QStringLiteral("caseloop_search_text(complainant_name, '', description, request) ILIKE ?");
        return {all + QStringLiteral(" AND ") + withoutPhone,
                {containing(term), containing(term)},
                withoutPhone,
                {containing(term)}};
    }
};
} // namespace

const Dialect& postgresDialect()
{
    static const PostgresDialect dialect;
    return dialect;
}

} // namespace caseloop
