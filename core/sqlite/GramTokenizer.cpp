#include "sqlite/GramTokenizer.h"

#include "sqlite/SqliteDatabase.h"

#include <sqlite3.h>

#include <string>

namespace caseloop {

namespace {

// The byte length of the UTF-8 character at text[i]; a damaged sequence counts byte by byte.
int charLength(const char* text, int i, int size)
{
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
    if (i + length > size)
        return 1;
    for (int k = 1; k < length; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80)
            return 1;
    return length;
}

// ASCII white space and the ideographic space (U+3000), which Chinese text uses between words.
bool isSpace(const char* c, int length)
{
    if (length == 1)
        return *c == ' ' || (*c >= '\t' && *c <= '\r');
    return length == 3 && c[0] == '\xE3' && c[1] == '\x80' && c[2] == '\x80';
}

using TokenCallback = int (*)(void*, int, const char*, int, int, int);

int tokenize(Fts5Tokenizer*, void* context, int flags, const char* input, int size, TokenCallback token)
{
    if (size <= 0)
        return SQLITE_OK;
    // One folded copy; offsets are the same as in the input since folding keeps every byte's length.
    std::string text(input, size_t(size));
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    if (flags & FTS5_TOKENIZE_QUERY)
        return token(context, 0, text.data(), size, 0, size);

    int i = 0;
    int length = charLength(text.data(), 0, size);
    while (i < size) {
        const int next = i + length;
        const int nextLength = next < size ? charLength(text.data(), next, size) : 0;
        if (!isSpace(text.data() + i, length)) {
            if (int rc = token(context, 0, text.data() + i, length, i, next); rc != SQLITE_OK)
                return rc;
            if (nextLength > 0 && !isSpace(text.data() + next, nextLength))
                if (int rc = token(context, 0, text.data() + i, length + nextLength, i, next + nextLength);
                    rc != SQLITE_OK)
                    return rc;
        }
        i = next;
        length = nextLength;
    }
    return SQLITE_OK;
}

// The tokenizer keeps no state: every instance is this one object.
int create(void*, const char**, int, Fts5Tokenizer** out)
{
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer*>(&instance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer*) { }

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
    }
    sqlite3_finalize(stmt);
    return api;
}

} // namespace

Status registerGramTokenizer(sqlite3* db)
{
    fts5_api* api = db ? fts5Api(db) : nullptr;
    if (!api)
        return Error{QStringLiteral("This SQLite library has no FTS5 full-text search, which CaseLoop needs.")};
    static fts5_tokenizer tokenizer{create, destroy, tokenize};
    if (api->xCreateTokenizer(api, "caseloop_grams", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return Error{
            QStringLiteral("Cannot register the search tokenizer: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    return {};
}

Status registerGramTokenizer(const QSqlDatabase& db)
{
    auto* handle = static_cast<sqlite3*>(sqliteHandleOf(db));
    if (!handle)
        return Error{QStringLiteral("Not an SQLite connection: the search tokenizer cannot be registered.")};
    return registerGramTokenizer(handle);
}

} // namespace caseloop
