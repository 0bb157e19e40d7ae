#include "StartPage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseloop {

namespace {
// A large button with its explanation underneath.
QWidget* way(QWidget* parent, const QString& title, const QString& text, QPushButton*& button)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    button = new QPushButton(title, box);
    button->setMinimumHeight(44);
    button->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600; text-align: left; padding-left: 14px;"));
    auto* label = new QLabel(text, box);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #4b5563; padding-left: 4px;"));
    layout->addWidget(button);
    layout->addWidget(label);
    return box;
}
} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(tr("Welcome to CaseLoop"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 22px; font-weight: 700;"));
    auto* intro
        = new QLabel(tr("This database is empty: it has no estate and no complaint yet. Choose how to begin."), this);
    intro->setWordWrap(true);
    QPushButton* demo = nullptr;
    QPushButton* ledger = nullptr;
    QPushButton* setup = nullptr;
    auto* column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(way(this, tr("Load demo data"),
                          tr("Opens a separate demo database beside this one (a property group with a year of "
                             "complaints) to try every screen. Your own database stays empty; the title bar says "
                             "when you are in the demo."),
                          demo));
    column->addWidget(way(this, tr("Import a ledger"),
                          tr("Bring in the office's Excel ledger (CSV or XLSX): CaseLoop shows what it will store, "
                             "creates the estates it names, and imports it in one step."),
                          ledger));
    column->addWidget(way(this, tr("Set up the organisation"),
                          tr("Enter the first region, estate, buildings and steward in three short steps, then start "
                             "registering complaints."),
                          setup));
    column->addStretch(1);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(ledger, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(setup, &QPushButton::clicked, this, &StartPage::setupRequested);
}

} // namespace caseloop
