#include "WeeklyReportPainter.h"

#include "Charts.h"
#include "SheetPainter.h"
#include "sheet/CsvWriter.h"

#include <QBuffer>
#include <QChart>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <memory>

namespace caseloop {

namespace {
QString countChange(qint64 now, qint64 before)
{
    return now == before ? QStringLiteral("0")
                         : QStringLiteral("%1%2").arg(now > before ? QStringLiteral("+") : QString()).arg(now - before);
}

// A change of a rate in words a meeting reads aloud: "下降 0.3 个百分点" (percentage points, not percent).
QString rateChange(const Rate& now, const Rate& before)
{
    if (now.of == 0 || before.of == 0)
        return QStringLiteral("—");
    const double d = std::round((now.percent() - before.percent()) * 10.0) / 10.0;
    if (d == 0.0)
        return WeeklyReportPainter::tr("unchanged");
    const QString points = QString::number(std::abs(d), 'f', 1);
    return d > 0 ? WeeklyReportPainter::tr("up %1 points").arg(points)
                 : WeeklyReportPainter::tr("down %1 points").arg(points);
}

QFont pixelFont(double size, bool bold = false)
{
    // The painter works in points, so a font's pixel size is its size in points.
    QFont f = SheetPainter::font(10, bold);
    f.setPixelSize(qRound(size));
    return f;
}
} // namespace

// A cursor over A4 pages in points: headings, tables that continue on the next page, charts.
class WeeklyReportPainter::Canvas
{
public:
    struct Column
    {
        QString title;
        double width; // share of the line
        Qt::Alignment align = Qt::AlignLeft;
    };

    // `totalPages` 0: not known yet (the counting pass).
    Canvas(QPagedPaintDevice& device, QPainter& painter, int totalPages)
        : m_device(device)
        , m_painter(painter)
        , m_totalPages(totalPages)
    {
        const QRectF page = device.pageLayout().paintRect(QPageLayout::Point);
        m_width = page.width();
        m_height = page.height();
        const double scale = double(device.logicalDpiX()) / 72.0;
        painter.scale(scale, scale);
        footer();
    }

    double width() const { return m_width; }
    int pages() const { return m_page; }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }

    void newPage()
    {
        m_device.newPage();
        ++m_page;
        m_y = 0;
        footer();
    }

    void ensure(double height)
    {
        if (m_y + height > m_height - 24)
            newPage();
    }

