#pragma once

#include "base/Result.h"
#include "sql/RowFeed.h"

#include <QHashFunctions>
#include <QStringList>

#include <tuple>
#include <vector>

namespace caseloop::ComplaintDays {

// The rows complaint_days gains from complaints held in memory (a bulk write's), counted as grouped() counts them
// in SQL, read as a RowFeed with the columns of columns(). On a file the import adds them in one upsert instead of
// grouping its new rows eleven times over (100,000 rows: 0.9 s).
//
// The rows come in one fixed order of their key (dimension, day, place, value: the days in the feed's order, ids by
// number), each key once.
class Tally final : public RowFeed
{
public:
    // Counts the complaints of `feed`, whose columns are named `feedColumns` as in complaints (received_at,
    // region_id, … as kCounted names them). Fails with the feed's own message if it gives an error for a value.
    static Result<Tally> of(RowFeed& feed, const QStringList& feedColumns);

    // dimension, day, region_id, estate_id, k, n.
    static const QStringList& columns();

    qsizetype rowCount() const override { return qsizetype(m_rows.size()); }
    void column(qsizetype row, int column, Cell& out) override;

private:
    // A row's key: a counted value is NULL, a number (an id) or a text (its index in m_texts).
    struct Key
    {
        enum Kind : int { Null, Number, Text };
        int dimension; // in kCounted
        int day; // in m_days
        qint64 region;
        qint64 estate;
        Kind kind;
        qint64 value;
        auto tied() const { return std::tie(dimension, day, region, estate, kind, value); }
        friend bool operator==(const Key& a, const Key& b) { return a.tied() == b.tied(); }
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.dimension, key.day, key.region, key.estate, int(key.kind), key.value);
        }
    };
    struct Row
    {
        Key key;
        qint64 n;
    };
    std::vector<Row> m_rows;
    QStringList m_days; // YYYY-MM-DD
    QStringList m_texts;
};

} // namespace caseloop::ComplaintDays
