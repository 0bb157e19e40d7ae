#include "ledger/LedgerColumns.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace caseloop {

namespace {
struct FieldSpec
{
    LedgerField field;
    const char* name;
    const char* synonyms; // '|'-separated, compared after normalise()
};

// clang-format off
constexpr std::array<FieldSpec, 21> kFields{{
    {LedgerField::Received, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Received"),
     "受理时间|投诉时间|投诉日期|受理日期|来电时间|日期|时间|received|date|receivedat|time"},
    {LedgerField::Complainant, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Complainant"),
     "投诉人|业主|业主姓名|姓名|客户姓名|联系人|complainant|name"},
    {LedgerField::Phone, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Phone"),
     "联系电话|电话|手机|手机号|联系方式|phone|mobile|tel"},
    {LedgerField::CustomerType, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Customer type"),
     "客户类型|客户类别|身份|customertype"},
    {LedgerField::Region, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Region"), "区域|片区|region|area"},
    {LedgerField::Estate, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Estate"),
     "项目|小区|项目名称|小区名称|楼盘|estate|project"},
    {LedgerField::Location, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Location"),
     "房号|位置|地址|房屋|楼栋房号|投诉位置|location|room|address"},
    {LedgerField::Channel, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Channel"),
     "渠道|投诉渠道|来源|投诉方式|受理渠道|channel|source"},
    {LedgerField::Kind, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Kind"), "类别|性质|kind|category"},
    {LedgerField::Type, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Type"),
     "投诉类型|类型|投诉分类|问题类型|type"},
    {LedgerField::ServiceLine, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Service line"),
     "业务条线|条线|专业|责任条线|serviceline|line"},
    {LedgerField::Priority, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Priority"),
     "紧急程度|优先级|级别|priority|urgency"},
    {LedgerField::Description, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Description"),
     "投诉内容|内容|问题描述|投诉事项|事由|description|content|details"},
    {LedgerField::Request, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Request"),
     "诉求|客户诉求|业主诉求|request|demand"},
    {LedgerField::Department, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Department"),
     "责任部门|处理部门|部门|department"},
    {LedgerField::Result, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Result"),
     "处理结果|处理情况|结果|result|outcome"},
    {LedgerField::Status, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Status"),
     "状态|处理状态|是否办结|status|state"},
    {LedgerField::Satisfaction, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Satisfaction"),
     "满意度|回访满意度|回访结果|satisfaction"},
    {LedgerField::Steward, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Steward"),
     "管家|物业管家|受理人|经办人|steward|handler"},
    {LedgerField::ClosedAt, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Closed"),
     "办结时间|关闭时间|完成时间|结案时间|closed|closedat"},
    {LedgerField::Note, QT_TRANSLATE_NOOP("caseloop::LedgerField", "Note"), "备注|说明|note|notes|remark|remarks"},
}};
// clang-format on

QString normalise(const QString& header)
{
    static const QRegularExpression decoration(QStringLiteral("[\\s*＊:：_]|[（(][^）)]*[）)]$"));
    QString h = header;
    h.remove(decoration);
    return h.toLower();
}

const FieldSpec& spec(LedgerField field)
{
    return kFields[std::size_t(field)];
}
} // namespace

QString ledgerFieldName(LedgerField field)
{
    return QCoreApplication::translate("caseloop::LedgerField", spec(field).name);
}

QStringList ledgerFieldSynonyms(LedgerField field)
{
    return QString::fromUtf8(spec(field).synonyms).split(QLatin1Char('|'));
}

QList<LedgerField> allLedgerFields()
{
    QList<LedgerField> fields;
    for (const FieldSpec& f : kFields)
        fields.append(f.field);
    return fields;
}

std::optional<LedgerField> ledgerFieldOf(const QString& header)
{
    const QString h = normalise(header);
    if (h.isEmpty())
        return std::nullopt;
    for (const FieldSpec& f : kFields)
        if (ledgerFieldSynonyms(f.field).contains(h))
            return f.field;
    return std::nullopt;
}

int LedgerColumns::columnOf(LedgerField field) const
{
    for (int i = 0; i < fieldOfColumn.size(); ++i)
        if (fieldOfColumn.at(i) == field)
            return i;
    return -1;
}

QList<LedgerField> LedgerColumns::missingRequired() const
{
    QList<LedgerField> missing;
    for (LedgerField f : {LedgerField::Received, LedgerField::Description})
        if (columnOf(f) < 0)
            missing.append(f);
    return missing;
}

LedgerColumns mapLedgerColumns(const QStringList& header)
{
    LedgerColumns columns{header, {}};
    QList<LedgerField> seen;
    for (const QString& h : header) {
        auto field = ledgerFieldOf(h);
        if (field && seen.contains(*field))
            field.reset();
        if (field)
            seen.append(*field);
        columns.fieldOfColumn.append(field);
    }
    return columns;
}

} // namespace caseloop
