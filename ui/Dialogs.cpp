#include "Dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace caseloop {

std::optional<QString> Dialogs::s_presetFile;
std::optional<QString> Dialogs::s_presetOpenFile;
std::optional<bool> Dialogs::s_presetAnswer;
bool Dialogs::s_record = false;
QString Dialogs::s_lastMessage;
std::function<int(QDialog&)> Dialogs::s_execHook;

QString Dialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    if (s_presetFile) {
        const QString path = *s_presetFile;
        s_presetFile.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString Dialogs::openFileName(QWidget* parent, const QString& title, const QString& folder, const QString& filter)
{
    if (s_presetOpenFile) {
        const QString path = *s_presetOpenFile;
        s_presetOpenFile.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

bool Dialogs::question(QWidget* parent, const QString& title, const QString& text)
{
    s_lastMessage = text;
    if (s_presetAnswer)
        return *s_presetAnswer;
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void Dialogs::warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastMessage = text;
    if (!s_record)
        QMessageBox::warning(parent, title, text);
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    s_lastMessage = text;
    if (!s_record)
        QMessageBox::information(parent, title, text);
}

QString Dialogs::password(QWidget* parent, const QString& title, const QString& text)
{
    s_lastMessage = text;
    if (s_record)
        return {};
    return QInputDialog::getText(parent, title, text, QLineEdit::Password);
}

QDialogButtonBox* Dialogs::okCancel(QDialog* form)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, form);
    QObject::connect(buttons, &QDialogButtonBox::accepted, form, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    return buttons;
}

int Dialogs::exec(QDialog& dialog)
{
    return s_execHook ? s_execHook(dialog) : dialog.exec();
}

void Dialogs::setExecHook(std::function<int(QDialog&)> hook)
{
    s_execHook = std::move(hook);
}

void Dialogs::presetSaveFileName(const QString& path)
{
    s_presetFile = path;
}

void Dialogs::presetOpenFileName(const QString& path)
{
    s_presetOpenFile = path;
}

void Dialogs::presetAnswer(std::optional<bool> answer)
{
    s_presetAnswer = answer;
}

void Dialogs::recordMessagesInsteadOfShowing(bool record)
{
    s_record = record;
}

QString Dialogs::lastMessage()
{
    return s_lastMessage;
}

} // namespace caseloop
