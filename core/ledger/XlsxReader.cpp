#include "ledger/XlsxReader.h"

#include "ledger/LedgerValues.h"

#include <unzip.h>

#include "ledger/LedgerText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <limits>

namespace caseloop {

namespace {
// The zip container, through minizip: the library libxlsxwriter itself links. (QuaZip, the Qt wrapper, bundles
// its own minizip under the same symbol names, and libxlsxwriter's zipOpen3 then lands in QuaZip's and crashes.)
class ZipArchive
{
public:
    // A ledger's parts unpack to at most 100 times the file's size (16 MB at least, 512 MB at most) in all: far
    // more than real XML compresses, far less than a zip bomb asks for (a 0.6 MB file of 600 MB of strings).
    explicit ZipArchive(const QString& path)
        : m_zip(unzOpen64(QFile::encodeName(path).constData()))
        , m_budget(std::clamp<qint64>(100 * QFileInfo(path).size(), 16LL << 20, 512LL << 20))
    {
    }
    ~ZipArchive()
    {
        if (m_zip)
            unzClose(m_zip);
    }
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;
    bool isOpen() const { return m_zip != nullptr; }
    bool contains(const QString& name) { return unzLocateFile(m_zip, name.toUtf8().constData(), 1) == UNZ_OK; }

    Result<QByteArray> read(const QString& name)
    {
        if (!contains(name))
            return Error{LedgerText::tr("the part %1 is missing").arg(name)};
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return Error{LedgerText::tr("the part %1 cannot be unpacked").arg(name)};
        QByteArray bytes;
        char buffer[65536];
        int n = 0;
        // Counted while streaming: refused as soon as the budget is spent, before the memory is.
        while ((n = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
            m_unpacked += n;
            if (m_unpacked > m_budget) {
                unzCloseCurrentFile(m_zip);
                return Error{LedgerText::tr("the part %1 unpacks to far more than a ledger of this size holds "
                                            "(over %2 MB); it is refused as damaged or hostile")
                                 .arg(name)
                                 .arg(m_budget >> 20)};
            }
            bytes.append(buffer, n);
        }
        const int closed = unzCloseCurrentFile(m_zip); // UNZ_CRCERROR when the data is damaged
        if (n < 0 || closed != UNZ_OK)
            return Error{LedgerText::tr("the part %1 is damaged").arg(name)};
        return bytes;
    }

private:
    unzFile m_zip;
    qint64 m_budget;
    qint64 m_unpacked = 0;
};

// The text of an <si> or <is>: every <t> outside phonetic runs (<rPh>).
QString stringItem(QXmlStreamReader& xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("rPh"))
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == QLatin1String("rPh"))
            --phonetic;
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

// No ledger cell is longer than this; a longer one is refused rather than carried through the import.
constexpr qsizetype kMaxCellCharacters = 1 << 20;

Result<QStringList> sharedStrings(const QByteArray& bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            strings.append(stringItem(xml));
            if (strings.last().size() > kMaxCellCharacters)
                return Error{LedgerText::tr("the shared string %1 is longer than any cell of a ledger (over a "
                                            "million characters)")
                                 .arg(strings.size())};
        }
    }
    return strings;
}

bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    QString bare = code;
    bare.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return bare.contains(QRegularExpression(QStringLiteral("[yYdDhH]|m{1,2}")));
}

// Which cell styles (the s attribute, an index into cellXfs) show a date.
QSet<int> dateStyles(const QByteArray& bytes)
{
    QHash<int, QString> formats;
    QSet<int> dates;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    int index = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt"))
                formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormat(id, formats.value(id)))
                    dates.insert(index);
                ++index;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return dates;
}

int columnIndex(QStringView reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.toUpper().unicode() - 'A' + 1);
    }
    return column - 1;
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

struct SheetRef
{
    QString name;
    QString relationId;
};

QList<SheetRef> workbookSheets(const QByteArray& bytes)
{
    QList<SheetRef> sheets;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            QString rid;
            for (const QXmlStreamAttribute& a : xml.attributes())
                if (a.name() == QLatin1String("id"))
                    rid = a.value().toString();
            sheets.append({xml.attributes().value(QLatin1String("name")).toString(), rid});
        }
    }
    return sheets;
}

QString relationTarget(const QByteArray& bytes, const QString& id)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")
            && xml.attributes().value(QLatin1String("Id")) == id) {
            const QString target = xml.attributes().value(QLatin1String("Target")).toString();
            return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    return {};
}

