#pragma once

#include "base/Id.h"

#include <QList>
#include <QString>

#include <utility>

namespace caseloop {

// The existing name an unknown ledger name most likely means, and how sure that is (0–100): 微信 → 微信/APP,
// 工程 → 工程维修, 秩序 → 秩序/安保, 上门 → 来访, a mistyped estate → the estate. None (id 0) when nothing is close.
struct LedgerSuggestion
{
    Id id = 0;
    QString name;
    int confidence = 0;
};

// Tried in order, the first that finds a candidate wins:
//  - a synonym offices use (上门 = 来访, 保安 = 秩序/安保, 小程序 = 微信/APP …): 90;
//  - one name containing the other (微信 in 微信/APP; at least two characters): 80;
//  - one character different (a typo: 西溪锦圆 for 西溪锦园) in names of four or more characters: 70;
//  - two characters different in names of six or more: 60.
// Shorter names differ by one character and mean different things (保安部, 保洁部): they are never guessed. Nor are
// names that differ in a number, a phase, a direction or a letter (星汇苑二期 and 星汇苑, 华南区域 and 华东区域).
// Case, spaces and full-width forms are ignored.
LedgerSuggestion closestName(const QString& value, const QList<std::pair<QString, Id>>& candidates);

// The confidence from which an import maps an unknown name to its suggestion by default.
constexpr int kSuggestionThreshold = 60;

} // namespace caseloop
