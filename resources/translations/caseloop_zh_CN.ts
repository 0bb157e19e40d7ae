<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminSections</name>
    <message>
        <source>“%1” is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Customer types</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Estates</source>
        <translation>项目/小区</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>楼层数</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Holidays and adjusted working days</source>
        <translation>节假日与调休</translation>
    </message>
    <message>
        <source>Date (yyyy-MM-dd)</source>
        <translation>日期（yyyy-MM-dd）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>“Date” %1 is not a date like 2026-10-01.</source>
        <translation>“日期”%1 不是有效日期，请写成 2026-10-01 的形式。</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>话术模板</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Minefield phrases</source>
        <translation>投诉雷区用语</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>雷区用语</translation>
    </message>
    <message>
        <source>Gentler wording</source>
        <translation>建议说法</translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>request</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>service line</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>steward</source>
        <translation>责任管家</translation>
    </message>
    <message>
        <source>complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>登记 %1</translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation>状态 %1 → %2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Measures: %1
Result: %2</source>
        <translation>处理措施：%1
处理结果：%2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Ticket to %1: %2 → %3</source>
        <translation>工单（%1）：%2 → %3</translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation>派单至 %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>要求完成：%1</translation>
    </message>
    <message>
        <source>Said: %1</source>
        <translation>沟通内容：%1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>客户答复：%1</translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation>满意度：%1</translation>
    </message>
    <message>
        <source>The customer asked to reopen.</source>
        <translation>客户要求重新处理。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Imported %1 from a ledger</source>
        <translation>从台账导入 %1</translation>
    </message>
    <message>
        <source>Ticket to %1 done</source>
        <translation>%1 工单已完成</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>Result feedback</source>
        <translation>结果反馈</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Check the database&apos;s integrity and consistency.</source>
        <translation>检查数据库的完整性和一致性。</translation>
    </message>
    <message>
        <source>%1: %2 complaints, %3 tickets, %4 follow-ups, %5 rectification items, %6 audit rows.</source>
        <translation>%1：投诉 %2 件，工单 %3 张，跟进记录 %4 条，整改项 %5 项，操作日志 %6 条。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation>--%1 “%2”不是日期；请写成 YYYY-MM-DD，例如 2026-11-23。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 bad input or a refused file, 2 usage error.
</source>
        <translation>
