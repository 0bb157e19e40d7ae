#pragma once

#include "ledger/LedgerImport.h"

#include <QDialog>

#include <atomic>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace caseloop {

class ImportPreview;
class Store;

// 导入台账: choose a CSV or XLSX ledger, check it (mapping, rows as they will be stored, rejected rows, unknown
// names), then import it in one transaction. Reading, checking and writing run on a thread of their own with a
// progress bar; Cancel stops them and nothing is written. The write uses its own connection to the same file.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Store& store, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);
    // Reads and checks the file (on the worker); the preview fills when it is done.
    void check();
    // Writes what was checked (on the worker).
    void import();
    void cancel();
    bool busy() const { return m_worker != nullptr; }

    ImportPreview* preview() const { return m_preview; }
    QString summary() const;
    const std::optional<LedgerOutcome>& outcome() const { return m_outcome; }
    QPushButton* importButton() const { return m_import; }

Q_SIGNALS:
    void finished(); // a check or an import ended (done, failed or cancelled)
    void imported(); // complaints were written: lists should refresh

private:
    void run(std::function<void()> job);
    // For the worker: posts progress to the bar and says whether to go on (false once Cancel was pressed).
    LedgerProgress workerProgress();
    void progressed(int done, int total);
    void checked(Result<LedgerPlan> plan, QStringList sheets);
    void written(Result<LedgerOutcome> outcome);
    void saveReport();
    void updateButtons();

    Store& m_store;
    QLineEdit* m_file;
    QComboBox* m_encoding;
    QComboBox* m_sheet;
    QLabel* m_status;
    QProgressBar* m_progress;
    ImportPreview* m_preview;
    QPushButton* m_check;
    QPushButton* m_import;
    QPushButton* m_cancel;
    QPushButton* m_report;
    std::optional<LedgerPlan> m_plan;
    std::optional<LedgerOutcome> m_outcome;
    QThread* m_worker = nullptr;
    std::atomic<bool> m_cancelled{false};
};

} // namespace caseloop
