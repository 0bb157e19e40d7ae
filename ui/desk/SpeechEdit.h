#pragma once

#include "domain/Minefield.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace caseloop {

// What a steward writes to a customer, checked as they type against the office's minefield phrases:
// each phrase is underlined, named below with a gentler wording, and one button puts the gentler words in.
class SpeechEdit : public QWidget
{
    Q_OBJECT

public:
    SpeechEdit(const QList<MinefieldPhrase>& phrases, QWidget* parent = nullptr);
    QString text() const;
    void setText(const QString& text);
    void insertText(const QString& text);
    QList<MinefieldHit> hits() const { return m_hits; }
    QPlainTextEdit* editor() const { return m_edit; }
    QPushButton* gentlerButton() const { return m_gentler; }
    QString warning() const;

public Q_SLOTS:
    void useGentlerWording();

private:
    void check();

    QList<MinefieldPhrase> m_phrases;
    QList<MinefieldHit> m_hits;
    QPlainTextEdit* m_edit;
    QLabel* m_warning;
    QPushButton* m_gentler;
};

} // namespace caseloop
