#pragma once

#include "base/Result.h"

#include <QString>

namespace caseloop {

class Store;

// What a new office enters on its first start (设置组织): its first region and estate, the estate's buildings
// (named 1栋, 2栋 … as offices name them) and its first steward. The departments come with every new database.
struct OfficeSetup
{
    QString officeName; // 物业服务中心 name, shown on every sheet and report
    QString region;
    QString estate;
    QString address;
    int buildings = 1;
    int units = 1; // per building
    int floors = 1;
    QString stewardName;
    QString stewardLogin;
    QString stewardPhone;

    // What is missing or out of range, naming the field; empty when the setup can be written.
    QString problem() const;
};

// Writes the setup in one audited transaction: everything or nothing.
Status applyOfficeSetup(Store& store, const OfficeSetup& setup);

// Whether the database is still empty: no estate and no complaint (the start page is shown then).
bool isNewOffice(Store& store);

} // namespace caseloop
