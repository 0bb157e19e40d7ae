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
        if (v.size() >= 2 && c.size() >= 2 && (c.contains(v) || v.contains(c)))
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
