#pragma once

#include "store/PhrasebookStore.h"

#include <QHash>

namespace caseloop {

// One minefield phrase found in what a steward is about to say to a customer.
struct MinefieldHit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString phrase;
    QString gentler;
};

// Every active phrase in `text`, left to right; where phrases overlap the longest wins
// ("我也没办法" rather than "没办法"). Matching is exact; the office adds the variants it hears (您/你).
QList<MinefieldHit> findMinefieldPhrases(const QString& text, const QList<MinefieldPhrase>& phrases);

// `text` with every hit replaced by its gentler wording.
QString withGentlerWording(const QString& text, const QList<MinefieldHit>& hits);

// A reply template with its placeholders {单号} {管家} {投诉人} {处理结果} filled in; unknown ones are left.
QString fillTemplate(const QString& body, const QHash<QString, QString>& values);

} // namespace caseloop
