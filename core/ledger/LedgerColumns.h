#pragma once

#include <QList>
#include <QStringList>

#include <optional>

namespace caseloop {

// The columns CaseLoop reads from a ledger. docs/IMPORT.md lists the header names each one answers to.
enum class LedgerField {
    Received,
    Complainant,
    Phone,
    CustomerType,
    Region,
    Estate,
    Location,
    Channel,
    Kind,
    Type,
    ServiceLine,
    Priority,
    Description,
    Request,
    Department,
    Result,
    Status,
    Satisfaction,
    Steward,
    ClosedAt,
    Note,
};

// The field's own name for messages and the preview ("受理时间"), translated.
QString ledgerFieldName(LedgerField field);
// Every header spelling that means `field`, Chinese and English.
QStringList ledgerFieldSynonyms(LedgerField field);
QList<LedgerField> allLedgerFields();
// The field a header names (spaces, a * for "required" and a trailing "(…)" ignored; English case-insensitive).
std::optional<LedgerField> ledgerFieldOf(const QString& header);

// Which column of the file holds which field. The first column naming a field wins; others are ignored.
struct LedgerColumns
{
    QStringList header;
    QList<std::optional<LedgerField>> fieldOfColumn; // one per header cell
    int columnOf(LedgerField field) const; // -1 when the file has no such column
    QList<LedgerField> missingRequired() const; // Received and Description must be there
};

LedgerColumns mapLedgerColumns(const QStringList& header);

} // namespace caseloop
