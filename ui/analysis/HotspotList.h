#pragma once

#include "analysis/Analysis.h"

#include <QWidget>

class QSpinBox;
class QTableWidget;

namespace caseloop {

class QueryWorker;
class Store;

// 热点: places where the same problem recurs, by the office's rule (days and count, kept in settings),
// each with its complaints; one action turns a hotspot into a rectification item. Found on the page's worker thread.
class HotspotList : public QWidget
{
    Q_OBJECT

public:
    HotspotList(Store& store, QueryWorker& worker, QWidget* parent = nullptr);
    void show(const QDate& upTo);
    bool busy() const { return m_asked != m_shown; }
    QString error() const { return m_error; }
    const QList<Hotspot>& hotspots() const { return m_spots; }
    QTableWidget* table() const { return m_table; }
    QSpinBox* daysBox() const { return m_days; }
    QSpinBox* minimumBox() const { return m_minimum; }

public Q_SLOTS:
    void rectifySelected();
    void listSelected();

Q_SIGNALS:
    void stateChanged();
    void rectificationRequested(const QList<Id>& complaintIds);
    void complaintsRequested(const QList<Id>& complaintIds, const QString& title);

private:
    void reload();
    void fill(const QList<Hotspot>& spots);

    Store& m_store;
    QueryWorker& m_worker;
    quint64 m_asked = 0;
    quint64 m_shown = 0;
    QString m_error;
    QDate m_upTo;
    QList<Hotspot> m_spots;
    QSpinBox* m_days;
    QSpinBox* m_minimum;
    QTableWidget* m_table;
    QList<QWidget*> m_actions; // the table and the buttons acting on its row, disabled while a new list is found
};

} // namespace caseloop
