#include "ledger/TextDecoding.h"

#include "ledger/Gb18030.h"
#include "ledger/LedgerText.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace caseloop {

namespace {
Result<QString> decodeStrictly(const QByteArray& bytes, QStringDecoder& decoder, const QString& name)
{
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{
            LedgerText::tr("The file is not valid %1 text; choose its encoding (GB18030 or UTF-8).").arg(name)};
    return text;
}
} // namespace

Result<DecodedText> decodeText(const QByteArray& bytes, const QString& encoding)
{
    const QString wanted = encoding.trimmed();
    if (!wanted.isEmpty()) {
        // GB18030 and its subsets by name go through the platform's decoder (there may be no ICU to ask).
        const QString upper = wanted.toUpper();
        if (upper == QLatin1String("GB18030") || upper == QLatin1String("GBK") || upper == QLatin1String("GB2312")) {
            if (gb18030Decoders().isEmpty())
                return Error{
                    LedgerText::tr("“%1” is not an encoding this computer knows; try GB18030 or UTF-8.").arg(wanted)};
            auto text = decodeGb18030(bytes);
            if (!text)
                return Error{LedgerText::tr("The file is not valid %1 text; choose its encoding (GB18030 or UTF-8).")
                                 .arg(wanted)};
            if (text->startsWith(QChar(0xFEFF)))
                text->remove(0, 1);
            return DecodedText{std::move(*text), upper};
        }
        QStringDecoder decoder(wanted.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (!decoder.isValid())
            return Error{
                LedgerText::tr("“%1” is not an encoding this computer knows; try GB18030 or UTF-8.").arg(wanted)};
        auto text = decodeStrictly(bytes, decoder, wanted);
        if (!text)
            return Error{text.error()};
        if (text->startsWith(QChar(0xFEFF)))
            text.value().remove(0, 1);
        return DecodedText{std::move(text).value(), wanted.toUpper()};
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        auto text = decodeStrictly(bytes.mid(3), decoder, QStringLiteral("UTF-8"));
        if (!text)
            return Error{text.error()};
        return DecodedText{std::move(text).value(), QStringLiteral("UTF-8")};
    }
    // A GB18030 file nearly always shows itself in its header row: the first 64 KB (cut at a line end, never
    // inside a character) decide whether decoding the whole file as UTF-8 is worth a try. For a GB18030 ledger
    // of 100,000 rows that saves a wasted UTF-8 pass over 13 MB (~40 ms).
    const qsizetype headEnd = bytes.size() <= 65536 ? bytes.size() : bytes.lastIndexOf('\n', 65536) + 1;
    QStringDecoder probe(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    probe.decode(QByteArrayView(bytes).first(headEnd > 0 ? headEnd : bytes.size()));
    if (!probe.hasError()) {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError())
            return DecodedText{text, QStringLiteral("UTF-8")};
    }
    if (gb18030Decoders().isEmpty())
        return Error{LedgerText::tr("The file is not UTF-8 and this computer cannot read GB18030 (Qt without ICU).")};
    auto text = decodeGb18030(bytes);
    if (!text)
        return Error{LedgerText::tr("The file is not valid %1 text; choose its encoding (GB18030 or UTF-8).")
                         .arg(QStringLiteral("GB18030"))};
    return DecodedText{std::move(*text), QStringLiteral("GB18030")};
}

} // namespace caseloop
