#pragma once

#include "base/Id.h"

#include <QCoreApplication>

namespace caseloop {

class Store;

// The detail of one rectification item as HTML: the five steps' fields, the history of every step,
// and the complaints behind it.
class RectificationDetail
{
    Q_DECLARE_TR_FUNCTIONS(RectificationDetail)

public:
    static QString html(Store& store, Id itemId);
};

} // namespace caseloop
