#include "RecordEditor.h"

#include "Dialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace caseloop {

RecordEditor::RecordEditor(AdminSection section, QWidget* parent)
    : QWidget(parent)
    , m_section(std::move(section))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    QStringList headers;
    for (const EditorColumn& c : m_section.columns)
        headers << c.title;
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    auto* add = new QPushButton(tr("Add"), this);
    connect(add, &QPushButton::clicked, this, &RecordEditor::addRow);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(m_section.title.toHtmlEscaped()), this));
    buttons->addStretch(1);
    buttons->addWidget(add);
    if (m_section.remove) {
        auto* remove = new QPushButton(tr("Remove"), this);
        connect(remove, &QPushButton::clicked, this, &RecordEditor::removeCurrent);
        buttons->addWidget(remove);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int) {
        if (!m_loading)
            saveRow(row);
    });
    reload();
}

QString RecordEditor::message() const
{
    return m_message->text();
}

void RecordEditor::reload()
{
    auto rows = m_section.load();
    m_loading = true;
    m_table->setRowCount(0);
    if (!rows) {
        m_message->setText(rows.error());
    } else {
        m_table->setRowCount(int(rows->size()));
        m_shown.clear();
        for (int r = 0; r < rows->size(); ++r) {
            setRow(r, rows->at(r));
            m_shown.insert(rows->at(r).id, rowAt(r).values);
        }
    }
    m_table->resizeColumnsToContents();
    m_loading = false;
}

void RecordEditor::setRow(int row, const EditorRow& record)
{
    const bool wasLoading = std::exchange(m_loading, true);
    for (int c = 0; c < m_section.columns.size(); ++c) {
        const EditorColumn& column = m_section.columns[c];
        const QVariant value = c < record.values.size() ? record.values[c] : QVariant();
        if (column.type == EditorColumn::Type::Choice) {
            auto* box = new QComboBox(m_table);
            for (const auto& [v, name] : column.choices)
                box->addItem(name, v);
            box->setCurrentIndex(qMax(0, box->findData(value)));
            connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
                for (int r = 0; r < m_table->rowCount(); ++r)
                    for (int col = 0; col < m_table->columnCount(); ++col)
                        if (m_table->cellWidget(r, col) == box && !m_loading)
                            saveRow(r);
            });
            m_table->setCellWidget(row, c, box);
            continue;
        }
        auto* item = new QTableWidgetItem;
        if (column.type == EditorColumn::Type::Check) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(value.toBool() ? Qt::Checked : Qt::Unchecked);
        } else {
            item->setText(value.toString());
        }
        if (c == 0)
            item->setData(Qt::UserRole, record.id);
        m_table->setItem(row, c, item);
    }
    m_loading = wasLoading;
}

EditorRow RecordEditor::rowAt(int row) const
{
    EditorRow record;
    if (QTableWidgetItem* first = m_table->item(row, 0))
        record.id = first->data(Qt::UserRole).toLongLong();
    for (int c = 0; c < m_section.columns.size(); ++c) {
        const EditorColumn& column = m_section.columns[c];
        if (column.type == EditorColumn::Type::Choice) {
            auto* box = qobject_cast<QComboBox*>(m_table->cellWidget(row, c));
            record.values << (box ? box->currentData() : QVariant());
            continue;
        }
        if (c == 0 && !m_table->item(row, 0))
            record.id = 0;
        QTableWidgetItem* item = m_table->item(row, c);
        if (column.type == EditorColumn::Type::Check)
            record.values << (item && item->checkState() == Qt::Checked);
        else if (column.type == EditorColumn::Type::Number)
            record.values << (item ? item->text().trimmed().toInt() : 0);
        else
            record.values << (item ? item->text().trimmed() : QString());
    }
    return record;
}

std::optional<EditorRow> RecordEditor::resolveConflict(int row, const EditorRow& mine)
{
    if (mine.id == 0 || !m_shown.contains(mine.id))
        return mine;
    auto rows = m_section.load();
    if (!rows)
        return mine; // the save will say what is wrong
    const auto stored = std::find_if(rows->begin(), rows->end(), [&](const EditorRow& r) { return r.id == mine.id; });
    if (stored == rows->end())
        return mine;
    const QVariantList shown = m_shown.value(mine.id);
    const auto same = [](const QVariant& a, const QVariant& b) { return a.toString() == b.toString(); };
    QStringList theirs;
    EditorRow merged = *stored;
    for (int c = 0; c < m_section.columns.size() && c < stored->values.size() && c < shown.size(); ++c) {
        if (!same(stored->values[c], shown[c]))
            theirs << tr("%1: “%2” → “%3”")
                          .arg(m_section.columns[c].title, shown[c].toString(), stored->values[c].toString());
        if (!same(mine.values.value(c), shown[c]))
            merged.values[c] = mine.values.value(c);
    }
    if (theirs.isEmpty())
        return mine;
    QMessageBox box(QMessageBox::Question, tr("Changed in another window"),
                    tr("Row %1 was changed by someone else after this table showed it:\n\n%2\n\nPut your change on "
                       "top of theirs, or keep theirs and drop yours?")
                        .arg(row + 1)
                        .arg(theirs.join(QLatin1Char('\n'))),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.button(QMessageBox::Yes)->setText(tr("Apply my change"));
    box.button(QMessageBox::No)->setText(tr("Keep theirs"));
    box.setDefaultButton(QMessageBox::No);
    if (Dialogs::exec(box) == QMessageBox::Yes)
        return merged;
    // Reloaded once the cell's edit signal has returned: the items are replaced, the edited one among them.
    QTimer::singleShot(0, this, &RecordEditor::reload);
    m_message->setText(tr("Row %1: kept the change made in another window.").arg(row + 1));
    return std::nullopt;
}

bool RecordEditor::saveRow(int row)
{
    const auto resolved = resolveConflict(row, rowAt(row));
    if (!resolved)
        return false;
    const EditorRow& record = *resolved;
    auto saved = m_section.save(record);
    if (!saved) {
        m_message->setText(tr("Row %1: %2").arg(row + 1).arg(saved.error()));
        if (record.id > 0) // show what is stored again; a new row keeps what was typed so far
            reload();
        return false;
    }
    m_message->clear();
    if (record.values != rowAt(row).values) { // their change kept beside mine: show the rows as stored
        QTimer::singleShot(0, this, &RecordEditor::reload);
        return true;
    }
    if (QTableWidgetItem* first = m_table->item(row, 0)) {
        const bool wasLoading = std::exchange(m_loading, true);
        first->setData(Qt::UserRole, saved.value());
        m_loading = wasLoading;
    }
    m_shown.insert(saved.value(), record.values);
    return true;
}

void RecordEditor::addRow()
{
    EditorRow blank;
    for (const EditorColumn& c : m_section.columns)
        blank.values << (c.type == EditorColumn::Type::Check ? QVariant(true)
                             : c.choices.isEmpty()           ? QVariant()
                                                             : c.choices.first().first);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    setRow(row, blank);
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void RecordEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_section.remove)
        return;
    if (Status s = m_section.remove(rowAt(row)); !s) {
        m_message->setText(tr("Row %1: %2").arg(row + 1).arg(s.error()));
        return;
    }
    reload();
}

} // namespace caseloop
