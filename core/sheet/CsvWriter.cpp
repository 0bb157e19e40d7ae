#include "sheet/CsvWriter.h"

#include "base/OutputTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

namespace caseloop {

namespace {
// A cell that starts like a formula (=, +, -, @, a tab or a carriage return) would be run by Excel or LibreOffice
// when the file is opened (=HYPERLINK(…), +cmd|…): it gets a leading apostrophe, the OWASP rule against CSV
// injection, and is shown as text.
bool looksLikeFormula(const QString& field)
{
    if (field.isEmpty())
        return false;
    switch (field.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

void appendField(QString& line, const QString& text)
{
    const QString field = looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
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

// One row, encoded to UTF-8 straight away: a single large QString for the whole file costs twice the memory.
void appendRow(QByteArray& out, const QStringList& fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        appendField(line, fields[i]);
    }
    line += QStringLiteral("\r\n");
    out += line.toUtf8();
}
} // namespace

Status writeCsv(const Sheet& sheet, QIODevice& device)
{
    QStringList headers;
    for (const SheetColumn& c : sheet.columns)
        headers << c.header;
    QByteArray bytes("\xEF\xBB\xBF");
    bytes.reserve(512 * (sheet.rows.size() + 1));
    appendRow(bytes, headers);
    for (const QStringList& row : sheet.rows)
        appendRow(bytes, row);
    if (device.write(bytes) != bytes.size())
        return Error{device.errorString()};
    return {};
}

Status saveAudited(const QString& path, const std::function<Status(const QString& temporary)>& write,
                   const std::function<Status()>& record)
{
    if (Status s = checkOutputTarget(path, OutputKind::Document); !s)
        return s;
    const QFileInfo target(path);
    const QString temporary = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(temporary);
    if (Status s = write(temporary); !s) {
        QFile::remove(temporary);
        return s;
    }
    if (Status s = record(); !s) {
        QFile::remove(temporary);
        return Error{QCoreApplication::translate("caseloop::Export",
                                                 "%1 was not written: the export could not be recorded in the "
                                                 "audit log (%2).")
                         .arg(path, s.error())};
    }
    if (Status s = renameOver(temporary, path); !s) {
        QFile::remove(temporary);
        return Error{QCoreApplication::translate("caseloop::Export", "Writing %1 failed: %2").arg(path, s.error())};
    }
    return {};
}

Status saveAtomically(const QString& path, const std::function<Status(QIODevice&)>& write)
{
    if (Status s = checkOutputTarget(path, OutputKind::Document); !s)
        return s;
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