    void text(const QString& s, double size, bool bold = false, const QColor& colour = Qt::black)
    {
        m_painter.setFont(pixelFont(size, bold));
        m_painter.setPen(colour);
        const QRectF box(0, m_y, m_width, size * 1.6);
        m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, s);
        m_y += size * 1.6;
    }

    void heading(const QString& s)
    {
        ensure(60);
        m_y += 8;
        text(s, 12, true, QColor(0x1E, 0x3A, 0x8A));
        m_y += 2;
    }

    void table(const QList<Column>& columns, const QList<QStringList>& rows, const QList<bool>& flagged = {})
    {
        const double bodyHeight = 16;
        // A heading is never cut: it wraps onto as many lines as it needs, and its row grows.
        m_painter.setFont(pixelFont(8.5, true));
        double headerHeight = bodyHeight;
        for (const Column& c : columns)
            headerHeight = std::max(
                headerHeight,
                m_painter.fontMetrics()
                        .boundingRect(QRect(0, 0, int(c.width * m_width - 6), 1000), Qt::TextWordWrap, c.title)
                        .height()
                    + 5.0);
        auto drawRow = [&](const QStringList& cells, bool header, bool flag) {
            const double rowHeight = header ? headerHeight : bodyHeight;
            ensure(rowHeight);
            double x = 0;
            if (header || flag)
                m_painter.fillRect(QRectF(0, m_y, m_width, rowHeight),
                                   header ? QColor(0xE2, 0xE8, 0xF0) : QColor(0xFE, 0xE2, 0xE2));
            m_painter.setPen(QColor(0x94, 0xA3, 0xB8));
            m_painter.drawLine(QPointF(0, m_y + rowHeight), QPointF(m_width, m_y + rowHeight));
            m_painter.setFont(pixelFont(8.5, header));
            m_painter.setPen(Qt::black);
            for (int c = 0; c < columns.size(); ++c) {
                const double w = columns[c].width * m_width;
                const QRectF cell(x + 3, m_y, w - 6, rowHeight);
                if (header) {
                    m_painter.drawText(cell, columns[c].align | Qt::AlignVCenter | Qt::TextWordWrap, cells.value(c));
                } else {
                    const QString elided
                        = m_painter.fontMetrics().elidedText(cells.value(c), Qt::ElideRight, int(cell.width()));
                    m_painter.drawText(cell, columns[c].align | Qt::AlignVCenter, elided);
                }
                x += w;
            }
            m_y += rowHeight;
        };
        QStringList titles;
        for (const Column& c : columns)
            titles << c.title;
        ensure(headerHeight + bodyHeight);
        drawRow(titles, true, false);
        for (int r = 0; r < rows.size(); ++r) {
            if (m_y + bodyHeight > m_height - 24) {
                newPage();
                drawRow(titles, true, false); // the header again on the next page
            }
            drawRow(rows[r], false, flagged.value(r));
        }
        m_y += 6;
    }

    void chart(QChart* chart, const QRectF& box)
    {
        std::unique_ptr<QChart> owned(chart);
        Charts::render(m_painter, chart, box.translated(0, m_y));
    }

private:
    void footer()
    {
        m_painter.setFont(pixelFont(8));
        m_painter.setPen(QColor(0x64, 0x74, 0x8B));
        m_painter.drawText(QRectF(0, m_height - 14, m_width, 14), Qt::AlignCenter,
                           m_totalPages > 0 ? WeeklyReportPainter::tr("Page %1 of %2").arg(m_page).arg(m_totalPages)
                                            : WeeklyReportPainter::tr("Page %1").arg(m_page));
    }

    QPagedPaintDevice& m_device;
    QPainter& m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
    int m_totalPages = 0;
};

WeeklyReportPainter::WeeklyReportPainter(const WeeklyReport& report)
    : m_report(report)
{
}

int WeeklyReportPainter::paint(QPagedPaintDevice& device)
{
    // The footer says "page n of m": the pages are first laid out on a scratch PDF of the same layout to count them.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter counter(&scratch);
    counter.setResolution(device.logicalDpiX());
    counter.setPageLayout(device.pageLayout());
    const int total = paintPages(counter, 0);
    return total > 0 ? paintPages(device, total) : 0;
}

