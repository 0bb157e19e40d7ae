#include "domain/Minefield.h"

#include <algorithm>

namespace caseloop {

QList<MinefieldHit> findMinefieldPhrases(const QString& text, const QList<MinefieldPhrase>& phrases)
{
    // Every occurrence of every phrase, then a left-to-right sweep keeping the longest at each start
    // and dropping what overlaps a kept hit. The list has tens of phrases and the text a few lines,
    // so plain QString::indexOf is enough; no automaton is needed.
    QList<MinefieldHit> all;
    for (const MinefieldPhrase& p : phrases) {
        const QString phrase = p.phrase.trimmed();
        if (!p.active || phrase.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1))
            all.append({at, phrase.size(), phrase, p.gentler});
    }
    std::sort(all.begin(), all.end(), [](const MinefieldHit& a, const MinefieldHit& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    QList<MinefieldHit> kept;
    for (const MinefieldHit& hit : all) {
        if (!kept.isEmpty() && hit.start < kept.last().start + kept.last().length) {
            // Overlaps the previous kept hit: keep whichever covers more.
            if (hit.start + hit.length > kept.last().start + kept.last().length && hit.length > kept.last().length)
                kept.last() = hit;
            continue;
        }
        kept.append(hit);
    }
    return kept;
}

QString withGentlerWording(const QString& text, const QList<MinefieldHit>& hits)
{
    QString result = text;
    // From the right so earlier positions stay valid.
    for (auto it = hits.crbegin(); it != hits.crend(); ++it)
        result.replace(it->start, it->length, it->gentler);
    return result;
}

QString fillTemplate(const QString& body, const QHash<QString, QString>& values)
{
    QString result = body;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!it.value().isEmpty())
            result.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return result;
}

} // namespace caseloop
