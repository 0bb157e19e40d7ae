#include "AccountsPanel.h"

#include "Dialogs.h"
#include "SignInDialogs.h"
#include "store/Store.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caseloop {

AccountsPanel::AccountsPanel(Store& store, const Operator& op, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_operator(op)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("accounts"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("State"), tr("Estates looked after")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    auto* password = new QPushButton(tr("Set password…"), this);
    auto* estates = new QPushButton(tr("Estates looked after…"), this);
    connect(password, &QPushButton::clicked, this, &AccountsPanel::setPasswordOfCurrent);
    connect(estates, &QPushButton::clicked, this, &AccountsPanel::chooseEstatesOfCurrent);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(password);
    buttons->addWidget(estates);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Add people, change their role or deactivate them in the staff table. Here an "
                                "administrator sets a password (a new colleague's, or a forgotten one: this also lifts "
                                "a lockout) and the estates a steward looks after: a steward sees the full phone "
                                "numbers of these estates' complaints and of the complaints they are the steward of."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

QString AccountsPanel::message() const
{
    return m_message->text();
}

void AccountsPanel::showEvent(QShowEvent* event)
{
    reload(); // the staff table may have added someone since
    QWidget::showEvent(event);
}

void AccountsPanel::reload()
{
    auto accounts = m_store.accounts().accounts();
    if (!accounts) {
        m_message->setText(accounts.error());
        return;
    }
    QHash<Id, QString> estateNames;
    for (const Estate& e : m_store.organisation().estates().value_or({}))
        estateNames.insert(e.id, e.name);
    m_staff.clear();
    m_table->setRowCount(int(accounts->size()));
    int row = 0;
    for (const AccountState& a : accounts.value()) {
        m_staff << a.staff;
        QStringList state;
        state << (a.staff.active ? tr("active") : tr("deactivated"));
        if (!a.hasPassword)
            state << tr("no password yet");
        if (a.lockedUntil.isValid())
            state << tr("locked until %1").arg(a.lockedUntil.toString(QStringLiteral("HH:mm")));
        QStringList estates;
        for (Id id : m_store.accounts().estatesOf(a.staff.id).value_or({}))
            estates << estateNames.value(id);
        const QStringList cells{a.staff.login, a.staff.name, displayName(a.staff.role), state.join(tr(", ")),
                                estates.join(tr(", "))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++row;
    }
}

Id AccountsPanel::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_staff.size() ? m_staff[row].id : 0;
}

void AccountsPanel::setPasswordOfCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_staff.size()) {
        m_message->setText(tr("Choose an account first."));
        return;
    }
    PasswordDialog dialog(m_store, m_staff[row], false, this);
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    m_message->setText(tr("The password of %1 is set.").arg(m_staff[row].login));
    reload();
}

void AccountsPanel::chooseEstatesOfCurrent()
{
    const Id id = currentId();
    if (id == 0) {
        m_message->setText(tr("Choose an account first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Estates looked after"));
    auto* list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("estates"));
    const QList<Id> chosen = m_store.accounts().estatesOf(id).value_or({});
    for (const Estate& e : m_store.organisation().estates().value_or({})) {
        auto* item = new QListWidgetItem(e.name, list);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(e.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(Dialogs::okCancel(&dialog));
    if (Dialogs::exec(dialog) != QDialog::Accepted)
        return;
    QList<Id> estates;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            estates << list->item(i)->data(Qt::UserRole).toLongLong();
    if (Status s = m_store.accounts().setEstates(id, estates); !s)
        m_message->setText(s.error());
    reload();
}

} // namespace caseloop
