#include "TestSupport.h"
#include "domain/ComplaintStatus.h"
#include "domain/Enums.h"
#include "domain/RectificationStatus.h"
#include "domain/TicketStatus.h"
#include "store/StatisticsStore.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace caseloop;
using namespace caseloop::test;

namespace {
template <class E> void checkStorageStrings()
{
    QSet<QString> seen;
    for (E v : allValues<E>()) {
        const QString key = toStorage(v);
        CHECK_FALSE(key.isEmpty());
        CHECK_FALSE(seen.contains(key));
        seen.insert(key);
        CHECK(fromStorage<E>(key) == v);
        CHECK_FALSE(displayName(v).isEmpty());
    }
    CHECK_FALSE(fromStorage<E>(QStringLiteral("no-such-state")).has_value());
}
} // namespace

TEST_CASE("every enum has unique, stable storage strings that read back", "[states]")
{
    checkStorageStrings<ComplaintStatus>();
    checkStorageStrings<ComplaintAction>();
    checkStorageStrings<TicketStatus>();
    checkStorageStrings<TicketAction>();
    checkStorageStrings<RectificationStatus>();
    checkStorageStrings<RectificationAction>();
    checkStorageStrings<RectificationStep>();
    checkStorageStrings<Priority>();
    checkStorageStrings<FollowUpMethod>();
    checkStorageStrings<FollowUpPurpose>();
    checkStorageStrings<Satisfaction>();
    checkStorageStrings<Role>();
    checkStorageStrings<DayKind>();
    checkStorageStrings<Dimension>();
    // These strings are in every database: renaming one breaks existing files.
    CHECK(toStorage(ComplaintStatus::AwaitingFollowUp) == QStringLiteral("awaiting_follow_up"));
    CHECK(toStorage(TicketStatus::Returned) == QStringLiteral("returned"));
    CHECK(toStorage(RectificationStatus::ContinueTracking) == QStringLiteral("continue_tracking"));
}

TEST_CASE("every allowed complaint transition leads where the loop says", "[states]")
{
    using S = ComplaintStatus;
    using A = ComplaintAction;
    const std::tuple<S, A, S> expected[] = {
        {S::New, A::Dispatch, S::InProgress},
        {S::New, A::StartHandling, S::InProgress},
        {S::New, A::FeedBackResult, S::AwaitingFollowUp},
        {S::InProgress, A::FeedBackResult, S::AwaitingFollowUp},
        {S::AwaitingFollowUp, A::Close, S::Closed},
        {S::AwaitingFollowUp, A::Reopen, S::Reopened},
        {S::Closed, A::Reopen, S::Reopened},
        {S::Reopened, A::Dispatch, S::InProgress},
        {S::InProgress, A::MarkInvalid, S::Invalid},
        {S::New, A::Withdraw, S::Withdrawn},
        {S::Invalid, A::Reopen, S::Reopened},
    };
    for (const auto& [from, action, to] : expected) {
        INFO(toStorage(from).toStdString() << " + " << toStorage(action).toStdString());
        CHECK(nextStatus(from, action) == to);
    }
    // The table itself: every row is reachable through nextStatus and allowedActions.
    for (const auto& t : complaintTransitions()) {
        CHECK(nextStatus(t.from, t.action) == t.to);
        CHECK(allowedActions(t.from).contains(t.action));
    }
}

TEST_CASE("refused complaint transitions name the complaint, its state and the action", "[states]")
{
    using S = ComplaintStatus;
    using A = ComplaintAction;
    const std::pair<S, A> refused[]
        = {{S::Closed, A::Close},          {S::Closed, A::Dispatch},      {S::Withdrawn, A::Reopen},
           {S::Invalid, A::Close},         {S::New, A::Reopen},           {S::AwaitingFollowUp, A::Withdraw},
           {S::Closed, A::FeedBackResult}, {S::Withdrawn, A::MarkInvalid}};
    for (const auto& [from, action] : refused) {
        auto r = checkTransition(QStringLiteral("TS-20261123-0007"), from, action);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("TS-20261123-0007")));
        CHECK(r.error().contains(displayName(from)));
        CHECK(r.error().contains(displayName(action)));
    }
    CHECK(allowedActions(S::Withdrawn).isEmpty());
    CHECK_FALSE(isOpen(S::Closed));
    CHECK(isOpen(S::Reopened));
}

TEST_CASE("ticket transitions: accept, complete, return and dispatch again", "[states]")
{
    using S = TicketStatus;
    using A = TicketAction;
    CHECK(require(checkTransition(1, S::Waiting, A::Accept)) == S::InProgress);
    CHECK(require(checkTransition(1, S::InProgress, A::Complete)) == S::Done);
    CHECK(require(checkTransition(1, S::InProgress, A::Return)) == S::Returned);
    CHECK(require(checkTransition(1, S::Returned, A::Redispatch)) == S::Waiting);
    for (const auto& [from, action] : {std::pair{S::Done, A::Complete}, std::pair{S::Done, A::Return},
                                       std::pair{S::Returned, A::Accept}, std::pair{S::Waiting, A::Redispatch}}) {
        auto r = checkTransition(42, from, action);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("42")));
        CHECK(r.error().contains(displayName(from)));
    }
}

TEST_CASE("rectification transitions follow the five steps, with send-back and keep-tracking", "[states]")
{
    using S = RectificationStatus;
    using A = RectificationAction;
    const QString code = QStringLiteral("ZG-2026-0001");
    CHECK(require(checkTransition(code, S::Assigned, A::Resolve)) == S::InProgress);
    CHECK(require(checkTransition(code, S::InProgress, A::ReportBack)) == S::ReportedBack);
    CHECK(require(checkTransition(code, S::ReportedBack, A::ReviewPass)) == S::Reviewed);
    CHECK(require(checkTransition(code, S::ReportedBack, A::ReviewReject)) == S::InProgress);
    CHECK(require(checkTransition(code, S::Reviewed, A::ConfirmResolved)) == S::Closed);
    CHECK(require(checkTransition(code, S::Reviewed, A::ConfirmContinue)) == S::ContinueTracking);
    CHECK(require(checkTransition(code, S::ContinueTracking, A::ReportBack)) == S::ReportedBack);
    CHECK(stepOf(A::ReviewReject) == RectificationStep::Review);
    CHECK(stepOf(A::ConfirmContinue) == RectificationStep::Confirm);
    for (const auto& [from, action] :
         {std::pair{S::Assigned, A::ReportBack}, std::pair{S::Closed, A::Resolve},
          std::pair{S::InProgress, A::ConfirmResolved}, std::pair{S::Reviewed, A::ReviewPass}}) {
        auto r = checkTransition(code, from, action);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(code));
        CHECK(r.error().contains(displayName(action)));
    }
    CHECK(isOpen(S::ContinueTracking));
    CHECK_FALSE(isOpen(S::Closed));
}
