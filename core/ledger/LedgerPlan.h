#pragma once

#include "domain/ComplaintStatus.h"
#include "domain/Enums.h"
#include "domain/Records.h"
#include "ledger/LedgerColumns.h"
#include "ledger/LedgerSuggest.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace caseloop {

// A row the import leaves out, and why: "Row 12, 受理时间 “2026-02-30”: there is no such day".
struct LedgerRejection
{
    int row = 0;
    QString column; // the header as the file spells it
    QString value;
    QString reason;
    QString message() const;
};

// One ledger row as it will be stored; catalogue, place and department names are resolved when writing.
struct LedgerRecord
{
    int row = 0;
    QDateTime received;
    QDateTime closedAt;
    QString complainant;
    QString phone;
    QString customerType;
    QString region;
    QString estate;
    QString building;
    QString unit;
    QString room;
    QString publicArea;
    QString channel;
    QString kind;
    QString type;
    QString serviceLine;
    Priority priority = Priority::Normal;
    ComplaintStatus status = ComplaintStatus::New;
    std::optional<Satisfaction> satisfaction;
    QString description;
    QString request;
    QString department;
    QString result;
    QString steward;
    QString note;
    QString importKey; // the same row imported again has the same key: no duplicate
};

// A name in the file that the database does not know: a type, a channel, an estate, a department…
struct LedgerUnknown
{
    LedgerField field = LedgerField::Type;
    QString value;
    int rows = 0; // how many rows use it
    int firstRow = 0;
    LedgerSuggestion suggestion; // the existing name it most likely means (none: id 0)
};

// What to do with an unknown name: map it to an existing record, create it, or (for a steward) leave it empty.
struct LedgerChoice
{
    enum class Action { MapToExisting, Create, LeaveEmpty, MapToOther };
    Action action = Action::Create;
    Id existingId = 0;
};

QString ledgerChoiceKey(LedgerField field, const QString& value);
using LedgerChoices = QHash<QString, LedgerChoice>; // by ledgerChoiceKey

// Everything the import found before writing: the dry run's answer and the preview's content.
struct LedgerPlan
{
    QString file;
    QString encoding; // for CSV
    QString sheet; // for XLSX
    LedgerColumns columns;
    int rowsRead = 0;
    QList<LedgerRecord> records; // to be written, in file order, duplicates left out
    QList<LedgerRejection> rejected;
    QList<int> duplicateRows; // already in the database, or earlier in the same file
    QList<LedgerUnknown> unknown;
    // Imported as written, but worth a look: a phone that is no complete number (12345).
    QList<LedgerRejection> warnings;
};

// What the CLI does with unknown names (and what the GUI proposes): a name close to an existing one is mapped to it
// (its suggestion, at kSuggestionThreshold or surer); otherwise catalogue values become 其他 (created in a catalogue
// without one), regions, estates and departments are created, and an unknown steward is left empty.
LedgerChoices defaultLedgerChoices(const LedgerPlan& plan);

struct LedgerOutcome
{
    int imported = 0;
    int rejected = 0;
    int duplicates = 0;
    Id batchId = 0;
    QStringList created; // "Estate 滨江壹号", "Type 高空抛物"…
    QStringList mappedToOther; // "Type 高空抛物 → 其他"
    QList<std::pair<int, QString>> codes; // ledger row → the complaint code it became
};

} // namespace caseloop
