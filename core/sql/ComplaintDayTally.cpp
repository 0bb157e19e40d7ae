#include "sql/ComplaintDayTally.h"

#include "sql/ComplaintDays.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace caseloop::ComplaintDays {

namespace {
// One value of the feed, kept as the statement would have read it. Short ASCII values (stored times, enum keys) are
// kept in place: a tally asks for over a million values, and allocating each cost most of its time.
class Kept final : public Cell
{
public:
    void null() override { m_kind = Kind::Null; }
    void integer(qint64 value) override
    {
        m_kind = Kind::Number;
        m_number = value;
    }
    void text(const QString& value) override
    {
        m_kind = Kind::Text;
        m_text = value;
    }
    void ascii(const char* value, int size) override
    {
        if (size <= int(sizeof m_ascii)) {
            m_kind = Kind::Ascii;
            std::memcpy(m_ascii, value, size_t(size));
            m_size = size;
        } else {
            text(QString::fromLatin1(value, size));
        }
    }
    void error(const QString& message) override
    {
        m_kind = Kind::Null;
        if (m_failure.isEmpty())
            m_failure = message;
    }

    const QString& failure() const { return m_failure; }
    bool isAscii() const { return m_kind == Kind::Ascii; }
    // An ASCII value's first `size` bytes (all if -1).
    QByteArrayView asciiBytes(int size = -1) const
    {
        return QByteArrayView(m_ascii, size < 0 ? m_size : qMin(size, m_size));
    }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isNumber() const { return m_kind == Kind::Number; }
    qint64 number() const { return m_number; }
    // The value's first `size` characters as text (all if -1): CAST(x AS TEXT), '' for NULL.
    QString text(int size = -1) const
    {
        QString whole;
        if (m_kind == Kind::Number)
            whole = QString::number(m_number);
        else if (m_kind == Kind::Text)
            whole = m_text;
        else if (m_kind == Kind::Ascii)
            whole = QString::fromLatin1(m_ascii, m_size);
        return size < 0 ? whole : whole.left(size);
    }
    // coalesce(x, 0) of a place column.
    qint64 placeId() const { return isNumber() ? m_number : isNull() ? 0 : text().toLongLong(); }

private:
    enum class Kind { Null, Number, Text, Ascii };
    Kind m_kind = Kind::Null;
    qint64 m_number = 0;
    QString m_text;
    char m_ascii[32];
    int m_size = 0;
    QString m_failure;
};

// Texts kept once, each named by its index. Found by a linear search, from the last added: the texts counted are
// enum keys (a status, a priority, a satisfaction: a handful of values), and the days of a feed in time order change
// rarely. An ASCII value from the feed is compared as bytes, without making a QString of it.
class Texts
{
public:
    // The index of `value` (its first `size` characters; all if -1), added if new.
    int indexOf(const Kept& value, int size = -1)
    {
        for (int i = int(m_texts.size()) - 1; i >= 0; --i)
            if (is(i, value, size))
                return i;
        m_texts << value.text(size);
        m_bytes << (value.isAscii() ? value.asciiBytes(size).toByteArray() : QByteArray());
        return int(m_texts.size()) - 1;
    }
    bool is(int index, const Kept& value, int size = -1) const
    {
        // A text that did not come as ASCII has no bytes kept (null), and is compared as a QString.
        if (value.isAscii() && !m_bytes[index].isNull())
            return value.asciiBytes(size) == m_bytes[index];
        return value.text(size) == m_texts[index];
    }
    const QStringList& all() const { return m_texts; }

private:
    QStringList m_texts;
    QList<QByteArray> m_bytes; // the text's bytes when it came as ASCII; null otherwise
};
} // namespace

Result<Tally> Tally::of(RowFeed& feed, const QStringList& feedColumns)
{
    const auto indexOf = [&](const char* name) { return int(feedColumns.indexOf(QLatin1String(name))); };
    const int received = indexOf("received_at");
    const int region = indexOf("region_id");
    const int estate = indexOf("estate_id");
    int source[kDimensions];
    for (int d = 0; d < kDimensions; ++d)
        source[d] = indexOf(kCounted[d].column);
    if (received < 0 || region < 0 || estate < 0 || std::find(source, source + kDimensions, -1) != source + kDimensions)
        return Error{QStringLiteral("The daily counts need every counted column of complaints: %1")
                         .arg(feedColumns.join(QStringLiteral(", ")))};

    Tally tally;
    Texts days, texts;
    // Counted a day at a time (a feed in time order brings each day's rows together), in a table small enough to
    // stay in the processor's cache.
    QHash<Key, qint64> counts;
    const auto keep = [&] {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            tally.m_rows.push_back({it.key(), *it});
        const qsizetype size = counts.size();
        counts.clear();
        counts.reserve(size);
    };
    int day = -1;
    Kept value;
    for (qsizetype row = 0; row < feed.rowCount(); ++row) {
        feed.column(row, received, value);
        if (day < 0 || !days.is(day, value, 10)) { // substr(received_at, 1, 10)
            keep();
            day = days.indexOf(value, 10);
        }
        feed.column(row, region, value);
        const qint64 regionId = value.placeId();
        feed.column(row, estate, value);
        const qint64 estateId = value.placeId();
        for (int d = 0; d < kDimensions; ++d) {
            const Counted& c = kCounted[d];
            feed.column(row, source[d], value);
            Key key{d,
                    day,
                    c.place >= Place::Region ? regionId : 0,
                    c.place >= Place::RegionAndEstate ? estateId : 0,
                    Key::Null,
                    0};
            if (value.isNumber())
                key.value = value.number(), key.kind = Key::Number;
            else if (!value.isNull())
                key.value = texts.indexOf(value), key.kind = Key::Text;
            ++counts[key];
        }
        if (!value.failure().isEmpty())
            return Error{value.failure()};
    }
    keep();
    tally.m_days = days.all();
    tally.m_texts = texts.all();
    // In the order of the key, each key once (a day that came back later in the feed was counted twice).
    std::sort(tally.m_rows.begin(), tally.m_rows.end(),
              [](const Row& a, const Row& b) { return a.key.tied() < b.key.tied(); });
    auto last = tally.m_rows.begin();
    for (auto it = tally.m_rows.begin(); it != tally.m_rows.end(); ++it) {
        if (it == last)
            continue;
        if (last->key == it->key)
            last->n += it->n;
        else
            *++last = *it;
    }
    if (!tally.m_rows.empty())
        tally.m_rows.erase(last + 1, tally.m_rows.end());
    return tally;
}

const QStringList& Tally::columns()
{
    static const QStringList names{QStringLiteral("dimension"), QStringLiteral("day"), QStringLiteral("region_id"),
                                   QStringLiteral("estate_id"), QStringLiteral("k"),   QStringLiteral("n")};
    return names;
}

void Tally::column(qsizetype row, int column, Cell& out)
{
    const Key& key = m_rows[size_t(row)].key;
    switch (column) {
    case 0:
        return out.ascii(kCounted[key.dimension].dimension, int(qstrlen(kCounted[key.dimension].dimension)));
    case 1:
        return out.text(m_days[key.day]);
    case 2:
        return out.integer(key.region);
    case 3:
        return out.integer(key.estate);
    case 4: // coalesce(CAST(x AS TEXT), '')
        return key.kind == Key::Number ? out.text(QString::number(key.value))
            : key.kind == Key::Text    ? out.text(m_texts[key.value])
                                       : out.text(QString());
    case 5:
        return out.integer(m_rows[size_t(row)].n);
    default:
        return out.null();
    }
}

} // namespace caseloop::ComplaintDays
