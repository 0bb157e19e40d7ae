#include "XlsxWriter.h"

#include "sheet/CsvWriter.h"

#include <QDateTime>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <system_error>
#include <thread>
#include <vector>

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

// What an A4 landscape page holds between 0.4" margins, in Excel's character units (the width of a digit in the
// default font, 7 px at 96 dpi, plus the few pixels of padding each column adds): a sheet whose widths add up to
// this prints one page wide at 100 %, its 10 pt text at 10 pt.
constexpr int kA4LandscapeUnits = 136;

// The length of the longest run like [A-Za-z0-9][A-Za-z0-9-]+ (a code, a number) in text; 0 when none. A loop
// rather than a regular expression: it runs over every cell of the sheet, and at 10,000 rows QRegularExpression took
// a tenth of the whole export.
int longestCode(const QString& text)
{
    int longest = 0, run = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
        run = alnum || (u == u'-' && run > 0) ? run + 1 : 0;
        if (run > 1)
            longest = std::max(longest, run);
    }
    return longest;
}

// Calls `each` with the display width of every line of `text`, in one pass over its characters (an empty text is one
// empty line; a text ending in a line break ends in one): splitting the cells into lines first was a twentieth of an
// export.
template <class Each> void eachLineWidth(QStringView text, const Each& each)
{
    int width = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            each(width);
            width = 0;
        } else {
            width += displayWidth(c.unicode());
        }
    }
    each(width);
}

