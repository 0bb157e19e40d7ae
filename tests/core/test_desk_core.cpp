#include "TestSupport.h"
#include "domain/Minefield.h"
#include "domain/RoomText.h"
#include "workflow/CaseTimeline.h"

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("the minefield check finds the seed's phrases, longest first, and offers gentler words", "[desk]")
{
    TestDb db;
    const QList<MinefieldPhrase> phrases = require(db.store().phrasebook().phrases(true));
    const QString text = QStringLiteral("您理解错了，这不归我们管，规定就是这样，我也没办法。");
    const QList<MinefieldHit> hits = findMinefieldPhrases(text, phrases);
    QStringList found;
    for (const MinefieldHit& h : hits)
        found << h.phrase;
    // "这不归我们管" beats "不归我们管", "我也没办法" beats "没办法".
    CHECK(found
          == QStringList{QStringLiteral("您理解错了"), QStringLiteral("这不归我们管"), QStringLiteral("规定就是这样"),
                         QStringLiteral("我也没办法")});
    CHECK(hits[1].start == 6);
    CHECK(hits[1].length == 6);
    const QString gentler = withGentlerWording(text, hits);
    CHECK(findMinefieldPhrases(gentler, phrases).isEmpty());
    CHECK(gentler.startsWith(QStringLiteral("可能是我没有解释清楚")));

    CHECK(findMinefieldPhrases(QStringLiteral("您好，我们马上安排师傅上门。"), phrases).isEmpty());
}

TEST_CASE("minefield phrases are editable: an added phrase is found, a deactivated one is not", "[desk]")
{
    TestDb db;
    PhrasebookStore& book = db.store().phrasebook();
    require(book.addPhrase({0, QStringLiteral("等着吧"), QStringLiteral("我们会尽快处理，有进展马上告诉您"), true, 1}));
    QList<MinefieldPhrase> phrases = require(book.phrases(false));
    auto it = std::find_if(phrases.begin(), phrases.end(),
                           [](const MinefieldPhrase& p) { return p.phrase == QStringLiteral("没办法"); });
    REQUIRE(it != phrases.end());
    it->active = false;
    requireOk(book.updatePhrase(*it));
    phrases = require(book.phrases(true));
    CHECK(findMinefieldPhrases(QStringLiteral("等着吧"), phrases).size() == 1);
    CHECK(findMinefieldPhrases(QStringLiteral("真没办法"), phrases).isEmpty());
    CHECK(
        rawScalar(db.path(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'minefield_phrase'")).toInt()
        == 2);
    auto empty = book.addPhrase({0, QStringLiteral("  "), QStringLiteral("x"), true, 1});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("Phrase")));
}

TEST_CASE("reply templates fill their placeholders", "[desk]")
{
    TestDb db;
    const QList<ReplyTemplate> templates = require(db.store().phrasebook().templates(true));
    REQUIRE(templates.size() >= 5);
    const QString filled = fillTemplate(templates.first().body,
                                        {{QStringLiteral("管家"), QStringLiteral("陈静")},
                                         {QStringLiteral("单号"), QStringLiteral("TS-20261123-0001")}});
    CHECK(filled.contains(QStringLiteral("陈静")));
    CHECK(filled.contains(QStringLiteral("TS-20261123-0001")));
    CHECK_FALSE(filled.contains(QLatin1Char('{')));
}

