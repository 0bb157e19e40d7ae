#include "TestSupport.h"
#include "sql/Database.h"
#include "store/Store.h"

using namespace caseloop;
using namespace caseloop::test;

TEST_CASE("readRows gives each row's texts, numbers, dates and NULLs, with the values bound in order", "[store]")
{
    TestDb db;
    const Complaint a = db.registered();
    const Complaint b = db.registered();
    struct Row
    {
        qint64 id;
        QString code;
        QString received;
        bool nullText;
        QString nullAsText;
    };
    QList<Row> rows;
    // An integer, a text and a null QString bound (stored and compared as ''); a NULL column; a CAST date.
    const Status read = db.store().database().readRows(
        QStringLiteral("SELECT id, code, CAST(received_at AS TEXT), NULL, NULL FROM complaints "
                       "WHERE id >= ? AND code <> ? AND code <> ? ORDER BY id"),
        {a.id, QStringLiteral("no such code"), QString()}, [&](const RowView& r) {
            rows << Row{r.integer(0), r.text(1), r.text(2), r.isNull(3), r.text(4)};
        });
    requireOk(read);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].id == a.id);
    CHECK(rows[1].id == b.id);
    CHECK(rows[0].code == a.code);
    CHECK(rows[1].code == b.code);
    CHECK(rows[0].received.left(16) == a.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    CHECK(rows[0].nullText);
    CHECK(rows[0].nullAsText.isEmpty());
    // A statement the engine refuses comes back as an error naming it, and no row.
    int seen = 0;
    const Status bad = db.store().database().readRows(QStringLiteral("SELECT nothing FROM nowhere"), {},
                                                      [&](const RowView&) { ++seen; });
    CHECK_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("nowhere")));
    CHECK(seen == 0);
}
