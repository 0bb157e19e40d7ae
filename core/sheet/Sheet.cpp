#include "sheet/Sheet.h"

namespace caseloop {

int displayWidth(QStringView text)
{
    int width = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        // CJK radicals to Hangul, compatibility forms, full-width forms.
        const bool wide = (u >= 0x2E80 && u <= 0xD7FF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
            || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

} // namespace caseloop
