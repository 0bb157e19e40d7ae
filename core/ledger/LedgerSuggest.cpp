#include "ledger/LedgerSuggest.h"

#include "ledger/LedgerNames.h"

#include <algorithm>
#include <vector>

namespace caseloop {

namespace {
// Words offices write for one another's entries: each group names one thing.
const QList<QStringList>& synonyms()
{
    static const QList<QStringList> groups{
        {QStringLiteral("来访"), QStringLiteral("上门"), QStringLiteral("到访"), QStringLiteral("现场")},
        {QStringLiteral("电话"), QStringLiteral("来电"), QStringLiteral("热线")},
        {QStringLiteral("微信/APP"), QStringLiteral("微信"), QStringLiteral("APP"), QStringLiteral("小程序"),
         QStringLiteral("公众号"), QStringLiteral("网络")},
        {QStringLiteral("12345政务热线"), QStringLiteral("12345"), QStringLiteral("市长热线"),
         QStringLiteral("政务热线")},
        {QStringLiteral("秩序/安保"), QStringLiteral("秩序"), QStringLiteral("安保"), QStringLiteral("保安"),
         QStringLiteral("门岗")},
        {QStringLiteral("工程维修"), QStringLiteral("工程"), QStringLiteral("维修"), QStringLiteral("报修")},
        {QStringLiteral("保洁"), QStringLiteral("清洁"), QStringLiteral("卫生")},
        {QStringLiteral("客服"), QStringLiteral("前台"), QStringLiteral("客户服务")},
    };
    return groups;
}

// Characters that tell two places apart rather than misspell one: numbers and phases (二期, 3号), directions
// (华东/华南区域), series letters. Two names that differ in one of them are two places.
bool distinguishes(QChar c)
{
    static const QString marks = QStringLiteral("0123456789一二三四五六七八九十百东南西北中上下前后期甲乙丙丁");
    return marks.contains(c) || (c.isLetter() && c.unicode() < 0x80);
}

// What `longer` adds to `shorter` when one contains the other, or what the two differ in when one character is
// replaced: none of it may be a distinguishing character.
bool differsOnlyInWording(const QString& a, const QString& b)
{
    const QString& longer = a.size() >= b.size() ? a : b;
    const QString& shorter = a.size() >= b.size() ? b : a;
    if (longer.contains(shorter)) {
        QString extra = longer;
        extra.remove(extra.indexOf(shorter), shorter.size());
        return std::none_of(extra.begin(), extra.end(), distinguishes);
    }
    if (a.size() == b.size()) {
        for (int i = 0; i < a.size(); ++i)
            if (a.at(i) != b.at(i) && (distinguishes(a.at(i)) || distinguishes(b.at(i))))
                return false;
        return true;
    }
    return true; // an inserted or dropped character: checked by the caller's distance
}

// Levenshtein distance over characters (a Chinese character counts one), stopping early beyond `limit`: names are
// short, and only distances up to 2 matter.
int distance(const QString& a, const QString& b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[size_t(j)]
                = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            best = std::min(best, current[size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}
} // namespace

LedgerSuggestion closestName(const QString& value, const QList<std::pair<QString, Id>>& candidates)
{
    const QString v = LedgerNames::key(value);
    if (v.isEmpty() || candidates.isEmpty())
        return {};
    for (const QStringList& group : synonyms()) {
        bool named = false;
        for (const QString& word : group)
            named = named || LedgerNames::key(word) == v;
        if (!named)
            continue;
        for (const auto& [name, id] : candidates)
            for (const QString& word : group)
                if (LedgerNames::key(word) == LedgerNames::key(name))
                    return {id, name, 90};
    }
    LedgerSuggestion best;
    for (const auto& [name, id] : candidates) {
        const QString c = LedgerNames::key(name);
        if (c.isEmpty())
            continue;
        int confidence = 0;
        if (!differsOnlyInWording(v, c))
            confidence = 0; // 华南区域 is not 华东区域, 星汇苑二期 not 星汇苑
        else if (v.size() >= 2 && c.size() >= 2 && (c.contains(v) || v.contains(c)))
            confidence = 80;
        else if (v.size() >= 4 && distance(v, c, 1) <= 1)
            confidence = 70;
        else if (v.size() >= 6 && distance(v, c, 2) <= 2)
            confidence = 60;
        // The closest wins; among equals the shorter name (微信 → 微信/APP rather than a longer one).
        if (confidence > best.confidence
            || (confidence > 0 && confidence == best.confidence && name.size() < best.name.size()))
            best = {id, name, confidence};
    }
    return best;
}

} // namespace caseloop