退出码：0 成功，1 输入有误或文件被拒绝，2 用法错误。
</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>数据库文件。</translation>
    </message>
    <message>
        <source>Language: zh or en.</source>
        <translation>语言：zh 或 en。</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>显示帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要执行的命令。</translation>
    </message>
    <message>
        <source>--lang “%1” is not a language; use zh or en.</source>
        <translation>--lang “%1”不是可用的语言；请使用 zh 或 en。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>显示此命令的帮助。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Fill an empty database with a demo property group and a year of complaints.</source>
        <translation>向空数据库写入演示物业集团及一年的投诉数据。</translation>
    </message>
    <message>
        <source>Number of complaints (default 2000).</source>
        <translation>投诉数量（默认 2000）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation>随机种子；相同的种子生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>Last day of the demo year, YYYY-MM-DD (default today).</source>
        <translation>演示数据的截止日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <source>--complaints “%1” is not a number of complaints.</source>
        <translation>--complaints “%1”不是有效的投诉数量。</translation>
    </message>
    <message>
        <source>--seed “%1” is not a whole number.</source>
        <translation>--seed “%1”不是整数。</translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 complaints, %3 tickets, %4 follow-ups, %5 rectification items (%6 s).</source>
        <translation>演示数据已写入 %1：投诉 %2 件，工单 %3 张，跟进记录 %4 条，整改项 %5 项（用时 %6 秒）。</translation>
    </message>
    <message>
        <source>Created the CaseLoop database %1 (version %2).</source>
        <translation>已创建 CaseLoop 数据库 %1（版本 %2）。</translation>
    </message>
    <message>
        <source>Updated %1 to version %2; the file as it was is kept at %3.</source>
        <translation>已将 %1 升级到版本 %2；升级前的文件保存在 %3。</translation>
    </message>
    <message>
        <source>%1 is a CaseLoop database of the current version (%2).</source>
        <translation>%1 已是当前版本（%2）的 CaseLoop 数据库。</translation>
    </message>
    <message>
        <source>Count complaints by one dimension.</source>
        <translation>按一个维度统计投诉数量。</translation>
    </message>
    <message>
        <source>Dimension: %1.</source>
        <translation>统计维度：%1。</translation>
    </message>
    <message>
        <source>First day received, YYYY-MM-DD.</source>
        <translation>受理起始日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Last day received, YYYY-MM-DD.</source>
        <translation>受理截止日期，YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>输出 JSON 而不是表格。</translation>
    </message>
    <message>
        <source>--by is required.</source>
        <translation>必须指定 --by。</translation>
    </message>
    <message>
        <source>--by “%1” is not a dimension.</source>
        <translation>--by “%1”不是可用的统计维度。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>可选：%1。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>What to work on.</source>
        <translation>要处理的对象。</translation>
    </message>
    <message>
        <source>Say what to work on: %1.</source>
        <translation>请指定要处理的对象：%1。</translation>
    </message>
    <message>
        <source>--%1 “%2” is not known; use one of: %3.</source>
        <translation>--%1 “%2”无法识别；可选：%3。</translation>
    </message>
    <message>
        <source>--%1 “%2” is not known.</source>
        <translation>--%1 “%2”无法识别。</translation>
    </message>
    <message>
        <source>--status “%1” is not a status; use one of: %2.</source>
        <translation>--status “%1”不是有效状态；可选：%2。</translation>
    </message>
    <message>
        <source>--priority “%1” is not urgent, major or normal.</source>
        <translation>--priority “%1”不是 urgent、major 或 normal。</translation>
    </message>
    <message>
        <source>Export the rectification tracking sheet (tracking) or the complaint ledger (complaints) as XLSX, PDF or CSV.</source>
        <translation>导出投诉问题整改跟踪表（tracking）或投诉台账（complaints），格式为 XLSX、PDF 或 CSV。</translation>
    </message>
    <message>
        <source>xlsx, pdf (tracking only) or csv.</source>
        <translation>xlsx、pdf（仅整改跟踪表）或 csv。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (assigned or received).</source>
        <translation>起始日期，YYYY-MM-DD（分派日期或受理日期）。</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (assigned or received).</source>
        <translation>截止日期，YYYY-MM-DD（分派日期或受理日期）。</translation>
    </message>
    <message>
        <source>tracking: only this responsible department.</source>
        <translation>整改跟踪表：只导出该责任部门。</translation>
    </message>
    <message>
        <source>complaints: complaint type (code or name).</source>
        <translation>投诉台账：投诉类型（代码或名称）。</translation>
    </message>
    <message>
        <source>complaints: service line (code or name).</source>
        <translation>投诉台账：业务条线（代码或名称）。</translation>
    </message>
    <message>
        <source>complaints: channel (code or name).</source>
        <translation>投诉台账：渠道（代码或名称）。</translation>
    </message>
    <message>
        <source>complaints: kind (code or name).</source>
        <translation>投诉台账：类别（代码或名称）。</translation>
    </message>
    <message>
        <source>Only this region.</source>
        <translation>只导出该区域。</translation>
    </message>
    <message>
        <source>complaints: only this estate.</source>
        <translation>投诉台账：只导出该项目。</translation>
    </message>
    <message>
        <source>complaints: urgent, major or normal.</source>
        <translation>投诉台账：urgent、major 或 normal。</translation>
    </message>
    <message>
        <source>Only overdue complaints or items.</source>
        <translation>只导出已超期的投诉或整改项。</translation>
    </message>
    <message>
        <source>complaints: code, complainant, phone or description contains.</source>
        <translation>投诉台账：编号、投诉人、电话或投诉内容包含的文字。</translation>
    </message>
    <message>
        <source>Export “%1”? Use tracking or complaints.</source>
        <translation>无法导出“%1”；请使用 tracking 或 complaints。</translation>
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation>--format 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>必须用 --out 指定输出文件。</translation>
    </message>
    <message>
        <source>--status for tracking is open or all, not “%1”.</source>
        <translation>整改跟踪表的 --status 只能是 open 或 all，不能是“%1”。</translation>
    </message>
    <message>
        <source>Rectification tracking</source>
        <translation>整改跟踪表</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉台账</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation>已写入 %1 行到 %2。</translation>
    </message>
    <message>
        <source>Write the supervisors&apos; weekly report (weekly) as a PDF.</source>
        <translation>生成主管周报（weekly），输出 PDF。</translation>
    </message>
    <message>
        <source>ISO week, e.g. 2026-W47 (default: the last complete week).</source>
        <translation>ISO 周，例如 2026-W47（默认：上一个完整的周）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>输出的 PDF 文件。</translation>
    </message>
    <message>
        <source>Report “%1”? Use weekly.</source>
        <translation>无法生成报表“%1”；请使用 weekly。</translation>
    </message>
    <message>
        <source>--week “%1” is not an ISO week; write it as 2026-W47.</source>
        <translation>--week “%1”不是 ISO 周；请写成 2026-W47 的形式。</translation>
    </message>
    <message>
        <source>Wrote the weekly report %1 to %2.</source>
        <translation>已将 %1 周报写入 %2。</translation>
    </message>
    <message>
        <source>List places where the same problem recurs (hotspots).</source>
        <translation>列出同一问题反复出现的位置（热点问题）。</translation>
    </message>
    <message>
        <source>Window in days (default: the office&apos;s setting, 30).</source>
        <translation>统计天数（默认：系统设置，30 天）。</translation>
    </message>
    <message>
        <source>Complaints needed (default: the office&apos;s setting, 3).</source>
        <translation>达到的投诉次数（默认：系统设置，3 次）。</translation>
    </message>
    <message>
        <source>Last day of the window, YYYY-MM-DD (default today).</source>
        <translation>统计截止日期，YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a whole number of at least %3.</source>
        <translation>--%1 “%2”不是不小于 %3 的整数。</translation>
    </message>
    <message numerus="yes">
        <source>%n hotspot(s): the same type at one place %1+ times in %2 days up to %3.</source>
        <translation>
            <numerusform>热点问题 %n 个：截至 %3 的 %2 天内，同一位置同类投诉达 %1 次及以上。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no rectification item)</source>
        <translation>（尚无整改项）</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (safe while it is in use).</source>
        <translation>写一份一致的数据库副本（使用中也可以）。</translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation>要写出的副本。</translation>
    </message>
    <message>
        <source>Say where the copy goes: --out FILE.</source>
        <translation>请用 --out FILE 指定副本位置。</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n complaint(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条投诉备份到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>checking</source>
        <translation>检查中</translation>
    </message>
    <message numerus="yes">
        <source>Unknown %1 “%2” (%n row(s), first row %3)</source>
        <translation>
            <numerusform>未知的%1“%2”（%n 行，首次出现在第 %3 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入中</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已新建 %1</translation>
    </message>
    <message>
        <source>Mapped %1</source>
        <translation>已对应 %1</translation>
    </message>
    <message>
        <source>The import is done, but the report could not be written: %1</source>
        <translation>导入已完成，但逐行报告未能写出：%1</translation>
    </message>
    <message>
        <source>Bring in an office&apos;s ledger of complaints (CSV or XLSX).</source>
        <translation>导入项目的投诉台账（CSV 或 XLSX）。</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation>XLSX：要读取的工作表（默认第一个）。</translation>
    </message>
    <message>
        <source>CSV: the text encoding, e.g. GB18030 or UTF-8 (default: detected).</source>
        <translation>CSV：文本编码，如 GB18030 或 UTF-8（默认自动识别）。</translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation>只检查每一行并报告，不写入。</translation>
    </message>
    <message>
        <source>Write what became of every row (CSV).</source>
        <translation>写出每一行的处理结果（CSV）。</translation>
    </message>
    <message>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation>即使 stderr 不是终端也报告进度。</translation>
    </message>
    <message>
        <source>Another window or program is writing to %1; waiting…</source>
        <translation>另一个窗口或程序正在写入 %1，等待中…</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than a spreadsheet cell holds (32,767 characters) were cut; the full text is in CaseLoop.</source>
        <translation>
            <numerusform>%n 个单元格超过电子表格单元格的容量（32,767 个字符）已截断；全文见 CaseLoop。</numerusform>
        </translation>
    </message>
    <message>
        <source>Put a backup in place of the database (close CaseLoop on every computer first); the replaced file is kept beside it.</source>
        <translation>用备份替换数据库（请先在所有电脑上关闭 CaseLoop）；被替换的文件保留在旁边。</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>要恢复的备份。</translation>
    </message>
    <message>
        <source>Say which backup to restore: --from FILE.</source>
        <translation>请指明要恢复的备份：--from 文件。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n complaint(s) from %1 into %2.</source>
        <translation>
            <numerusform>已从 %1 恢复 %n 条投诉到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>被替换的文件保留为 %1。</translation>
    </message>
    <message>
        <source>Warning: %1 was %2. Restore it from a backup; `check` lifts this warning once the file is whole again.</source>
        <translation>警告：%1 %2。请从备份恢复；文件完好后，`check` 会解除此警告。</translation>
    </message>
    <message>
        <source>tracking: open (default) or all; complaints: open, all, or statuses separated by commas.</source>
        <translation>tracking：open（默认）或 all；complaints：open、all，或以逗号分隔的状态。</translation>
    </message>
    <message>
        <source>writing complaints</source>
        <translation>正在写入投诉</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 “%2” is taken as “%3” (%4% sure)</source>
        <translation>%1“%2”按“%3”处理（把握 %4%）</translation>
    </message>
    <message>
        <source>A server&apos;s database is restored by its administrator (pg_restore of a pg_dump), or moved from a CaseLoop file into a new, empty database with: caseloop-cli migrate --from %1 --to %2</source>
        <translation>服务器上的数据库由管理员恢复（用 pg_restore 恢复 pg_dump 的备份），或用以下命令把 CaseLoop 文件迁入一个新的空数据库：caseloop-cli migrate --from %1 --to %2</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Create the database (a file, or the tables in an empty database on a server), or update it to this version of CaseLoop.</source>
        <translation>创建数据库（一个文件，或在服务器的空数据库中建表），或将其升级到当前版本的 CaseLoop。</translation>
    </message>
    <message>
        <source>Move a whole office to another database: a file to a PostgreSQL server, or a server&apos;s office to a file. All or nothing; every table&apos;s rows are counted.</source>
        <translation>把整个办公室迁移到另一个数据库：文件迁到 PostgreSQL 服务器，或服务器上的办公室迁回文件。要么全部成功，要么什么都不改；逐表核对行数。</translation>
    </message>
    <message>
        <source>The office to copy (a file or postgresql://…).</source>
        <translation>要复制的办公室（文件或 postgresql://…）。</translation>
    </message>
    <message>
        <source>Where it goes: a new file, or an empty database on a server (postgresql://…).</source>
        <translation>迁移目标：一个新文件，或服务器上的空数据库（postgresql://…）。</translation>
    </message>
    <message>
        <source>Say what to move where: --from DATABASE --to DATABASE.</source>
        <translation>请说明从哪里迁到哪里：--from 数据库 --to 数据库。</translation>
    </message>
    <message>
        <source>%1 already exists; migrate writes a new file only. Nothing was changed.</source>
        <translation>%1 已存在；migrate 只写新文件。未做任何更改。</translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation>--from 和 --to 指的是同一个数据库。</translation>
    </message>
    <message>
        <source>Could not put %1 in place; nothing was changed.</source>
        <translation>无法将 %1 放到位；未做任何更改。</translation>
    </message>
    <message>
        <source>Moved %1 rows from %2 to %3:</source>
        <translation>已将 %1 行从 %2 迁移到 %3：</translation>
    </message>
    <message>
        <source>Say the new account&apos;s login: account add LOGIN (one word).</source>
        <translation>请给出新账号的登录名：account add 登录名（一个词）。</translation>
    </message>
    <message>
        <source>account add needs --name NAME and --role steward|department_lead|supervisor|administrator.</source>
        <translation>account add 需要 --name 姓名 和 --role steward|department_lead|supervisor|administrator。</translation>
    </message>
    <message>
        <source>--role “%1” is not a role; use steward, department_lead, supervisor or administrator.</source>
        <translation>--role “%1”不是角色；请使用 steward、department_lead、supervisor 或 administrator。</translation>
    </message>
    <message>
        <source>A department lead needs --department NAME.</source>
        <translation>部门负责人需要 --department 部门名称。</translation>
    </message>
    <message>
        <source>The login %1 is taken; choose another.</source>
        <translation>登录名 %1 已被使用，请换一个。</translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation>已添加 %1（%2，%3）。</translation>
    </message>
    <message>
        <source>The password of %1 is set; a lockout is lifted.</source>
        <translation>%1 的密码已设置；锁定已解除。</translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation>不能停用自己的账号；请由另一位管理员操作。</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>未设密码</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Manage accounts (administrators): add LOGIN, passwd LOGIN, disable LOGIN, enable LOGIN, list. New passwords come from CASELOOP_NEW_PASSWORD or are typed twice.</source>
        <translation>管理账号（管理员）：add 登录名、passwd 登录名、disable 登录名、enable 登录名、list。新密码取自 CASELOOP_NEW_PASSWORD，或在终端输入两次。</translation>
    </message>
    <message>
        <source>add: the person&apos;s name.</source>
        <translation>add：人员姓名。</translation>
    </message>
    <message>
        <source>add: steward, department_lead, supervisor or administrator.</source>
        <translation>add：steward、department_lead、supervisor 或 administrator。</translation>
    </message>
    <message>
        <source>add: the department (for a department lead).</source>
        <translation>add：所在部门（部门负责人需要）。</translation>
    </message>
    <message>
        <source>account “%1”? Use add, passwd, disable, enable or list.</source>
        <translation>无法执行 account “%1”；请使用 add、passwd、disable、enable 或 list。</translation>
    </message>
    <message>
        <source>Say whose account: account %1 LOGIN.</source>
        <translation>请指明账号：account %1 登录名。</translation>
    </message>
    <message>
        <source>No new password for %1: put it in the environment variable %2, or run the command on a terminal to type it. A password is never given as an argument.</source>
        <translation>%1 没有新密码：请把它放进环境变量 %2，或在终端上运行此命令并输入。密码从不作为参数给出。</translation>
    </message>
    <message>
        <source>the new account %1</source>
        <translation>新账号 %1</translation>
    </message>
    <message>
        <source>%1 once more</source>
        <translation>再输入一次 %1</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不同；未做任何更改。</translation>
    </message>
    <message>
        <source>Sign in first: add --user LOGIN, with the password in the environment variable CASELOOP_PASSWORD (or typed when asked on a terminal). Only init, demo, --help and --version run without signing in.</source>
        <translation>请先登录：加上 --user 登录名，密码放在环境变量 CASELOOP_PASSWORD 中（或在终端提示时输入）。只有 init、demo、--help 和 --version 无需登录。</translation>
    </message>
    <message>
        <source>No password for %1: put it in the environment variable CASELOOP_PASSWORD of this job, or run the command on a terminal to type it. A password is never given as an argument.</source>
        <translation>%1 没有密码：请把它放进此任务的环境变量 CASELOOP_PASSWORD，或在终端上运行此命令并输入。密码从不作为参数给出。</translation>
    </message>
    <message>
        <source>Usage: caseloop-cli [--db FILE] [--lang zh|en] COMMAND [options]

CaseLoop complaint handling from the command line.

Global options:
  --db FILE     the database (default: %1)
  --lang zh|en  language of names and messages (default: zh)
  --user LOGIN  sign in as this account (--operator is the same); the password comes
                from CASELOOP_PASSWORD, or is asked on a terminal
  --version     print the version
  -h, --help    this help; COMMAND --help for a command&apos;s options

Commands:
</source>
        <translation>用法：caseloop-cli [--db 文件] [--lang zh|en] 命令 [选项]

CaseLoop 投诉管理命令行工具。

全局选项：
  --db 文件     数据库文件（默认：%1）
  --lang zh|en  名称和提示的语言（默认：zh）
  --user 登录名 以此账号登录（--operator 相同）；密码取自 CASELOOP_PASSWORD，
                或在终端提示时输入
  --version     显示版本
  -h, --help    显示本帮助；“命令 --help”显示该命令的选项

命令：
</translation>
    </message>
    <message>
        <source>Sign in as this account.</source>
        <translation>以此账号登录。</translation>
    </message>
    <message>
        <source>The same as --user.</source>
        <translation>与 --user 相同。</translation>
    </message>
    <message>
        <source>Sign in as this account; the password comes from CASELOOP_PASSWORD or is asked on a terminal.</source>
        <translation>以此账号登录；密码取自 CASELOOP_PASSWORD，或在终端提示时输入。</translation>
    </message>
    <message>
        <source>--user and --operator name different accounts (%1); give one.</source>
        <translation>--user 和 --operator 指的是不同账号（%1）；请只给一个。</translation>
    </message>
    <message>
        <source>The password of every demo account (default demo1234). Demo data lives in a demo database only, never in an office&apos;s own.</source>
        <translation>所有演示账号的密码（默认 demo1234）。演示数据只在演示库中，从不写入单位自己的数据库。</translation>
    </message>
    <message>
        <source>Demo accounts (every one&apos;s password is %1): admin (administrator), zg01 (supervisor), gj001 (steward), gc01 (department lead of 工程部). For example: caseloop-cli --db %2 --user zg01 stats</source>
        <translation>演示账号（密码都是 %1）：admin（系统管理员）、zg01（客服主管）、gj001（物业管家）、gc01（工程部负责人）。例如：caseloop-cli --db %2 --user zg01 stats</translation>
    </message>
    <message>
        <source>%1 is a department lead without a department; an administrator sets it before they can export.</source>
        <translation>%1 是部门负责人，但未设所在部门；请管理员设置后再导出。</translation>
    </message>
    <message>
        <source>A department lead exports their own department only.</source>
        <translation>部门负责人只能导出本部门的数据。</translation>
    </message>
    <message>
        <source>Create the first administrator with this login (password from CASELOOP_PASSWORD, or typed twice on a terminal).</source>
        <translation>以此登录名创建第一位管理员（密码取自 CASELOOP_PASSWORD，或在终端输入两次）。</translation>
    </message>
    <message>
        <source>The administrator&apos;s name (default: the login).</source>
        <translation>管理员姓名（默认：登录名）。</translation>
    </message>
    <message>
        <source>%1 (%2) is the administrator; sign in with --user %1.</source>
        <translation>%1（%2）是管理员；请用 --user %1 登录。</translation>
    </message>
    <message>
        <source>%1 cannot be opened to sign in (%2). Nothing was changed. With CaseLoop closed everywhere, copy the backup over the file by hand, keeping the old one.</source>
        <translation>无法打开 %1 以登录（%2）。未做任何更改。请在所有电脑都关闭 CaseLoop 后，手动用备份覆盖该文件，并保留旧文件。</translation>
    </message>
    <message>
        <source>First count the charts&apos; daily counts and the daily KPI sums again from the complaints and tickets, and the repeat complainants&apos; chains (when check names counts, sums or entries that differ).</source>
        <translation>先根据投诉和工单重新统计图表的每日计数和每日考核指标汇总，并重建重复投诉人的来电链（当检查发现计数、汇总或来电链条目不一致时使用）。</translation>
    </message>
    <message>
        <source>Daily counts, KPI sums and repeat chains counted again: %1 rows.</source>
        <translation>已重新统计每日计数、考核指标汇总和重复来电链：%1 行。</translation>
    </message>
</context>
<context>
    <name>ComplaintAction</name>
    <message>
        <source>Start handling</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Dispatch a ticket</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Feed back the result</source>
        <translation>结果反馈</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重开</translation>
    </message>
    <message>
        <source>Mark invalid</source>
        <translation>标记无效</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>ComplaintSheet</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>责任管家</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重开次数</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>是否超期</translation>
    </message>
    <message>
        <source>Complaint ledger</source>
        <translation>投诉台账</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%1    Made: %2    %n complaint(s)</source>
        <translation>
            <numerusform>%1    制表时间：%2    共 %n 件投诉</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>New</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>%1: “Received at” %2 is in the future.</source>
        <translation>%1：“受理时间”%2 晚于当前时间。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>%1: estate “%2” is not in the chosen region.</source>
        <translation>%1：项目“%2”不属于所选区域。</translation>
    </message>
    <message>
        <source>%1: building “%2” is not in the chosen estate.</source>
        <translation>%1：楼栋“%2”不属于所选项目。</translation>
    </message>
    <message>
        <source>Ticket for %1</source>
        <translation>%1 的工单</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation>%1 的跟进记录</translation>
    </message>
    <message>
        <source>%1: the time %2 is before the complaint was received (%3).</source>
        <translation>%1：时间 %2 早于投诉受理时间（%3）。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>%1: a satisfaction follow-up needs the result fed back first; the complaint is “%2”.</source>
        <translation>%1：需先向客户反馈处理结果才能回访；该投诉当前为“%2”。</translation>
    </message>
    <message>
        <source>Reopened at the customer&apos;s request during a follow-up</source>
        <translation>回访时客户要求重新处理</translation>
    </message>
    <message>
        <source>the result has not been fed back to the customer</source>
        <translation>尚未向客户反馈处理结果</translation>
    </message>
    <message>
        <source>no satisfaction follow-up is recorded</source>
        <translation>尚无满意度回访记录</translation>
    </message>
    <message>
        <source>Complaint %1 cannot be closed: %2. Record them, or give the reason for closing without them.</source>
        <translation>投诉 %1 不能关闭：%2。请先记录，或填写不经反馈/回访而关闭的原因。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1: “Phone” is required: the office must be able to call back.</source>
        <translation>%1：“联系电话”为必填项：需要能回电给客户。</translation>
    </message>
    <message>
        <source>%1: “Phone” %2 is neither a mobile number (11 digits starting 13–19) nor a landline with area code (0571-88886666).</source>
        <translation>%1：“联系电话”%2 既不是手机号（以 13–19 开头的 11 位数字），也不是带区号的固定电话（如 0571-88886666）。</translation>
    </message>
</context>
<context>
    <name>ConfirmResult</name>
    <message>
        <source>Resolved</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Unresolved, keep tracking</source>
        <translation>未解决-继续跟踪</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a CaseLoop database (not an SQLite file); it was left untouched.</source>
        <translation>%1 不是 CaseLoop 数据库（不是 SQLite 文件）；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a CaseLoop database; it was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 CaseLoop 数据库；文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer CaseLoop (database version %2); this CaseLoop reads versions up to %3. Please update CaseLoop. The file was left untouched.</source>
        <translation>%1 由更新版本的 CaseLoop 写入（数据库版本 %2）；当前程序最高只能读取版本 %3。请升级 CaseLoop。文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>无法准备数据库 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the copy %1 before updating the database: %2</source>
        <translation>升级数据库前无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Updating the database to version %1 (%2) failed: %3</source>
        <translation>将数据库升级到版本 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>%1 does not exist or is empty.</source>
        <translation>%1 不存在或为空。</translation>
    </message>
    <message>
        <source>%1 is read-only: CaseLoop must write every change to it. Copy it to a folder you may write to, or ask for write permission. The file was left untouched.</source>
        <translation>%1 是只读文件：CaseLoop 需要把每次修改写入其中。请把它复制到有写权限的文件夹，或申请写权限。文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is cut off (%2 bytes, shorter than its own header says); it was left untouched. Restore it from a backup: the daily copies are in %3.</source>
        <translation>%1 不完整（%2 字节，比文件头所记录的短），未做任何改动。请从备份恢复：每日备份在 %3。</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a CaseLoop database yet; `caseloop-cli --db FILE init` makes it one.</source>
        <translation>%1 是空文件（0 字节），还不是 CaseLoop 数据库；可用 `caseloop-cli --db FILE init` 建立。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: CaseLoop keeps working files beside the database and cannot open %2 there. Copy the database to a folder you may write to. Nothing was changed.</source>
        <translation>文件夹 %1 为只读：CaseLoop 需要在数据库旁存放工作文件，无法在此打开 %2。请把数据库复制到有写入权限的文件夹。未做任何改动。</translation>
    </message>
    <message>
        <source>%1 is known to be damaged (%2) and was made by an older CaseLoop; this version does not update a damaged file. Restore it from a backup (the daily copies are in %3, caseloop-cli restore --from COPY). If it was repaired by other means, delete %4 and start again.</source>
        <translation>%1 已知损坏（%2），且由较早版本的 CaseLoop 建立；本版本不会升级已损坏的文件。请从备份恢复（每日备份在 %3，可用 caseloop-cli restore --from 备份文件）。如已用其他方法修复，请删除 %4 后重新启动。</translation>
    </message>
    <message>
        <source>This CaseLoop cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (QPSQL, Debian&apos;s libqt6sql6-psql) is not installed.</source>
        <translation>此 CaseLoop 无法连接 PostgreSQL 服务器：未安装 Qt 的 PostgreSQL 驱动（QPSQL，Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver gave no connection handle for %1 (%2).</source>
        <translation>Qt 的 PostgreSQL 驱动没有提供 %1 的连接句柄（%2）。</translation>
    </message>
    <message>
        <source>%1 was written by a newer CaseLoop (database version %2); this CaseLoop reads versions up to %3. Please update CaseLoop. The database was left untouched.</source>
        <translation>%1 由更新版本的 CaseLoop 写入（数据库版本 %2）；此 CaseLoop 最高只能读取版本 %3。请升级 CaseLoop。数据库未被改动。</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a CaseLoop office; it was left untouched. Give CaseLoop a database of its own.</source>
        <translation>%1 中有其他程序的表，不是 CaseLoop 的办公室数据库；未被改动。请为 CaseLoop 单独建一个数据库。</translation>
    </message>
    <message>
        <source>%1 holds no CaseLoop office yet; `caseloop-cli --db %1 init` makes it one.</source>
        <translation>%1 中还没有 CaseLoop 办公室；运行 `caseloop-cli --db %1 init` 即可创建。</translation>
    </message>
    <message>
        <source>%1 must be made with the UTF8 encoding and the C.UTF-8 locale (it has %2), so that text sorts and is searched as CaseLoop expects. Make it again with: createdb -T template0 -E UTF8 --locale=C.UTF-8 DATABASE. Nothing was changed.</source>
        <translation>%1 必须使用 UTF8 编码和 C.UTF-8 区域创建（现在是 %2），文字的排序和搜索才能与 CaseLoop 一致。请用以下命令重新创建：createdb -T template0 -E UTF8 --locale=C.UTF-8 数据库名。未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. The password comes from PGPASSWORD or ~/.pgpass, or is asked for when CaseLoop runs on a terminal.</source>
        <translation>无法连接 %1：%2。密码取自 PGPASSWORD 或 ~/.pgpass；在终端上运行时会询问。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped while this change was being saved, and it was not saved. What you entered is kept: save it again.</source>
        <translation>保存这项修改时与 %1 的连接断开了，修改没有保存。您填写的内容都还在：请再保存一次。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped in the middle of a change; it was not saved.</source>
        <translation>修改进行到一半时与 %1 的连接断开了；这项修改没有保存。</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2). What you entered is kept; CaseLoop connects again by itself when the server is back.</source>
        <translation>连不上服务器 %1（%2）。您填写的内容都还在；服务器恢复后，CaseLoop 会自动重新连接。</translation>
    </message>
    <message>
        <source>The change you saved at %1, just as the connection dropped, was saved.</source>
        <translation>您在 %1 保存的修改（恰逢连接断开）已经保存成功。</translation>
    </message>
    <message>
        <source>The change you saved at %1, just as the connection dropped, was NOT saved. Please enter it again (its window, if still open, keeps what you typed).</source>
        <translation>您在 %1 保存的修改（恰逢连接断开）没有保存。请重新录入（如果它的窗口还开着，里面保留着您填写的内容）。</translation>
    </message>
    <message>
        <source>The connection to %1 dropped just as this change was sent, so CaseLoop cannot yet tell whether it was saved. What you entered is kept. Once the server can be reached again, the window finds out by itself and tells you; save again only if it says the change was not saved.</source>
        <translation>这项修改刚发出，与 %1 的连接就断开了，所以 CaseLoop 暂时无法确定它是否已保存。您填写的内容都还在。服务器一能连上，窗口会自动查明并告诉您；只有在它说没有保存时，才需要再保存一次。</translation>
    </message>
    <message>
        <source>Cannot check the password with %1: %2</source>
        <translation>无法通过 %1 核对密码：%2</translation>
    </message>
    <message>
        <source>The password of %1 could not be prepared for the server: %2</source>
        <translation>无法为服务器准备 %1 的密码：%2</translation>
    </message>
    <message>
        <source>Wrong login or password for %1 (the server checks the password of an account that connects as itself).</source>
        <translation>%1 的登录名或密码错误（账号以自己的身份连接服务器时，由服务器核对密码）。</translation>
    </message>
    <message>
        <source>%1 is at version %2 and this CaseLoop needs version %3, which only the database&apos;s owner may make: update it once with an address naming the owner (caseloop-cli --db postgresql://OWNER@SERVER/DATABASE init), then sign in again. Nothing was changed.</source>
        <translation>%1 的版本是 %2，本版 CaseLoop 需要版本 %3，而升级只能由数据库所有者进行：请用所有者的地址运行一次 caseloop-cli --db postgresql://所有者@服务器/数据库 init，然后重新登录。未做任何改动。</translation>
    </message>
    <message>
        <source>Another window or program kept %1 busy writing for longer than CaseLoop waits (an import or a recount); nothing was changed. Try again in a moment.</source>
        <translation>另一个窗口或程序（导入或重新统计）写入 %1 的时间超过了 CaseLoop 的等待时间，未做任何改动。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 was made by an older CaseLoop and must be updated. The update first writes a copy of it beside it and needs about %2 GB free in %3, which has %4 GB free. Free some space there (or move the file to a larger disk) and open it again. The file was left untouched.</source>
        <translation>%1 由旧版 CaseLoop 创建，需要升级。升级前会先在旁边写一份副本，需要 %3 中约有 %2 GB 可用空间，而目前只有 %4 GB。请先在那里腾出空间（或把文件移到更大的磁盘），再重新打开。文件未做任何改动。</translation>
    </message>
</context>
<context>
    <name>DayKind</name>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation>调休上班</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>FollowUpMethod</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
</context>
<context>
    <name>FollowUpPurpose</name>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>进度告知</translation>
    </message>
    <message>
        <source>Result feedback</source>
        <translation>结果反馈</translation>
    </message>
    <message>
        <source>Satisfaction follow-up</source>
        <translation>满意度回访</translation>
    </message>
</context>
<context>
    <name>LedgerText</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a ledger larger than 512 MB is not read.</source>
        <translation>%1 有 %2 MB；超过 512 MB 的台账不予读取。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 workbook (.xls); open it in Excel or WPS and save it as .xlsx or CSV, then import that.</source>
        <translation>%1 是旧版 Excel 97–2003 工作簿（.xls）；请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV 后再导入。</translation>
    </message>
    <message>
        <source>%1 is a text (CSV) file, which has no sheets; leave out --sheet.</source>
        <translation>%1 是文本（CSV）文件，没有工作表；请去掉 --sheet。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 has no rows, not even a header.</source>
        <translation>%1 没有任何行，连表头也没有。</translation>
    </message>
    <message>
        <source>the time is in the future</source>
        <translation>时间在将来</translation>
    </message>
    <message>
        <source>the content is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>not a status; use %1</source>
        <translation>不是有效的状态；请用 %1</translation>
    </message>
    <message>
        <source>not a priority; use %1</source>
        <translation>不是有效的紧急程度；请用 %1</translation>
    </message>
    <message>
        <source>not a satisfaction; use %1</source>
        <translation>不是有效的满意度；请用 %1</translation>
    </message>
    <message>
        <source>Row %1, %2 “%3”: %4</source>
        <translation>第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: the first row must name the columns; no column for %2 was found. The first row reads: %3</source>
        <translation>%1：第一行必须是列名；没有找到%2列。第一行是：%3</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>投诉单号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>already imported (same time, caller, place and content)</source>
        <translation>已导入过（时间、投诉人、位置和内容相同）</translation>
    </message>
    <message>
        <source>would be imported</source>
        <translation>将导入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>imported meanwhile</source>
        <translation>期间已被导入</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>Estate %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation>部门 %1</translation>
    </message>
    <message>
        <source>%1 %2 → 其他</source>
        <translation>%1 %2 → 其他</translation>
    </message>
    <message>
        <source>Could not create %1 “%2”: %3</source>
        <translation>无法新建%1“%2”：%3</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>楼栋 %1</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>缺少日期</translation>
    </message>
    <message>
        <source>there is no such day</source>
        <translation>没有这一天</translation>
    </message>
    <message>
        <source>there is no such time of day</source>
        <translation>没有这个时刻</translation>
    </message>
    <message>
        <source>not a date; write it like 2026-03-05 14:30</source>
        <translation>不是日期；请写成 2026-03-05 14:30 这样</translation>
    </message>
    <message>
        <source>imported %1, rejected %2, duplicates %3</source>
        <translation>导入 %1 条，拒绝 %2 条，重复 %3 条</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>The file is not valid %1 text; choose its encoding (GB18030 or UTF-8).</source>
        <translation>文件不是有效的 %1 文本；请选择它的编码（GB18030 或 UTF-8）。</translation>
    </message>
    <message>
        <source>“%1” is not an encoding this computer knows; try GB18030 or UTF-8.</source>
        <translation>本机不认识编码“%1”；请试 GB18030 或 UTF-8。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this computer cannot read GB18030 (Qt without ICU).</source>
        <translation>文件不是 UTF-8，而本机无法读取 GB18030（Qt 未带 ICU）。</translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation>缺少部件 %1</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked</source>
        <translation>部件 %1 无法解压</translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation>部件 %1 已损坏</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) that can be opened.</source>
        <translation>%1 不是能打开的 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a workbook: %2.</source>
        <translation>%1 无法作为工作簿读取：%2。</translation>
    </message>
    <message>
        <source>it has no sheets</source>
        <translation>没有工作表</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”; its sheets are: %3.</source>
        <translation>%1 中没有工作表“%2”；它的工作表有：%3。</translation>
    </message>
    <message>
        <source>the sheet “%1” points nowhere</source>
        <translation>工作表“%1”指向的内容不存在</translation>
    </message>
    <message>
        <source>%1, line %2: a NUL byte (character 0), which no CSV ledger holds; the file is damaged, or neither a CSV text file nor an .xlsx workbook. Nothing was imported.</source>
        <translation>%1 第 %2 行：含有空字符（字符 0），CSV 台账中不应出现；文件已损坏，或既不是 CSV 文本文件也不是 .xlsx 工作簿。未导入任何内容。</translation>
    </message>
    <message>
        <source>no digits: not a phone number</source>
        <translation>不含数字，不是电话号码</translation>
    </message>
    <message>
        <source>the part %1 unpacks to far more than a ledger of this size holds (over %2 MB); it is refused as damaged or hostile</source>
        <translation>部件 %1 解压后远超此大小的台账应有的内容（超过 %2 MB），视为损坏或恶意文件而拒绝</translation>
    </message>
    <message>
        <source>the shared string %1 is longer than any cell of a ledger (over a million characters)</source>
        <translation>第 %1 个共享字符串超过台账单元格的合理长度（超过一百万个字符）</translation>
    </message>
    <message>
        <source>row %1 has a cell longer than any cell of a ledger (over a million characters)</source>
        <translation>第 %1 行有单元格超过台账单元格的合理长度（超过一百万个字符）</translation>
    </message>
    <message>
        <source>not a whole phone number (a mobile has 11 digits, a landline an area code and 7 or 8 digits); imported as written</source>
        <translation>不是完整的电话号码（手机 11 位，座机为区号加 7 或 8 位）；已按原样导入</translation>
    </message>
</context>
<context>
    <name>OutputTargetText</name>
    <message>
        <source>No file was named to write to.</source>
        <translation>没有指定要写入的文件。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; CaseLoop does not write through links. Name the file itself.</source>
        <translation>%1 是符号链接；CaseLoop 不通过链接写文件，请指定文件本身。</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file inside it.</source>
        <translation>%1 是文件夹，请指定其中的一个文件。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device, a pipe or a socket); CaseLoop writes only to ordinary files.</source>
        <translation>%1 不是普通文件（设备、管道或套接字）；CaseLoop 只写入普通文件。</translation>
    </message>
    <message>
        <source>%1 is a working file of the open database %2; writing it would destroy the database. Choose another file.</source>
        <translation>%1 是正在使用的数据库 %2 的工作文件，写入会毁坏数据库。请换一个文件。</translation>
    </message>
    <message>
        <source>%1 is the open database %2; writing it would destroy the database. Choose another file.</source>
        <translation>%1 就是正在使用的数据库 %2，写入会毁坏数据库。请换一个文件。</translation>
    </message>
    <message>
        <source>%1 is a database file; an export or a report never replaces a database. Choose another file.</source>
        <translation>%1 是数据库文件；导出和报表不会覆盖数据库。请换一个文件。</translation>
    </message>
    <message>
        <source>%1 exists and is not a CaseLoop database; a backup replaces only an earlier copy. Choose another file.</source>
        <translation>%1 已存在，且不是 CaseLoop 数据库；备份只会替换以前的备份副本。请另选文件。</translation>
    </message>
    <message>
        <source>%1 has a working file beside it (%2): it is open in a program, or was not closed properly. Replacing it could lose what that holds. Choose another file.</source>
        <translation>%1 旁边有工作文件（%2）：它正被某个程序打开，或上次未正常关闭。替换它可能丢失其中的数据。请另选文件。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Register complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Follow up, dispatch and handle tickets</source>
        <translation>跟进、派单、处理工单</translation>
    </message>
    <message>
        <source>Close complaints</source>
        <translation>结案</translation>
    </message>
    <message>
        <source>See complaints and tickets</source>
        <translation>查看投诉与工单</translation>
    </message>
    <message>
        <source>See full phone numbers</source>
        <translation>查看完整电话</translation>
    </message>
    <message>
        <source>Analysis, weekly report and hotspots</source>
        <translation>统计分析、周报与热点</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export full phone numbers</source>
        <translation>导出完整电话</translation>
    </message>
    <message>
        <source>Rectification decisions</source>
        <translation>整改决定</translation>
    </message>
    <message>
        <source>Set the office up and import ledgers</source>
        <translation>系统设置与导入台账</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>账号管理</translation>
    </message>
    <message>
        <source>Back up, restore, check and migrate</source>
        <translation>备份、恢复、检查与迁移</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>own estates and complaints</source>
        <translation>本人负责的项目与投诉</translation>
    </message>
    <message>
        <source>own department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>A %1 may not do this (%2); it needs the role: %3.</source>
        <translation>%1无权执行此操作（%2）；需要以下角色：%3。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>Bldg %1</source>
        <translation>%1栋</translation>
    </message>
    <message>
        <source>Rm %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>building, room</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1, Unit %2, %3</source>
        <comment>building, unit, room</comment>
        <translation>%1%2单元%3</translation>
    </message>
</context>
<context>
    <name>RectificationAction</name>
    <message>
        <source>Confirm measures</source>
        <translation>确认整改措施</translation>
    </message>
    <message>
        <source>Report back</source>
        <translation>反馈整改结果</translation>
    </message>
    <message>
        <source>Approve in review</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Send back in review</source>
        <translation>审核退回</translation>
    </message>
    <message>
        <source>Confirm resolved</source>
        <translation>确认解决</translation>
    </message>
    <message>
        <source>Keep tracking</source>
        <translation>继续跟踪</translation>
    </message>
</context>
<context>
    <name>RectificationDetail</name>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Suggested rectification</source>
        <translation>整改建议</translation>
    </message>
    <message>
        <source>Required deadline</source>
        <translation>要求完成时限</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>计划完成时间</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>完成情况反馈</translation>
    </message>
    <message>
        <source>Why not solved</source>
        <translation>未解决原因</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>跟踪认定</translation>
    </message>
    <message>
        <source>History of the five steps</source>
        <translation>五步整改记录</translation>
    </message>
    <message>
        <source>Complaints behind it (%1)</source>
        <translation>问题来源投诉（%1 件）</translation>
    </message>
</context>
<context>
    <name>RectificationStatus</name>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Confirmed resolved</source>
        <translation>已确认解决</translation>
    </message>
    <message>
        <source>Unresolved, tracking</source>
        <translation>未解决-继续跟踪</translation>
    </message>
</context>
<context>
    <name>RectificationStep</name>
    <message>
        <source>1 Assign</source>
        <translation>1 分派</translation>
    </message>
    <message>
        <source>2 Resolve</source>
        <translation>2 解决</translation>
    </message>
    <message>
        <source>3 Report back</source>
        <translation>3 反馈</translation>
    </message>
    <message>
        <source>4 Review</source>
        <translation>4 审核</translation>
    </message>
    <message>
        <source>5 Confirm</source>
        <translation>5 确认</translation>
    </message>
</context>
<context>
    <name>RectificationWorkflow</name>
    <message>
        <source>New rectification item</source>
        <translation>新整改项</translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Required deadline</source>
        <translation>要求完成时限</translation>
    </message>
    <message>
        <source>Rectification item %1</source>
        <translation>整改项 %1</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Planned completion date</source>
        <translation>计划完成时间</translation>
    </message>
    <message>
        <source>What was done, or why it is not solved</source>
        <translation>完成情况反馈或未解决原因</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审核意见</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Steward</source>
        <translation>物业管家</translation>
    </message>
    <message>
        <source>Department lead</source>
        <translation>部门负责人</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Nothing was drawn.</source>
        <translation>没有绘制任何内容。</translation>
    </message>
    <message>
        <source>…(rest in CaseLoop)</source>
        <translation>…（余见系统）</translation>
    </message>
</context>
<context>
    <name>TicketAction</name>
    <message>
        <source>Accept</source>
        <translation>接单</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>登记处理结果</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Dispatch again</source>
        <translation>重新派单</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>Waiting</source>
        <translation>待接单</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>TrackingSheet</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Source complaints</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Region / estate</source>
        <translation>区域/项目</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Suggested rectification</source>
        <translation>整改建议</translation>
    </message>
    <message>
        <source>Required deadline</source>
        <translation>要求完成时限</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation>计划完成时间</translation>
    </message>
    <message>
        <source>Feedback / why not solved</source>
        <translation>完成情况反馈/未解决原因</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>是否超期</translation>
    </message>
    <message>
        <source>Complaint rectification tracking sheet</source>
        <translation>投诉问题整改跟踪表</translation>
    </message>
    <message numerus="yes">
        <source>%1    Period: %2    Made: %3    %n item(s)</source>
        <translation>
            <numerusform>%1    统计期间：%2    制表时间：%3    共 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Not solved: %1</source>
        <translation>未解决原因：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Property service centre</source>
        <translation>物业服务中心</translation>
    </message>
    <message>
        <source>all items up to %1</source>
        <translation>截至 %1 的全部整改项</translation>
    </message>
</context>
<context>
    <name>WeeklyReportPainter</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>%1 Complaint handling weekly report</source>
        <translation>%1 投诉管理周报</translation>
    </message>
    <message>
        <source>%1 (%2 to %3) · figures as of %4 · compared with %5</source>
        <translation>%1（%2 至 %3）· 数据截至 %4 · 对比 %5</translation>
    </message>
    <message>
        <source>1. This week at a glance</source>
        <translation>一、本周概况</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>New complaints</source>
        <translation>新增投诉</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结投诉</translation>
    </message>
    <message>
        <source>Open at the end of the week</source>
        <translation>周末未办结</translation>
    </message>
    <message>
        <source>Overdue at the end of the week</source>
        <translation>周末已超期</translation>
    </message>
    <message>
        <source>On-time first response</source>
        <translation>及时响应率</translation>
    </message>
    <message>
        <source>Result fed back on time</source>
        <translation>按时办结率（结果反馈）</translation>
    </message>
    <message>
        <source>Follow-up on time</source>
        <translation>回访及时率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>2. Charts</source>
        <translation>二、统计图表</translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域分布</translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Complaints per week, last 12 weeks</source>
        <translation>近 12 周投诉量</translation>
    </message>
    <message>
        <source>3. Top problems</source>
        <translation>三、主要问题</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>4. Hotspots: the same problem at the same place %1 or more times within %2 days</source>
        <translation>四、热点问题：%2 天内同一位置同类投诉 %1 次及以上</translation>
    </message>
    <message>
        <source>not tracked yet</source>
        <translation>尚未立项整改</translation>
    </message>
    <message>
        <source>No hotspots.</source>
        <translation>本期无热点问题。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rectification item</source>
        <translation>整改项</translation>
    </message>
    <message>
        <source>5. Departments</source>
        <translation>五、部门绩效</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重开率</translation>
    </message>
    <message>
        <source>Hours to close</source>
        <translation>平均办结时长（小时）</translation>
    </message>
    <message>
        <source>6. Open rectification items (%1, %2 overdue)</source>
        <translation>六、未关闭整改项（%1 项，其中超期 %2 项）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>No open items.</source>
        <translation>无未关闭的整改项。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>%1 周报</translation>
    </message>
    <message>
        <source>Nothing was drawn.</source>
        <translation>没有绘制任何内容。</translation>
    </message>
    <message>
        <source>… and %1 more: see Analysis → Hotspots, or caseloop-cli hotspots.</source>
        <translation>……另有 %1 处，见“统计分析 → 热点问题”或 caseloop-cli hotspots。</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>up %1 points</source>
        <translation>上升 %1 个百分点</translation>
    </message>
    <message>
        <source>down %1 points</source>
        <translation>下降 %1 个百分点</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>the same days of %1</source>
        <translation>%1 同期</translation>
    </message>
    <message>
        <source>Same days last week</source>
        <translation>上周同期</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot create a temporary folder for %1.</source>
        <translation>无法为 %1 创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the workbook for %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>第 &amp;P 页 / 共 &amp;N 页</translation>
    </message>
    <message>
        <source>Writing the workbook %1 failed: %2</source>
        <translation>写入工作簿 %1 失败：%2</translation>
    </message>
    <message>
        <source>…(full text in CaseLoop %1)</source>
        <translation>…(全文见 CaseLoop %1)</translation>
    </message>
</context>
<context>
    <name>caseloop</name>
    <message>
        <source>The table %1 is missing.</source>
        <translation>缺少表 %1。</translation>
    </message>
    <message>
        <source>%1 has database version %2 and %3 has version %4; both must be opened by this CaseLoop first.</source>
        <translation>%1 的数据库版本是 %2，%3 的版本是 %4；两者都须先由此 CaseLoop 打开。</translation>
    </message>
    <message>
        <source>%1 already holds an office (complaints, staff, places or history); a copy goes only into a new, empty database. Nothing was changed.</source>
        <translation>%1 中已有办公室的数据（投诉、人员、地点或历史）；只能复制到一个新的空数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation>复制 %1 失败：%2</translation>
    </message>
    <message>
        <source>Copying %1 failed: %2 rows in the source, %3 in the copy. Nothing was changed.</source>
        <translation>复制 %1 失败：源数据库 %2 行，副本 %3 行。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>caseloop::AccountsPanel</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Estates looked after</source>
        <translation>负责的项目</translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation>设置密码…</translation>
    </message>
    <message>
        <source>Estates looked after…</source>
        <translation>负责的项目…</translation>
    </message>
    <message>
        <source>Add people, change their role or deactivate them in the staff table. Here an administrator sets a password (a new colleague&apos;s, or a forgotten one: this also lifts a lockout) and the estates a steward looks after: a steward sees the full phone numbers of these estates&apos; complaints and of the complaints they are the steward of.</source>
        <translation>新增人员、修改角色或停用，请在“人员”表中操作。这里由管理员设置密码（新同事的，或忘记的；同时解除锁定），以及物业管家负责的项目：管家可以看到这些项目的投诉以及自己负责的投诉的完整电话。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>尚未设置密码</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation>%1 的密码已设置。</translation>
    </message>
</context>
<context>
    <name>caseloop::AdminPage</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>角色权限</translation>
    </message>
</context>
<context>
    <name>caseloop::AnalysisPage</name>
    <message>
        <source>Weekly report preview…</source>
        <translation>周报预览…</translation>
    </message>
    <message>
        <source>Weekly report PDF…</source>
        <translation>导出周报 PDF…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>热点问题</translation>
    </message>
    <message>
        <source>%1: %2 complaints about %3 between %4 and %5</source>
        <translation>%1：%4 至 %5 期间“%3”投诉 %2 次</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>weekly-report-%1.pdf</source>
        <translation>周报-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>%1 周报</translation>
    </message>
    <message>
        <source>Some figures could not be counted: %1</source>
        <translation>部分数字未能统计：%1</translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>caseloop::Backups</name>
    <message>
        <source>Could not copy %1 to %2 (is the disk full or the folder read-only?).</source>
        <translation>无法把 %1 复制到 %2（磁盘满了或文件夹只读？）。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>备份 %1 未能写出：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2); it cannot be used as a backup.</source>
        <translation>%1 已损坏（SQLite 完整性检查：%2），不能作为备份使用。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>无法建立备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not put %1 in place: %2</source>
        <translation>无法将 %1 放到位：%2</translation>
    </message>
    <message>
        <source>The backup was written to %1 but could not be put in place: %2</source>
        <translation>备份已写入 %1，但无法放到位：%2</translation>
    </message>
    <message>
        <source>Could not remove %1 before restoring.</source>
        <translation>恢复前无法删除 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be opened to prepare the restore: %2</source>
        <translation>无法打开 %1 以准备恢复：%2</translation>
    </message>
    <message>
        <source>%1 is still in use (CaseLoop on another computer, or another program); close it there first. Nothing was restored.</source>
        <translation>%1 仍在使用中（其他电脑上的 CaseLoop 或其他程序），请先在那里关闭。未恢复任何内容。</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied: %2</source>
        <translation>无法复制备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 is known to be damaged (%2). Today&apos;s backup copy was not made, so that the good copies in %3 are kept: restore the database from one of them.</source>
        <translation>%1 已知损坏（%2）。今天未做备份，以保留 %3 中完好的备份：请从其中之一恢复数据库。</translation>
    </message>
    <message>
        <source>The backup %1 was stopped before it was complete.</source>
        <translation>备份 %1 在完成前被停止。</translation>
    </message>
    <message>
        <source>Today&apos;s backup copy was not made: it needs about %1 GB, and %2 has %3 GB free (%4 GB more when only the newest copy is kept). Free some space there, or point the backups to a larger disk; the copies already there are kept.</source>
        <translation>今天的备份未做：约需 %1 GB，%2 只剩 %3 GB（只保留最新一份时可再腾出 %4 GB）。请清理该处空间，或把备份放到更大的磁盘；已有的备份都保留着。</translation>
    </message>
    <message>
        <source>The disk of %1 holds only %2 backup copies of about %3 GB each (%4 are kept when there is room): the oldest %5 were removed to make room for today&apos;s.</source>
        <translation>%1 所在磁盘只放得下 %2 份约 %3 GB 的备份（空间够时保留 %4 份）：已删除最旧的 %5 份，为今天的备份腾出空间。</translation>
    </message>
