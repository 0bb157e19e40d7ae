#pragma once

#include <QString>

#include <functional>
#include <optional>

class QDialog;
class QDialogButtonBox;
class QWidget;

namespace caseloop {

// The one place the UI asks the user through modal dialogs: tests preset the answers, so no dialog ever blocks a
// headless run and every question a window asks can be tested (docs/ARCHITECTURE.md, "Errors and seams").
class Dialogs
{
public:
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter);
    static QString openFileName(QWidget* parent, const QString& title, const QString& folder, const QString& filter);
    // A yes/no question; true for yes. No is the default button.
    static bool question(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    // A password typed into a box that hides it; empty when cancelled (and when tests record messages).
    static QString password(QWidget* parent, const QString& title, const QString& text);
    // OK and Cancel wired to the form's accept and reject.
    static QDialogButtonBox* okCancel(QDialog* form);
    // Runs a form dialog modally (QDialog::exec), or hands it to the test's hook instead.
    static int exec(QDialog& dialog);

    // For tests: the next saveFileName returns this without showing anything; messages are recorded, not shown.
    static void presetSaveFileName(const QString& path);
    // For tests: the next openFileName returns this without showing anything.
    static void presetOpenFileName(const QString& path);
    // For tests: questions are answered with this (recorded as the last message) instead of being shown; empty
    // = ask for real.
    static void presetAnswer(std::optional<bool> answer);
    static void recordMessagesInsteadOfShowing(bool record);
    static QString lastMessage();
    // For tests: every exec() calls this with the real dialog, which the test fills in; it returns the result.
    static void setExecHook(std::function<int(QDialog&)> hook);

private:
    static std::optional<QString> s_presetFile;
    static std::optional<QString> s_presetOpenFile;
    static std::optional<bool> s_presetAnswer;
    static bool s_record;
    static QString s_lastMessage;
    static std::function<int(QDialog&)> s_execHook;
};

} // namespace caseloop
