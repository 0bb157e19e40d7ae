#include "base/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace caseloop {

std::optional<Language> languageFromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("zh") || c.startsWith(QLatin1String("zh_")) || c.startsWith(QLatin1String("zh-")))
        return Language::Chinese;
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")) || c.startsWith(QLatin1String("en-")))
        return Language::English;
    return std::nullopt;
}

void applyLanguage(Language language)
{
    static QTranslator* caseloop = nullptr;
    static QTranslator* qt = nullptr;
    static QTranslator* plurals = nullptr;
    setUiLanguage(language);
    if (language == Language::English) {
        if (caseloop)
            QCoreApplication::removeTranslator(caseloop);
        if (qt)
            QCoreApplication::removeTranslator(qt);
        // English needs a catalogue for its plurals only: "%n complaint(s)" → "1 complaint" / "643 complaints".
        if (!plurals) {
            plurals = new QTranslator(QCoreApplication::instance());
            if (!plurals->load(QStringLiteral(":/i18n/caseloop_en.qm")))
                qWarning("CaseLoop's English plural forms are missing from this build.");
        }
        QCoreApplication::installTranslator(plurals);
        return;
    }
    if (plurals)
        QCoreApplication::removeTranslator(plurals);
    if (!caseloop) {
        caseloop = new QTranslator(QCoreApplication::instance());
        if (!caseloop->load(QStringLiteral(":/i18n/caseloop_zh_CN.qm")))
            qWarning("CaseLoop's Chinese translation is missing from this build.");
        qt = new QTranslator(QCoreApplication::instance());
        // Qt's own dialogs and buttons; on Windows the file is deployed beside the program.
        if (!qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            (void)qt->load(QStringLiteral("qtbase_zh_CN"),
                           QCoreApplication::applicationDirPath() + QStringLiteral("/translations"));
    }
    QCoreApplication::installTranslator(qt);
    QCoreApplication::installTranslator(caseloop);
}

} // namespace caseloop
