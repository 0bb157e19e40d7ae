// libFuzzer entry: any bytes as a ledger file. A zip is read as a workbook (.xlsx); anything else is decoded (UTF-8
// or GB18030), parsed as CSV. Every cell is read as
// a date and as a location; the raw text too. Nothing may crash, hang or read out of bounds, and the parsers'
// promises must hold (a row number is never below 1; a date that parses is valid; reading in two halves on two
// threads gives exactly what reading in one piece gives).
#include "ledger/CsvReader.h"
#include "ledger/LedgerValues.h"
#include "ledger/TextDecoding.h"
#include "ledger/XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdlib>
#include <limits>

using namespace caseloop;

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto check = [](bool promise) {
        if (!promise)
            std::abort();
    };
    const auto readCell = [&](const QString& cell) {
        if (auto time = parseLedgerTime(cell))
            check(time->isValid());
        const LedgerLocation place = parseLedgerLocation(cell);
        check(place.freeText.isEmpty() || place.building.isEmpty());
        (void)buildingKey(cell);
    };
    readCell(QString::fromUtf8(bytes.left(200)));
    // A zip (an .xlsx or anything claiming to be one) goes to the workbook reader through a file, as a ledger does.
    if (bytes.startsWith("PK")) {
        static const QString path
            = QDir::temp().filePath(QStringLiteral("caseloop-fuzz-%1.xlsx").arg(QCoreApplication::applicationPid()));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size()) {
            file.close();
            if (auto sheet = readXlsx(path)) {
                for (const LedgerRow& row : sheet->rows) {
                    check(row.number > 0);
                    for (const QString& cell : row.cells)
                        readCell(cell);
                }
            }
        }
        return 0;
    }
    auto text = decodeText(bytes);
    if (!text)
        return 0;
    auto rows = parseCsv(text->text, std::numeric_limits<qsizetype>::max());
    const auto halves = parseCsv(text->text, 0);
    check(rows.ok() == halves.ok());
    if (!rows) {
        check(rows.error() == halves.error());
        return 0;
    }
    check(rows->size() == halves->size());
    for (qsizetype i = 0; i < rows->size(); ++i)
        check(rows->at(i).number == halves->at(i).number && rows->at(i).cells == halves->at(i).cells);
    int last = 0;
    for (const LedgerRow& row : *rows) {
        check(row.number > last);
        last = row.number;
        for (const QString& cell : row.cells)
            readCell(cell);
    }
    return 0;
}
