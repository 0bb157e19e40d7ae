#include "XlsxWriter.h"

#include "sheet/CsvWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace caseloop {

namespace {
const char* kFont = "Microsoft YaHei"; // what Chinese Excel users have; LibreOffice substitutes a CJK font

lxw_format* makeFormat(lxw_workbook* book, double size, bool bold, bool border, bool wrap)
{
    lxw_format* f = workbook_add_format(book);
    format_set_font_name(f, kFont);
    format_set_font_size(f, size);
    if (bold)
        format_set_bold(f);
    if (border)
        format_set_border(f, LXW_BORDER_THIN);
    if (wrap)
        format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// Column width in Excel's character units: the widest line of any cell, bounded by the column's maximum.
QList<int> columnWidths(const Sheet& sheet)
{
    QList<int> widths;
    for (const SheetColumn& c : sheet.columns)
        widths << std::min(c.maxChars, std::max(4, displayWidth(c.header)));
    for (const QStringList& row : sheet.rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            for (const QString& line : row[i].split(QLatin1Char('\n')))
                widths[i] = std::max(widths[i], std::min(sheet.columns[i].maxChars, displayWidth(line)));
    return widths;
}

// Rows are given their height (LibreOffice and Excel do not always grow rows for wrapped text on opening).
int lineCount(const QStringList& row, const QList<int>& widths)
{
    int lines = 1;
    for (int i = 0; i < row.size() && i < widths.size(); ++i) {
        int cellLines = 0;
        for (const QString& line : row[i].split(QLatin1Char('\n')))
            cellLines += std::max(1, (displayWidth(line) + widths[i] - 1) / std::max(1, widths[i]));
        lines = std::max(lines, cellLines);
    }
    return std::min(lines, 20);
}
} // namespace

Status XlsxWriter::write(const Sheet& sheet, const QString& path, const QString& worksheetName, int* cutCells)
{
    if (cutCells)
        *cutCells = 0;
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{tr("Cannot create a temporary folder for %1.").arg(path)};
    const QByteArray tempPath = QFile::encodeName(dir.filePath(QStringLiteral("sheet.xlsx")));
    const QByteArray tempDir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows are streamed in order: flat memory at any size
    options.tmpdir = const_cast<char*>(tempDir.constData());
    lxw_workbook* book = workbook_new_opt(tempPath.constData(), &options);
    if (!book)
        return Error{tr("Cannot create the workbook for %1.").arg(path)};
    const QByteArray name = worksheetName.left(31).toUtf8();
    lxw_worksheet* ws = workbook_add_worksheet(book, name.constData());

    lxw_format* title = makeFormat(book, 16, true, false, false);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format* subtitle = makeFormat(book, 10, false, false, false);
    lxw_format* header = makeFormat(book, 10, true, true, true);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format* cell = makeFormat(book, 10, false, true, true);
    lxw_format* flagged = makeFormat(book, 10, false, true, true);
    format_set_font_color(flagged, 0xC00000);

    const int columns = int(sheet.columns.size());
    const QList<int> widths = columnWidths(sheet);
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c] + 2, nullptr);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.6);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 2);
    worksheet_freeze_panes(ws, 3, 0);
    const QByteArray footer = (QStringLiteral("&C") + tr("Page &P of &N")).toUtf8();
    worksheet_set_footer(ws, footer.constData());

    worksheet_set_row(ws, 0, 28, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, lxw_col_t(columns - 1), sheet.title.toUtf8().constData(), title);
    worksheet_merge_range(ws, 1, 0, 1, lxw_col_t(columns - 1), sheet.subtitle.toUtf8().constData(), subtitle);
    for (int c = 0; c < columns; ++c)
        worksheet_write_string(ws, 2, lxw_col_t(c), sheet.columns[c].header.toUtf8().constData(), header);
    worksheet_set_row(ws, 2, 30, nullptr);
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 3);
        const QStringList& values = sheet.rows[r];
        lxw_format* format = r < sheet.flagged.size() && sheet.flagged[r] ? flagged : cell;
        worksheet_set_row(ws, row, 15.0 * lineCount(values, widths), nullptr);
        for (int c = 0; c < columns && c < values.size(); ++c) {
            QString value = values[c];
            // Excel shows nothing of a longer cell (LibreOffice drops it): cut with a visible marker instead.
            if (value.size() > kMaxCellCharacters) {
                const QString marker = tr("…(full text in CaseLoop %1)").arg(values.value(0).left(40));
                qsizetype keep = kMaxCellCharacters - marker.size();
                if (keep > 0 && value.at(keep - 1).isHighSurrogate())
                    --keep; // never half a character
                value = value.left(std::max<qsizetype>(keep, 0)) + marker;
                if (cutCells)
                    ++*cutCells;
            }
            worksheet_write_string(ws, row, lxw_col_t(c), value.toUtf8().constData(), format);
        }
    }
    if (!sheet.rows.isEmpty())
        worksheet_autofilter(ws, 2, 0, lxw_row_t(sheet.rows.size() + 2), lxw_col_t(columns - 1));
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return Error{tr("Writing the workbook %1 failed: %2").arg(path, QString::fromUtf8(lxw_strerror(error)))};

    QFile temp(dir.filePath(QStringLiteral("sheet.xlsx")));
    if (!temp.open(QIODevice::ReadOnly))
        return Error{temp.errorString()};
    const QByteArray bytes = temp.readAll();
    return saveAtomically(path, [&](QIODevice& out) -> Status {
        return out.write(bytes) == bytes.size() ? Status() : Status(Error{out.errorString()});
    });
}

} // namespace caseloop
