#include "base/Language.h"
#include "sql/SqlStores.h"
#include "sql/SqlTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace caseloop {

namespace {
const QStringList kColumns{
    QStringLiteral("code"),
    QStringLiteral("status"),
    QStringLiteral("problem"),
    QStringLiteral("type_id"),
    QStringLiteral("region_id"),
    QStringLiteral("estate_id"),
    QStringLiteral("building_id"),
    QStringLiteral("service_line_id"),
    QStringLiteral("department_id"),
    QStringLiteral("suggestion"),
    QStringLiteral("deadline"),
    QStringLiteral("assigned_by"),
    QStringLiteral("assigned_at"),
    QStringLiteral("measures"),
    QStringLiteral("responsible_person"),
    QStringLiteral("planned_date"),
    QStringLiteral("resolved_at"),
    QStringLiteral("feedback"),
    QStringLiteral("unresolved_reason"),
    QStringLiteral("reported_at"),
    QStringLiteral("review_opinion"),
    QStringLiteral("reviewer_id"),
    QStringLiteral("reviewed_at"),
    QStringLiteral("confirm_result"),
    QStringLiteral("confirm_note"),
    QStringLiteral("confirmer_id"),
    QStringLiteral("confirmed_at"),
    QStringLiteral("created_at"),
    QStringLiteral("updated_at"),
};

Row itemRow(const RectificationItem& r)
{
    const QVariantList values{
        r.code,
        toStorage(r.status),
        r.problem,
        idToDb(r.typeId),
        idToDb(r.regionId),
        idToDb(r.estateId),
        idToDb(r.buildingId),
        idToDb(r.serviceLineId),
        r.departmentId,
        r.suggestion,
        toDb(r.deadline),
        idToDb(r.assignedBy),
        toDb(r.assignedAt),
        r.measures,
        r.responsiblePerson,
        toDb(r.plannedDate),
        toDb(r.resolvedAt),
        r.feedback,
        r.unresolvedReason,
        toDb(r.reportedAt),
        r.reviewOpinion,
        idToDb(r.reviewerId),
        toDb(r.reviewedAt),
        r.confirmResult ? QVariant(toStorage(*r.confirmResult)) : QVariant(),
        r.confirmNote,
        idToDb(r.confirmerId),
        toDb(r.confirmedAt),
        toDb(r.createdAt),
        toDb(r.updatedAt),
    };
    Row row;
    for (int i = 0; i < kColumns.size(); ++i)
        row.append({kColumns[i], values[i]});
    return row;
}

RectificationItem readItem(SqlQuery& q)
{
    RectificationItem r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.code = q.value(i++).toString();
    r.status = fromStorage<RectificationStatus>(q.value(i++).toString()).value_or(RectificationStatus::Assigned);
    r.problem = q.value(i++).toString();
    r.typeId = q.value(i++).toLongLong();
    r.regionId = q.value(i++).toLongLong();
    r.estateId = q.value(i++).toLongLong();
    r.buildingId = q.value(i++).toLongLong();
    r.serviceLineId = q.value(i++).toLongLong();
    r.departmentId = q.value(i++).toLongLong();
    r.suggestion = q.value(i++).toString();
    r.deadline = dateFromDb(q.value(i++));
    r.assignedBy = q.value(i++).toLongLong();
    r.assignedAt = timeFromDb(q.value(i++));
    r.measures = q.value(i++).toString();
    r.responsiblePerson = q.value(i++).toString();
    r.plannedDate = dateFromDb(q.value(i++));
    r.resolvedAt = timeFromDb(q.value(i++));
    r.feedback = q.value(i++).toString();
    r.unresolvedReason = q.value(i++).toString();
    r.reportedAt = timeFromDb(q.value(i++));
    r.reviewOpinion = q.value(i++).toString();
    r.reviewerId = q.value(i++).toLongLong();
    r.reviewedAt = timeFromDb(q.value(i++));
    if (const QVariant v = q.value(i++); !v.isNull())
        r.confirmResult = fromStorage<ConfirmResult>(v.toString());
    r.confirmNote = q.value(i++).toString();
    r.confirmerId = q.value(i++).toLongLong();
    r.confirmedAt = timeFromDb(q.value(i++));
    r.createdAt = timeFromDb(q.value(i++));
    r.updatedAt = timeFromDb(q.value(i++));
    r.rowVersion = q.value(i++).toInt();
    return r;
}
} // namespace

Result<QList<RectificationItem>> SqlRectificationStore::select(const QString& where, const QVariantList& binds)
{
    auto items = selectRows<RectificationItem>(
        m_s.connection(),
        QStringLiteral("SELECT id, %1, row_version FROM rectification_items %2 ORDER BY deadline, id")
            .arg(columnList(kColumns), where),
        binds, readItem);
    if (!items)
        return items;
    for (RectificationItem& item : items.value()) {
        auto links
            = selectRows<Id>(m_s.connection(),
                             QStringLiteral("SELECT complaint_id FROM rectification_complaints WHERE item_id = ? "
                                            "ORDER BY complaint_id"),
                             {item.id}, [](SqlQuery& q) { return q.value(0).toLongLong(); });
        if (!links)
            return Error{links.error()};
        item.complaintIds = links.value();
    }
    return items;
}

