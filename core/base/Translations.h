#pragma once

#include "base/Language.h"

#include <optional>

namespace caseloop {

// "zh", "zh_CN", "zh-CN" → Chinese; "en", "en_US" → English; anything else → nullopt.
std::optional<Language> languageFromCode(const QString& code);
// Sets the language of catalogue names and installs (Chinese) or removes (English) the translators
// of CaseLoop and of Qt's own strings on the running application.
void applyLanguage(Language language);

} // namespace caseloop
