#include "Fonts.h"

#include <QApplication>
#include <QFont>

namespace caseloop {

void applyChineseFonts()
{
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Microsoft YaHei"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans")});
    QApplication::setFont(font);
}

} // namespace caseloop
