#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace caseloop {

// The one place the UI asks the user through modal dialogs (KeePassXC's MessageBox/FileDialog idea):
// tests preset the answers so no dialog ever blocks a headless run.
class Dialogs
{
public:
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    // For tests: the next saveFileName returns this without showing anything; messages are recorded, not shown.
    static void presetSaveFileName(const QString& path);
    static void recordMessagesInsteadOfShowing(bool record);
    static QString lastMessage();

private:
    static std::optional<QString> s_presetFile;
    static bool s_record;
    static QString s_lastMessage;
};

} // namespace caseloop
