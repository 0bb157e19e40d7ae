#include "ComplaintFilterBar.h"

#include "base/Language.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace caseloop {

namespace {
const QDate kUnset(2000, 1, 1); // a date edit at its minimum means "no limit"

QDateEdit* dateBox(QWidget* parent, const QString& anyText)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kUnset);
    edit->setSpecialValueText(anyText);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(kUnset);
    return edit;
}
} // namespace

ComplaintFilterBar::ComplaintFilterBar(Store& store, Id operatorId, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_operatorId(operatorId)
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_from(dateBox(this, tr("from any day")))
    , m_to(dateBox(this, tr("to any day")))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_mine(new QCheckBox(tr("Mine only"), this))
{
    m_search->setPlaceholderText(tr("Search code, complainant, phone or description"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("All statuses"));
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    for (ComplaintStatus s : allValues<ComplaintStatus>())
        m_status->addItem(displayName(s), toStorage(s));
    m_status->setCurrentIndex(1);

    const std::pair<QString, QString> catalogues[] = {{Catalogue::Kind, tr("All kinds")},
                                                      {Catalogue::Type, tr("All types")},
                                                      {Catalogue::ServiceLine, tr("All service lines")},
                                                      {Catalogue::Channel, tr("All channels")}};
    for (const auto& [catalogue, all] : catalogues) {
        QComboBox* box = addBox(catalogue, all);
        for (const CatalogueEntry& e : store.catalogues().entries(catalogue).value_or({}))
            box->addItem(localName(e.nameZh, e.nameEn), e.id);
    }
    QComboBox* priority = addBox(QStringLiteral("priority"), tr("All priorities"));
    for (Priority p : allValues<Priority>())
        priority->addItem(displayName(p), toStorage(p));
    QComboBox* region = addBox(QStringLiteral("region"), tr("All regions"));
    for (const Region& r : store.organisation().regions().value_or({}))
        region->addItem(r.name, r.id);
    addBox(QStringLiteral("estate"), tr("All estates"));
    addBox(QStringLiteral("building"), tr("All buildings"));
    fillEstates();
    m_mine->setEnabled(operatorId > 0);

    auto* clearButton = new QPushButton(tr("Clear filters"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 3);
    top->addWidget(m_status);
    for (const char* name : {"priority", "region", "estate", "building"})
        top->addWidget(m_boxes.value(QLatin1String(name)));
    auto* second = new QHBoxLayout;
    for (const QString& name : {Catalogue::Kind, Catalogue::Type, Catalogue::ServiceLine, Catalogue::Channel})
        second->addWidget(m_boxes.value(name));
    second->addWidget(m_from);
    second->addWidget(m_to);
    second->addWidget(m_overdue);
    second->addWidget(m_mine);
    second->addStretch(1);
    second->addWidget(clearButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(second);

    auto emitChanged = [this] {
        if (!m_quiet)
            Q_EMIT changed();
    };
    connect(m_search, &QLineEdit::returnPressed, this, emitChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, emitChanged);
    for (QComboBox* box : std::as_const(m_boxes))
        connect(box, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(region, &QComboBox::currentIndexChanged, this, &ComplaintFilterBar::fillEstates);
    connect(m_boxes.value(QStringLiteral("estate")), &QComboBox::currentIndexChanged, this,
            &ComplaintFilterBar::fillBuildings);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, emitChanged);
    for (QCheckBox* check : {m_overdue, m_mine})
        connect(check, &QCheckBox::toggled, this, emitChanged);
    connect(clearButton, &QPushButton::clicked, this, &ComplaintFilterBar::clear);
}

QComboBox* ComplaintFilterBar::addBox(const QString& name, const QString& allText)
{
    auto* box = new QComboBox(this);
    box->setObjectName(name);
    box->addItem(allText, 0);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_boxes.insert(name, box);
    return box;
}

QComboBox* ComplaintFilterBar::box(const QString& name) const
{
    return m_boxes.value(name);
}

void ComplaintFilterBar::fillEstates()
{
    QComboBox* estates = m_boxes.value(QStringLiteral("estate"));
    const bool wasQuiet = std::exchange(m_quiet, true);
    while (estates->count() > 1)
        estates->removeItem(1);
    const Id region = m_boxes.value(QStringLiteral("region"))->currentData().toLongLong();
    for (const Estate& e : m_store.organisation().estates(region).value_or({}))
        estates->addItem(e.name, e.id);
    estates->setCurrentIndex(0);
    fillBuildings();
    m_quiet = wasQuiet;
}

void ComplaintFilterBar::fillBuildings()
{
    QComboBox* buildings = m_boxes.value(QStringLiteral("building"));
    const bool wasQuiet = std::exchange(m_quiet, true);
    while (buildings->count() > 1)
        buildings->removeItem(1);
    if (const Id estate = m_boxes.value(QStringLiteral("estate"))->currentData().toLongLong(); estate > 0)
        for (const Building& b : m_store.organisation().buildings(estate).value_or({}))
            buildings->addItem(b.name, b.id);
    buildings->setCurrentIndex(0);
    m_quiet = wasQuiet;
}

void ComplaintFilterBar::clear()
{
    const bool wasQuiet = std::exchange(m_quiet, true);
    m_search->clear();
    m_status->setCurrentIndex(1);
    for (QComboBox* box : std::as_const(m_boxes))
        box->setCurrentIndex(0);
    m_from->setDate(kUnset);
    m_to->setDate(kUnset);
    m_overdue->setChecked(false);
    m_mine->setChecked(false);
    m_quiet = wasQuiet;
    Q_EMIT changed();
}

ComplaintFilter ComplaintFilterBar::filter() const
{
    ComplaintFilter f;
    f.text = m_search->text();
    f.now = m_store.clock().now();
    const QString status = m_status->currentData().toString();
    if (status == QLatin1String("open"))
        f.statuses = openValues<ComplaintStatus>();
    else if (auto s = fromStorage<ComplaintStatus>(status))
        f.statuses = {*s};
    auto id = [this](const QString& name) { return m_boxes.value(name)->currentData().toLongLong(); };
    f.kindId = id(Catalogue::Kind);
    f.typeId = id(Catalogue::Type);
    f.serviceLineId = id(Catalogue::ServiceLine);
    f.channelId = id(Catalogue::Channel);
    f.regionId = id(QStringLiteral("region"));
    f.estateId = id(QStringLiteral("estate"));
    f.buildingId = id(QStringLiteral("building"));
    f.priority = fromStorage<Priority>(m_boxes.value(QStringLiteral("priority"))->currentData().toString());
    if (m_from->date() > kUnset)
        f.from = m_from->date();
    if (m_to->date() > kUnset)
        f.to = m_to->date();
    f.overdueOnly = m_overdue->isChecked();
    if (m_mine->isChecked())
        f.stewardId = m_operatorId;
    return f;
}

} // namespace caseloop
