#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace caseloop {

// A printable table: what the CSV, XLSX and PDF writers and the print preview all draw.
struct SheetColumn
{
    QString header;
    int widthWeight = 1; // share of a printed page's width
    int maxChars = 20; // widest a spreadsheet column grows, in Latin characters (a CJK character counts 2)
};

struct Sheet
{
    QString title; // 投诉问题整改跟踪表
    QString subtitle; // organisation, period, when it was made
    QList<SheetColumn> columns;
    QList<QStringList> rows;
    QList<bool> flagged; // rows to mark (overdue), parallel to rows
};

// Display width of text in a fixed-width grid: CJK and full-width characters count 2.
int displayWidth(const QString& text);

} // namespace caseloop