</context>
<context>
    <name>caseloop::CaseView</name>
    <message>
        <source>Dispatch…</source>
        <translation>派单…</translation>
    </message>
    <message>
        <source>Ticket result…</source>
        <translation>工单结果…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>跟进/回访…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重开…</translation>
    </message>
    <message>
        <source>Mark invalid…</source>
        <translation>标记无效…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉单 %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>责任管家</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1（时限 %2）</translation>
    </message>
    <message>
        <source>Result fed back</source>
        <translation>结果反馈</translation>
    </message>
    <message>
        <source>Satisfaction follow-up</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重开次数</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No ticket of %1 is open.</source>
        <translation>%1 没有未完成的工单。</translation>
    </message>
    <message>
        <source>%1 is “%2”: no follow-ups.</source>
        <translation>%1 当前为“%2”，不能再记录跟进。</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>关闭 %1</translation>
    </message>
    <message>
        <source>Closing note (optional).</source>
        <translation>关闭说明（可不填）。</translation>
    </message>
    <message>
        <source>%1
To close anyway, give the reason.</source>
        <translation>%1
如仍要关闭，请填写原因。</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>重开 %1</translation>
    </message>
    <message>
        <source>Why is the complaint reopened?</source>
        <translation>重开原因？</translation>
    </message>
    <message>
        <source>Mark %1 invalid</source>
        <translation>将 %1 标记为无效</translation>
    </message>
    <message>
        <source>Why is this not a valid complaint (a duplicate, not our responsibility…)?</source>
        <translation>为什么这不是有效投诉（重复登记、非物业责任…）？</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>kept %1 late</source>
        <translation>逾期 %1 完成</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超期 %1</translation>
    </message>
