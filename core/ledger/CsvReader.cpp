#include "ledger/CsvReader.h"

#include <QCoreApplication>

#include <thread>

namespace caseloop {

namespace {
QChar separatorOf(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView header = QStringView(text).left(end < 0 ? text.size() : end);
    return header.contains(QLatin1Char('\t')) && !header.contains(QLatin1Char(',')) ? QLatin1Char('\t')
                                                                                    : QLatin1Char(',');
}

bool isBlank(const QStringList& cells)
{
    for (const QString& c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

// The rows of a piece of the text, numbered from `firstRow`.
struct CsvPart
{
    QList<LedgerRow> rows;
    int nextRow = 0; // the number the row after the piece would have
    int openQuoteRow = 0; // where a quote was opened and never closed; 0 = none
    bool endsBetweenRows = true; // the piece ended after a line end, outside quotes
};

CsvPart parsePart(QStringView text, QChar separator, int firstRow)
{
    CsvPart part;
    QStringList cells;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int row = firstRow;
    const auto endRow = [&] {
        cells.append(field);
        if (!isBlank(cells))
            part.rows.append({row, cells});
        cells.clear();
        field.clear();
        fieldStarted = false;
        ++row;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            part.openQuoteRow = row;
        } else if (c == separator) {
            cells.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRow();
        } else {
            // The rest of an unquoted field in one piece, up to the next separator, line end or quote.
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = text.at(end);
                if (d == separator || d == QLatin1Char('\r') || d == QLatin1Char('\n') || d == QLatin1Char('"'))
                    break;
                ++end;
            }
            field.append(text.mid(i, end - i));
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (!quoted)
        part.openQuoteRow = 0;
    part.endsBetweenRows = !quoted && !fieldStarted && cells.isEmpty();
    if (!quoted && (fieldStarted || !cells.isEmpty()))
        endRow();
    part.nextRow = row;
    return part;
}

// A line start near the middle with an even number of quotes before it: outside any quoted field, unless the
// file has a stray quote inside an unquoted field (parseCsv then finds the first half ending inside quotes and
// reads the file in one piece). 0 when there is none.
qsizetype middleLineStart(QStringView text)
{
    qsizetype at = text.indexOf(QLatin1Char('\n'), text.size() / 2);
    if (at < 0)
        return 0;
    return text.left(at + 1).count(QLatin1Char('"')) % 2 == 0 ? at + 1 : 0;
}
} // namespace

Result<QList<LedgerRow>> parseCsv(const QString& text, qsizetype twoThreadsFrom)
{
    const QChar separator = separatorOf(text);
    const QStringView all(text);
    CsvPart whole;
    const qsizetype split = text.size() >= twoThreadsFrom ? middleLineStart(all) : 0;
    if (split > 0) {
        // Big files in two halves at once: the second half is read beside the first and renumbered after it.
        CsvPart second;
        std::thread other([&] { second = parsePart(all.mid(split), separator, 1); });
        whole = parsePart(all.left(split), separator, 1);
        other.join();
        if (whole.endsBetweenRows) {
            const int offset = whole.nextRow - 1;
            for (LedgerRow& r : second.rows)
                r.number += offset;
            whole.rows.append(std::move(second.rows));
            whole.openQuoteRow = second.openQuoteRow ? second.openQuoteRow + offset : 0;
        }
    }
    if (split == 0 || !whole.endsBetweenRows)
        whole = parsePart(all, separator, 1);
    if (whole.openQuoteRow)
        return Error{QCoreApplication::translate("caseloop::CsvReader",
                                                 "Row %1: a quoted field is never closed (a \" is missing).")
                         .arg(whole.openQuoteRow)};
    return whole.rows;
}

} // namespace caseloop
