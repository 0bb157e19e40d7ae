#include "sheet/Sheet.h"

namespace caseloop {

int displayWidth(QStringView text)
{
    int width = 0;
    for (QChar c : text)
        width += displayWidth(c.unicode());
    return width;
}

} // namespace caseloop
