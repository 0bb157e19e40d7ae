#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace caseloop {

// GB18030 (GBK and GB2312 are subsets of it), the encoding of most Chinese offices' CSV ledgers, has no decoder of
// Qt's own: QStringDecoder reads it only when Qt is built with ICU, and Qt's official Windows builds are not. This
// is the one place that knows which decoder a platform has:
enum class Gb18030Decoder {
    Icu, // QStringDecoder("GB18030"), where Qt Core links ICU (Debian's Qt)
    Windows, // the system's code page 54936 (MultiByteToWideChar), on every Windows
    QtCompat, // Qt 5 Compat's QTextCodec, where it is built in (its own GB18030 codec when Qt has no ICU)
};

// The decoders this build and system have, best first (empty: GB18030 cannot be read here).
QList<Gb18030Decoder> gb18030Decoders();
// The bytes as GB18030, strictly (nullopt when they are not GB18030 text), with the best decoder there is; nullopt
// too when there is none (check gb18030Decoders()).
std::optional<QString> decodeGb18030(const QByteArray& bytes);
// The same with one decoder, for the tests that hold the decoders to the same answers.
std::optional<QString> decodeGb18030(const QByteArray& bytes, Gb18030Decoder decoder);

} // namespace caseloop
