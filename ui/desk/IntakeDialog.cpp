#include "IntakeDialog.h"

#include "base/Language.h"
#include "domain/ComplaintRules.h"
#include "domain/Phone.h"
#include "domain/RoomText.h"
#include "store/Store.h"
#include "workflow/ComplaintWorkflow.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QVBoxLayout>

namespace caseloop {

namespace {
constexpr int kMatchRole = Qt::UserRole + 1; // what the type-ahead matches and inserts
constexpr int kRowRole = Qt::UserRole + 2; // the caller's row in m_callers

QComboBox* typeAheadBox(QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setFilterMode(Qt::MatchContains);
    return box;
}

void fillCatalogue(QComboBox* box, Store& store, const QString& catalogue, const QString& defaultCode = {})
{
    for (const CatalogueEntry& e : store.catalogues().entries(catalogue, true).value_or({})) {
        box->addItem(localName(e.nameZh, e.nameEn), e.id);
        if (e.code == defaultCode)
            box->setCurrentIndex(box->count() - 1);
    }
}

QString required(const QString& label)
{
    return QStringLiteral("<b>%1 <span style='color:#b01c1c'>*</span></b>").arg(label.toHtmlEscaped());
}
} // namespace

IntakeDialog::IntakeDialog(Store& store, const Operator& op, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_operator(op)
    , m_callerModel(new QStandardItemModel(this))
    , m_callerCompleter(new QCompleter(m_callerModel, this))
    , m_received(new QDateTimeEdit(this))
    , m_channel(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_customerType(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_estate(typeAheadBox(this))
    , m_building(typeAheadBox(this))
    , m_room(new QLineEdit(this))
    , m_publicArea(new QLineEdit(this))
    , m_type(typeAheadBox(this))
    , m_serviceLine(typeAheadBox(this))
    , m_priority(new QComboBox(this))
    , m_description(new QPlainTextEdit(this))
    , m_request(new QLineEdit(this))
    , m_steward(new QLabel(op.staff.name, this))
    , m_error(new QLabel(this))
    , m_history(new QListWidget(this))
{
    setWindowTitle(tr("Register a complaint"));
    // Names for the type-ahead and the history, read once: they are shown at every keystroke.
    (void)m_names.load(m_store);
    buildForm();
    resize(980, 640);
    m_phone->setFocus();
}

void IntakeDialog::buildForm()
{
    // Core carries office wall-clock times as UTC-spec values: the edit must not shift them by the PC's zone.
    m_received->setTimeSpec(Qt::UTC);
    m_received->setDateTime(m_store.clock().now());
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    fillCatalogue(m_channel, m_store, Catalogue::Channel, QStringLiteral("phone"));
    fillCatalogue(m_kind, m_store, Catalogue::Kind, QStringLiteral("complaint"));
    fillCatalogue(m_customerType, m_store, Catalogue::CustomerType, QStringLiteral("owner"));
    m_type->addItem(QString(), 0);
    fillCatalogue(m_type, m_store, Catalogue::Type);
    m_serviceLine->addItem(QString(), 0);
    fillCatalogue(m_serviceLine, m_store, Catalogue::ServiceLine);
    for (Priority p : allValues<Priority>())
        m_priority->addItem(displayName(p), toStorage(p));
    m_priority->setCurrentIndex(m_priority->findData(toStorage(Priority::Normal)));
    m_estate->addItem(QString(), 0);
    for (const Estate& e : m_store.organisation().estates().value_or({}))
        if (e.active)
            m_estate->addItem(e.name, e.id);

    m_phone->setPlaceholderText(tr("13812345678 or 0571-88886666"));
    m_name->setPlaceholderText(tr("Name, or type a phone number or name to find an earlier caller"));
    m_room->setPlaceholderText(tr("2-1502 (unit-room) or 1502"));
    m_publicArea->setPlaceholderText(tr("Instead of a room: lift lobby, car park, main gate…"));
    m_publicArea->setCompleter(
        new QCompleter(QStringList{QStringLiteral("电梯厅"), QStringLiteral("地下车库"), QStringLiteral("大堂"),
                                   QStringLiteral("小区大门"), QStringLiteral("垃圾站"), QStringLiteral("儿童游乐区"),
                                   QStringLiteral("中心花园"), QStringLiteral("消防通道"), QStringLiteral("地面停车场"),
                                   QStringLiteral("楼顶天台")},
                       m_publicArea));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happened, in the caller's words"));
    m_request->setPlaceholderText(tr("What the caller asks for"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: 600;"));

    // The caller's type-ahead: phone in one completer, name in another, over the same rows.
    m_callerCompleter->setCompletionRole(kMatchRole);
    m_callerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_phone->setCompleter(m_callerCompleter);
    auto* nameCompleter = new QCompleter(m_callerModel, this);
    nameCompleter->setCompletionColumn(1);
    nameCompleter->setCompletionRole(kMatchRole);
    m_name->setCompleter(nameCompleter);
    for (QCompleter* c : {m_callerCompleter, nameCompleter})
        connect(c, qOverload<const QModelIndex&>(&QCompleter::activated), this,
                [this](const QModelIndex& index) { useCaller(index.data(kRowRole).toInt()); });
    connect(m_phone, &QLineEdit::textEdited, this, &IntakeDialog::suggestCallers);
    connect(m_name, &QLineEdit::textEdited, this, &IntakeDialog::suggestCallers);
    connect(m_phone, &QLineEdit::editingFinished, this, &IntakeDialog::showHistory);
    connect(m_name, &QLineEdit::editingFinished, this, &IntakeDialog::showHistory);
    connect(m_estate, &QComboBox::currentIndexChanged, this, &IntakeDialog::fillBuildings);
    connect(m_building, &QComboBox::currentIndexChanged, this, &IntakeDialog::fillRooms);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        // The service line this type usually goes with: one field less to touch.
        if (const Id type = chosenId(m_type); type > 0)
            if (const Id line = m_store.complaints().usualServiceLine(type).value_or(0); line > 0)
                m_serviceLine->setCurrentIndex(m_serviceLine->findData(line));
    });

    auto* form = new QFormLayout;
    form->addRow(required(tr("Phone")), m_phone);
    form->addRow(tr("Complainant"), m_name);
    form->addRow(required(tr("Estate")), m_estate);
    form->addRow(tr("Building"), m_building);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("Public area"), m_publicArea);
    form->addRow(required(tr("Complaint type")), m_type);
    form->addRow(required(tr("Service line")), m_serviceLine);
    form->addRow(required(tr("Description")), m_description);
    form->addRow(tr("Request"), m_request);

    auto* defaults = new QFormLayout;
    defaults->addRow(tr("Received"), m_received);
    defaults->addRow(tr("Channel"), m_channel);
    defaults->addRow(tr("Kind"), m_kind);
    defaults->addRow(tr("Customer type"), m_customerType);
    defaults->addRow(tr("Priority"), m_priority);
    defaults->addRow(tr("Steward"), m_steward);
    auto* defaultsBox = new QGroupBox(tr("Defaults"), this);
    defaultsBox->setLayout(defaults);
    auto* historyBox = new QGroupBox(tr("Earlier complaints of this caller"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);
    m_history->setFocusPolicy(Qt::NoFocus);

    auto* side = new QVBoxLayout;
    side->addWidget(defaultsBox);
    side->addWidget(historyBox, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(side, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* registerButton = buttons->addButton(tr("Register (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    registerButton->setAutoDefault(false);
    connect(registerButton, &QPushButton::clicked, this, &IntakeDialog::registerComplaint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &IntakeDialog::registerComplaint);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // A complaint belongs to an estate: until the office has one, the form says why it cannot register yet.
    if (m_estate->count() <= 1) {
        registerButton->setEnabled(false);
        m_error->setText(tr("No estate exists yet, so no complaint can be registered. An administrator adds the "
                            "office's estates under Administration (or on the start page: 设置组织, or importing a "
                            "ledger)."));
        m_error->setVisible(true);
    }
    const QList<QWidget*> order{m_phone, m_name,        m_estate,      m_building, m_room,        m_publicArea,
                                m_type,  m_serviceLine, m_description, m_request,  registerButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

QString IntakeDialog::error() const
{
    return m_error->text();
}

Id IntakeDialog::chosenId(QComboBox* box) const
{
    const int index = box->findText(box->currentText().trimmed(), Qt::MatchFixedString);
    return index >= 0 ? box->itemData(index).toLongLong() : 0;
}

void IntakeDialog::suggestCallers(const QString& typed)
{
    auto found = m_store.complaints().complainants(typed, 12);
    if (!found)
        return;
    m_callers = found.value();
    m_callerModel->clear();
    for (int i = 0; i < m_callers.size(); ++i) {
        const Complainant& c = m_callers[i];
        const QString phone = m_operator.seesPhoneOf(c.estateId, 0) ? c.phone : maskPhone(c.phone);
        const QString place = m_names.estates.value(c.estateId) + QLatin1Char(' ')
            + (c.publicArea.isEmpty() ? m_names.buildings.value(c.buildingId) + roomText(c.unit, c.room)
                                      : c.publicArea);
        const QString times = tr("%n complaint(s)", nullptr, c.complaints);
        auto* byPhone = new QStandardItem(QStringLiteral("%1  %2  %3  (%4)").arg(phone, c.name, place, times));
        byPhone->setData(phone, kMatchRole); // a masked number is not completed digit by digit either
        byPhone->setData(i, kRowRole);
        auto* byName = new QStandardItem(QStringLiteral("%1  %2  %3  (%4)").arg(c.name, phone, place, times));
        byName->setData(c.name, kMatchRole);
        byName->setData(i, kRowRole);
        m_callerModel->appendRow({byPhone, byName});
    }
}

void IntakeDialog::useCaller(int index)
{
    if (index < 0 || index >= m_callers.size())
        return;
    const Complainant& c = m_callers[index];
    // A number this operator sees masked stays as they typed it (the caller told them); it is never filled in.
    if (m_operator.seesPhoneOf(c.estateId, 0))
        m_phone->setText(c.phone);
    m_name->setText(c.name);
    m_customerType->setCurrentIndex(qMax(0, m_customerType->findData(c.customerTypeId)));
    m_estate->setCurrentIndex(qMax(0, m_estate->findData(c.estateId)));
    m_building->setCurrentIndex(qMax(0, m_building->findData(c.buildingId)));
    m_room->setText(roomText(c.unit, c.room));
    m_publicArea->setText(c.publicArea);
    showHistory();
}

void IntakeDialog::showHistory()
{
    m_history->clear();
    const QString phone = normalisePhone(m_phone->text());
    const auto earlier = m_store.complaints().history(isValidPhone(phone) ? phone : QString(), m_name->text(), 20);
    if (!earlier || earlier->isEmpty())
        return;
    for (const Complaint& c : earlier.value())
        m_history->addItem(
            QStringLiteral("%1  %2  %3  %4\n%5")
                .arg(c.receivedAt.toString(QStringLiteral("yyyy-MM-dd")), c.code, m_names.catalogue.value(c.typeId),
                     displayName(c.status),
                     textAsShown(c.description, m_operator.seesPhoneOf(c.estateId, c.stewardId)).left(60)));
    m_history->setToolTip(tr("A repeat complainant: %n earlier complaint(s).", nullptr, int(earlier->size())));
}

void IntakeDialog::fillBuildings()
{
    m_building->clear();
    m_building->addItem(QString(), 0);
    if (const Id estate = m_estate->currentData().toLongLong(); estate > 0)
        for (const Building& b : m_store.organisation().buildings(estate).value_or({}))
            m_building->addItem(b.name, b.id);
}

void IntakeDialog::fillRooms()
{
    const Id building = m_building->currentData().toLongLong();
    const QStringList rooms
        = building > 0 ? m_store.complaints().knownRooms(building, 2000).value_or({}) : QStringList();
    auto* completer = new QCompleter(rooms, m_room);
    completer->setFilterMode(Qt::MatchStartsWith);
    delete m_room->completer();
    m_room->setCompleter(completer);
}

bool IntakeDialog::fail(QWidget* field, const QString& message)
{
    m_error->setText(message);
    if (field)
        field->setFocus();
    return false;
}

bool IntakeDialog::registerComplaint()
{
    const QString phone = normalisePhone(m_phone->text());
    if (Status s = checkComplaintPhone(ComplaintWorkflow::newRecord(), phone, m_phone->text(), true); !s)
        return fail(m_phone, s.error());
    const Id estateId = chosenId(m_estate);
    if (estateId <= 0)
        return fail(m_estate,
                    m_estate->currentText().trimmed().isEmpty()
                        ? tr("“Estate” is required.")
                        : tr("“Estate” %1 is not one of the office's estates.").arg(m_estate->currentText()));
    const Id buildingId = chosenId(m_building);
    if (buildingId <= 0 && !m_building->currentText().trimmed().isEmpty())
        return fail(
            m_building,
            tr("“Building” %1 is not a building of %2.").arg(m_building->currentText(), m_estate->currentText()));
    if (chosenId(m_type) <= 0)
        return fail(m_type, tr("“Complaint type” is required."));
    if (chosenId(m_serviceLine) <= 0)
        return fail(m_serviceLine, tr("“Service line” is required."));
    if (m_description->toPlainText().trimmed().isEmpty())
        return fail(m_description, tr("“Description” is required."));

    Complaint d;
    d.receivedAt = m_received->dateTime();
    d.channelId = m_channel->currentData().toLongLong();
    d.kindId = m_kind->currentData().toLongLong();
    d.customerTypeId = m_customerType->currentData().toLongLong();
    d.complainantPhone = phone;
    d.complainantName = m_name->text().trimmed();
    d.estateId = estateId;
    d.regionId = m_store.organisation().estate(estateId).value_or({}).regionId;
    d.buildingId = buildingId;
    const RoomText room = parseRoomText(m_room->text());
    d.unit = room.unit;
    d.room = room.room;
    d.publicArea = m_publicArea->text().trimmed();
    d.typeId = chosenId(m_type);
    d.serviceLineId = chosenId(m_serviceLine);
    d.priority = fromStorage<Priority>(m_priority->currentData().toString()).value_or(Priority::Normal);
    d.description = m_description->toPlainText().trimmed();
    d.request = m_request->text().trimmed();
    d.stewardId = m_operator.staff.id;
    ComplaintWorkflow workflow(m_store);
    auto registered = workflow.registerComplaint(d);
    if (!registered)
        return fail(nullptr, registered.error());
    m_registered = registered.value();
    m_error->clear();
    accept();
    return true;
}

} // namespace caseloop
