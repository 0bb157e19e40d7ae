#include "LazyTab.h"

#include <QVBoxLayout>

namespace caseloop {

LazyTab::LazyTab(std::function<QWidget*(QWidget* parent)> make, QWidget* parent)
    : QWidget(parent)
    , m_make(std::move(make))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyTab::page()
{
    if (!m_page) {
        m_page = m_make(this);
        layout()->addWidget(m_page);
    }
    return m_page;
}

void LazyTab::showEvent(QShowEvent* event)
{
    page();
    QWidget::showEvent(event);
}

} // namespace caseloop
