#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caseloop {

// What a column's cells hold, for a spreadsheet to sort and filter them as such (CSV and PDF write the text).
// Number: "12"; Date: "2026-11-23"; DateTime: "2026-11-23 14:30". An empty or unreadable cell stays text.
enum class CellKind { Text, Number, Date, DateTime };

// A printable table: what the CSV, XLSX and PDF writers and the print preview all draw.
struct SheetColumn
{
    QString header;
    int widthWeight = 1; // share of a printed page's width
    int maxChars = 20; // widest a spreadsheet column grows, in Latin characters (a CJK character counts 2)
    CellKind kind = CellKind::Text;
};

struct Sheet
{
    QString title; // 投诉问题整改跟踪表
    QString subtitle; // organisation, period, when it was made
    QList<SheetColumn> columns;
    QList<QStringList> rows;
    QList<bool> flagged; // rows to mark (overdue), parallel to rows
    // A sheet for the wall (the tracking sheet): its spreadsheet columns share an A4 landscape page by widthWeight,
    // so that it prints one page wide at full size, text wrapped in the cells. Otherwise columns fit their content.
    bool printOnePageWide = false;
};

// Display width of one UTF-16 unit in a fixed-width grid: CJK radicals to Hangul, compatibility forms and full-width
// forms count 2, the others 1. Inline: the sheet writers call it for every character of every cell.
inline int displayWidth(char16_t u)
{
    const bool wide = (u >= 0x2E80 && u <= 0xD7FF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
        || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
    return wide ? 2 : 1;
}

// Display width of text in a fixed-width grid: the sum of its characters' widths.
int displayWidth(QStringView text);

} // namespace caseloop
