#include "ImportDialog.h"

#include "Dialogs.h"
#include "ImportPreview.h"

#include "sheet/CsvWriter.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace caseloop {

ImportDialog::ImportDialog(Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_file(new QLineEdit)
    , m_encoding(new QComboBox)
    , m_sheet(new QComboBox)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_preview(new ImportPreview)
    , m_check(new QPushButton(tr("&Check")))
    , m_import(new QPushButton(tr("&Import")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_report(new QPushButton(tr("Save the row &report…")))
{
    setWindowTitle(tr("Import a ledger"));
    auto* browse = new QPushButton(tr("Choose…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_encoding->addItem(tr("Detect"), QString());
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), QStringLiteral("GB18030"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_sheet->setEnabled(false);
    auto* form = new QFormLayout;
    form->addRow(tr("Ledger file (CSV or XLSX):"), fileRow);
    form->addRow(tr("Text encoding (CSV):"), m_encoding);
    form->addRow(tr("Sheet (XLSX):"), m_sheet);
    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_report, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(1000, 640);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path
            = Dialogs::openFileName(this, tr("Import a ledger"), QString(), tr("Ledgers (*.csv *.txt *.xlsx)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_file, &QLineEdit::textEdited, this, [this] {
        m_plan.reset();
        m_sheet->clear();
        updateButtons();
    });
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::import);
    connect(m_report, &QPushButton::clicked, this, &ImportDialog::saveReport);
    connect(m_cancel, &QPushButton::clicked, this, [this] { busy() ? cancel() : reject(); });
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    if (m_worker) {
        m_cancelled = true;
        m_worker->wait();
    }
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    m_sheet->clear();
    m_plan.reset();
    m_outcome.reset();
    check();
}

void ImportDialog::run(std::function<void()> job)
{
    m_cancelled = false;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_worker = QThread::create(std::move(job));
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    updateButtons();
    m_worker->start();
}

LedgerProgress ImportDialog::workerProgress()
{
    return [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { progressed(done, total); }, Qt::QueuedConnection);
        return !m_cancelled.load();
    };
}

void ImportDialog::progressed(int done, int total)
{
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void ImportDialog::check()
{
    if (busy() || m_file->text().trimmed().isEmpty())
        return;
    LedgerNames names;
    if (Status s = names.load(m_store); !s) {
        m_status->setText(s.error());
        return;
    }
    const LedgerReadOptions options{m_sheet->isEnabled() ? m_sheet->currentText() : QString(),
                                    m_encoding->currentData().toString()};
    const QString path = m_file->text().trimmed();
    const QDateTime now = m_store.clock().now();
    m_outcome.reset();
    m_status->setText(tr("Reading and checking %1…").arg(QFileInfo(path).fileName()));
    m_preview->clear();
    run([this, path, options, names = std::move(names), now] {
        auto table = readLedgerFile(path, options);
        Result<LedgerPlan> plan = Error{table ? QString() : table.error()};
        if (table)
            plan = planLedger(*table, names, now, workerProgress());
        const QStringList sheets = table ? table->sheets : QStringList();
        QMetaObject::invokeMethod(
            this, [this, plan, sheets] { checked(plan, sheets); }, Qt::QueuedConnection);
    });
}

void ImportDialog::checked(Result<LedgerPlan> plan, QStringList sheets)
{
    m_worker = nullptr;
    m_progress->setVisible(false);
    if (!sheets.isEmpty() && m_sheet->count() == 0) {
        const QSignalBlocker block(m_sheet);
        m_sheet->addItems(sheets);
        if (plan)
            m_sheet->setCurrentText(plan->sheet);
        m_sheet->setEnabled(true);
        connect(m_sheet, &QComboBox::currentTextChanged, this, &ImportDialog::check, Qt::UniqueConnection);
    }
    if (!plan) {
        m_plan.reset();
        m_status->setText(plan.error());
    } else {
        m_plan = std::move(plan).value();
        m_preview->show(*m_plan, m_store);
        m_status->setText(tr("%1 rows read: %2 to import, %3 rejected, %4 already imported. Nothing is written "
                             "until you press Import.")
                              .arg(m_plan->rowsRead)
                              .arg(m_plan->records.size())
                              .arg(m_plan->rejected.size())
                              .arg(m_plan->duplicateRows.size())
                          + (m_plan->encoding.isEmpty() ? QString() : tr(" (read as %1)").arg(m_plan->encoding)));
    }
    updateButtons();
    Q_EMIT finished();
}

void ImportDialog::import()
{
    if (busy() || !m_plan || m_outcome || m_plan->records.isEmpty())
        return;
    const LedgerChoices choices = m_preview->choices();
    const QString path = m_store.location();
    const Actor actor = m_store.actor();
    const Clock* clock = &m_store.clock();
    m_status->setText(tr("Importing %n row(s)…", nullptr, int(m_plan->records.size())));
    run([this, path, actor, clock, choices, plan = *m_plan] {
        Result<LedgerOutcome> outcome = Error{QString()};
        {
            auto store = Store::openExisting(path, *clock, actor); // this thread's own connection
            if (!store) {
                outcome = Error{store.error()};
            } else {
                // A desk or a scheduled job writing meanwhile: wait (up to ten minutes, as the CLI does), say so,
                // and stop waiting when the user cancels.
                store.value()->setLockWait(600, [this](qint64) {
                    QMetaObject::invokeMethod(
                        this, [this] { m_status->setText(tr("Another window is writing; waiting…")); },
                        Qt::QueuedConnection);
                    QThread::msleep(100);
                    return !m_cancelled.load();
                });
                outcome = writeLedger(*store.value(), plan, choices, workerProgress());
            }
        }
        QMetaObject::invokeMethod(
            this, [this, outcome] { written(outcome); }, Qt::QueuedConnection);
    });
}

void ImportDialog::written(Result<LedgerOutcome> outcome)
{
    m_worker = nullptr;
    m_progress->setVisible(false);
    if (!outcome) {
        m_status->setText(outcome.error());
    } else {
        m_outcome = std::move(outcome).value();
        m_status->setText(summary());
        Q_EMIT imported();
    }
    updateButtons();
    Q_EMIT finished();
}

QString ImportDialog::summary() const
{
    if (!m_outcome)
        return {};
    QString text = ledgerSummary(*m_outcome);
    if (!m_outcome->created.isEmpty())
        text += QLatin1Char('\n') + tr("Created: %1").arg(m_outcome->created.join(QStringLiteral("、")));
    if (!m_outcome->mappedToOther.isEmpty())
        text += QLatin1Char('\n') + tr("Mapped: %1").arg(m_outcome->mappedToOther.join(QStringLiteral("、")));
    return text;
}

void ImportDialog::cancel()
{
    m_cancelled = true;
    m_status->setText(tr("Cancelling; nothing will be written…"));
}

void ImportDialog::saveReport()
{
    if (!m_plan && !m_outcome)
        return;
    const QString path
        = Dialogs::saveFileName(this, tr("Save the row report"), QStringLiteral("导入报告.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty() || !m_plan)
        return;
    const Sheet report = ledgerReport(*m_plan, m_outcome ? &*m_outcome : nullptr);
    if (Status s = saveAtomically(path, [&](QIODevice& d) { return writeCsv(report, d); }); !s)
        Dialogs::warning(this, tr("Save the row report"), s.error());
}

void ImportDialog::updateButtons()
{
    m_check->setEnabled(!busy() && !m_file->text().trimmed().isEmpty());
    // Imported once, the same plan again would only find duplicates.
    m_import->setEnabled(!busy() && m_plan && !m_outcome && !m_plan->records.isEmpty());
    m_report->setEnabled(!busy() && m_plan.has_value());
    m_cancel->setText(busy() ? tr("Cancel") : tr("Close"));
    m_file->setEnabled(!busy());
}

} // namespace caseloop
