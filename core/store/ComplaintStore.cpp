#include "store/ComplaintStore.h"

#include <algorithm>

namespace caseloop {

bool usesFullTextSearch(const QString& text)
{
    // Characters as the trigram tokenizer counts them: a name with 𠀋 (outside the BMP, two UTF-16 units) and
    // one more character is a two-character search.
    const QString t = text.trimmed();
    return t.size() - std::count_if(t.cbegin(), t.cend(), [](QChar c) { return c.isLowSurrogate(); }) >= 3;
}

} // namespace caseloop