</context>
<context>
    <name>caseloop::ChartBoard</name>
    <message>
        <source>Up one level</source>
        <translation>返回上一级</translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域分布</translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Customer types</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Promises kept on time</source>
        <translation>服务承诺达成率</translation>
    </message>
    <message>
        <source>Complaints per week</source>
        <translation>周投诉量趋势</translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation>月投诉量趋势</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Estates of %1</source>
        <translation>%1 各项目</translation>
    </message>
    <message>
        <source>Buildings of %1</source>
        <translation>%1 各楼栋</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Estates</source>
        <translation>各项目</translation>
    </message>
    <message>
        <source>%1, same days</source>
        <translation>%1 同期</translation>
    </message>
</context>
<context>
    <name>caseloop::ComplaintFilterBar</name>
    <message>
        <source>from any day</source>
        <translation>起始日期不限</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>截止日期不限</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation>只看我的</translation>
    </message>
    <message>
        <source>Search code, complainant, phone or description</source>
        <translation>搜索编号、投诉人、电话或投诉内容</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All service lines</source>
        <translation>全部条线</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All estates</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>caseloop::ComplaintListPage</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>共 %n 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Create rectification item…</source>
        <translation>生成整改项…</translation>
    </message>
    <message>
        <source>A recurring problem: the selected complaints become one item of the tracking sheet.</source>
        <translation>反复出现的问题：所选投诉合并为整改跟踪表中的一项。</translation>
    </message>
    <message>
        <source>New complaint (Ctrl+N)</source>
        <translation>登记投诉 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开投诉单</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>No complaint matches “%1” under the filters above</source>
        <translation>在上方筛选条件下，没有与“%1”匹配的投诉</translation>
    </message>
