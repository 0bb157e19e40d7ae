#pragma once

#include "RecordEditor.h"

#include <QCoreApplication>

namespace caseloop {

class Store;

// The office's own data, one section per table: the five catalogues, regions, estates, buildings,
// departments, staff, the holiday/调休 calendar, reply templates and minefield phrases.
class AdminSections
{
    Q_DECLARE_TR_FUNCTIONS(AdminSections)

public:
    static QList<AdminSection> all(Store& store);
};

} // namespace caseloop
