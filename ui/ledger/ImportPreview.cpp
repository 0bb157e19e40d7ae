#include "ImportPreview.h"

#include "store/CatalogueStore.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>

namespace caseloop {

namespace {
// How many rows the preview shows as they will be stored; the rest are written the same way.
constexpr int kPreviewRows = 50;

QTableWidget* table(const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

// The existing records an unknown name can be mapped to, as (name, id).
QList<std::pair<QString, Id>> existing(Store& store, LedgerField field)
{
    QList<std::pair<QString, Id>> out;
    if (const QString catalogue = LedgerNames::catalogueOf(field); !catalogue.isEmpty()) {
        for (const CatalogueEntry& e : store.catalogues().entries(catalogue, true).value_or({}))
            out.append({e.nameZh, e.id});
    } else if (field == LedgerField::Region) {
        for (const Region& r : store.organisation().regions().value_or({}))
            out.append({r.name, r.id});
    } else if (field == LedgerField::Estate) {
        for (const Estate& e : store.organisation().estates().value_or({}))
            out.append({e.name, e.id});
    } else if (field == LedgerField::Department) {
        for (const Department& d : store.organisation().departments().value_or({}))
            out.append({d.name, d.id});
    } else if (field == LedgerField::Steward) {
        for (const Staff& s : store.organisation().staff().value_or({}))
            out.append({s.name, s.id});
    }
    return out;
}
} // namespace

ImportPreview::ImportPreview(QWidget* parent)
    : QTabWidget(parent)
    , m_columns(table({tr("Column in the file"), tr("Read as")}))
    , m_rows(table({tr("Row"), tr("Received"), tr("Complainant"), tr("Phone"), tr("Estate"), tr("Place"), tr("Type"),
                    tr("Status"), tr("Content")}))
    , m_rejected(table({tr("Row"), tr("Column"), tr("Value"), tr("Reason")}))
    , m_unknown(table({tr("Column"), tr("Name in the file"), tr("Rows"), tr("What to do")}))
    , m_warnings(table({tr("Row"), tr("Column"), tr("Value"), tr("Imported as written, but")}))
{
    addTab(m_columns, tr("Columns"));
    addTab(m_rows, tr("Rows to import"));
    addTab(m_rejected, tr("Rejected rows"));
    addTab(m_unknown, tr("Unknown names"));
    addTab(m_warnings, tr("Warnings"));
}

void ImportPreview::clear()
{
    for (QTableWidget* t : {m_columns, m_rows, m_rejected, m_unknown, m_warnings})
        t->setRowCount(0);
    m_unknownNames.clear();
}

void ImportPreview::show(const LedgerPlan& plan, Store& store)
{
    clear();
    for (int c = 0; c < plan.columns.header.size(); ++c) {
        const auto field = plan.columns.fieldOfColumn.value(c);
        addRow(m_columns, {plan.columns.header.at(c), field ? ledgerFieldName(*field) : tr("(not imported)")});
    }
    for (const LedgerRecord& r : plan.records.mid(0, kPreviewRows)) {
        QString place = r.publicArea;
        if (!r.building.isEmpty())
            place = r.building + (r.unit.isEmpty() ? QString() : QStringLiteral(" %1单元").arg(r.unit))
                + QLatin1Char(' ') + r.room;
        addRow(m_rows,
               {QString::number(r.row), r.received.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.complainant, r.phone,
                r.estate, place.trimmed(), r.type, displayName(r.status), r.description.simplified()});
    }
    for (const LedgerRejection& r : plan.rejected)
        addRow(m_rejected, {QString::number(r.row), r.column, r.value, r.reason});
    for (const LedgerRejection& r : plan.warnings)
        addRow(m_warnings, {QString::number(r.row), r.column, r.value, r.reason});
    const LedgerChoices defaults = defaultLedgerChoices(plan);
    for (const LedgerUnknown& u : plan.unknown) {
        addRow(m_unknown, {ledgerFieldName(u.field), u.value, QString::number(u.rows)});
        auto* choice = new QComboBox;
        const bool catalogue = !LedgerNames::catalogueOf(u.field).isEmpty();
        if (u.field == LedgerField::Steward)
            choice->addItem(tr("Leave empty"), QVariant::fromValue(int(LedgerChoice::Action::LeaveEmpty)));
        else
            choice->addItem(tr("Create “%1”").arg(u.value), QVariant::fromValue(int(LedgerChoice::Action::Create)));
        if (catalogue)
            choice->addItem(tr("Map to 其他 (Other)"), QVariant::fromValue(int(LedgerChoice::Action::MapToOther)));
        for (const auto& [name, id] : existing(store, u.field))
            choice->addItem(id == u.suggestion.id
                                ? tr("Map to %1 (suggested, %2% sure)").arg(name).arg(u.suggestion.confidence)
                                : tr("Map to %1").arg(name),
                            QVariant::fromValue(-id));
        const LedgerChoice preset = defaults.value(ledgerChoiceKey(u.field, u.value));
        const QVariant wanted = preset.action == LedgerChoice::Action::MapToExisting
            ? QVariant::fromValue(-preset.existingId)
            : QVariant::fromValue(int(preset.action));
        choice->setCurrentIndex(std::max(0, choice->findData(wanted)));
        m_unknown->setCellWidget(m_unknown->rowCount() - 1, 3, choice);
        m_unknownNames.append(u);
    }
    setTabText(2, tr("Rejected rows (%1)").arg(plan.rejected.size()));
    setTabText(3, tr("Unknown names (%1)").arg(plan.unknown.size()));
    setTabText(4, tr("Warnings (%1)").arg(plan.warnings.size()));
    for (QTableWidget* t : {m_columns, m_rows, m_rejected, m_warnings})
        t->resizeColumnsToContents();
    // What needs a decision first: unknown names, then rejected rows, else the rows as they will be stored.
    setCurrentIndex(!plan.unknown.isEmpty() ? 3 : !plan.rejected.isEmpty() ? 2 : 1);
}

LedgerChoices ImportPreview::choices() const
{
    LedgerChoices out;
    for (int i = 0; i < m_unknownNames.size(); ++i) {
        const auto* combo = qobject_cast<QComboBox*>(m_unknown->cellWidget(i, 3));
        const qint64 chosen = combo ? combo->currentData().toLongLong() : 0;
        LedgerChoice c;
        if (chosen < 0) {
            c.action = LedgerChoice::Action::MapToExisting;
            c.existingId = -chosen;
        } else {
            c.action = LedgerChoice::Action(int(chosen));
        }
        out.insert(ledgerChoiceKey(m_unknownNames.at(i).field, m_unknownNames.at(i).value), c);
    }
    return out;
}

} // namespace caseloop
