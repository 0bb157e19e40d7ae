#pragma once

#include <QWidget>

#include <functional>

namespace caseloop {

// A tab whose page is built the first time it is shown or asked for, so that opening the window reads only what
// the page on screen needs.
class LazyTab : public QWidget
{
public:
    LazyTab(std::function<QWidget*(QWidget* parent)> make, QWidget* parent);
    // The page, built now if it was not yet.
    QWidget* page();
    bool built() const { return m_page != nullptr; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::function<QWidget*(QWidget*)> m_make;
    QWidget* m_page = nullptr;
};

} // namespace caseloop