</context>
<context>
    <name>caseloop::ComplaintTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Due soon %1</source>
        <translation>即将到期 %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
</context>
<context>
    <name>caseloop::ComplaintsBehindDialog</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>共 %n 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
</context>
<context>
    <name>caseloop::CsvReader</name>
    <message>
        <source>Row %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>第 %1 行：引号内的字段没有结束（缺少一个 &quot;）。</translation>
    </message>
</context>
<context>
    <name>caseloop::DamageMarks</name>
    <message>
        <source>found damaged on %1: %2</source>
        <translation>于 %1 发现损坏：%2</translation>
    </message>
    <message>
        <source>%1 is known to be damaged (%2). CaseLoop does not write %3 into a damaged file. Restore it from a backup (the daily copies are in %4); once `caseloop-cli check` finds the file whole again, this is lifted (the marker is %5).</source>
        <translation>%1 已知损坏（%2）。CaseLoop 不会把%3写入已损坏的文件。请从备份恢复（每日备份在 %4）；`caseloop-cli check` 确认文件完好后即解除（标记文件为 %5）。</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>导入的数据</translation>
    </message>
</context>
<context>
    <name>caseloop::Database</name>
    <message>
        <source>%1 is not a server address postgresql://USER@HOST:PORT/DATABASE (%2).</source>
        <translation>%1 不是服务器地址 postgresql://用户@主机:端口/数据库（%2）。</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>缺少数据库名</translation>
    </message>
    <message>
        <source>the value of %1 holds a space, a quote or a semicolon</source>
        <translation>%1 的值含有空格、引号或分号</translation>
    </message>
