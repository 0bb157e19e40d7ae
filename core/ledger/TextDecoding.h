#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace caseloop {

struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8" or "GB18030" (which reads GBK and GB2312 too), or the name the user gave
};

// Decodes a text file as Chinese offices save it. With `encoding` empty: a UTF-8 byte-order mark or text that is
// valid UTF-8 is UTF-8; anything else is GB18030 (Excel's "CSV" on a Chinese Windows). A named encoding is used
// as given (any name ICU knows: GBK, GB18030, UTF-8, UTF-16LE, Big5…); an unknown name or bytes that do not
// decode in it fail with a message naming the encoding.
Result<DecodedText> decodeText(const QByteArray& bytes, const QString& encoding = {});

} // namespace caseloop
