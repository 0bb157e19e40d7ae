#pragma once

#include "base/Id.h"
#include "domain/ComplaintStatus.h"
#include "domain/Enums.h"
#include "domain/RectificationStatus.h"
#include "domain/TicketStatus.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace caseloop {

// The records of the domain (docs/DOMAIN.md). An Id of 0 means "not stored yet" or "none".

// An entry of an editable catalogue: kind, channel, customer type, complaint type, service line.
struct CatalogueEntry
{
    Id id = 0;
    QString catalogue; // see Catalogue in CatalogueStore.h
    QString code;
    QString nameZh;
    QString nameEn;
    int sortOrder = 0;
    bool active = true;
};

struct Region
{
    Id id = 0;
    QString name;
    int sortOrder = 0;
    bool active = true;
};

struct Estate // 项目/小区
{
    Id id = 0;
    Id regionId = 0;
    QString name;
    QString address;
    bool active = true;
};

struct Building // 楼栋
{
    Id id = 0;
    Id estateId = 0;
    QString name;
    int units = 1;
    int floors = 1;
};

struct Department // 部门
{
    Id id = 0;
    QString name;
    QString nameEn;
    bool active = true;
};

struct Staff // 人员
{
    Id id = 0;
    QString name;
    QString login;
    Role role = Role::Steward;
    Id departmentId = 0;
    QString phone;
    bool active = true;
};

struct CalendarDay // 节假日 or 调休
{
    QDate date;
    DayKind kind = DayKind::Holiday;
    QString name;
};

struct Complaint // 投诉单
{
    Id id = 0;
    QString code; // TS-20261123-0007
    QDateTime receivedAt;
    Id channelId = 0;
    Id kindId = 0;
    QString complainantName;
    QString complainantPhone;
    Id customerTypeId = 0;
    Id regionId = 0;
    Id estateId = 0;
    Id buildingId = 0;
    QString unit;
    QString room;
    QString publicArea; // 公共区域 (电梯厅, 地库…) when not a room
    Id typeId = 0;
    Id serviceLineId = 0;
    Priority priority = Priority::Normal;
    bool valid = true;
    QString invalidReason;
    QString description;
    QString request;
    Id stewardId = 0;
    ComplaintStatus status = ComplaintStatus::New;
    QDateTime firstContactDue;
    QDateTime feedbackDue;
    QDateTime followUpDue;
    QDateTime firstContactAt;
    QDateTime feedbackAt;
    QDateTime followUpAt;
    QDateTime closedAt;
    QString closeReason;
    std::optional<Satisfaction> satisfaction;
    int reopenCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString note; // 备注, as a ledger brought it in
    int rowVersion = 1;
};

struct Ticket // 工单
{
    Id id = 0;
    Id complaintId = 0;
    Id departmentId = 0;
    Id assigneeId = 0;
    QDateTime dispatchedAt;
    QDateTime dueAt;
    QString measures;
    QString result;
    QDateTime completedAt;
    TicketStatus status = TicketStatus::Waiting;
    QString returnReason;
    int rowVersion = 1;
};

struct FollowUp // 跟进记录
{
    Id id = 0;
    Id complaintId = 0;
    QDateTime at;
    Id staffId = 0;
    FollowUpMethod method = FollowUpMethod::Phone;
    FollowUpPurpose purpose = FollowUpPurpose::ProgressUpdate;
    QString said;
    QString answer;
    std::optional<Satisfaction> satisfaction;
    bool reopenRequested = false;
};

struct RectificationItem // 整改项
{
    Id id = 0;
    QString code; // ZG-2026-0012
    RectificationStatus status = RectificationStatus::Assigned;
    // 1 分派
    QString problem;
    Id typeId = 0;
    Id regionId = 0;
    Id estateId = 0;
    Id buildingId = 0;
    Id serviceLineId = 0;
    Id departmentId = 0;
    QString suggestion;
    QDate deadline;
    Id assignedBy = 0;
    QDateTime assignedAt;
    // 2 解决
    QString measures;
    QString responsiblePerson;
    QDate plannedDate;
    QDateTime resolvedAt;
    // 3 反馈
    QString feedback;
    QString unresolvedReason;
    QDateTime reportedAt;
    // 4 审核
    QString reviewOpinion;
    Id reviewerId = 0;
    QDateTime reviewedAt;
    // 5 确认
    std::optional<ConfirmResult> confirmResult;
    QString confirmNote;
    Id confirmerId = 0;
    QDateTime confirmedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int rowVersion = 1;
    QList<Id> complaintIds; // 问题来源
};

struct RectificationStepRecord // one row of an item's history
{
    Id id = 0;
    Id itemId = 0;
    RectificationStep step = RectificationStep::Assign;
    QString action;
    RectificationStatus fromStatus = RectificationStatus::Assigned;
    RectificationStatus toStatus = RectificationStatus::Assigned;
    QDateTime at;
    Id staffId = 0;
    QString note;
};

struct AuditEntry // 操作日志
{
    Id id = 0;
    QDateTime at;
    Id actorId = 0;
    QString actorName;
    QString entity;
    Id entityId = 0;
    QString action; // create, update, delete, export…
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace caseloop
