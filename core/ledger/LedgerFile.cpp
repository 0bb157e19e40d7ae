#include "ledger/LedgerImport.h"
#include "ledger/TextDecoding.h"
#include "ledger/XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace caseloop {

namespace {
// Larger than any office ledger; a guard against reading a disk image into memory by mistake.
constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;
} // namespace

Result<LedgerTable> readLedgerFile(const QString& path, const LedgerReadOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{LedgerText::tr("%1 does not exist.").arg(path)};
    if (!info.isFile())
        return Error{LedgerText::tr("%1 is not a file.").arg(path)};
    if (info.size() > kMaxFileBytes)
        return Error{
            LedgerText::tr("%1 is %2 MB; a ledger larger than 512 MB is not read.").arg(path).arg(info.size() >> 20)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{LedgerText::tr("Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray head = file.peek(8);
    if (info.size() == 0)
        return Error{LedgerText::tr("%1 is empty.").arg(path)};

    LedgerTable table;
    table.file = path;
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Error{
            LedgerText::tr("%1 is an old Excel 97–2003 workbook (.xls); open it in Excel or WPS and save it as .xlsx "
                           "or CSV, then import that.")
                .arg(path)};
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        auto sheet = readXlsx(path, options.sheet, &table.sheets);
        if (!sheet)
            return Error{sheet.error()};
        table.sheet = sheet->name;
        table.rows = std::move(sheet.value().rows);
    } else {
        if (!options.sheet.isEmpty())
            return Error{LedgerText::tr("%1 is a text (CSV) file, which has no sheets; leave out --sheet.").arg(path)};
        const QByteArray bytes = file.readAll();
        if (const qsizetype nul = bytes.indexOf('\0');
            nul >= 0 && !options.encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive)) {
            // Counted in lines: where a text editor shows it (a quoted field may span lines).
            const qsizetype line = bytes.left(nul).count('\n') + 1;
            return Error{LedgerText::tr("%1, line %2: a NUL byte (character 0), which no CSV ledger holds; the file "
                                        "is damaged, or neither a CSV text file nor an .xlsx workbook. Nothing "
                                        "was imported.")
                             .arg(path)
                             .arg(line)};
        }
        auto text = decodeText(bytes, options.encoding);
        if (!text)
            return Error{LedgerText::tr("%1: %2").arg(path, text.error())};
        table.encoding = text->encoding;
        auto rows = parseCsv(text->text);
        if (!rows)
            return Error{LedgerText::tr("%1: %2").arg(path, rows.error())};
        table.rows = std::move(rows).value();
    }
    if (table.rows.isEmpty())
        return Error{LedgerText::tr("%1 has no rows, not even a header.").arg(path)};
    return table;
}

} // namespace caseloop