int WeeklyReportPainter::paintPages(QPagedPaintDevice& device, int totalPages)
{
    const WeeklyReport& r = m_report;
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    Canvas page(device, painter, totalPages);
    const double w = page.width();

    page.text(tr("%1 Complaint handling weekly report").arg(r.company).trimmed(), 18, true);
    page.text(tr("%1 (%2 to %3) · figures as of %4 · compared with %5")
                  .arg(r.week.label(), r.week.from.toString(Qt::ISODate), r.week.to.toString(Qt::ISODate),
                       r.asOf.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       r.partial ? tr("the same days of %1").arg(r.previous.label()) : r.previous.label()),
              9, false, QColor(0x47, 0x55, 0x69));
    if (r.partial)
        page.text(r.week.partialNote(r.asOf.date()), 9, true, QColor(0xB4, 0x53, 0x09));

    page.heading(tr("1. This week at a glance"));
    const Qt::Alignment right = Qt::AlignRight;
    page.table(
        {{tr("Measure"), 0.34},
         {tr("This week"), 0.22, right},
         {r.partial ? tr("Same days last week") : tr("Last week"), 0.22, right},
         {tr("Change"), 0.22, right}},
        {
            {tr("New complaints"), QString::number(r.thisWeek.received), QString::number(r.lastWeek.received),
             countChange(r.thisWeek.received, r.lastWeek.received)},
            {tr("Closed"), QString::number(r.thisWeek.closed), QString::number(r.lastWeek.closed),
             countChange(r.thisWeek.closed, r.lastWeek.closed)},
            {tr("Open at the end of the week"), QString::number(r.thisWeek.openAtEnd),
             QString::number(r.lastWeek.openAtEnd), countChange(r.thisWeek.openAtEnd, r.lastWeek.openAtEnd)},
            {tr("Overdue at the end of the week"), QString::number(r.thisWeek.overdueAtEnd),
             QString::number(r.lastWeek.overdueAtEnd), countChange(r.thisWeek.overdueAtEnd, r.lastWeek.overdueAtEnd)},
            {tr("On-time first response"), r.slaThisWeek.firstContact.text(), r.slaLastWeek.firstContact.text(),
             rateChange(r.slaThisWeek.firstContact, r.slaLastWeek.firstContact)},
            {tr("Result fed back on time"), r.slaThisWeek.feedback.text(), r.slaLastWeek.feedback.text(),
             rateChange(r.slaThisWeek.feedback, r.slaLastWeek.feedback)},
            {tr("Follow-up on time"), r.slaThisWeek.followUp.text(), r.slaLastWeek.followUp.text(),
             rateChange(r.slaThisWeek.followUp, r.slaLastWeek.followUp)},
            {tr("Satisfaction"), r.satisfactionThisWeek.text(), r.satisfactionLastWeek.text(),
             rateChange(r.satisfactionThisWeek, r.satisfactionLastWeek)},
        });

    page.heading(tr("2. Charts"));
    // Wide charts for the many categories (types, weeks), two side by side for the few (regions, lines).
    const double cw = (w - 12) / 2;
    // Tall enough for every category's name (charts are laid out at 96 dpi: 0.75 pt a pixel).
    const double typesHeight = std::max(300.0, Charts::barsHeight(int(r.byType.size()), 2) * 0.75);
    page.ensure(typesHeight);
    page.chart(Charts::bars(tr("Complaint types"), r.byType, r.byTypeLastWeek, tr("This week"),
                            r.partial ? tr("Same days last week") : tr("Last week")),
               QRectF(0, 0, w, typesHeight));
    page.advance(typesHeight + 6);
    const double sideHeight = std::max(180.0, Charts::barsHeight(int(r.byRegion.size()), 1) * 0.75);
    page.ensure(sideHeight);
    page.chart(Charts::bars(tr("Regions"), r.byRegion), QRectF(0, 0, cw, sideHeight));
    page.chart(Charts::pie(tr("Service lines"), r.byServiceLine), QRectF(cw + 12, 0, cw, sideHeight));
    page.advance(sideHeight + 6);
    page.ensure(170);
    page.chart(Charts::trend(tr("Complaints per week, last 12 weeks"), r.trend, false), QRectF(0, 0, w, 170));
    page.advance(176);

    page.heading(tr("3. Top problems"));
    qint64 total = 0;
    for (const CountRow& row : r.byType)
        total += row.count;
    QList<QStringList> topTypes;
    for (const CountRow& row : r.byType.mid(0, 5))
        topTypes.append({row.label, QString::number(row.count),
                         total > 0 ? QStringLiteral("%1%").arg(100.0 * row.count / total, 0, 'f', 1) : QString()});
    page.table({{tr("Complaint type"), 0.5}, {tr("Complaints"), 0.25, right}, {tr("Share"), 0.25, right}}, topTypes);
    QList<QStringList> topBuildings;
    for (const CountRow& row : r.topBuildings)
        topBuildings.append({row.label, QString::number(row.count)});
    page.table({{tr("Building"), 0.75}, {tr("Complaints"), 0.25, right}}, topBuildings);

    page.heading(tr("4. Hotspots: the same problem at the same place %1 or more times within %2 days")
                     .arg(r.hotspotRule.minimum)
                     .arg(r.hotspotRule.days));
    QList<QStringList> spots;
    QList<bool> untracked;
    // The worst ones fit on the page; a group with hundreds of estates has more, which the page and the CLI list.
    constexpr int kMostHotspots = 15;
    for (const Hotspot& h : r.hotspots.mid(0, kMostHotspots)) {
        spots.append({h.place, h.typeName, QString::number(h.complaintIds.size()),
                      QStringLiteral("%1 – %2").arg(h.first.toString(QStringLiteral("MM-dd")),
                                                    h.last.toString(QStringLiteral("MM-dd"))),
                      h.openItemCode.isEmpty() ? tr("not tracked yet") : h.openItemCode});
        untracked << h.openItemCode.isEmpty();
    }
    if (spots.isEmpty())
        page.text(tr("No hotspots."), 9);
    else
        page.table({{tr("Place"), 0.34},
                    {tr("Type"), 0.2},
                    {tr("Complaints"), 0.12, right},
                    {tr("Dates"), 0.16},
                    {tr("Rectification item"), 0.18}},
                   spots, untracked);
    if (r.hotspots.size() > kMostHotspots)
        page.text(tr("… and %1 more: see Analysis → Hotspots, or caseloop-cli hotspots.")
                      .arg(r.hotspots.size() - kMostHotspots),
                  9, false, QColor(0x47, 0x55, 0x69));

    page.heading(tr("5. Departments"));
    QList<QStringList> kpis;
    for (const KpiRow& k : r.departments)
        kpis.append(
            {k.name, QString::number(k.complaints), k.firstResponse.text(), k.closure.text(), k.satisfaction.text(),
             k.reopen.text(),
             k.averageHandlingHours > 0 ? QString::number(k.averageHandlingHours, 'f', 1) : QStringLiteral("—")});
    page.table({{tr("Department"), 0.16},
                {tr("Complaints"), 0.09, right},
                {tr("On-time first response"), 0.17, right},
                {tr("Closed on time"), 0.17, right},
                {tr("Satisfaction"), 0.16, right},
                {tr("Reopened"), 0.13, right},
                {tr("Hours to close"), 0.12, right}},
               kpis);

    page.heading(tr("6. Open rectification items (%1, %2 overdue)")
                     .arg(r.openItems.size())
                     .arg(std::count_if(r.openItems.cbegin(), r.openItems.cend(),
                                        [](const TrackingRow& t) { return t.overdue; })));
    QList<QStringList> items;
    QList<bool> overdue;
    for (const TrackingRow& t : r.openItems) {
        items.append({t.code, t.problem, t.department, t.deadline.toString(Qt::ISODate), displayName(t.status),
                      t.overdue ? tr("Overdue") : QString()});
        overdue << t.overdue;
    }
    if (items.isEmpty())
        page.text(tr("No open items."), 9);
    else
        page.table({{tr("Code"), 0.14},
                    {tr("Problem"), 0.36},
                    {tr("Department"), 0.13},
                    {tr("Deadline"), 0.13},
                    {tr("Step"), 0.14},
                    {QString(), 0.10}},
                   items, overdue);
    painter.end();
    return page.pages();
}

Status WeeklyReportPainter::writePdf(const WeeklyReport& report, const QString& path, const QString& creator)
{
    return saveAtomically(path, [&](QIODevice& out) -> Status {
        QPdfWriter pdf(&out);
        pdf.setCreator(creator);
        pdf.setTitle(tr("Weekly report %1").arg(report.week.label()));
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(14, 14, 14, 12),
                                      QPageLayout::Millimeter));
        WeeklyReportPainter painter(report);
        if (painter.paint(pdf) < 1)
            return Error{tr("Nothing was drawn.")};
        return {};
    });
}

} // namespace caseloop