</context>
<context>
    <name>caseloop::Demo</name>
    <message>
        <source>The number of complaints must not be negative.</source>
        <translation>投诉数量不能为负数。</translation>
    </message>
    <message>
        <source>The database already holds %1 complaints; demo data goes into an empty database only.</source>
        <translation>数据库中已有 %1 件投诉；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>The database has accounts with passwords; demo data goes into a new database only.</source>
        <translation>此数据库已有设置了密码的账号；演示数据只能写入新的数据库。</translation>
    </message>
</context>
<context>
    <name>caseloop::DispatchDialog</name>
    <message>
        <source>Dispatch %1</source>
        <translation>派单 %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>要求完成时间</translation>
    </message>
    <message>
        <source>(the department decides)</source>
        <translation>（由部门安排）</translation>
    </message>
</context>
<context>
    <name>caseloop::Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 was not written: the export could not be recorded in the audit log (%2).</source>
        <translation>未写入 %1：导出无法记入审计日志（%2）。</translation>
    </message>
</context>
<context>
    <name>caseloop::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>No account of %1 has a password yet. Create the administrator: they set the office up and give every colleague an account under 系统管理. The password needs at least %2 characters; keep it safe, nobody can read it back.</source>
        <translation>%1 还没有任何设置了密码的账号。请创建管理员：由管理员设置组织，并在“系统管理”中为每位同事开设账号。密码至少 %2 个字符；请妥善保管，任何人都无法读出。</translation>
    </message>
</context>
<context>
    <name>caseloop::FollowUpDialog</name>
    <message>
        <source>The customer is not satisfied: reopen the complaint</source>
        <translation>客户不满意：重开投诉</translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation>%1 跟进/回访</translation>
    </message>
    <message>
        <source>(reply templates)</source>
        <translation>（选择话术模板）</translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation>（未询问）</translation>
    </message>
    <message>
        <source>What the customer answered</source>
        <translation>客户的答复</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>跟进目的</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>话术模板</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <source>Customer&apos;s answer</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>caseloop::HotspotList</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉次数</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rectification item</source>
        <translation>整改项</translation>
    </message>
    <message>
        <source>Create rectification item…</source>
        <translation>生成整改项…</translation>
    </message>
    <message>
        <source>Show the complaints</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <source>The same type at the same building or public area</source>
        <translation>同一楼栋或公共区域的同类投诉达</translation>
    </message>
    <message>
        <source>or more within</source>
        <translation>及以上，统计期</translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation>热点问题</translation>
    </message>
    <message>
        <source>not tracked yet</source>
        <translation>尚未立项整改</translation>
    </message>
    <message>
        <source>%1 already tracks some of these complaints; a new item is created anyway.</source>
        <translation>整改项 %1 已包含其中部分投诉；仍将新建整改项。</translation>
    </message>
    <message>
        <source>Hotspot: %1, %2</source>
        <translation>热点问题：%1，%2</translation>
    </message>
</context>
<context>
    <name>caseloop::ImportDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save the row &amp;report…</source>
        <translation>保存逐行报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Ledger file (CSV or XLSX):</source>
        <translation>台账文件（CSV 或 XLSX）：</translation>
    </message>
    <message>
        <source>Text encoding (CSV):</source>
        <translation>文本编码（CSV）：</translation>
    </message>
    <message>
        <source>Sheet (XLSX):</source>
        <translation>工作表（XLSX）：</translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.txt *.xlsx)</source>
        <translation>台账 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>%1 rows read: %2 to import, %3 rejected, %4 already imported. Nothing is written until you press Import.</source>
        <translation>读取 %1 行：将导入 %2 行，拒绝 %3 行，已导入过 %4 行。按“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source> (read as %1)</source>
        <translation>（按 %1 读取）</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>正在导入 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <source>Mapped: %1</source>
        <translation>对应：%1</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>正在取消，不会写入任何数据…</translation>
    </message>
    <message>
        <source>Save the row report</source>
        <translation>保存逐行报告</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Another window is writing; waiting…</source>
        <translation>另一个窗口正在写入，等待中…</translation>
    </message>
</context>
<context>
    <name>caseloop::ImportPreview</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>将导入的行</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>拒绝的行</translation>
    </message>
    <message>
        <source>Unknown names</source>
        <translation>未知名称</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation>留空</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>新建“%1”</translation>
    </message>
    <message>
        <source>Map to 其他 (Other)</source>
        <translation>对应到“其他”</translation>
    </message>
    <message>
        <source>Map to %1</source>
        <translation>对应到“%1”</translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation>拒绝的行（%1）</translation>
    </message>
    <message>
        <source>Unknown names (%1)</source>
        <translation>未知名称（%1）</translation>
    </message>
    <message>
        <source>Imported as written, but</source>
        <translation>已按原样导入，但</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Map to %1 (suggested, %2% sure)</source>
        <translation>对应到 %1（建议，把握 %2%）</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
</context>
<context>
    <name>caseloop::IntakeDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>13812345678 or 0571-88886666</source>
        <translation>13812345678 或 0571-88886666</translation>
    </message>
    <message>
        <source>Name, or type a phone number or name to find an earlier caller</source>
        <translation>姓名；输入电话或姓名可查找以往来电人</translation>
    </message>
    <message>
        <source>2-1502 (unit-room) or 1502</source>
        <translation>2-1502（单元-房号）或 1502</translation>
    </message>
    <message>
        <source>Instead of a room: lift lobby, car park, main gate…</source>
        <translation>不是房屋时填写：电梯厅、地下车库、小区大门…</translation>
    </message>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation>发生了什么（按来电人的原话记录）</translation>
    </message>
    <message>
        <source>What the caller asks for</source>
        <translation>来电人的诉求</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>受理管家</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Earlier complaints of this caller</source>
        <translation>该来电人的历史投诉</translation>
    </message>
    <message>
        <source>Register (Ctrl+Enter)</source>
        <translation>登记 (Ctrl+Enter)</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>投诉 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeat complainant: %n earlier complaint(s).</source>
        <translation>
            <numerusform>重复投诉人：此前已投诉 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>“Estate” is required.</source>
        <translation>“项目”为必填项。</translation>
    </message>
    <message>
        <source>“Estate” %1 is not one of the office&apos;s estates.</source>
        <translation>“项目”%1 不在本公司的项目列表中。</translation>
    </message>
    <message>
        <source>“Building” %1 is not a building of %2.</source>
        <translation>“楼栋”%1 不属于 %2。</translation>
    </message>
    <message>
        <source>“Complaint type” is required.</source>
        <translation>“投诉类型”为必填项。</translation>
    </message>
    <message>
        <source>“Service line” is required.</source>
        <translation>“业务条线”为必填项。</translation>
    </message>
    <message>
        <source>“Description” is required.</source>
        <translation>“投诉内容”为必填项。</translation>
    </message>
    <message>
        <source>No estate exists yet, so no complaint can be registered. An administrator adds the office&apos;s estates under Administration (or on the start page: 设置组织, or importing a ledger).</source>
        <translation>还没有任何项目，因此无法登记投诉。请管理员在“系统管理”中添加本单位的项目（或在开始页选择“设置组织”或“导入台账”）。</translation>
    </message>
</context>
<context>
    <name>caseloop::Integrity</name>
    <message>
        <source>complaints with an unknown status</source>
        <translation>状态未知的投诉</translation>
    </message>
    <message>
        <source>complaints whose code is not TS-YYYYMMDD-NNNN</source>
        <translation>编号不符合 TS-YYYYMMDD-NNNN 格式的投诉</translation>
    </message>
    <message>
        <source>complaints whose estate is not in their region</source>
        <translation>项目与区域不符的投诉</translation>
    </message>
    <message>
        <source>complaints whose building is not in their estate</source>
        <translation>楼栋与项目不符的投诉</translation>
    </message>
    <message>
        <source>closed or withdrawn complaints without a closing time</source>
        <translation>已关闭或已撤销但没有关闭时间的投诉</translation>
    </message>
    <message>
        <source>closed complaints without result feedback and satisfaction follow-up, and without a reason</source>
        <translation>已关闭但既无结果反馈和满意度回访、也无关闭原因的投诉</translation>
    </message>
    <message>
        <source>invalid complaints without a reason</source>
        <translation>没有无效原因的无效投诉</translation>
    </message>
    <message>
        <source>open complaints marked closed</source>
        <translation>未结案却带有关闭时间的投诉</translation>
    </message>
    <message>
        <source>tickets with an unknown status</source>
        <translation>状态未知的工单</translation>
    </message>
    <message>
        <source>finished tickets without a result or completion time</source>
        <translation>已完成但没有处理结果或完成时间的工单</translation>
    </message>
    <message>
        <source>rectification items with an unknown status</source>
        <translation>状态未知的整改项</translation>
    </message>
    <message>
        <source>confirmed rectification items without a confirmation date</source>
        <translation>已确认解决但没有确认日期的整改项</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>%1 broken references: %2</source>
        <translation>%1 处引用失效：%2</translation>
    </message>
    <message>
        <source>%1 %2: %3%4</source>
        <translation>%1 件%2：%3%4</translation>
    </message>
    <message>
        <source>The file is damaged; CaseLoop&apos;s own checks were not run. Restore it from a backup.</source>
        <translation>文件已损坏，未运行 CaseLoop 自己的检查。请从备份恢复。</translation>
    </message>
    <message>
        <source>daily counts (dimension, day, estate of a building, value, counted minus actual) that differ from the complaints themselves</source>
        <translation>每日统计表中与投诉本身对不上的计数（维度、日期、楼栋所属项目、取值、计数减实际）</translation>
    </message>
    <message>
        <source>daily KPI sums (steward or department, day, member, region: counted minus actual) that differ from the complaints and tickets themselves</source>
        <translation>每日考核指标汇总与投诉和工单本身不一致（管家或部门、日期、成员、区域：汇总值减实际值）</translation>
    </message>
    <message>
        <source>repeat-complainant chain entries (complaint: previous complaint&apos;s time kept → actual) that differ from the complaints themselves</source>
        <translation>重复投诉人来电链条目与投诉本身不一致（投诉：记录的上一次投诉时间 → 实际时间）</translation>
    </message>
</context>
<context>
    <name>caseloop::KpiTables</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉量</translation>
    </message>
    <message>
        <source>On-time first response</source>
        <translation>及时响应率</translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重开率</translation>
    </message>
    <message>
        <source>Average hours to close</source>
        <translation>平均办结时长（小时）</translation>
    </message>
    <message>
        <source>Repeat complainants</source>
        <translation>重复投诉人</translation>
    </message>
    <message>
        <source>Departments (complaints with a ticket to them)</source>
        <translation>部门（派单至该部门的投诉）</translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation>物业管家</translation>
    </message>
    <message>
        <source>On time = kept by its due time, out of those kept or due by the end of the period; satisfaction counts 非常满意, 满意 and 基本满意; invalid and withdrawn complaints are left out.</source>
        <translation>及时 = 在时限内完成，分母为期末前已完成或已到期的；满意率计入非常满意、满意和基本满意；无效和已撤销的投诉不计入。</translation>
    </message>
