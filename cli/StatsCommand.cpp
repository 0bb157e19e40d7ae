#include "CliCommand.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caseloop::cli {

namespace {
// Display width: CJK characters take two columns in a terminal.
int width(const QString& s)
{
    int w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x2E80 ? 2 : 1;
    return w;
}

QString pad(const QString& s, int columns)
{
    return s + QString(std::max(0, columns - width(s)), QLatin1Char(' '));
}

QStringList dimensionNames()
{
    const QList<Dimension> exposed{Dimension::Type,         Dimension::Region,      Dimension::Estate,
                                   Dimension::ServiceLine,  Dimension::Channel,     Dimension::Status,
                                   Dimension::CustomerType, Dimension::Building,    Dimension::Kind,
                                   Dimension::Priority,     Dimension::Satisfaction};
    QStringList names;
    for (Dimension d : exposed)
        names << toStorage(d);
    return names;
}
} // namespace

Command statsCommand()
{
    return {
        "stats", QT_TRANSLATE_NOOP("CliText", "Count complaints by one dimension."),
        [](QCommandLineParser& p) {
            p.addOption({QStringLiteral("by"),
                         CliText::tr("Dimension: %1.").arg(dimensionNames().join(QLatin1Char('|'))),
                         QStringLiteral("DIMENSION")});
            p.addOption(
                {QStringLiteral("from"), CliText::tr("First day received, YYYY-MM-DD."), QStringLiteral("DATE")});
            p.addOption({QStringLiteral("to"), CliText::tr("Last day received, YYYY-MM-DD."), QStringLiteral("DATE")});
            p.addOption({QStringLiteral("json"), CliText::tr("Print JSON instead of a table.")});
        },
        [](CommandContext& ctx) {
            const QString by = ctx.parser.value(QStringLiteral("by"));
            const auto dimension = fromStorage<Dimension>(by);
            if (!dimension) {
                ctx.err << (by.isEmpty() ? CliText::tr("--by is required.")
                                         : CliText::tr("--by “%1” is not a dimension.").arg(by))
                        << QLatin1Char(' ')
                        << CliText::tr("Use one of: %1.").arg(dimensionNames().join(QStringLiteral(", "))) << Qt::endl;
                return int(UsageError);
            }
            QDate from, to;
            if (!ctx.dateOption(QStringLiteral("from"), from) || !ctx.dateOption(QStringLiteral("to"), to))
                return int(BadInput);
            if (from.isValid() && to.isValid() && from > to)
                return ctx.fail(CliText::tr("--from %1 is after --to %2.")
                                    .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
            auto store = ctx.openStore();
            if (!store)
                return int(BadInput);
            auto rows = store->statistics().countBy(*dimension, from, to);
            if (!rows)
                return ctx.fail(rows.error());
            qint64 total = 0;
            for (const CountRow& r : rows.value())
                total += r.count;
            if (ctx.parser.isSet(QStringLiteral("json"))) {
                QJsonArray array;
                for (const CountRow& r : rows.value())
                    array.append(
                        QJsonObject{{QStringLiteral("key"), r.key},
                                    {QStringLiteral("name"), r.label},
                                    {QStringLiteral("count"), r.count},
                                    {QStringLiteral("share"), total > 0 ? double(r.count) / double(total) : 0.0}});
                const QJsonObject doc{{QStringLiteral("by"), by},
                                      {QStringLiteral("from"), from.isValid() ? from.toString(Qt::ISODate) : QString()},
                                      {QStringLiteral("to"), to.isValid() ? to.toString(Qt::ISODate) : QString()},
                                      {QStringLiteral("total"), total},
                                      {QStringLiteral("rows"), array}};
                ctx.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
                return int(Success);
            }
            int nameWidth = width(displayName(*dimension));
            for (const CountRow& r : rows.value())
                nameWidth = std::max(nameWidth, width(r.label));
            ctx.out << pad(displayName(*dimension), nameWidth + 2) << pad(CliText::tr("Count"), 10)
                    << CliText::tr("Share") << Qt::endl;
            for (const CountRow& r : rows.value())
                ctx.out << pad(r.label, nameWidth + 2) << pad(QString::number(r.count), 10)
                        << QStringLiteral("%1%").arg(total > 0 ? 100.0 * double(r.count) / double(total) : 0.0, 5, 'f',
                                                     1)
                        << Qt::endl;
            ctx.out << pad(CliText::tr("Total"), nameWidth + 2) << total << Qt::endl;
            return int(Success);
        }};
}

} // namespace caseloop::cli
