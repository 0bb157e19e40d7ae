#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

namespace caseloop {

namespace {
void appendField(QString& line, const QString& field)
{
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!quote) {
        line += field;
        return;
    }
    line += QLatin1Char('"');
    line += QString(field).replace(QLatin1Char('"'), QStringLiteral("\"\""));
    line += QLatin1Char('"');
}

void appendRow(QString& out, const QStringList& fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendField(out, fields[i]);
    }
    out += QStringLiteral("\r\n");
}
} // namespace

Status writeCsv(const Sheet& sheet, QIODevice& device)
{
    QStringList headers;
    for (const SheetColumn& c : sheet.columns)
        headers << c.header;
    QString text;
    text.reserve(256 * (sheet.rows.size() + 1));
    appendRow(text, headers);
    for (const QStringList& row : sheet.rows)
        appendRow(text, row);
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (device.write(bytes) != bytes.size())
        return Error{device.errorString()};
    return {};
}

Status saveAtomically(const QString& path, const std::function<Status(QIODevice&)>& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            QCoreApplication::translate("caseloop::Export", "Cannot write %1: %2").arg(path, file.errorString())};
    if (Status s = write(file); !s) {
        file.cancelWriting();
        return Error{QCoreApplication::translate("caseloop::Export", "Writing %1 failed: %2").arg(path, s.error())};
    }
    if (!file.commit())
        return Error{
            QCoreApplication::translate("caseloop::Export", "Writing %1 failed: %2").arg(path, file.errorString())};
    return {};
}

} // namespace caseloop
