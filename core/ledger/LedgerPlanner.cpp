#include "domain/Phone.h"
#include "ledger/LedgerImport.h"
#include "ledger/LedgerValues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <atomic>
#include <thread>

namespace caseloop {

namespace {
// The words ledgers use for statuses, priorities and satisfaction, beside CaseLoop's own names and codes.
const QHash<QString, ComplaintStatus>& statusWords()
{
    using S = ComplaintStatus;
    static const QHash<QString, S> words{
        {QStringLiteral("新建"), S::New},
        {QStringLiteral("新"), S::New},
        {QStringLiteral("待处理"), S::New},
        {QStringLiteral("未处理"), S::New},
        {QStringLiteral("已受理"), S::New},
        {QStringLiteral("处理中"), S::InProgress},
        {QStringLiteral("跟进中"), S::InProgress},
        {QStringLiteral("进行中"), S::InProgress},
        {QStringLiteral("已派单"), S::InProgress},
        {QStringLiteral("待回访"), S::AwaitingFollowUp},
        {QStringLiteral("已反馈"), S::AwaitingFollowUp},
        {QStringLiteral("已办结"), S::Closed},
        {QStringLiteral("办结"), S::Closed},
        {QStringLiteral("已完成"), S::Closed},
        {QStringLiteral("完成"), S::Closed},
        {QStringLiteral("已解决"), S::Closed},
        {QStringLiteral("已处理"), S::Closed},
        {QStringLiteral("已关闭"), S::Closed},
        {QStringLiteral("关闭"), S::Closed},
        {QStringLiteral("已结案"), S::Closed},
        {QStringLiteral("是"), S::Closed},
        {QStringLiteral("否"), S::InProgress},
        {QStringLiteral("重新打开"), S::Reopened},
        {QStringLiteral("重开"), S::Reopened},
        {QStringLiteral("无效"), S::Invalid},
        {QStringLiteral("无效投诉"), S::Invalid},
        {QStringLiteral("撤诉"), S::Withdrawn},
        {QStringLiteral("已撤销"), S::Withdrawn},
        {QStringLiteral("撤销"), S::Withdrawn},
    };
    return words;
}

const QHash<QString, Priority>& priorityWords()
{
    static const QHash<QString, Priority> words{
        {QStringLiteral("紧急"), Priority::Urgent}, {QStringLiteral("特急"), Priority::Urgent},
        {QStringLiteral("加急"), Priority::Urgent}, {QStringLiteral("重大"), Priority::Major},
        {QStringLiteral("重要"), Priority::Major},  {QStringLiteral("较急"), Priority::Major},
        {QStringLiteral("high"), Priority::Major},  {QStringLiteral("一般"), Priority::Normal},
        {QStringLiteral("普通"), Priority::Normal}, {QStringLiteral("low"), Priority::Normal},
    };
    return words;
}

const QHash<QString, Satisfaction>& satisfactionWords()
{
    using S = Satisfaction;
    static const QHash<QString, S> words{
        {QStringLiteral("非常满意"), S::VerySatisfied},   {QStringLiteral("很满意"), S::VerySatisfied},
        {QStringLiteral("满意"), S::Satisfied},           {QStringLiteral("基本满意"), S::FairlySatisfied},
        {QStringLiteral("比较满意"), S::FairlySatisfied}, {QStringLiteral("一般"), S::FairlySatisfied},
        {QStringLiteral("不满意"), S::Dissatisfied},      {QStringLiteral("很不满意"), S::Dissatisfied},
        {QStringLiteral("非常不满意"), S::Dissatisfied},
    };
    return words;
}

// A ledger word, a CaseLoop code ("closed") or CaseLoop's display name in either language.
template <class E> std::optional<E> wordOf(const QString& text, const QHash<QString, E>& words)
{
    const QString k = LedgerNames::key(text);
    if (auto it = words.constFind(k); it != words.cend())
        return *it;
    for (const auto& entry : EnumTraits<E>::entries())
        if (k == QLatin1String(entry.key) || k == LedgerNames::key(QString::fromUtf8(entry.text))
            || k == LedgerNames::key(displayName(entry.value)))
            return entry.value;
    return std::nullopt;
}

template <class E> QString allowedWords()
{
    QStringList list;
    for (const auto& entry : EnumTraits<E>::entries())
        list << displayName(entry.value);
    return list.join(QStringLiteral(" / "));
}

QString importKey(const LedgerRecord& r, const QString& location)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList parts{r.received.toString(QStringLiteral("yyyyMMddHHmm")),
                            r.phone,
                            LedgerNames::key(r.complainant),
                            LedgerNames::key(r.estate),
                            LedgerNames::key(location),
                            LedgerNames::key(r.description)};
    hash.addData(parts.join(QChar(0x1f)).toUtf8());
    return QString::fromLatin1(hash.result().left(10).toHex());
}

class RowReader
{
public:
    RowReader(const LedgerColumns& columns, const LedgerRow& row)
        : m_columns(columns)
        , m_row(row)
    {
    }
    QString text(LedgerField field) const
    {
        const int c = m_columns.columnOf(field);
        return c >= 0 && c < m_row.cells.size() ? m_row.cells.at(c).trimmed() : QString();
    }
    LedgerRejection reject(LedgerField field, const QString& reason) const
    {
        const int c = m_columns.columnOf(field);
        return {m_row.number, c >= 0 ? m_columns.header.at(c).trimmed() : ledgerFieldName(field), text(field), reason};
    }

private:
    const LedgerColumns& m_columns;
    const LedgerRow& m_row;
};

std::optional<LedgerRejection> readRow(const RowReader& in, const QDateTime& now, LedgerRecord& r)
{
    using F = LedgerField;
    auto received = parseLedgerTime(in.text(F::Received));
    if (!received)
        return in.reject(F::Received, received.error());
    if (*received > now.addDays(1))
        return in.reject(F::Received, LedgerText::tr("the time is in the future"));
    r.received = *received;
    r.description = in.text(F::Description);
    if (r.description.isEmpty())
        return in.reject(F::Description, LedgerText::tr("the content is empty"));
    if (const QString closed = in.text(F::ClosedAt); !closed.isEmpty()) {
        auto at = parseLedgerTime(closed);
        if (!at)
            return in.reject(F::ClosedAt, at.error());
        r.closedAt = std::max(*at, r.received);
    }
    if (const QString s = in.text(F::Status); !s.isEmpty()) {
        const auto status = wordOf(s, statusWords());
        if (!status)
            return in.reject(F::Status, LedgerText::tr("not a status; use %1").arg(allowedWords<ComplaintStatus>()));
        r.status = *status;
    }
    if (const QString p = in.text(F::Priority); !p.isEmpty()) {
        const auto priority = wordOf(p, priorityWords());
        if (!priority)
            return in.reject(F::Priority, LedgerText::tr("not a priority; use %1").arg(allowedWords<Priority>()));
        r.priority = *priority;
    }
    if (const QString s = in.text(F::Satisfaction); !s.isEmpty()) {
        const auto satisfaction = wordOf(s, satisfactionWords());
        if (!satisfaction)
            return in.reject(F::Satisfaction,
                             LedgerText::tr("not a satisfaction; use %1").arg(allowedWords<Satisfaction>()));
        r.satisfaction = *satisfaction;
    }
    r.complainant = in.text(F::Complainant);
    const QString phone = normalisePhone(in.text(F::Phone));
    // Something written in the phone column without a single digit ("abc-def", "无") is not a number: the row is
    // refused rather than stored with no phone.
    if (QString(phone).remove(QLatin1Char('-')).isEmpty() && !in.text(F::Phone).isEmpty())
        return in.reject(F::Phone, LedgerText::tr("no digits: not a phone number"));
    r.phone = phone;
    r.customerType = in.text(F::CustomerType);
    r.region = in.text(F::Region);
    r.estate = in.text(F::Estate);
    const QString location = in.text(F::Location);
    const LedgerLocation place = parseLedgerLocation(location);
    r.building = place.building;
    r.unit = place.unit;
    r.room = place.room;
    r.publicArea = place.freeText;
    r.channel = in.text(F::Channel);
    r.kind = in.text(F::Kind);
    r.type = in.text(F::Type);
    r.serviceLine = in.text(F::ServiceLine);
    r.request = in.text(F::Request);
    r.department = in.text(F::Department);
    r.result = in.text(F::Result);
    r.steward = in.text(F::Steward);
    r.note = in.text(F::Note);
    // Without a status column, a row with a result or a satisfaction was finished; the rest are still open.
    if (in.text(F::Status).isEmpty() && (!r.result.isEmpty() || r.satisfaction || r.closedAt.isValid()))
        r.status = ComplaintStatus::Closed;
    if (r.status == ComplaintStatus::Closed && !r.closedAt.isValid())
        r.closedAt = r.received;
    r.importKey = importKey(r, location);
    return std::nullopt;
}

// Checks every row of the table (not the header) into records[i] or rejections[i], i = row index - 1. Checking a
// row needs nothing but the row, so the second half is checked on a second thread while this one checks the
// first (100,000 rows: 0.7 → 0.5 s on two cores); only this thread reports progress. False when cancelled.
bool checkRows(const LedgerTable& table, const LedgerColumns& columns, const QDateTime& now,
               QList<LedgerRecord>& records, std::vector<std::optional<LedgerRejection>>& rejections,
               const LedgerProgress& progress)
{
    const int total = int(records.size());
    LedgerRecord* out = records.data();
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0};
    const auto check = [&](int from, int to, bool reports) {
        for (int i = from; i < to && !cancelled.load(std::memory_order_relaxed); ++i) {
            const LedgerRow& row = table.rows.at(i + 1);
            out[i].row = row.number;
            rejections[size_t(i)] = readRow(RowReader(columns, row), now, out[i]);
            if ((i - from) % 500 == 499)
                done.fetch_add(500, std::memory_order_relaxed);
            if (reports && progress && (i - from) % 2000 == 1999 && !progress(done.load(), total))
                cancelled = true;
        }
    };
    constexpr int kAlone = 4000; // fewer rows are not worth a thread
    if (total < kAlone) {
        check(0, total, true);
    } else {
        const int half = total / 2;
        std::thread second(check, half, total, false);
        check(0, half, true);
        second.join();
    }
    return !cancelled;
}
} // namespace

