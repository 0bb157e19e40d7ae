#include "SpeechEdit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QVBoxLayout>

namespace caseloop {

SpeechEdit::SpeechEdit(const QList<MinefieldPhrase>& phrases, QWidget* parent)
    : QWidget(parent)
    , m_phrases(phrases)
    , m_edit(new QPlainTextEdit(this))
    , m_warning(new QLabel(this))
    , m_gentler(new QPushButton(tr("Use gentler wording"), this))
{
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(72);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #9a3412;"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_warning, 1);
    row->addWidget(m_gentler, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addLayout(row);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &SpeechEdit::check);
    connect(m_gentler, &QPushButton::clicked, this, &SpeechEdit::useGentlerWording);
    setFocusProxy(m_edit);
    check();
}

QString SpeechEdit::text() const
{
    return m_edit->toPlainText();
}

void SpeechEdit::setText(const QString& text)
{
    m_edit->setPlainText(text);
}

void SpeechEdit::insertText(const QString& text)
{
    m_edit->insertPlainText(text);
}

QString SpeechEdit::warning() const
{
    return m_warning->text();
}

void SpeechEdit::useGentlerWording()
{
    setText(withGentlerWording(text(), m_hits));
}

void SpeechEdit::check()
{
    m_hits = findMinefieldPhrases(text(), m_phrases);
    QList<QTextEdit::ExtraSelection> marks;
    QStringList lines;
    for (const MinefieldHit& hit : m_hits) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_edit->document());
        mark.cursor.setPosition(int(hit.start));
        mark.cursor.setPosition(int(hit.start + hit.length), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xDC, 0x26, 0x26));
        mark.format.setBackground(QColor(0xFE, 0xE2, 0xE2));
        marks << mark;
        lines << tr("“%1” may anger the customer; try: “%2”").arg(hit.phrase, hit.gentler);
    }
    m_edit->setExtraSelections(marks);
    m_warning->setText(lines.join(QLatin1Char('\n')));
    m_warning->setVisible(!m_hits.isEmpty());
    m_gentler->setVisible(!m_hits.isEmpty());
}

} // namespace caseloop
