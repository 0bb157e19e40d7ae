#include "OfficeSetupWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QWizardPage>

namespace caseloop {

namespace {
QWizardPage* makePage(const QString& title, const QString& hint, QFormLayout*& form)
{
    auto* p = new QWizardPage;
    p->setTitle(title);
    p->setSubTitle(hint);
    form = new QFormLayout(p);
    return p;
}

QSpinBox* spin(int from, int to, int value)
{
    auto* box = new QSpinBox;
    box->setRange(from, to);
    box->setValue(value);
    return box;
}
} // namespace

OfficeSetupWizard::OfficeSetupWizard(QWidget* parent)
    : QWizard(parent)
    , m_office(new QLineEdit)
    , m_region(new QLineEdit)
    , m_estate(new QLineEdit)
    , m_address(new QLineEdit)
    , m_buildings(spin(1, 200, 10))
    , m_units(spin(1, 20, 2))
    , m_floors(spin(1, 100, 18))
    , m_stewardName(new QLineEdit)
    , m_stewardLogin(new QLineEdit)
    , m_stewardPhone(new QLineEdit)
{
    setWindowTitle(tr("Set up the office"));
    setWizardStyle(QWizard::ClassicStyle);
    m_office->setPlaceholderText(tr("e.g. 锦程物业西溪服务中心"));
    m_region->setPlaceholderText(tr("e.g. 华东区域"));
    m_estate->setPlaceholderText(tr("e.g. 西溪锦园"));
    m_address->setPlaceholderText(tr("e.g. 杭州市西湖区文一西路 88 号"));
    m_stewardName->setPlaceholderText(tr("e.g. 陈静"));
    m_stewardLogin->setPlaceholderText(tr("e.g. gj001"));

    QFormLayout* form = nullptr;
    QWizardPage* where = makePage(tr("1 of 3: the office and its first estate"),
                                  tr("Further regions and estates can be added later under Administration."), form);
    form->addRow(tr("Office name"), m_office);
    form->addRow(tr("Region (区域)"), m_region);
    form->addRow(tr("Estate (项目)"), m_estate);
    form->addRow(tr("Address"), m_address);
    addPage(where);

    QWizardPage* buildings
        = makePage(tr("2 of 3: the estate's buildings"),
                   tr("They are named 1栋, 2栋 …; rename or add them later under Administration."), form);
    form->addRow(tr("Buildings"), m_buildings);
    form->addRow(tr("Units per building"), m_units);
    form->addRow(tr("Floors"), m_floors);
    addPage(buildings);

    QWizardPage* steward
        = makePage(tr("3 of 3: the first steward"),
                   tr("Stewards register complaints and call owners back. Departments (工程部, 秩序部 …) "
                      "are ready; more staff can be added under Administration."),
                   form);
    form->addRow(tr("Name"), m_stewardName);
    form->addRow(tr("Login"), m_stewardLogin);
    form->addRow(tr("Phone"), m_stewardPhone);
    addPage(steward);
}

OfficeSetup OfficeSetupWizard::setup() const
{
    OfficeSetup s;
    s.officeName = m_office->text();
    s.region = m_region->text();
    s.estate = m_estate->text();
    s.address = m_address->text();
    s.buildings = m_buildings->value();
    s.units = m_units->value();
    s.floors = m_floors->value();
    s.stewardName = m_stewardName->text();
    s.stewardLogin = m_stewardLogin->text();
    s.stewardPhone = m_stewardPhone->text();
    return s;
}

void OfficeSetupWizard::fill(const OfficeSetup& s)
{
    m_office->setText(s.officeName);
    m_region->setText(s.region);
    m_estate->setText(s.estate);
    m_address->setText(s.address);
    m_buildings->setValue(s.buildings);
    m_units->setValue(s.units);
    m_floors->setValue(s.floors);
    m_stewardName->setText(s.stewardName);
    m_stewardLogin->setText(s.stewardLogin);
    m_stewardPhone->setText(s.stewardPhone);
}

} // namespace caseloop
