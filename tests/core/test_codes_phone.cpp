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
    CHECK(maskPhone(QStringLiteral("13812341234")) == QStringLiteral("138******34"));
    CHECK(maskPhone(QStringLiteral("123")) == QStringLiteral("***"));
}

TEST_CASE("a masked number hides at least four digits and at least half of them, in any text", "[phone][safety]")
{
    CHECK(maskPhone(QStringLiteral("87654321")) == QStringLiteral("87****21"));
    CHECK(maskPhone(QStringLiteral("0571-88886666")) == QStringLiteral("057*-*****666"));
    CHECK(maskPhone(QStringLiteral("12345")) == QStringLiteral("1****"));
    for (const QString& number :
         {QStringLiteral("13812341234"), QStringLiteral("87654321"), QStringLiteral("0571-88886666"),
          QStringLiteral("010-6666777"), QStringLiteral("123456"), QStringLiteral("11010519491231002X")}) {
        const QString masked = maskPhone(number);
        const auto hidden = masked.count(QLatin1Char('*'));
        const auto digits
            = std::count_if(number.cbegin(), number.cend(), [](QChar c) { return c != QLatin1Char('-'); });
        INFO(number.toStdString() << " -> " << masked.toStdString());
        CHECK(hidden >= 4);
        CHECK(hidden * 2 >= digits);
        CHECK(masked.size() == number.size());
    }
    // Numbers written into free text, as callers dictate them.
    const QString text
        = QStringLiteral("请回电13912345678或+86 139 1234 5678，座机0571-88886666，"
                         "身份证11010519491231002X；单号TS-20261123-0007，2026-11-23 09:30 报修，3栋1-0802。");
    const QString masked = maskNumbersInText(text);
    INFO(masked.toStdString());
    for (const QString& secret : {QStringLiteral("13912345678"), QStringLiteral("1234 5678"),
                                  QStringLiteral("88886666"), QStringLiteral("491231002X"), QStringLiteral("19491231")})
        CHECK_FALSE(masked.contains(secret));
    CHECK(masked.contains(QStringLiteral("请回电139******78")));
    CHECK(masked.contains(QStringLiteral("TS-20261123-0007")));
    CHECK(masked.contains(QStringLiteral("2026-11-23 09:30")));
    CHECK(masked.contains(QStringLiteral("3栋1-0802")));
    CHECK(maskNumbersInText(QStringLiteral("没有号码")) == QStringLiteral("没有号码"));
    // Touching letters, typed full-width, or a landline written with brackets and two dashes.
    for (const QString& written : {QStringLiteral("Tel13812345678"), QStringLiteral("微信号wx13812345678"),
                                   QStringLiteral("电话１３８１２３４５６７８"), QStringLiteral("(0571)88886666"),
                                   QStringLiteral("0571-8888-6666")}) {
        const QString m = maskNumbersInText(written);
        INFO(written.toStdString() << " -> " << m.toStdString());
        CHECK(m.count(QLatin1Char('*')) >= 5);
    }
}
