#include "AdminPage.h"

#include "AccountsPanel.h"
#include "AdminSections.h"
#include "PermissionTable.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace caseloop {

AdminPage::AdminPage(Store& store, const Operator& op, QWidget* parent)
    : QWidget(parent)
    , m_sections(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    for (AdminSection& section : AdminSections::all(store)) {
        m_sections->addItem(section.title);
        m_pages->addWidget(new RecordEditor(std::move(section), m_pages));
    }
    m_sections->addItem(tr("Accounts"));
    m_pages->addWidget(new AccountsPanel(store, op, m_pages));
    m_sections->addItem(tr("Roles and permissions"));
    m_pages->addWidget(new PermissionTable(m_pages));
    m_sections->setMaximumWidth(220);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_sections);
    layout->addWidget(m_pages, 1);
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);
}

RecordEditor* AdminPage::editor(int section) const
{
    return qobject_cast<RecordEditor*>(m_pages->widget(section));
}

int AdminPage::sectionCount() const
{
    return m_pages->count();
}

void AdminPage::showSection(int section)
{
    m_sections->setCurrentRow(section);
}

} // namespace caseloop
