#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <QHash>

#include <functional>
#include <optional>

class QLabel;
class QTableWidget;

namespace caseloop {

// A column of an administration table: free text, a whole number, a yes/no, or one of a list.
struct EditorColumn
{
    enum class Type { Text, Number, Check, Choice };
    QString title;
    Type type = Type::Text;
    QList<QPair<QVariant, QString>> choices; // value, shown name (Choice only)
};

struct EditorRow
{
    Id id = 0; // 0: a new row
    QVariantList values; // one per column
};

// What one administration table edits: how to read its rows and save one (returning its id).
struct AdminSection
{
    QString title;
    QList<EditorColumn> columns;
    std::function<Result<QList<EditorRow>>()> load;
    std::function<Result<Id>(const EditorRow&)> save;
    std::function<Status(const EditorRow&)> remove; // empty: rows are deactivated, not removed
};

// One table of records edited in place: a changed cell saves its row through core at once (audited
// there); a refusal is shown under the table, naming the row, and the row goes back to what is stored.
// Two windows on one file: before a save the row is read again; when someone else changed it since this table
// showed it, the user is shown what they changed and decides — keep theirs, or put their own edit on top.
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RecordEditor(AdminSection section, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    QString message() const;
    const AdminSection& section() const { return m_section; }

public Q_SLOTS:
    void reload();
    void addRow();
    void removeCurrent();
    // Saves one row as it now stands in the table (what a cell edit does).
    bool saveRow(int row);

private:
    void setRow(int row, const EditorRow& record);
    EditorRow rowAt(int row) const;
    // The row as saved now, or nullopt when the user kept the other window's change instead.
    std::optional<EditorRow> resolveConflict(int row, const EditorRow& mine);

    AdminSection m_section;
    QTableWidget* m_table;
    QLabel* m_message;
    bool m_loading = false;
    QHash<Id, QVariantList> m_shown; // each stored row as this table last showed it
};

} // namespace caseloop
