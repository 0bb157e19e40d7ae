#pragma once

#include "domain/Records.h"

namespace caseloop {

// What an analysis looks at: complaints received from..to (inclusive days), optionally inside one region
// or estate (the drill-down of region → estate → building).
struct AnalysisScope
{
    QDate from;
    QDate to;
    Id regionId = 0;
    Id estateId = 0;
};

// A reporting period and the one before it, for "this week against last week".
struct Period
{
    enum class Kind { Week, Month, Quarter, Custom };
    Kind kind = Kind::Week;
    QDate from;
    QDate to;

    // The ISO week (Monday–Sunday), calendar month or quarter that contains `day`.
    static Period containing(Kind kind, const QDate& day);
    // 2026-W47 → that ISO week; an invalid Period when the text is not a week.
    static Period isoWeek(const QString& text);
    // The same kind of period just before (a custom period: as many days just before).
    Period previous() const;
    QString label() const; // 2026-W47, 2026-11, 2026-Q4 or 2026-11-01 – 2026-11-20
    // Whether the period has not ended by `today` (today itself is not over).
    bool isPartial(const QDate& today) const { return from <= today && to >= today; }
    // The period before, cut to as many days as this one has had by `today` when it is partial: two days of this
    // week are compared with the same two days of the last one. previous() itself when this one has ended.
    Period previousUpTo(const QDate& today) const;
    // "(as of 12-02, week not complete)", said where a partial period is shown.
    QString partialNote(const QDate& today) const;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

struct TrendPoint
{
    QDate start; // the Monday of the week or the first of the month
    qint64 count = 0;
};

// A promise kept on time, out of those that fell due or were kept (a promise still running is not counted).
struct Rate
{
    qint64 hits = 0;
    qint64 of = 0;
    double percent() const { return of > 0 ? 100.0 * double(hits) / double(of) : 0.0; }
    // "87.5% (7/8)", or "—" when nothing was due.
    QString text() const;
};

// SLA compliance of the complaints received in a scope, judged at `asOf` (usually the end of the period).
struct SlaCompliance
{
    Rate firstContact; // first contact made by its due time (urgent 2 h, others 24 h)
    Rate feedback; // result fed back within 3 working days
    Rate followUp; // satisfaction follow-up within 14 days of the feedback
};

// The KPIs (docs/DOMAIN.md §5) for one steward or department, over the complaints received in the period
// (a department's complaints are those with a ticket dispatched to it). Definitions, once:
//  - complaints: how many.
//  - on-time first response 及时响应率: first contact by its due time, out of those whose first contact was made or
//    fell due by the end of the period.
//  - on-time closure 按时办结率: the result fed back to the customer by its due time (3 working days), out of
//    those fed back or due by the end of the period.
//  - satisfaction 满意率: 非常满意, 满意 or 基本满意, out of those with a satisfaction recorded.
//  - reopen rate 重开率: reopened at least once, out of all.
//  - average handling time: hours from received to closed, over those closed.
//  - repeat complainants 重复投诉: phone numbers with two or more of these complaints in the period.
struct KpiRow
{
    Id id = 0;
    QString name;
    qint64 complaints = 0;
    Rate firstResponse;
    Rate closure;
    Rate satisfaction;
    Rate reopen;
    double averageHandlingHours = 0; // 0 when none was closed
    qint64 repeatComplainants = 0;
};

enum class KpiGroup { Steward, Department };

// The state of the work over one period, for the weekly report's "this week against last week".
struct PeriodFigures
{
    qint64 received = 0; // registered in the period
    qint64 closed = 0; // closed in the period
    qint64 openAtEnd = 0; // received by the end and not closed then (invalid and withdrawn ones excluded)
    qint64 overdueAtEnd = 0; // of those, with a promise past due and not kept at the end

    bool operator==(const PeriodFigures&) const = default;
};

// One period whose figures are asked: from..to (inclusive dates), ending the day after `to` or at asOf if earlier.
struct FiguresAsked
{
    QDate from;
    QDate to;
    QDateTime asOf;
};

// 热点: the same type at the same building or public area at least `min` times within `days` days up to a day.
struct HotspotRule
{
    int days = 30;
    int minimum = 3;
};

struct Hotspot
{
    Id estateId = 0;
    Id buildingId = 0; // 0 for a public area
    QString publicArea;
    Id typeId = 0;
    Id serviceLineId = 0; // the most frequent among its complaints
    Id regionId = 0;
    QString place; // 西溪锦园 3栋 / 西溪锦园 地下车库
    QString typeName;
    QList<Id> complaintIds; // newest first
    QDate first;
    QDate last;
    QString openItemCode; // an open rectification item already tracking some of these complaints
};

} // namespace caseloop
