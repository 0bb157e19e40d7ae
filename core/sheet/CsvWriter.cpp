#include "sheet/CsvWriter.h"

#include "base/OutputTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <QStringEncoder>

#include <algorithm>

namespace caseloop {

namespace {
// A cell that starts like a formula (=, +, -, @, a tab or a carriage return) would be run by Excel or LibreOffice
// when the file is opened (=HYPERLINK(…), +cmd|…): it gets a leading apostrophe, the OWASP rule against CSV
// injection, and is shown as text.
bool looksLikeFormula(QStringView field)
{
    if (field.isEmpty())
        return false;
    switch (field.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

// One field written at `p` as UTF-8, quoted when it holds a comma, quote or line break; returns the end. Fields go
// straight into the file's bytes: a sheet of 10,000 items has 170,000 of them, and a QString line per row with its
// UTF-8 copy was a third of the CSV's time.
char* writeField(char* p, QStringView field, QStringEncoder& utf8)
{
    bool quote = false;
    for (QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (quote)
        *p++ = '"';
    if (looksLikeFormula(field))
        *p++ = '\'';
    if (!quote)
        return utf8.appendToBuffer(p, field);
    qsizetype start = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == QLatin1Char('"')) {
            p = utf8.appendToBuffer(p, field.mid(start, i + 1 - start));
            *p++ = '"'; // a quote inside a quoted field is doubled
            start = i + 1;
        }
    }
    p = utf8.appendToBuffer(p, field.mid(start));
    *p++ = '"';
    return p;
}

void appendRow(QByteArray& out, const QStringList& fields, QStringEncoder& utf8)
{
    qsizetype most = 2; // CR LF
    for (const QString& field : fields)
        most += field.size() * 3 + 4; // UTF-8 takes at most 3 bytes a UTF-16 unit; quotes, apostrophe, comma
    const qsizetype at = out.size();
    if (out.capacity() < at + most)
        out.reserve(std::max(2 * out.capacity(), at + most)); // resize() alone grows to the exact size
    out.resize(at + most);
    char* p = out.data() + at;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            *p++ = ',';
        p = writeField(p, fields[i], utf8);
    }
    *p++ = '\r';
    *p++ = '\n';
    out.resize(p - out.constData());
}
} // namespace

Status writeCsv(const Sheet& sheet, QIODevice& device)
{
    QStringList headers;
    for (const SheetColumn& c : sheet.columns)
        headers << c.header;
    // Stateless: a lone surrogate at the end of one field becomes U+FFFD there, not half of the next field's first.
    QStringEncoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    // Written a quarter of a megabyte at a time through one buffer that stays in the cache: a buffer for the whole
    // file costs a fresh page of memory every 4 KB, and the device copies it once more.
    constexpr qsizetype kChunk = 256 * 1024;
    QByteArray bytes("\xEF\xBB\xBF");
    bytes.reserve(2 * kChunk);
    const auto flush = [&]() -> Status {
        if (device.write(bytes) != bytes.size())
            return Error{device.errorString()};
        bytes.resize(0); // keeps its capacity
        return {};
    };
    appendRow(bytes, headers, utf8);
    for (const QStringList& row : sheet.rows) {
        appendRow(bytes, row, utf8);
        if (bytes.size() >= kChunk)
            if (Status s = flush(); !s)
                return s;
    }
    return flush();
}

Status saveAudited(const QString& path, const std::function<Status(const QString& temporary)>& write,
                   const std::function<Status()>& record)
{
    if (Status s = checkOutputTarget(path, OutputKind::Document); !s)
        return s;
    const QFileInfo target(path);
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(temporary);
    if (Status s = write(temporary); !s) {
        QFile::remove(temporary);
        return s;
    }
    if (Status s = record(); !s) {
        QFile::remove(temporary);
        return Error{QCoreApplication::translate("caseloop::Export",
                                                 "%1 was not written: the export could not be recorded in the "
                                                 "audit log (%2).")
                         .arg(path, s.error())};
    }
    if (Status s = renameOver(temporary, path); !s) {
        QFile::remove(temporary);
        return Error{QCoreApplication::translate("caseloop::Export", "Writing %1 failed: %2").arg(path, s.error())};
    }
    return {};
}

Status saveAtomically(const QString& path, const std::function<Status(QIODevice&)>& write)
{
    if (Status s = checkOutputTarget(path, OutputKind::Document); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            QCoreApplication::translate("caseloop::Export", "Cannot write %1: %2").arg(path, file.errorString())};
    if (Status s = write(file); !s) {
        file.cancelWriting();
        return Error{QCoreApplication::translate("caseloop::Export", "Writing %1 failed: %2").arg(path, s.error())};
    }
    if (!file.commit())
        return Error{
            QCoreApplication::translate("caseloop::Export", "Writing %1 failed: %2").arg(path, file.errorString())};
    return {};
}

} // namespace caseloop