Result<Id> SqlRectificationStore::insert(const RectificationItem& item)
{
    return inTransaction(m_s.database(), [&]() -> Result<Id> {
        auto id = insertRow(m_s, QStringLiteral("rectification_items"), QStringLiteral("rectification"), itemRow(item));
        if (!id)
            return id;
        for (Id complaintId : item.complaintIds) {
            if (Status s
                = execute(m_s.connection(),
                          QStringLiteral("INSERT INTO rectification_complaints (item_id, complaint_id) VALUES (?, ?)"),
                          {*id, complaintId});
                !s)
                return Error{s.error()};
            if (Status s = writeAudit(m_s, QStringLiteral("rectification"), *id, QStringLiteral("link"),
                                      QStringLiteral("complaint_id"), {}, complaintId);
                !s)
                return Error{s.error()};
        }
        return id;
    });
}

Result<RectificationItem> SqlRectificationStore::get(Id id)
{
    return firstOf(select(QStringLiteral("WHERE id = ?"), {id}),
                   QCoreApplication::translate("caseloop::Store", "Rectification item %1").arg(id));
}

Status SqlRectificationStore::update(const RectificationItem& item)
{
    return inTransaction(m_s.database(), [&] {
        return updateRow(m_s, QStringLiteral("rectification_items"), QStringLiteral("rectification"), item.id,
                         itemRow(item), item.rowVersion);
    });
}