// Column widths in Excel's character units. A printed sheet (printOnePageWide) shares the page by the columns'
// weights, every column at least as wide as a date or a short heading; the other sheets' columns are as wide as
// their widest line, bounded by the column's maximum.
QList<int> columnWidths(const Sheet& sheet)
{
    QList<int> widths;
    if (sheet.printOnePageWide) {
        int weights = 0;
        for (const SheetColumn& c : sheet.columns)
            weights += std::max(1, c.widthWeight);
        // Never narrower than a date, a short heading, or the longest code in the column (TS-20261123-0007
        // broken over two lines cannot be read or searched for). Row by row, as the rows lie in memory.
        QList<int> floors;
        for (const SheetColumn& c : sheet.columns)
            floors << (c.kind == CellKind::Date ? 11 : c.kind == CellKind::DateTime ? 16 : 4);
        for (const QStringList& row : sheet.rows)
            for (int i = 0; i < row.size() && i < floors.size(); ++i)
                floors[i] = std::max(floors[i], std::min(sheet.columns[i].maxChars, longestCode(row[i]) + 1));
        for (int i = 0; i < sheet.columns.size(); ++i)
            widths << std::max(floors[i],
                               kA4LandscapeUnits * std::max(1, sheet.columns[i].widthWeight) / std::max(1, weights));
        // The floors took room beyond the weights' share: the columns above their floor give it back, each in
        // proportion to what it has above its floor, so that the sheet still fits the page at full size.
        int total = 0, spare = 0;
        for (int i = 0; i < widths.size(); ++i) {
            total += widths[i];
            spare += widths[i] - floors[i];
        }
        if (const int excess = total - kA4LandscapeUnits; excess > 0 && spare > 0)
            for (int i = 0; i < widths.size(); ++i)
                widths[i] -= std::min(widths[i] - floors[i], (widths[i] - floors[i]) * excess / spare + 1);
        return widths;
    }
    for (const SheetColumn& c : sheet.columns)
        widths << std::min(c.maxChars, std::max(4, displayWidth(c.header)));
    for (const QStringList& row : sheet.rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            eachLineWidth(
                row[i], [&](int line) { widths[i] = std::max(widths[i], std::min(sheet.columns[i].maxChars, line)); });
    for (int& w : widths)
        w += 2;
    return widths;
}

// The cell formats of a row: text, and a number format for dates and times (flagged rows in red).
struct RowFormats
{
    lxw_format* text = nullptr;
    lxw_format* date = nullptr;
    lxw_format* dateTime = nullptr;
};

RowFormats rowFormats(lxw_workbook* book, bool flagged)
{
    RowFormats f;
    for (lxw_format** format : {&f.text, &f.date, &f.dateTime}) {
        *format = makeFormat(book, 10, false, true, true);
        if (flagged)
            format_set_font_color(*format, 0xC00000);
    }
    format_set_num_format(f.date, "yyyy-mm-dd");
    format_set_num_format(f.dateTime, "yyyy-mm-dd hh:mm");
    format_set_align(f.date, LXW_ALIGN_LEFT);
    format_set_align(f.dateTime, LXW_ALIGN_LEFT);
    return f;
}

// Writes a Number, Date or DateTime cell as one (Excel sorts and filters it so); false when the text is not one,
// and the caller writes it as text.
bool writeTyped(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, CellKind kind, const QString& value,
                const RowFormats& formats)
{
    switch (kind) {
    case CellKind::Text:
        return false;
    case CellKind::Number: {
        bool ok = false;
        const double n = value.toDouble(&ok);
        return ok && worksheet_write_number(ws, row, col, n, formats.text) == LXW_NO_ERROR;
    }
    case CellKind::Date:
    case CellKind::DateTime: {
        // A date and a time read apart: a QDateTime would look up the local time zone for every cell.
        const QDate date = QDate::fromString(QStringView(value).left(10), Qt::ISODate);
        const QTime time = kind == CellKind::Date
            ? (value.size() == 10 ? QTime(0, 0) : QTime())
            : (value.size() == 16 && value.at(10) == QLatin1Char(' ')
                   ? QTime::fromString(QStringView(value).mid(11), QStringLiteral("HH:mm"))
                   : QTime());
        if (!date.isValid() || !time.isValid())
            return false;
        lxw_datetime d{date.year(), date.month(), date.day(), time.hour(), time.minute(), 0};
        return worksheet_write_datetime(ws, row, col, &d, kind == CellKind::Date ? formats.date : formats.dateTime)
            == LXW_NO_ERROR;
    }
    }
    return false;
}

// A cell's text as the C string libxlsxwriter copies, made in one buffer kept from cell to cell: a QByteArray
// per cell was 170,000 allocations for a sheet of 10,000 items.
class CString
{
public:
    const char* of(QStringView text)
    {
        m_bytes.resize(text.size() * 3 + 1); // UTF-8 takes at most 3 bytes a UTF-16 unit
        char* end = m_utf8.appendToBuffer(m_bytes.data(), text);
        *end = '\0';
        return m_bytes.constData();
    }

private:
    QStringEncoder m_utf8{QStringConverter::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_bytes;
};

// Rows are given their height (LibreOffice and Excel do not always grow rows for wrapped text on opening).
int lineCount(const QStringList& row, const QList<int>& widths)
{
    int lines = 1;
    for (int i = 0; i < row.size() && i < widths.size(); ++i) {
        const int width = std::max(1, widths[i]);
        int cellLines = 0;
        eachLineWidth(row[i], [&](int line) { cellLines += std::max(1, (line + width - 1) / width); });
        lines = std::max(lines, cellLines);
    }
    return std::min(lines, 20);
}

// The rows' heights, counted on a second thread while this one writes the rows: they depend only on the widths, and
// counting them on the writing thread was a twentieth of the export. The writer waits for a row's height only when it
// catches up with the counting (writing a row takes several times longer than counting its lines).
class RowHeights
{
public:
    RowHeights(const Sheet& sheet, const QList<int>& widths)
        : m_sheet(sheet)
        , m_widths(widths)
        , m_lines(std::size_t(sheet.rows.size()))
    {
        try {
            m_thread = std::thread([this] { count(); });
        } catch (const std::system_error&) {
            count(); // no thread to be had: counted here, before the first row
        }
    }
    ~RowHeights()
    {
        m_stop.store(true, std::memory_order_relaxed);
        if (m_thread.joinable())
            m_thread.join();
    }
    RowHeights(const RowHeights&) = delete;
    RowHeights& operator=(const RowHeights&) = delete;

    // Row `row`'s height in points: 15 a line.
    double points(qsizetype row) const
    {
        while (m_counted.load(std::memory_order_acquire) <= row)
            std::this_thread::yield();
        return 15.0 * m_lines[std::size_t(row)];
    }

private:
    void count()
    {
        for (qsizetype r = 0; r < m_sheet.rows.size() && !m_stop.load(std::memory_order_relaxed); ++r) {
            m_lines[std::size_t(r)] = lineCount(m_sheet.rows[r], m_widths);
            m_counted.store(r + 1, std::memory_order_release);
        }
    }

    const Sheet& m_sheet;
    const QList<int>& m_widths;
    std::vector<int> m_lines;
    std::atomic<qsizetype> m_counted{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};
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
    // The rows go to a temporary file through C stdio's 4 KB buffer: a sheet of 10,000 items is 6.5 MB of XML, and
    // with a 1 MB buffer its writing took 10 ms less. Set before the first row is written, kept until the close.
    std::vector<char> rowBuffer(std::size_t(1) << 20);
    if (ws && ws->optimize_tmpfile)
        setvbuf(ws->optimize_tmpfile, rowBuffer.data(), _IOFBF, rowBuffer.size());

    lxw_format* title = makeFormat(book, 16, true, false, false);
    format_set_align(title, LXW_ALIGN_CENTER);
    lxw_format* subtitle = makeFormat(book, 10, false, false, false);
    lxw_format* header = makeFormat(book, 10, true, true, true);
    format_set_bg_color(header, 0xDDEBF7);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    const RowFormats plain = rowFormats(book, false);
    const RowFormats flagged = rowFormats(book, true);

    const int columns = int(sheet.columns.size());
    const QList<int> widths = columnWidths(sheet);
    for (int c = 0; c < columns; ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
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
    CString utf8;
    const RowHeights heights(sheet, widths);
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 3);
        const QStringList& values = sheet.rows[r];
        const RowFormats& formats = r < sheet.flagged.size() && sheet.flagged[r] ? flagged : plain;
        worksheet_set_row(ws, row, heights.points(r), nullptr);
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
            if (!writeTyped(ws, row, lxw_col_t(c), sheet.columns[c].kind, value, formats))
                worksheet_write_string(ws, row, lxw_col_t(c), utf8.of(value), formats.text);
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
