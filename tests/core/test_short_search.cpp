// Searches of one or two characters go through complaints_grams (GramTokenizer.h) and must find exactly what a
// scan of the same fields finds: the complaint code, or the text inside the complainant's name, the description
// or the request (the fields of the trigram index behind longer searches), ASCII letters in either case.
#include "TestSupport.h"
#include "sql/Transaction.h"

#include <QSet>

using namespace caseloop;
using namespace caseloop::test;

namespace {
// What a scan of the table finds, as sorted ids.
QList<qint64> scanned(const QString& path, const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    // instr() in SQLite, strpos() in PostgreSQL: both (haystack, needle), 0 when not found.
    const QString sql = QStringLiteral("SELECT id FROM complaints WHERE code = '%1' "
                                       "OR %2(lower(complainant_name), lower('%1')) > 0 OR %2(lower(description), "
                                       "lower('%1')) > 0 OR %2(lower(request), lower('%1')) > 0 ORDER BY id")
                            .arg(t, onPostgres() ? QStringLiteral("strpos") : QStringLiteral("instr"));
    QList<qint64> ids;
    for (const QVariant& id : rawColumn(path, sql))
        ids << id.toLongLong();
    return ids;
}

// What the list finds, as sorted ids, and its count.
QList<qint64> searched(Store& store, const QString& text, qint64* count = nullptr)
{
    ComplaintFilter f;
    f.text = text;
    QList<qint64> ids;
    const QList<Complaint> found
        = require(store.complaints().list(f, 100000)); // a local: require's value is a temporary
    for (const Complaint& c : found)
        ids << c.id;
    std::sort(ids.begin(), ids.end());
    if (count)
        *count = require(store.complaints().count(f));
    return ids;
}
} // namespace

TEST_CASE("a 1–2 character search finds exactly what a scan of the same fields finds", "[search]")
{
    TestDb db;
    db.fillDemo(400, 5);
    Complaint odd = require(db.store().complaints().get(400));
    odd.complainantName = QStringLiteral("陈𠀋"); // a character outside the BMP: two UTF-16 units, one character
    odd.description = QStringLiteral("B座电梯 Wifi信号差，门口贴的\"通知\"看不清");
    odd.request = QStringLiteral("修");
    requireOk(db.store().complaints().update(odd));
    const Id oddId = odd.id;

    // Every one- and two-character piece of a sample of texts, and pieces that are tricky on purpose.
    QSet<QString> needles{QStringLiteral("wi"),   QStringLiteral("WI"), QStringLiteral("b"),    QStringLiteral("B座"),
                          QStringLiteral("号差"), QStringLiteral("𠀋"), QStringLiteral("\""),   QStringLiteral("\"通"),
                          QStringLiteral("梯 "),  QStringLiteral("修"), QStringLiteral("鸽子"), QStringLiteral("13"),
                          QStringLiteral("8")};
    for (Id id : {Id(1), Id(57), Id(200), Id(333)}) {
        const Complaint c = require(db.store().complaints().get(id));
        for (const QString& text : {c.description, c.request, c.complainantName}) {
            for (int i = 0; i + 1 < text.size(); i += 3) {
                needles << text.mid(i, 1) << text.mid(i, 2);
            }
            needles << text.right(2) << text.left(2);
        }
    }
    int withMatches = 0;
    for (const QString& needle : std::as_const(needles)) {
        if (needle.trimmed().isEmpty() || needle.trimmed().size() > 2)
            continue;
        INFO("search " << needle.toStdString());
        qint64 count = -1;
        const QList<qint64> expected = scanned(db.path(), needle.trimmed());
        CHECK(searched(db.store(), needle, &count) == expected);
        CHECK(count == expected.size());
        withMatches += expected.isEmpty() ? 0 : 1;
    }
    CHECK(withMatches > 40);
    CHECK(searched(db.store(), QStringLiteral("wI")) == QList<qint64>{oddId});
    CHECK(searched(db.store(), QStringLiteral("𠀋")) == QList<qint64>{oddId});
    CHECK(searched(db.store(), QStringLiteral("陈𠀋")) == QList<qint64>{oddId}); // two characters, three units
    CHECK(searched(db.store(), QStringLiteral("鸽子")).isEmpty());
    CHECK(searched(db.store(), QStringLiteral("梯W")).isEmpty()); // not neighbours: a space between them
}