namespace {
// The WHERE clause of a filter on rectification_items aliased r; values are bound, never spliced.
QString itemWhere(const RectificationFilter& filter, QVariantList& binds)
{
    QStringList conditions;
    if (!filter.statuses.isEmpty())
        conditions << inCondition(QStringLiteral("r.status"), filter.statuses, binds);
    const std::pair<const char*, Id> ids[]
        = {{"r.department_id", filter.departmentId}, {"r.region_id", filter.regionId}, {"r.type_id", filter.typeId}};
    for (const auto& [column, id] : ids) {
        if (id > 0) {
            conditions << QString::fromLatin1(column) + QStringLiteral(" = ?");
            binds << id;
        }
    }
    dayRange(QStringLiteral("r.assigned_at"), filter.from, filter.to, conditions, binds);
    if (filter.overdueOnly) {
        conditions << QStringLiteral("r.status <> 'closed' AND r.deadline < ?");
        binds << toDb(filter.today);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}
} // namespace

Result<QList<RectificationItem>> SqlRectificationStore::list(const RectificationFilter& filter)
{
    QVariantList binds;
    const QString where = itemWhere(filter, binds);
    // select() reads the table unaliased; give it the alias the filter uses.
    return select(QStringLiteral("r ") + where, binds);
}

Result<QList<TrackingRow>> SqlRectificationStore::trackingRows(const RectificationFilter& filter)
{
    QList<TrackingRow> rows;
    if (Status s = eachTrackingRow(filter, [&](TrackingRow&& row) { rows.append(std::move(row)); }); !s)
        return Error{s.error()};
    std::sort(rows.begin(), rows.end(),
              [](const TrackingRow& a, const TrackingRow& b) { return trackingOrder(a) < trackingOrder(b); });
    return rows;
}

Status SqlRectificationStore::eachTrackingRow(const RectificationFilter& filter,
                                              const std::function<void(TrackingRow&& row)>& each)
{
    Database& db = m_s.database();
    // The names, the links and the items read below are one moment's, whatever other desks change meanwhile (an
    // estate added and an item moved there between two statements would leave the item without its estate's
    // name). Inside a caller's transaction, that transaction decides what is seen.
    const bool ownSnapshot = db.transactionDepth() == 0;
    if (ownSnapshot)
        if (Status s = db.beginSnapshot(); !s)
            return s;
    const Status read = readTrackingRows(filter, each);
    if (ownSnapshot)
        db.endSnapshot();
    return read;
}

Status SqlRectificationStore::readTrackingRows(const RectificationFilter& filter,
                                               const std::function<void(TrackingRow&& row)>& each)
{
    Database& db = m_s.database();
    // The names of types, service lines, places and departments from their own small tables, read once: one
    // shared text per name instead of five joins and eight texts a row.
    QHash<qint64, QString> catalogue, regions, estates, departments;
    const std::pair<const char*, QHash<qint64, QString>*> nameTables[]
        = {{"SELECT id, name_zh, name_en FROM catalogue_entries", &catalogue},
           {"SELECT id, name, '' FROM regions", &regions},
           {"SELECT id, name, '' FROM estates", &estates},
           {"SELECT id, name, name_en FROM departments", &departments}};
    for (const auto& [select, names] : nameTables) {
        if (Status s
            = db.readRows(QString::fromLatin1(select), {},
                          [&](const RowView& q) { names->insert(q.integer(0), localName(q.text(1), q.text(2))); });
            !s)
            return s;
    }
    QVariantList binds;
    const QString where = itemWhere(filter, binds);
    // The linked complaints' codes of every item on the sheet in one statement, in the link table's key order
    // (complaint id: the order they were registered in). A subquery a row cost the server a lookup per item, 40 % of
    // the sheet's reading.
    QHash<qint64, QStringList> codes;
    if (Status s = db.readRows(QStringLiteral("SELECT rc.item_id, c.code FROM rectification_items r "
                                              "JOIN rectification_complaints rc ON rc.item_id = r.id "
                                              "JOIN complaints c ON c.id = rc.complaint_id %1 "
                                              "ORDER BY rc.item_id, rc.complaint_id")
                                   .arg(where),
                               binds, [&](const RowView& q) { codes[q.integer(0)].append(q.text(1)); });
        !s)
        return s;
    const QString sql
        = QStringLiteral("SELECT r.id, r.code, r.problem, r.type_id, r.region_id, r.estate_id, r.service_line_id, "
                         "r.department_id, r.suggestion, r.deadline, r.measures, r.responsible_person, "
                         "r.planned_date, r.feedback, r.unresolved_reason, r.review_opinion, r.confirm_result, "
                         "r.status, r.assigned_at "
                         "FROM rectification_items r %1")
              .arg(where);
    // In the table's order, not the sheet's: a server sorting the 10,000 whole rows by deadline took about 25 ms, a
    // quarter of the sheet's reading, and sent nothing until it had finished; the sheet orders them by their keys.
    const QDate today = filter.today;
    // Through readRows: a sheet of 10,000 items holds 190,000 values.
    return db.readRows(sql, binds, [&](const RowView& q) {
        TrackingRow row;
        int i = 0;
        row.id = q.integer(i++);
        row.code = q.text(i++);
        row.problem = q.text(i++);
        row.type = catalogue.value(q.integer(i++));
        row.region = regions.value(q.integer(i++));
        row.estate = estates.value(q.integer(i++));
        row.serviceLine = catalogue.value(q.integer(i++));
        row.department = departments.value(q.integer(i++));
        row.suggestion = q.text(i++);
        row.deadline = dateFromText(q.text(i++));
        row.measures = q.text(i++);
        row.responsiblePerson = q.text(i++);
        row.plannedDate = dateFromText(q.text(i++));
        row.feedback = q.text(i++);
        row.unresolvedReason = q.text(i++);
        row.reviewOpinion = q.text(i++);
        if (!q.isNull(i))
            row.confirmResult = fromStorage<ConfirmResult>(q.text(i));
        ++i;
        row.status = fromStorage<RectificationStatus>(q.text(i++)).value_or(RectificationStatus::Assigned);
        row.assignedAt = timeFromText(q.text(i++));
        row.complaintCodes = codes.take(row.id);
        row.overdue = isOpen(row.status) && row.deadline.isValid() && today.isValid() && row.deadline < today;
        each(std::move(row));
    });
}

Result<Id> SqlRectificationStore::addStep(const RectificationStepRecord& step)
{
    const Row row{{QStringLiteral("item_id"), step.itemId},
                  {QStringLiteral("step"), toStorage(step.step)},
                  {QStringLiteral("action"), step.action},
                  {QStringLiteral("from_status"), toStorage(step.fromStatus)},
                  {QStringLiteral("to_status"), toStorage(step.toStatus)},
                  {QStringLiteral("at"), toDb(step.at)},
                  {QStringLiteral("staff_id"), idToDb(step.staffId)},
                  {QStringLiteral("note"), step.note}};
    return inTransaction(m_s.database(), [&] {
        return insertRow(m_s, QStringLiteral("rectification_steps"), QStringLiteral("rectification_step"), row);
    });
}

Result<QList<RectificationStepRecord>> SqlRectificationStore::steps(Id itemId)
{
    return selectRows<RectificationStepRecord>(
        m_s.connection(),
        QStringLiteral("SELECT id, item_id, step, action, from_status, to_status, at, staff_id, note "
                       "FROM rectification_steps WHERE item_id = ? ORDER BY id"),
        {itemId}, [](SqlQuery& q) {
            RectificationStepRecord r;
            r.id = q.value(0).toLongLong();
            r.itemId = q.value(1).toLongLong();
            r.step = fromStorage<RectificationStep>(q.value(2).toString()).value_or(RectificationStep::Assign);
            r.action = q.value(3).toString();
            r.fromStatus
                = fromStorage<RectificationStatus>(q.value(4).toString()).value_or(RectificationStatus::Assigned);
            r.toStatus
                = fromStorage<RectificationStatus>(q.value(5).toString()).value_or(RectificationStatus::Assigned);
            r.at = timeFromDb(q.value(6));
            r.staffId = q.value(7).toLongLong();
            r.note = q.value(8).toString();
            return r;
        });
}

} // namespace caseloop
