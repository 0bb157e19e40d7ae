#include "Operator.h"

#include "Dialogs.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace caseloop {

namespace {
const QString kSettingsKey = QStringLiteral("operator/login");

std::optional<Staff> askFor(const QList<Staff>& staff, const QString& remembered, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(Operators::tr("Who is at this desk?"));
    auto* combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("operator"));
    for (const Staff& s : staff)
        combo->addItem(QStringLiteral("%1 (%2)").arg(s.name, displayName(s.role)), s.id);
    for (int i = 0; i < staff.size(); ++i)
        if (staff[i].login == remembered)
            combo->setCurrentIndex(i);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(Operators::tr("Changes you make are recorded under your name."), &dialog));
    layout->addWidget(combo);
    layout->addWidget(Dialogs::okCancel(&dialog));
    if (Dialogs::exec(dialog) != QDialog::Accepted || combo->currentIndex() < 0)
        return std::nullopt;
    return staff[combo->currentIndex()];
}
} // namespace

Operator Operators::use(Store& store, const Staff& staff)
{
    Operator op{staff, true};
    if (staff.id > 0)
        op.maySeePhone = store.organisation().roleMaySeePhone(staff.role).value_or(false);
    store.setActor({staff.id, staff.name});
    return op;
}

std::optional<Operator> Operators::choose(Store& store, const QString& login, bool ask, QWidget* parent)
{
    QList<Staff> active;
    if (auto all = store.organisation().staff())
        for (const Staff& s : all.value())
            if (s.active)
                active << s;
    if (active.isEmpty()) {
        Staff self;
        self.name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("admin")));
        self.role = Role::Administrator;
        return use(store, self);
    }
    for (const Staff& s : active)
        if (!login.isEmpty() && s.login == login)
            return use(store, s);
    const QString remembered = QSettings().value(kSettingsKey).toString();
    if (!ask) {
        for (const Staff& s : active)
            if (s.login == remembered)
                return use(store, s);
        return use(store, active.first());
    }
    auto chosen = askFor(active, remembered, parent);
    if (!chosen)
        return std::nullopt;
    remember(*chosen);
    return use(store, *chosen);
}

void Operators::remember(const Staff& staff)
{
    QSettings().setValue(kSettingsKey, staff.login);
}

} // namespace caseloop
