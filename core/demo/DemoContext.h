#pragma once

// Shared state of the demo generator's parts (organisation, complaints, rectification items).

#include "demo/DemoData.h"
#include "demo/DemoVocabulary.h"
#include "store/Store.h"
#include "workflow/ComplaintWorkflow.h"

#include <QHash>
#include <QRandomGenerator>

namespace caseloop::demo {

// The setting that marks a demo database (isDemoDatabase).
inline const QString kDemoSetting = QStringLiteral("office.demo");

struct EstatePlace
{
    Estate estate;
    QList<Building> buildings;
    QList<Id> stewards;
};

struct Complainant
{
    QString name;
    QString phone;
    int estateIndex = 0;
    Id buildingId = 0;
    QString unit;
    QString room;
};

struct Context
{
    Context(Store& s, FixedClock& c, const DemoOptions& o)
        : store(s)
        , clock(c)
        , options(o)
        , rng(o.seed)
        , workflow(s)
    {
    }

    Store& store;
    FixedClock& clock;
    DemoOptions options;
    QRandomGenerator rng;
    ComplaintWorkflow workflow;
    DemoSummary summary;

    QHash<QString, Id> catalogue; // "type/facilities" → id
    QList<EstatePlace> estates;
    QHash<QString, Id> departments; // name → id
    QHash<Id, QList<Id>> departmentLeads;
    QList<Id> supervisors;
    QList<Complainant> complainants; // earlier callers, for repeat complaints
    QHash<Id, QString> staffNames; // for actAs
    // Complaints by "estate index/service line", in order of receipt: the raw material of rectification items.
    QHash<QString, QList<std::pair<Id, QDateTime>>> problemGroups;
    // Complaints of the last days and weeks so far, to leave them at every stage in turn (Story).
    int lastStories = 0;
    int reopenStories = 0;

    Id entry(const char* catalogueName, const char* code) const
    {
        return catalogue.value(QString::fromLatin1(catalogueName) + QLatin1Char('/') + QString::fromLatin1(code));
    }
    int below(int n) { return n <= 0 ? 0 : int(rng.bounded(quint32(n))); }
    bool chance(double p) { return rng.generateDouble() < p; }
    template <class T> const T& pick(const QList<T>& list) { return list.at(below(int(list.size()))); }
    // A random duration between the two bounds, in seconds.
    qint64 between(qint64 minSeconds, qint64 maxSeconds)
    {
        return minSeconds + below(int(maxSeconds - minSeconds + 1));
    }
    QString mobile();
    QString personName();
    // Moves the clock to `at`; false when `at` is past the demo's end (the story stops there).
    bool moveTo(const QDateTime& at);
    void actAs(Id staffId);
};

Status setUpOrganisation(Context& ctx);
Status generateComplaints(Context& ctx);
Status generateRectifications(Context& ctx);

} // namespace caseloop::demo