</context>
<context>
    <name>caseloop::LedgerField</name>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>房号/位置</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Service line</source>
        <translation>业务条线</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>管家</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>caseloop::LiveUpdates</name>
    <message>
        <source>The connection to the server was lost (%1). CaseLoop connects again by itself as soon as the server can be reached. What you are typing stays in its window; a change saved meanwhile is not saved, and says so.</source>
        <translation>与服务器的连接断开了（%1）。服务器一能连上，CaseLoop 会自动重新连接。您正在填写的内容留在各自的窗口里；断线期间的保存不会成功，并会提示您。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Connected again</source>
        <translation>已重新连接</translation>
    </message>
</context>
<context>
    <name>caseloop::LockWaitNotice</name>
    <message>
        <source>Waiting for another window</source>
        <translation>等待另一个窗口</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>不再等待</translation>
    </message>
    <message numerus="yes">
        <source>Another window or program is writing; waiting… (%n s)
Your change is saved as soon as it has finished.</source>
        <translation>
            <numerusform>另一个窗口正在写入，等待中…（%n 秒）
对方写完后，您的修改会立即保存。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseloop::MainWindow</name>
    <message>
        <source>CaseLoop — %1</source>
        <translation>CaseLoop 投诉管理 — %1</translation>
    </message>
    <message>
        <source>Rectification tracking</source>
        <translation>整改跟踪</translation>
    </message>
    <message>
        <source>Complaint desk</source>
        <translation>投诉受理台</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation>登记投诉(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>CaseLoop will use the new language when it starts next.</source>
        <translation>下次启动 CaseLoop 时将使用新的语言。</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>统计分析</translation>
    </message>
    <message>
        <source>&amp;Import a ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>CaseLoop database (*.db)</source>
        <translation>CaseLoop 数据库 (*.db)</translation>
    </message>
    <message>
        <source>The database was copied to %1.</source>
        <translation>数据库已复制到 %1。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>%1
saved %2, holds %3 complaints, the newest received %4.

CaseLoop will close the database, keep the current file beside it, put this backup in its place and start again. Close CaseLoop on other computers using this file first. Restore now?</source>
        <translation>%1
保存于 %2，含 %3 条投诉，最新一条受理于 %4。

CaseLoop 将关闭数据库，把当前文件保留在旁边，用这份备份替换它并重新启动。请先关闭其他电脑上使用此文件的 CaseLoop。现在恢复吗？</translation>
    </message>
    <message>
        <source>CaseLoop — %1 — DEMO DATABASE</source>
        <translation>CaseLoop — %1 — 演示库</translation>
    </message>
    <message>
        <source>DEMO DATABASE (sample data, not the office&apos;s complaints) · %1</source>
        <translation>演示库（示例数据，不是本单位的投诉） · %1</translation>
    </message>
    <message>
        <source>Writing the demo database %1…</source>
        <translation>正在生成演示库 %1…</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>Set up the organisation</source>
        <translation>设置组织</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · Database: %3</source>
        <translation>已登录：%1（%2） · 数据库：%3</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes…</source>
        <translation>空闲自动锁定(&amp;I)…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>空闲锁定</translation>
    </message>
    <message>
        <source>Lock the window after this many minutes without a key press or a click (0: never):</source>
        <translation>无键盘或鼠标操作多少分钟后锁定窗口（0：从不）：</translation>
    </message>
</context>
<context>
    <name>caseloop::OfficeSetup</name>
    <message>
        <source>Name the region (区域), e.g. 华东区域.</source>
        <translation>请填写区域名称，例如 华东区域。</translation>
    </message>
    <message>
        <source>Name the estate (项目), e.g. 西溪锦园.</source>
        <translation>请填写项目名称，例如 西溪锦园。</translation>
    </message>
    <message>
        <source>An estate has 1 to 200 buildings.</source>
        <translation>一个项目有 1 至 200 栋楼。</translation>
    </message>
    <message>
        <source>A building has 1 to 20 units and 1 to 100 floors.</source>
        <translation>每栋楼 1 至 20 个单元、1 至 100 层。</translation>
    </message>
    <message>
        <source>Name the first steward and their login.</source>
        <translation>请填写第一位管家的姓名和登录名。</translation>
    </message>
    <message>
        <source>The steward&apos;s phone “%1” is not a phone number.</source>
        <translation>管家电话“%1”不是电话号码。</translation>
    </message>
</context>
<context>
    <name>caseloop::OfficeSetupWizard</name>
    <message>
        <source>Set up the office</source>
        <translation>设置组织</translation>
    </message>
    <message>
        <source>e.g. 锦程物业西溪服务中心</source>
        <translation>例如 锦程物业西溪服务中心</translation>
    </message>
    <message>
        <source>e.g. 华东区域</source>
        <translation>例如 华东区域</translation>
    </message>
    <message>
        <source>e.g. 西溪锦园</source>
        <translation>例如 西溪锦园</translation>
    </message>
    <message>
        <source>e.g. 杭州市西湖区文一西路 88 号</source>
        <translation>例如 杭州市西湖区文一西路 88 号</translation>
    </message>
    <message>
        <source>e.g. 陈静</source>
        <translation>例如 陈静</translation>
    </message>
    <message>
        <source>e.g. gj001</source>
        <translation>例如 gj001</translation>
    </message>
    <message>
        <source>1 of 3: the office and its first estate</source>
        <translation>第 1 步（共 3 步）：服务中心和第一个项目</translation>
    </message>
    <message>
        <source>Further regions and estates can be added later under Administration.</source>
        <translation>其他区域和项目以后可在“系统管理”中添加。</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>服务中心名称</translation>
    </message>
    <message>
        <source>Region (区域)</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Estate (项目)</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>2 of 3: the estate&apos;s buildings</source>
        <translation>第 2 步（共 3 步）：项目的楼栋</translation>
    </message>
    <message>
        <source>They are named 1栋, 2栋 …; rename or add them later under Administration.</source>
        <translation>楼栋依次命名为 1栋、2栋……；以后可在“系统管理”中改名或添加。</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Units per building</source>
        <translation>每栋单元数</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>楼层数</translation>
    </message>
    <message>
        <source>3 of 3: the first steward</source>
        <translation>第 3 步（共 3 步）：第一位管家</translation>
    </message>
    <message>
        <source>Stewards register complaints and call owners back. Departments (工程部, 秩序部 …) are ready; more staff can be added under Administration.</source>
        <translation>管家负责登记投诉和回访业主。部门（工程部、秩序部……）已预设；更多人员可在“系统管理”中添加。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>caseloop::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>%1 (%2) signs in with this password; a lockout is lifted.</source>
        <translation>%1（%2）将用此密码登录；锁定同时解除。</translation>
    </message>
</context>
<context>
    <name>caseloop::Passwords</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>caseloop::Period</name>
    <message>
        <source>(as of %1, week not complete)</source>
        <translation>（截至 %1，未满一周）</translation>
    </message>
    <message>
        <source>(as of %1, month not complete)</source>
        <translation>（截至 %1，未满一月）</translation>
    </message>
    <message>
        <source>(as of %1, quarter not complete)</source>
        <translation>（截至 %1，未满一季）</translation>
    </message>
    <message>
        <source>(as of %1, not complete)</source>
        <translation>（截至 %1，未结束）</translation>
    </message>
</context>
<context>
    <name>caseloop::PeriodPicker</name>
    <message>
        <source>Compare with the previous period</source>
        <translation>与上期对比</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计周期</translation>
    </message>
</context>
<context>
    <name>caseloop::PostgresDialect</name>
    <message>
        <source>the database %1 on %2</source>
        <translation>服务器 %2 上的数据库 %1</translation>
    </message>
    <message>
        <source>The server&apos;s disk holding %1 is full; nothing was changed. Ask the administrator to free some space, then try again.</source>
        <translation>存放 %1 的服务器磁盘已满；未做任何更改。请管理员释放空间后重试。</translation>
    </message>
    <message>
        <source>Another desk was changing the same records in %1 for longer than CaseLoop waits; nothing was changed. Try again in a moment.</source>
        <translation>另一台电脑修改同一批记录的时间超过了 CaseLoop 的等待时间（%1）；未做任何更改。请稍后重试。</translation>
    </message>
    <message>
        <source>The server refused this for your account (%1); nothing was changed.</source>
        <translation>服务器拒绝了您的账户执行此操作（%1）；未做任何更改。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Check the network and the server, then try again; a change made just now may not have been saved.</source>
        <translation>与 %1 的连接已断开（%2）。请检查网络和服务器后重试；刚才的修改可能没有保存。</translation>
    </message>
    <message>
        <source>The statement was interrupted.</source>
        <translation>语句已被中断。</translation>
    </message>
</context>
<context>
    <name>caseloop::RecordEditor</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1：“%2” → “%3”</translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation>已在另一窗口中修改</translation>
    </message>
    <message>
        <source>Row %1 was changed by someone else after this table showed it:

%2

Put your change on top of theirs, or keep theirs and drop yours?</source>
        <translation>第 %1 行在本表显示之后被他人修改：

%2

要把您的修改加在对方修改之上，还是保留对方的修改、放弃您的？</translation>
    </message>
    <message>
        <source>Apply my change</source>
        <translation>应用我的修改</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的修改</translation>
    </message>
    <message>
        <source>Row %1: kept the change made in another window.</source>
        <translation>第 %1 行：已保留另一窗口中的修改。</translation>
    </message>
</context>
<context>
    <name>caseloop::RectificationPage</name>
    <message>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未完成整改项</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部整改项</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 overdue</source>
        <translation>
            <numerusform>共 %n 项，其中超期 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification tracking</source>
        <translation>整改跟踪表</translation>
    </message>
    <message>
        <source>Rectification tracking %1.xlsx</source>
        <translation>投诉问题整改跟踪表 %1.xlsx</translation>
    </message>
    <message>
        <source>Export the tracking sheet</source>
        <translation>导出整改跟踪表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 items written to %2.</source>
        <translation>已将 %1 项写入 %2。</translation>
    </message>
    <message>
        <source>Print the tracking sheet</source>
        <translation>打印整改跟踪表</translation>
    </message>
    <message>
        <source>Not possible while the item is “%1”.</source>
        <translation>整改项当前为“%1”，不能执行此步骤。</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>请先选择一个整改项。</translation>
    </message>
    <message>
        <source>A new item is assigned from the complaint list.</source>
        <translation>新整改项请在投诉列表中生成。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n complaint(s))</source>
        <translation>
            <numerusform>%1（共 %n 件投诉）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseloop::RectificationTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>要求完成时限</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>column header</comment>
        <translation>是否超期</translation>
    </message>
</context>
<context>
    <name>caseloop::ReminderPanel</name>
    <message>
        <source>First contact</source>
        <translation>首次联系</translation>
    </message>
    <message>
        <source>Result feedback</source>
        <translation>结果反馈</translation>
    </message>
    <message>
        <source>Satisfaction follow-up</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <source>Overdue: %1 of %2, due %3</source>
        <translation>已超期：%2 %1，时限 %3</translation>
    </message>
    <message>
        <source>Due today: %1 of %2, due %3</source>
        <translation>今日到期：%2 %1，时限 %3</translation>
    </message>
    <message>
        <source>Reminders: %1 overdue, %2 due today</source>
        <translation>提醒：超期 %1 项，今日到期 %2 项</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n overdue</source>
        <translation>
            <numerusform>%1：超期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>No steward</source>
        <translation>未指定管家</translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s overdue promises: %1 (%n steward(s))</source>
        <translation>
            <numerusform>团队超期承诺：%1 项（%n 位管家）</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more (tick “Overdue only” above the list to see them all)</source>
        <translation>…… 另有 %1 条（勾选列表上方的“只看超期”查看全部）</translation>
    </message>
    <message>
        <source>Reading the reminders…</source>
        <translation>正在读取提醒…</translation>
    </message>
