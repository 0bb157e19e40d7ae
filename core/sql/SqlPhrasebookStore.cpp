#include "sql/SqlPhrasebookStore.h"

#include "sql/SqlTable.h"

namespace caseloop {

namespace {
const QString kActive = QStringLiteral(" WHERE active = 1");

Row templateRow(const ReplyTemplate& t)
{
    return {{QStringLiteral("title"), t.title},
            {QStringLiteral("body"), t.body},
            {QStringLiteral("sort_order"), t.sortOrder},
            {QStringLiteral("active"), t.active ? 1 : 0}};
}

Row phraseRow(const MinefieldPhrase& p)
{
    return {{QStringLiteral("phrase"), p.phrase.trimmed()},
            {QStringLiteral("gentler"), p.gentler},
            {QStringLiteral("active"), p.active ? 1 : 0}};
}

Status requireText(const QString& record, const QString& field, const QString& value)
{
    if (value.trimmed().isEmpty())
        return Error{QCoreApplication::translate("caseloop::Store", "%1: “%2” is required.").arg(record, field)};
    return {};
}
} // namespace

Result<QList<ReplyTemplate>> SqlPhrasebookStore::templates(bool activeOnly)
{
    return selectRows<ReplyTemplate>(
        m_s.connection(),
        QStringLiteral("SELECT id, title, body, sort_order, active, row_version FROM reply_templates%1 "
                       "ORDER BY sort_order, id")
            .arg(activeOnly ? kActive : QString()),
        {}, [](SqlQuery& q) {
            return ReplyTemplate{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toInt(),      q.value(4).toBool(),   q.value(5).toInt()};
        });
}

Result<Id> SqlPhrasebookStore::addTemplate(const ReplyTemplate& t)
{
    const QString record = QCoreApplication::translate("caseloop::Store", "Reply template “%1”").arg(t.title);
    if (Status s = requireText(record, QCoreApplication::translate("caseloop::Store", "Title"), t.title); !s)
        return Error{s.error()};
    if (Status s = requireText(record, QCoreApplication::translate("caseloop::Store", "Text"), t.body); !s)
        return Error{s.error()};
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("reply_templates"), QStringLiteral("reply_template"), templateRow(t));
    });
}

Status SqlPhrasebookStore::updateTemplate(const ReplyTemplate& t)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("reply_templates"), QStringLiteral("reply_template"), t.id, templateRow(t),
                         t.rowVersion);
    });
}

Result<QList<MinefieldPhrase>> SqlPhrasebookStore::phrases(bool activeOnly)
{
    return selectRows<MinefieldPhrase>(
        m_s.connection(),
        QStringLiteral("SELECT id, phrase, gentler, active, row_version FROM minefield_phrases%1 ORDER BY id")
            .arg(activeOnly ? kActive : QString()),
        {}, [](SqlQuery& q) {
            return MinefieldPhrase{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toBool(), q.value(4).toInt()};
        });
}

Result<Id> SqlPhrasebookStore::addPhrase(const MinefieldPhrase& p)
{
    const QString record = QCoreApplication::translate("caseloop::Store", "Minefield phrase “%1”").arg(p.phrase);
    if (Status s = requireText(record, QCoreApplication::translate("caseloop::Store", "Phrase"), p.phrase); !s)
        return Error{s.error()};
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("minefield_phrases"), QStringLiteral("minefield_phrase"), phraseRow(p));
    });
}

Status SqlPhrasebookStore::updatePhrase(const MinefieldPhrase& p)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("minefield_phrases"), QStringLiteral("minefield_phrase"), p.id,
                         phraseRow(p), p.rowVersion);
    });
}

} // namespace caseloop
