#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QHash>

namespace caseloop {

class Store;

// Names of everything a complaint refers to (catalogue entries, regions, estates, buildings, staff), read once
// for a list or an export, in the current language.
class RecordNames
{
    Q_DECLARE_TR_FUNCTIONS(RecordNames)

public:
    Status load(Store& store);
    // Where it happened: the public place, or "3栋2单元1502" (building, unit, room).
    QString location(const Complaint& c) const;

    QHash<Id, QString> catalogue, regions, estates, buildings, staff, departments;
};

} // namespace caseloop
