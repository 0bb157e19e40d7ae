#include "ledger/Gb18030.h"

#include <QStringDecoder>

#ifdef Q_OS_WIN
#include <windows.h>

#include <limits>
#endif
#ifdef CASELOOP_HAVE_QT_COMPAT
#include <QTextCodec>
#endif

namespace caseloop {

namespace {
bool icuHasGb18030()
{
    return QStringDecoder("GB18030").isValid();
}
} // namespace

QList<Gb18030Decoder> gb18030Decoders()
{
    QList<Gb18030Decoder> decoders;
    if (icuHasGb18030())
        decoders << Gb18030Decoder::Icu;
#ifdef Q_OS_WIN
    decoders << Gb18030Decoder::Windows;
#endif
#ifdef CASELOOP_HAVE_QT_COMPAT
    if (QTextCodec::codecForName("GB18030"))
        decoders << Gb18030Decoder::QtCompat;
#endif
    return decoders;
}

std::optional<QString> decodeGb18030(const QByteArray& bytes)
{
    const QList<Gb18030Decoder> decoders = gb18030Decoders();
    if (decoders.isEmpty())
        return std::nullopt;
    return decodeGb18030(bytes, decoders.first());
}

std::optional<QString> decodeGb18030(const QByteArray& bytes, Gb18030Decoder decoder)
{
    switch (decoder) {
    case Gb18030Decoder::Icu: {
        QStringDecoder icu("GB18030", QStringConverter::Flag::Stateless);
        if (!icu.isValid())
            return std::nullopt;
        QString text = icu.decode(bytes);
        return icu.hasError() ? std::nullopt : std::optional<QString>(text);
    }
    case Gb18030Decoder::Windows: {
#ifdef Q_OS_WIN
        if (bytes.isEmpty())
            return QString();
        if (bytes.size() > std::numeric_limits<int>::max())
            return std::nullopt;
        // MB_ERR_INVALID_CHARS: fail on bytes that are not GB18030 instead of putting in a replacement character.
        const int length
            = MultiByteToWideChar(54936, MB_ERR_INVALID_CHARS, bytes.constData(), int(bytes.size()), nullptr, 0);
        if (length <= 0)
            return std::nullopt;
        QString text(length, Qt::Uninitialized);
        if (MultiByteToWideChar(54936, MB_ERR_INVALID_CHARS, bytes.constData(), int(bytes.size()),
                                reinterpret_cast<wchar_t*>(text.data()), length)
            != length)
            return std::nullopt;
        return text;
#else
        return std::nullopt;
#endif
    }
    case Gb18030Decoder::QtCompat: {
#ifdef CASELOOP_HAVE_QT_COMPAT
        QTextCodec* codec = QTextCodec::codecForName("GB18030");
        if (!codec)
            return std::nullopt;
        // QTextCodec over ICU counts no invalid characters; GB18030 maps every character one way only, so bytes
        // that do not come back the same were not GB18030 text.
        QString text = codec->toUnicode(bytes);
        if (codec->fromUnicode(text) != bytes)
            return std::nullopt;
        return text;
#else
        return std::nullopt;
#endif
    }
    }
    return std::nullopt;
}

} // namespace caseloop