TEST_CASE("the intake finds an earlier complainant by phone or name and lists their complaints", "[desk]")
{
    TestDb db;
    const Complaint first = db.registered(QStringLiteral("phone"));
    db.clock().set(db.clock().now().addSecs(3600));
    const Complaint second = db.registered(QStringLiteral("phone"));
    ComplaintStore& complaints = db.store().complaints();

    QList<Complainant> byPhone = require(complaints.complainants(QStringLiteral("1380 01"), 10));
    REQUIRE(byPhone.size() == 1);
    CHECK(byPhone[0].name == QStringLiteral("李秀英"));
    CHECK(byPhone[0].complaints == 2);
    CHECK(byPhone[0].buildingId == db.org().building);
    CHECK(byPhone[0].room == QStringLiteral("1502"));
    CHECK(byPhone[0].lastReceivedAt == second.receivedAt);
    CHECK(require(complaints.complainants(QStringLiteral("李秀"), 10)).size() == 1);
    CHECK(require(complaints.complainants(QStringLiteral("138"), 10)).isEmpty()); // too short to mean anyone
    CHECK(require(complaints.complainants(QStringLiteral("王芳"), 10)).isEmpty());

    const QList<Complaint> history = require(complaints.history(QStringLiteral("138-0013-8000"), {}, 10));
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == second.id);
    CHECK(history[1].id == first.id);
    CHECK(require(complaints.history({}, QStringLiteral("李秀英"), 10)).size() == 2);
    CHECK(require(complaints.usualServiceLine(first.typeId)) == first.serviceLineId);
    CHECK(require(complaints.usualServiceLine(db.entry(Catalogue::Type, QStringLiteral("noise")))) == 0);
}

TEST_CASE("the case timeline shows registration, tickets, follow-ups and status changes in order", "[desk]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    db.store().setActor({db.org().steward, QStringLiteral("陈静")});
    const Complaint c = db.registered(QStringLiteral("phone"));
    db.clock().set(db.clock().now().addSecs(600));
    const Ticket t = require(wf.dispatch(c.id, db.org().engineering, 0, db.clock().now().addDays(1)));
    db.clock().set(db.clock().now().addSecs(3600));
    require(wf.completeTicket(t.id, QStringLiteral("更换曳引机钢丝绳"), QStringLiteral("电梯恢复运行")));
    db.clock().set(db.clock().now().addSecs(600));
    FollowUp f;
    f.complaintId = c.id;
    f.staffId = db.org().steward;
    f.purpose = FollowUpPurpose::ResultFeedback;
    f.said = QStringLiteral("电梯已修好");
    f.answer = QStringLiteral("好的，谢谢");
    require(wf.recordFollowUp(f));

    const QList<TimelineEntry> entries = require(CaseTimeline::build(db.store(), c.id));
    QList<TimelineEntry::Kind> kinds;
    for (const TimelineEntry& e : entries)
        kinds << e.kind;
    REQUIRE(entries.size() >= 5);
    CHECK(entries.first().kind == TimelineEntry::Kind::Registered);
    CHECK(entries.first().actor == QStringLiteral("陈静"));
    for (int i = 1; i < entries.size(); ++i)
        CHECK(entries[i - 1].at <= entries[i].at);
    CHECK(kinds.count(TimelineEntry::Kind::Ticket) == 2); // dispatched, done
    CHECK(kinds.count(TimelineEntry::Kind::FollowUp) == 1);
    CHECK(kinds.count(TimelineEntry::Kind::Status) >= 2); // → 处理中, → 待回访
    const auto done = std::find_if(entries.begin(), entries.end(), [](const TimelineEntry& e) {
        return e.kind == TimelineEntry::Kind::Ticket && e.detail.contains(QStringLiteral("更换曳引机钢丝绳"));
    });
    CHECK(done != entries.end());
    CHECK(entries.last().detail.contains(QStringLiteral("好的，谢谢")));
}

TEST_CASE("a room typed at the intake is split into unit and room", "[desk]")
{
    CHECK(parseRoomText(QStringLiteral("2-1502")).unit == QStringLiteral("2"));
    CHECK(parseRoomText(QStringLiteral("2-1502")).room == QStringLiteral("1502"));
    CHECK(parseRoomText(QStringLiteral("2单元1502")).unit == QStringLiteral("2"));
    CHECK(parseRoomText(QStringLiteral(" 1502 ")).unit.isEmpty());
    CHECK(parseRoomText(QStringLiteral(" 1502 ")).room == QStringLiteral("1502"));
    CHECK(parseRoomText(QStringLiteral("地下一层B区")).room == QStringLiteral("地下一层B区"));
    CHECK(roomText(QStringLiteral("2"), QStringLiteral("1502")) == QStringLiteral("2-1502"));
}
