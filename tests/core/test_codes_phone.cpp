#include "TestSupport.h"
#include "domain/Codes.h"
#include "domain/Phone.h"

#include <QSet>

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("complaint codes are TS-date-sequence, counted per day of receipt", "[codes]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    QSet<QString> codes;
    for (int i = 0; i < 120; ++i)
        codes.insert(require(wf.registerComplaint(db.draft())).code);
    CHECK(codes.size() == 120);
    CHECK(codes.contains(QStringLiteral("TS-20261123-0001")));
    CHECK(codes.contains(QStringLiteral("TS-20261123-0120")));
    Complaint yesterday = db.draft();
    yesterday.receivedAt = db.clock().now().addDays(-1);
    const QString code = require(wf.registerComplaint(yesterday)).code;
    CHECK(code == QStringLiteral("TS-20261122-0001"));
    CHECK(isComplaintCode(code));
    CHECK_FALSE(isComplaintCode(QStringLiteral("TS-2026-0001")));
}

TEST_CASE("a failed registration does not use up a code", "[codes]")
{
    TestDb db;
    ComplaintWorkflow wf(db.store());
    require(wf.registerComplaint(db.draft()));
    // A refused draft (its building belongs to another estate) does not take a number.
    Complaint wrong = db.draft();
    const Id otherEstate
        = require(db.store().organisation().addEstate({0, db.org().region, QStringLiteral("钱塘云庭"), {}, true}));
    wrong.estateId = otherEstate;
    REQUIRE_FALSE(wf.registerComplaint(wrong).ok());
    CHECK(require(wf.registerComplaint(db.draft())).code == QStringLiteral("TS-20261123-0002"));
}

TEST_CASE("rectification codes are ZG-year-sequence", "[codes]")
{
    TestDb db;
    CHECK(require(nextRectificationCode(db.store().settings(), QDate(2026, 3, 1))) == QStringLiteral("ZG-2026-0001"));
    CHECK(require(nextRectificationCode(db.store().settings(), QDate(2026, 5, 1))) == QStringLiteral("ZG-2026-0002"));
    CHECK(require(nextRectificationCode(db.store().settings(), QDate(2027, 1, 2))) == QStringLiteral("ZG-2027-0001"));
}

TEST_CASE("phone numbers are normalised, validated and masked", "[phone]")
{
    CHECK(normalisePhone(QStringLiteral("138 0013 8000")) == QStringLiteral("13800138000"));
    CHECK(normalisePhone(QStringLiteral("+86 139-0000-1234")) == QStringLiteral("13900001234"));
    CHECK(normalisePhone(QStringLiteral("0571-88886666")) == QStringLiteral("0571-88886666"));
    CHECK(normalisePhone(QStringLiteral("02088886666")) == QStringLiteral("020-88886666"));
    CHECK(isValidPhone(QStringLiteral("13800138000")));
    CHECK(isValidPhone(QStringLiteral("0571-88886666")));
    CHECK(isValidPhone(QStringLiteral("010-6666777")));
    CHECK_FALSE(isValidPhone(QStringLiteral("12800138000"))); // 12x is not a mobile prefix
    CHECK_FALSE(isValidPhone(QStringLiteral("1380013800"))); // 10 digits
    CHECK_FALSE(isValidPhone(QStringLiteral("88886666"))); // no area code
    CHECK(maskPhone(QStringLiteral("13812341234")) == QStringLiteral("138****1234"));
    CHECK(maskPhone(QStringLiteral("123")) == QStringLiteral("***"));
}
