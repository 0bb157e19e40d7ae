#include "CsvReader.h"

#include <QCoreApplication>

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
} // namespace

Result<QList<LedgerRow>> parseCsv(const QString& text)
{
    const QChar separator = separatorOf(text);
    QList<LedgerRow> rows;
    QStringList cells;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int row = 1;
    int quoteRow = 0;
    const auto endRow = [&] {
        cells.append(field);
        if (!isBlank(cells))
            rows.append({row, cells});
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
            quoteRow = row;
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
            field.append(QStringView(text).mid(i, end - i));
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted)
        return Error{QCoreApplication::translate("caseloop::CsvReader",
                                                 "Row %1: a quoted field is never closed (a \" is missing).")
                         .arg(quoteRow)};
    if (fieldStarted || !cells.isEmpty())
        endRow();
    return rows;
}

} // namespace caseloop