// Stops with `tooLong` set at a cell longer than kMaxCellCharacters.
QList<LedgerRow> sheetRows(const QByteArray& bytes, const QStringList& strings, const QSet<int>& dates,
                           QString* tooLong)
{
    QList<LedgerRow> rows;
    QXmlStreamReader xml(bytes);
    LedgerRow row;
    int nextRow = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            const int r = xml.attributes().value(QLatin1String("r")).toInt();
            row = {r > 0 ? r : nextRow, {}};
            nextRow = row.number < std::numeric_limits<int>::max() ? row.number + 1 : row.number;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            bool blank = true;
            for (const QString& c : row.cells)
                blank = blank && c.trimmed().isEmpty();
            if (!blank)
                rows.append(row);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            const auto attributes = xml.attributes();
            const QString type = attributes.value(QLatin1String("t")).toString();
            const int style = attributes.value(QLatin1String("s")).toInt();
            int column = columnIndex(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = int(row.cells.size());
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("v"))
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("is"))
                    value = stringItem(xml);
                else if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
            }
            QString text;
            if (type == QLatin1String("s")) {
                const int i = value.toInt();
                text = i >= 0 && i < strings.size() ? strings.at(i) : QString();
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                bool ok = false;
                const double v = value.toDouble(&ok);
                text = ok && dates.contains(style) ? fromExcelSerial(v).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                   : numberText(value);
            } else {
                text = value; // str (a formula's text), inlineStr, e (an error such as #N/A)
            }
            if (text.size() > kMaxCellCharacters) {
                *tooLong = LedgerText::tr("row %1 has a cell longer than any cell of a ledger (over a million "
                                          "characters)")
                               .arg(row.number);
                return {};
            }
            if (column < 16384) {
                while (row.cells.size() <= column)
                    row.cells.append(QString());
                row.cells[column] = text;
            }
        }
    }
    return rows;
}
} // namespace

Result<XlsxSheet> readXlsx(const QString& path, const QString& sheet, QStringList* sheetNames)
{
    ZipArchive zip(path);
    if (!zip.isOpen())
        return Error{LedgerText::tr("%1 is not an Excel workbook (.xlsx) that can be opened.").arg(path)};
    const auto fail = [&](const QString& why) {
        return Error{LedgerText::tr("%1 cannot be read as a workbook: %2.").arg(path, why)};
    };
    auto workbook = zip.read(QStringLiteral("xl/workbook.xml"));
    if (!workbook)
        return fail(workbook.error());
    const QList<SheetRef> sheets = workbookSheets(*workbook);
    if (sheetNames) {
        sheetNames->clear();
        for (const SheetRef& s : sheets)
            sheetNames->append(s.name);
    }
    if (sheets.isEmpty())
        return fail(LedgerText::tr("it has no sheets"));
    auto chosen = sheets.begin();
    if (!sheet.isEmpty()) {
        chosen = std::find_if(sheets.begin(), sheets.end(), [&](const SheetRef& s) { return s.name == sheet; });
        if (chosen == sheets.end()) {
            QStringList names;
            for (const SheetRef& s : sheets)
                names << s.name;
            return Error{LedgerText::tr("%1 has no sheet “%2”; its sheets are: %3.")
                             .arg(path, sheet, names.join(QStringLiteral(", ")))};
        }
    }
    auto rels = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!rels)
        return fail(rels.error());
    const QString target = relationTarget(*rels, chosen->relationId);
    if (target.isEmpty())
        return fail(LedgerText::tr("the sheet “%1” points nowhere").arg(chosen->name));
    QStringList strings;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        auto shared = zip.read(QStringLiteral("xl/sharedStrings.xml"));
        if (!shared)
            return fail(shared.error());
        auto read = sharedStrings(*shared);
        if (!read)
            return fail(read.error());
        strings = std::move(read).value();
    }
    QSet<int> dates;
    if (zip.contains(QStringLiteral("xl/styles.xml"))) {
        auto styles = zip.read(QStringLiteral("xl/styles.xml"));
        if (!styles)
            return fail(styles.error());
        dates = dateStyles(*styles);
    }
    auto data = zip.read(target);
    if (!data)
        return fail(data.error());
    QString tooLong;
    QList<LedgerRow> rows = sheetRows(*data, strings, dates, &tooLong);
    if (!tooLong.isEmpty())
        return fail(tooLong);
    return XlsxSheet{chosen->name, std::move(rows)};
}

} // namespace caseloop
