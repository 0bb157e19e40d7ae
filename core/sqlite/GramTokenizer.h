#pragma once

#include "base/Result.h"

#include <QSqlDatabase>

struct sqlite3;

namespace caseloop {

// The FTS5 tokenizer "caseloop_grams" behind the search of one or two characters (complaints_grams, schema 7).
// The trigram index cannot answer those: MATCH needs three characters and SQLite 3.40's trigram LIKE misses
// two-character CJK terms, so they scanned the whole table (about a second for a rare term in a million rows).
// Written by hand because SQLite ships no tokenizer of single characters: unicode61 keeps a run of Chinese
// as one token, trigram needs three. A document yields every character and every pair of neighbouring
// characters (ASCII letters folded to lower case, pairs across white space left out), so a query of one or
// two characters is one token and its doclist names exactly the complaints containing it. A query yields
// its whole text as one token. The table is detail=none: only which complaints hold a token is kept.
//
// Every connection that writes complaints must register it (the table's triggers tokenize), so
// Database::open does, and so does any raw sqlite3 connection (the bench's generator, tests).
Status registerGramTokenizer(sqlite3* db);
// The same for a Qt Sql connection of the QSQLITE driver.
Status registerGramTokenizer(const QSqlDatabase& db);

} // namespace caseloop
