#pragma once

#include "workflow/OfficeSetup.h"

#include <QWizard>

class QLineEdit;
class QSpinBox;

namespace caseloop {

// 设置组织: a new office's first region and estate, its buildings, and its first steward, in three short pages
// that end at the desk. What it asks is written by applyOfficeSetup() in one transaction.
class OfficeSetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit OfficeSetupWizard(QWidget* parent = nullptr);
    OfficeSetup setup() const;
    // For tests: fills every page as a user would.
    void fill(const OfficeSetup& setup);

private:
    QLineEdit* m_office;
    QLineEdit* m_region;
    QLineEdit* m_estate;
    QLineEdit* m_address;
    QSpinBox* m_buildings;
    QSpinBox* m_units;
    QSpinBox* m_floors;
    QLineEdit* m_stewardName;
    QLineEdit* m_stewardLogin;
    QLineEdit* m_stewardPhone;
};

} // namespace caseloop