TEST_CASE("the short-text index follows edits and deletions in the same transaction", "[search]")
{
    TestDb db;
    Complaint c = db.registered();
    c = require(db.store().complaints().get(c.id));
    CHECK(searched(db.store(), QStringLiteral("鸽子")).isEmpty());
    c.description = QStringLiteral("楼顶鸽子太多，粪便污染晾晒的衣物");
    requireOk(db.store().complaints().update(c));
    CHECK(searched(db.store(), QStringLiteral("鸽子")) == QList<qint64>{c.id});
    CHECK(searched(db.store(), QStringLiteral("粪")) == QList<qint64>{c.id});

    // A rolled-back edit leaves the index as it was.
    {
        Transaction tx(db.store().database());
        c = require(db.store().complaints().get(c.id));
        c.description = QStringLiteral("已经改了");
        requireOk(db.store().complaints().update(c));
        CHECK(searched(db.store(), QStringLiteral("鸽子")).isEmpty());
    }
    CHECK(searched(db.store(), QStringLiteral("鸽子")) == QList<qint64>{c.id});

    rawExec(db.path(), QStringLiteral("DELETE FROM complaints WHERE id = %1").arg(c.id));
    CHECK(searched(db.store(), QStringLiteral("鸽子")).isEmpty());
    if (!onPostgres()) // the server keeps its expression indexes itself
        rawExec(db.path(),
                QStringLiteral("INSERT INTO complaints_grams (complaints_grams) VALUES ('integrity-check')"));
}

TEST_CASE("a phone number, whole or in part and however it is typed, finds the caller's complaints", "[search]")
{
    TestDb db;
    Complaint c = db.registered();
    c = require(db.store().complaints().get(c.id));
    c.complainantPhone = QStringLiteral("13912345678");
    requireOk(db.store().complaints().update(c));
    Complaint other = db.registered();
    other = require(db.store().complaints().get(other.id));
    other.complainantPhone = QStringLiteral("0571-88886666");
    requireOk(db.store().complaints().update(other));
    for (const QString& typed :
         {QStringLiteral("13912345678"), QStringLiteral("139-1234-5678"), QStringLiteral("+86 139 1234 5678"),
          QStringLiteral("5678"), QStringLiteral("1391234"), QStringLiteral("139 1234")}) {
        INFO(typed.toStdString());
        CHECK(searched(db.store(), typed) == QList<qint64>{c.id});
    }
    CHECK(searched(db.store(), QStringLiteral("0571-8888")) == QList<qint64>{other.id});
    CHECK(searched(db.store(), QStringLiteral("88886666")) == QList<qint64>{other.id});
    CHECK(searched(db.store(), QStringLiteral("13900000000")).isEmpty());

    // A role that sees numbers masked finds nothing by their digits, but still by everything else.
    ComplaintFilter masked;
    masked.textInPhone = false;
    masked.text = QStringLiteral("5678");
    CHECK(require(db.store().complaints().count(masked)) == 0);
    masked.text = c.description.left(3);
    CHECK(require(db.store().complaints().count(masked)) >= 1);
}

TEST_CASE("a role that sees numbers masked cannot confirm one by searching the texts for its digits",
          "[search][safety]")
{
    TestDb db;
    Complaint c = db.registered();
    c = require(db.store().complaints().get(c.id));
    c.description = QStringLiteral("1203室业主反映卫生间漏水，请回电 13912345678，身份证 330106198001011234");
    c.request = QStringLiteral("或拨 0571-88886666 联系其家人");
    requireOk(db.store().complaints().update(c));
    ComplaintFilter full, masked;
    masked.textInPhone = false;
    const auto found = [&](ComplaintFilter f, const QString& text) {
        f.text = text;
        const qint64 n = require(db.store().complaints().count(f));
        const auto page = require(db.store().complaints().list(f, 10));
        CHECK(n == page.size()); // the count and the rows agree
        return n;
    };
    for (const QString& hidden :
         {QStringLiteral("13912345678"), QStringLiteral("139 1234 5678"), QStringLiteral("12345"),
          QStringLiteral("330106198001011234"), QStringLiteral("0571-88886666"), QStringLiteral("88886666")}) {
        INFO(hidden.toStdString());
        CHECK(found(full, hidden) == 1); // a role that sees numbers finds the complaint by them
        CHECK(found(masked, hidden) == 0);
    }
    // Four digits at a time would rebuild a hidden number piece by piece: not searched in the texts either, in any
    // form of digits. Three digits, the words and the complaint's code are found by everyone.
    for (const QString& piece : {QStringLiteral("1234"), QStringLiteral("0106"), QStringLiteral("2345"),
                                 QStringLiteral("１３９１２３４５６７８")})
        CHECK(found(masked, piece) == 0);
    CHECK(found(full, QStringLiteral("1234")) == 1);
    CHECK(found(masked, QStringLiteral("120")) == 1);
    CHECK(found(masked, QStringLiteral("漏水")) == 1);
    CHECK(found(masked, c.code) == 1);
}