</context>
<context>
    <name>caseloop::ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>name or address, or a socket folder such as /var/run/postgresql</source>
        <translation>主机名或地址，或套接字目录，如 /var/run/postgresql</translation>
    </message>
    <message>
        <source>Remember the password (in the system&apos;s keychain)</source>
        <translation>记住密码（保存在系统钥匙串中）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation>请填写服务器、数据库和用户。</translation>
    </message>
    <message>
        <source>Connected. The database is empty: CaseLoop makes the office&apos;s tables when you connect.</source>
        <translation>已连接。数据库是空的：连接后 CaseLoop 会为办公室建表。</translation>
    </message>
    <message>
        <source>Connected to a CaseLoop office (database version %1).</source>
        <translation>已连接到 CaseLoop 办公室（数据库版本 %1）。</translation>
    </message>
</context>
<context>
    <name>caseloop::ServerPasswords</name>
    <message>
        <source>The password could not be kept in the system&apos;s keychain (%1); it will be asked for at the next start.</source>
        <translation>密码未能保存到系统钥匙串（%1）；下次启动时会再次询问。</translation>
    </message>
</context>
<context>
    <name>caseloop::SessionLock</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>CaseLoop is locked</source>
        <translation>CaseLoop 已锁定</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Give the password to go on where you left off.</source>
        <translation>已登录：%1（%2）。输入密码后从离开的地方继续。</translation>
    </message>
</context>
<context>
    <name>caseloop::SignInDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不同。</translation>
    </message>
    <message>
        <source>Sign in to CaseLoop</source>
        <translation>登录 CaseLoop</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1
Changes you make are recorded under your name.</source>
        <translation>%1
你所做的更改都以你的名义记录。</translation>
    </message>
    <message>
        <source>%1
The server checks your password: you work there under your own account, and changes you make are recorded under your name.</source>
        <translation>%1
由服务器核对你的密码：你以自己的账号工作，所做的更改都以你的名义记录。</translation>
    </message>
    <message>
        <source>Give your login and password.</source>
        <translation>请填写登录名和密码。</translation>
    </message>
</context>
<context>
    <name>caseloop::SlaPolicy</name>
    <message>
        <source>Setting %1 is “%2”, not a whole number of hours or days.</source>
        <translation>设置项 %1 的值“%2”不是整数小时或天数。</translation>
    </message>
</context>
<context>
    <name>caseloop::SpeechEdit</name>
    <message>
        <source>Use gentler wording</source>
        <translation>换成建议说法</translation>
    </message>
    <message>
        <source>“%1” may anger the customer; try: “%2”</source>
        <translation>“%1”容易激怒客户（投诉雷区）；建议说：“%2”</translation>
    </message>
</context>
<context>
    <name>caseloop::SqlAccountStore</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong passwords until %3. Try again then, or ask an administrator to set a new password.</source>
        <translation>%1 因连续 %2 次密码错误已锁定至 %3。请届时再试，或请管理员设置新密码。</translation>
    </message>
    <message>
        <source>%1 has no password yet. An administrator sets one (系统管理 → 账号, or caseloop-cli account passwd %1).</source>
        <translation>%1 尚未设置密码。请管理员设置（系统管理 → 账号，或 caseloop-cli account passwd %1）。</translation>
    </message>
    <message>
        <source>wrong password, %1 in a row</source>
        <translation>密码错误，连续第 %1 次</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>Wrong login or password. After %1 wrong passwords in a row the account is locked for %2 minutes.</source>
        <translation>登录名或密码错误。连续 %1 次密码错误后，账号将锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>%1 (%2) is deactivated and cannot sign in.</source>
        <translation>%1（%2）已停用，不能登录。</translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation>人员 %1 不存在。</translation>
    </message>
    <message>
        <source>A login is one word without spaces, e.g. admin.</source>
        <translation>登录名是一个不含空格的词，例如 admin。</translation>
    </message>
    <message>
        <source>This database already has accounts. An administrator signs in and adds more (系统管理 → 账号, or caseloop-cli account add).</source>
        <translation>此数据库已有账号。请管理员登录后添加（系统管理 → 账号，或 caseloop-cli account add）。</translation>
    </message>
    <message>
        <source>Only a demo database gets the demo&apos;s password.</source>
        <translation>只有演示库才能使用演示密码。</translation>
    </message>
    <message>
        <source>every demo account</source>
        <translation>所有演示账号</translation>
    </message>
    <message>
        <source>(unknown login)</source>
        <translation>（未知登录名）</translation>
    </message>
    <message>
        <source>no such login, %1 characters</source>
        <translation>无此登录名，%1 个字符</translation>
    </message>
    <message>
        <source>This database has accounts with passwords; demo data goes into a new database only.</source>
        <translation>此数据库已有设置了密码的账号；演示数据只能写入新的数据库。</translation>
    </message>
    <message>
        <source>This connection signed in to the server as %1, not as %2. Leave the user out of the server&apos;s address, or give the same login.</source>
        <translation>此连接以 %1 的身份登录服务器，而不是 %2。请在服务器地址中去掉用户名，或填写相同的登录名。</translation>
    </message>
</context>
<context>
    <name>caseloop::SqlQuery</name>
    <message>
        <source>Database error (%1) in: %2</source>
        <translation>数据库错误（%1），语句：%2</translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk or the network reported an error (%2). Nothing more was done; check the disk and try again.</source>
        <translation>无法读写 %1：磁盘或网络报告错误（%2）。未做进一步操作；请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be read (%2). Nothing more was done. Restore it from a backup: the daily copies are in %3.</source>
        <translation>数据库文件 %1 已损坏，无法读取（%2）。未做进一步操作。请从备份恢复：每日备份在 %3。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>%1 所在的磁盘已满，未做任何改动。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>Another window or program kept %1 busy writing for longer than CaseLoop waits; nothing was changed. Try again in a moment.</source>
        <translation>另一个窗口或程序写入 %1 的时间超过了 CaseLoop 的等待时间，未做任何改动。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only); nothing was changed.</source>
        <translation>无法写入 %1（文件或其所在文件夹为只读），未做任何改动。</translation>
    </message>
    <message>
        <source>A step of this change failed on the server; nothing was saved.</source>
        <translation>这项修改在服务器上有一步失败；没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>caseloop::StartPage</name>
    <message>
        <source>Welcome to CaseLoop</source>
        <translation>欢迎使用 CaseLoop</translation>
    </message>
    <message>
        <source>This database is empty: it has no estate and no complaint yet. Choose how to begin.</source>
        <translation>这个数据库还是空的：没有项目，也没有投诉。请选择开始的方式。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <source>Opens a separate demo database beside this one (a property group with a year of complaints) to try every screen. Your own database stays empty; the title bar says when you are in the demo.</source>
        <translation>在本数据库旁打开一个单独的演示库（一家物业集团一年的投诉），可以试用每个界面。本单位的数据库保持为空；处于演示库时，标题栏会注明。</translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Bring in the office&apos;s Excel ledger (CSV or XLSX): CaseLoop shows what it will store, creates the estates it names, and imports it in one step.</source>
        <translation>导入本单位的 Excel 台账（CSV 或 XLSX）：CaseLoop 先显示将要保存的内容，建立台账中的项目，再一次性导入。</translation>
    </message>
    <message>
        <source>Set up the organisation</source>
        <translation>设置组织</translation>
    </message>
    <message>
        <source>Enter the first region, estate, buildings and steward in three short steps, then start registering complaints.</source>
        <translation>分三步填写第一个区域、项目、楼栋和管家，然后即可登记投诉。</translation>
    </message>
</context>
<context>
    <name>caseloop::Statistics</name>
    <message>
        <source>(not recorded)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation>（尚未回访）</translation>
    </message>
</context>
<context>
    <name>caseloop::StepDialog</name>
    <message>
        <source>Problem *</source>
        <translation>问题描述 *</translation>
    </message>
    <message>
        <source>Responsible department *</source>
        <translation>责任部门 *</translation>
    </message>
    <message>
        <source>Suggested rectification</source>
        <translation>整改建议</translation>
    </message>
    <message>
        <source>Required deadline *</source>
        <translation>要求完成时限 *</translation>
    </message>
    <message>
        <source>Measures *</source>
        <translation>整改措施 *</translation>
    </message>
    <message>
        <source>Responsible person *</source>
        <translation>责任人 *</translation>
    </message>
    <message>
        <source>Planned completion *</source>
        <translation>计划完成时间 *</translation>
    </message>
    <message>
        <source>What was done, results</source>
        <translation>完成情况及效果</translation>
    </message>
    <message>
        <source>Why not solved</source>
        <translation>未解决原因</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核结论</translation>
    </message>
    <message>
        <source>Review opinion *</source>
        <translation>审核意见 *</translation>
    </message>
    <message>
        <source>Tracking result</source>
        <translation>跟踪认定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>caseloop::Store</name>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else since it was opened (version %3, now %4); reload it and apply your change again.</source>
        <translation>%1 %2 在您打开后已被他人修改（版本 %3，现为 %4）；请重新载入后再修改。</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>未找到%1。</translation>
    </message>
    <message>
        <source>%1: “%2” is required.</source>
        <translation>%1：“%2”为必填项。</translation>
    </message>
    <message>
        <source>Reply template “%1”</source>
        <translation>话术模板“%1”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Minefield phrase “%1”</source>
        <translation>雷区用语“%1”</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>雷区用语</translation>
    </message>
    <message>
        <source>%1 “%2” already exists (%3 must be unique).</source>
        <translation>%1“%2”已存在（%3 不能重复）。</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>Catalogue entry %1</source>
        <translation>目录项 %1</translation>
    </message>
    <message>
        <source>The entry “%2” of the catalogue %1</source>
        <translation>目录 %1 中的“%2”</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>Estate %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>楼栋 %1</translation>
    </message>
    <message>
        <source>Department “%1”</source>
        <translation>部门“%1”</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>员工 %1</translation>
    </message>
    <message>
        <source>Staff member “%1”</source>
        <translation>员工“%1”</translation>
    </message>
    <message>
        <source>Rectification item %1</source>
        <translation>整改项 %1</translation>
    </message>
    <message>
        <source>%1 is the last administrator who can sign in; make someone else an administrator first.</source>
        <translation>%1 是最后一位能登录的管理员；请先让另一人成为管理员。</translation>
    </message>
</context>
<context>
    <name>caseloop::TicketResultDialog</name>
    <message>
        <source>Ticket result</source>
        <translation>工单结果</translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation>%1（%2，时限 %3）</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Result / reason</source>
        <translation>处理结果/退回原因</translation>
    </message>
</context>
<context>
    <name>caseloop::Workflow</name>
    <message>
        <source>Complaint %1</source>
        <translation>投诉 %1</translation>
    </message>
    <message>
        <source>%1: “%2” is required.</source>
        <translation>%1：必须填写“%2”。</translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <source>%1 is “%2”: “%3” is not allowed in that state.</source>
        <translation>%1 当前为“%2”：此状态下不能“%3”。</translation>
    </message>
    <message>
        <source>Rectification item %1</source>
        <translation>整改项 %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>工单 %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CaseLoop</source>
        <translation>CaseLoop 投诉管理</translation>
    </message>
    <message>
        <source>The backup %1 is in place. The file it replaced was kept as %2.</source>
        <translation>备份 %1 已恢复。被替换的文件保留为 %2。</translation>
    </message>
    <message>
        <source>Daily backup failed</source>
        <translation>每日备份失败</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>%1 was %2.

What is shown may be incomplete, and imports are refused. Restore it from a backup (File → Restore from a backup…), then run “caseloop-cli check”.</source>
        <translation>%1 %2。

显示的内容可能不完整，导入将被拒绝。请从备份恢复（文件 → 从备份恢复…），然后运行“caseloop-cli check”。</translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
</TS>
