#include "base/Language.h"

#include <atomic>

namespace caseloop {

namespace {
std::atomic<Language> g_language{Language::Chinese};
}

Language uiLanguage()
{
    return g_language.load();
}

void setUiLanguage(Language language)
{
    g_language.store(language);
}

QString localName(const QString& nameZh, const QString& nameEn)
{
    return (uiLanguage() == Language::English && !nameEn.isEmpty()) ? nameEn : nameZh;
}

} // namespace caseloop
