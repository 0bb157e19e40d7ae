#pragma once

#include "domain/Records.h"

namespace caseloop {

// The names of the editable catalogues kept in catalogue_entries.
namespace Catalogue {
inline const QString Kind = QStringLiteral("kind");
inline const QString Channel = QStringLiteral("channel");
inline const QString CustomerType = QStringLiteral("customer_type");
inline const QString Type = QStringLiteral("type");
inline const QString ServiceLine = QStringLiteral("service_line");
QStringList all();
} // namespace Catalogue

// Catalogues the office edits: kinds, channels, customer types, complaint types, service lines.
class CatalogueStore
{
public:
    virtual ~CatalogueStore() = default;
    virtual Result<QList<CatalogueEntry>> entries(const QString& catalogue, bool activeOnly = false) = 0;
    virtual Result<CatalogueEntry> entry(Id id) = 0;
    virtual Result<CatalogueEntry> entryByCode(const QString& catalogue, const QString& code) = 0;
    virtual Result<Id> add(const CatalogueEntry& entry) = 0;
    virtual Status update(const CatalogueEntry& entry) = 0;
};

} // namespace caseloop
