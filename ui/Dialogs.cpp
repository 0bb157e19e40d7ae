#include "Dialogs.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMessageBox>

namespace caseloop {

std::optional<QString> Dialogs::s_presetFile;
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

void Dialogs::recordMessagesInsteadOfShowing(bool record)
{
    s_record = record;
}

QString Dialogs::lastMessage()
{
    return s_lastMessage;
}

} // namespace caseloop
