#pragma once

#include <QString>

namespace caseloop {

// The language catalogue names are shown in (catalogues carry both a Chinese and an English name).
// Simplified Chinese is the default; the UI and the CLI switch it once at start.
enum class Language { Chinese, English };

Language uiLanguage();
void setUiLanguage(Language language);
// Picks the name for the current language, falling back to Chinese when there is no English name.
QString localName(const QString& nameZh, const QString& nameEn);

} // namespace caseloop