QString LedgerRejection::message() const
{
    return LedgerText::tr("Row %1, %2 “%3”: %4").arg(row).arg(column, value, reason);
}

QString ledgerChoiceKey(LedgerField field, const QString& value)
{
    return QString::number(int(field)) + QChar(0x1f) + LedgerNames::key(value);
}

LedgerChoices defaultLedgerChoices(const LedgerPlan& plan)
{
    LedgerChoices choices;
    for (const LedgerUnknown& u : plan.unknown) {
        LedgerChoice c;
        if (u.suggestion.id > 0 && u.suggestion.confidence >= kSuggestionThreshold) {
            c.action = LedgerChoice::Action::MapToExisting;
            c.existingId = u.suggestion.id;
        } else if (!LedgerNames::catalogueOf(u.field).isEmpty())
            c.action = LedgerChoice::Action::MapToOther;
        else if (u.field == LedgerField::Steward)
            c.action = LedgerChoice::Action::LeaveEmpty;
        else
            c.action = LedgerChoice::Action::Create;
        choices.insert(ledgerChoiceKey(u.field, u.value), c);
    }
    return choices;
}

Result<LedgerPlan> planLedger(const LedgerTable& table, const LedgerNames& names, const QDateTime& now,
                              const LedgerProgress& progress)
{
    LedgerPlan plan;
    plan.file = table.file;
    plan.encoding = table.encoding;
    plan.sheet = table.sheet;
    plan.columns = mapLedgerColumns(table.rows.isEmpty() ? QStringList() : table.rows.first().cells);
    if (const QList<LedgerField> missing = plan.columns.missingRequired(); !missing.isEmpty()) {
        QStringList wanted;
        for (LedgerField f : missing)
            wanted << LedgerText::tr("%1 (%2)").arg(ledgerFieldName(f),
                                                    ledgerFieldSynonyms(f).mid(0, 4).join(QLatin1Char('/')));
        return Error{
            LedgerText::tr("%1: the first row must name the columns; no column for %2 was found. The first row reads: "
                           "%3")
                .arg(table.file, wanted.join(LedgerText::tr(" and ")),
                     plan.columns.header.join(QStringLiteral(", ")).left(200))};
    }
    QSet<QString> seen;
    QHash<QString, int> unknownIndex;
    QHash<std::pair<int, QString>, bool> known; // by field and name as written: a ledger repeats a few names
    const auto isKnown = [&](LedgerField field, const QString& value) {
        const std::pair<int, QString> k{int(field), value};
        auto it = known.constFind(k);
        if (it == known.cend())
            it = known.insert(k, names.knows(field, value));
        return *it;
    };
    const QList<LedgerField> named{LedgerField::Channel,      LedgerField::Kind,       LedgerField::Type,
                                   LedgerField::ServiceLine,  LedgerField::Region,     LedgerField::Estate,
                                   LedgerField::CustomerType, LedgerField::Department, LedgerField::Steward};
    const int total = int(table.rows.size()) - 1;
    QList<LedgerRecord> records(std::max(total, 0));
    std::vector<std::optional<LedgerRejection>> rejections(size_t(std::max(total, 0)));
    if (!checkRows(table, plan.columns, now, records, rejections, progress))
        return Error{LedgerText::tr("Cancelled; nothing was imported.")};

    // In file order on this thread: what needs the rows before it (duplicates) or counts them (unknown names).
    // Records kept move down over the places of rows left out.
    qsizetype kept = 0;
    for (int i = 0; i < total; ++i) {
        const LedgerRow& row = table.rows.at(i + 1);
        ++plan.rowsRead;
        if (rejections[size_t(i)]) {
            plan.rejected.append(std::move(*rejections[size_t(i)]));
            continue;
        }
        LedgerRecord& record = records[i];
        if (names.importKeys().contains(record.importKey) || seen.contains(record.importKey)) {
            plan.duplicateRows.append(row.number);
            continue;
        }
        seen.insert(record.importKey);
        if (!record.phone.isEmpty() && !isValidPhone(record.phone))
            plan.warnings.append({row.number, ledgerFieldName(LedgerField::Phone), record.phone,
                                  LedgerText::tr("not a whole phone number (a mobile has 11 digits, a landline an area "
                                                 "code and 7 or 8 digits); imported as written")});
        const QString* values[]
            = {&record.channel, &record.kind,         &record.type,       &record.serviceLine, &record.region,
               &record.estate,  &record.customerType, &record.department, &record.steward};
        for (int f = 0; f < named.size(); ++f) {
            const QString& value = *values[f];
            if (value.isEmpty() || isKnown(named.at(f), value))
                continue;
            const QString k = ledgerChoiceKey(named.at(f), value);
            if (auto it = unknownIndex.constFind(k); it != unknownIndex.cend()) {
                ++plan.unknown[*it].rows;
            } else {
                unknownIndex.insert(k, int(plan.unknown.size()));
                plan.unknown.append(
                    {named.at(f), value, 1, row.number, closestName(value, names.candidates(named.at(f)))});
            }
        }
        if (kept != i)
            records[kept] = std::move(record);
        ++kept;
    }
    records.resize(kept);
    plan.records = std::move(records);
    if (progress)
        progress(total, total);
    return plan;
}

} // namespace caseloop
