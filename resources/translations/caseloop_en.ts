<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminSections</name>
    <message>
        <source>“%1” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays and adjusted working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Date” %1 is not a date like 2026-10-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minefield phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentler wording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTimeline</name>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: %1
Result: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket to %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket to %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asked to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Write a consistent copy of the database (safe while it is in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the copy goes: --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n complaint(s) to %1.</source>
        <translation>
            <numerusform>Backed up %n complaint to %1.</numerusform>
            <numerusform>Backed up %n complaints to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put a backup in place of the database (close CaseLoop on every computer first); the replaced file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which backup to restore: --from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n complaint(s) from %1 into %2.</source>
        <translation>
            <numerusform>Restored %n complaint from %1 into %2.</numerusform>
            <numerusform>Restored %n complaints from %1 into %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and consistency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 complaints, %3 tickets, %4 follow-ups, %5 rectification items, %6 audit rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 was %2. Restore it from a backup; `check` lifts this warning once the file is whole again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program is writing to %1; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 bad input or a refused file, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang “%1” is not a language; use zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to work on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a demo property group and a year of complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of complaints (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the demo year, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on stderr even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--complaints “%1” is not a number of complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed “%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 complaints, %3 tickets, %4 follow-ups, %5 rectification items (%6 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 “%2” is not known; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 “%2” is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status “%1” is not a status; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority “%1” is not urgent, major or normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rectification tracking sheet (tracking) or the complaint ledger (complaints) as XLSX, PDF or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xlsx, pdf (tracking only) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking: open (default) or all; complaints: open, all, or statuses separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (assigned or received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (assigned or received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking: only this responsible department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints: complaint type (code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints: service line (code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints: channel (code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints: kind (code or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints: only this estate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints: urgent, major or normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue complaints or items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints: code, complainant, phone or description contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1”? Use tracking or complaints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status for tracking is open or all, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) longer than a spreadsheet cell holds (32,767 characters) were cut; the full text is in CaseLoop.</source>
        <translation>
            <numerusform>%n cell longer than a spreadsheet cell holds (32,767 characters) was cut; the full text is in CaseLoop.</numerusform>
            <numerusform>%n cells longer than a spreadsheet cell holds (32,767 characters) were cut; the full text is in CaseLoop.</numerusform>
        </translation>
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unknown %1 “%2” (%n row(s), first row %3)</source>
        <translation>
            <numerusform>Unknown %1 “%2” (%n row, first row %3)</numerusform>
            <numerusform>Unknown %1 “%2” (%n rows, first row %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done, but the report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in an office&apos;s ledger of complaints (CSV or XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the text encoding, e.g. GB18030 or UTF-8 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row and report; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what became of every row (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the CaseLoop database %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 to version %2; the file as it was is kept at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a CaseLoop database of the current version (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the supervisors&apos; weekly report (weekly) as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO week, e.g. 2026-W47 (default: the last complete week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report “%1”? Use weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week “%1” is not an ISO week; write it as 2026-W47.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the weekly report %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List places where the same problem recurs (hotspots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window in days (default: the office&apos;s setting, 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints needed (default: the office&apos;s setting, 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the window, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 “%2” is not a whole number of at least %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hotspot(s): the same type at one place %1+ times in %2 days up to %3.</source>
        <translation>
            <numerusform>%n hotspot: the same type at one place %1+ times in %2 days up to %3.</numerusform>
            <numerusform>%n hotspots: the same type at one place %1+ times in %2 days up to %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no rectification item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count complaints by one dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day received, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day received, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by “%1” is not a dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is taken as “%3” (%4% sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s database is restored by its administrator (pg_restore of a pg_dump), or moved from a CaseLoop file into a new, empty database with: caseloop-cli migrate --from %1 --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database (a file, or the tables in an empty database on a server), or update it to this version of CaseLoop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a whole office to another database: a file to a PostgreSQL server, or a server&apos;s office to a file. All or nothing; every table&apos;s rows are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office to copy (a file or postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it goes: a new file, or an empty database on a server (postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to move where: --from DATABASE --to DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; migrate writes a new file only. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to name the same database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put %1 in place; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 rows from %2 to %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the new account&apos;s login: account add LOGIN (one word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add needs --name NAME and --role steward|department_lead|supervisor|administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role “%1” is not a role; use steward, department_lead, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department lead needs --department NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is set; a lockout is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage accounts (administrators): add LOGIN, passwd LOGIN, disable LOGIN, enable LOGIN, list. New passwords come from CASELOOP_NEW_PASSWORD or are typed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: steward, department_lead, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the department (for a department lead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account “%1”? Use add, passwd, disable, enable or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose account: account %1 LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password for %1: put it in the environment variable %2, or run the command on a terminal to type it. A password is never given as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: add --user LOGIN, with the password in the environment variable CASELOOP_PASSWORD (or typed when asked on a terminal). Only init, demo, --help and --version run without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: put it in the environment variable CASELOOP_PASSWORD of this job, or run the command on a terminal to type it. A password is never given as an argument.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this account; the password comes from CASELOOP_PASSWORD or is asked on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user and --operator name different accounts (%1); give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of every demo account (default demo1234). Demo data lives in a demo database only, never in an office&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo accounts (every one&apos;s password is %1): admin (administrator), zg01 (supervisor), gj001 (steward), gc01 (department lead of 工程部). For example: caseloop-cli --db %2 --user zg01 stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a department lead without a department; an administrator sets it before they can export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department lead exports their own department only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first administrator with this login (password from CASELOOP_PASSWORD, or typed twice on a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator&apos;s name (default: the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is the administrator; sign in with --user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened to sign in (%2). Nothing was changed. With CaseLoop closed everywhere, copy the backup over the file by hand, keeping the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First count the charts&apos; daily counts and the daily KPI sums again from the complaints and tickets, and the repeat complainants&apos; chains (when check names counts, sums or entries that differ).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily counts, KPI sums and repeat chains counted again: %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintAction</name>
    <message>
        <source>Start handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed back the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintSheet</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1    Made: %2    %n complaint(s)</source>
        <translation>
            <numerusform>%1    Made: %2    %n complaint</numerusform>
            <numerusform>%1    Made: %2    %n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>%1: “Phone” is required: the office must be able to call back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “Phone” %2 is neither a mobile number (11 digits starting 13–19) nor a landline with area code (0571-88886666).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “Received at” %2 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: estate “%2” is not in the chosen region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: building “%2” is not in the chosen estate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the time %2 is before the complaint was received (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a satisfaction follow-up needs the result fed back first; the complaint is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened at the customer&apos;s request during a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result has not been fed back to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no satisfaction follow-up is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1 cannot be closed: %2. Record them, or give the reason for closing without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmResult</name>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved, keep tracking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut off (%2 bytes, shorter than its own header says); it was left untouched. Restore it from a backup: the daily copies are in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a CaseLoop database yet; `caseloop-cli --db FILE init` makes it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only: CaseLoop keeps working files beside the database and cannot open %2 there. Copy the database to a folder you may write to. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only: CaseLoop must write every change to it. Copy it to a folder you may write to, or ask for write permission. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CaseLoop database (not an SQLite file); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a CaseLoop database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer CaseLoop (database version %2); this CaseLoop reads versions up to %3. Please update CaseLoop. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy %1 before updating the database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is known to be damaged (%2) and was made by an older CaseLoop; this version does not update a damaged file. Restore it from a backup (the daily copies are in %3, caseloop-cli restore --from COPY). If it was repaired by other means, delete %4 and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CaseLoop cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (QPSQL, Debian&apos;s libqt6sql6-psql) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver gave no connection handle for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer CaseLoop (database version %2); this CaseLoop reads versions up to %3. Please update CaseLoop. The database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a CaseLoop office; it was left untouched. Give CaseLoop a database of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no CaseLoop office yet; `caseloop-cli --db %1 init` makes it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be made with the UTF8 encoding and the C.UTF-8 locale (it has %2), so that text sorts and is searched as CaseLoop expects. Make it again with: createdb -T template0 -E UTF8 --locale=C.UTF-8 DATABASE. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2. The password comes from PGPASSWORD or ~/.pgpass, or is asked for when CaseLoop runs on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 dropped while this change was being saved, and it was not saved. What you entered is kept: save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 dropped in the middle of a change; it was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached (%2). What you entered is kept; CaseLoop connects again by itself when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change you saved at %1, just as the connection dropped, was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change you saved at %1, just as the connection dropped, was NOT saved. Please enter it again (its window, if still open, keeps what you typed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 dropped just as this change was sent, so CaseLoop cannot yet tell whether it was saved. What you entered is kept. Once the server can be reached again, the window finds out by itself and tells you; save again only if it says the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the password with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 could not be prepared for the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password for %1 (the server checks the password of an account that connects as itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at version %2 and this CaseLoop needs version %3, which only the database&apos;s owner may make: update it once with an address naming the owner (caseloop-cli --db postgresql://OWNER@SERVER/DATABASE init), then sign in again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program kept %1 busy writing for longer than CaseLoop waits (an import or a recount); nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by an older CaseLoop and must be updated. The update first writes a copy of it beside it and needs about %2 GB free in %3, which has %4 GB free. Free some space there (or move the file to a larger disk) and open it again. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayKind</name>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpMethod</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPurpose</name>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerText</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; a ledger larger than 512 MB is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an old Excel 97–2003 workbook (.xls); open it in Excel or WPS and save it as .xlsx or CSV, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a text (CSV) file, which has no sheets; leave out --sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a NUL byte (character 0), which no CSV ledger holds; the file is damaged, or neither a CSV text file nor an .xlsx workbook. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rows, not even a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a status; use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a priority; use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a satisfaction; use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits: not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2 “%3”: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first row must name the columns; no column for %2 was found. The first row reads: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported (same time, caller, place and content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → 其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date; write it like 2026-03-05 14:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1 text; choose its encoding (GB18030 or UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an encoding this computer knows; try GB18030 or UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 and this computer cannot read GB18030 (Qt without ICU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 unpacks to far more than a ledger of this size holds (over %2 MB); it is refused as damaged or hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared string %1 is longer than any cell of a ledger (over a million characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has a cell longer than any cell of a ledger (over a million characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) that can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a workbook: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”; its sheets are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet “%1” points nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1, rejected %2, duplicates %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole phone number (a mobile has 11 digits, a landline an area code and 7 or 8 digits); imported as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputTargetText</name>
    <message>
        <source>No file was named to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; CaseLoop does not write through links. Name the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name a file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device, a pipe or a socket); CaseLoop writes only to ordinary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a working file of the open database %2; writing it would destroy the database. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open database %2; writing it would destroy the database. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database file; an export or a report never replaces a database. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a CaseLoop database; a backup replaces only an earlier copy. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a working file beside it (%2): it is open in a program, or was not closed properly. Replacing it could lose what that holds. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Register complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up, dispatch and handle tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See complaints and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See full phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis, weekly report and hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export full phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the office up and import ledgers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up, restore, check and migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own estates and complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not do this (%2); it needs the role: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>Bldg %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>building, room</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, Unit %2, %3</source>
        <comment>building, unit, room</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectificationAction</name>
    <message>
        <source>Confirm measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep tracking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectificationDetail</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the five steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints behind it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectificationStatus</name>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved, tracking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectificationStep</name>
    <message>
        <source>1 Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Report back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectificationWorkflow</name>
    <message>
        <source>New rectification item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned completion date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, or why it is not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…(rest in CaseLoop)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketAction</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackingSheet</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback / why not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint rectification tracking sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1    Period: %2    Made: %3    %n item(s)</source>
        <translation>
            <numerusform>%1    Period: %2    Made: %3    %n item</numerusform>
            <numerusform>%1    Period: %2    Made: %3    %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Not solved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all items up to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyReportPainter</name>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down %1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Complaint handling weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3) · figures as of %4 · compared with %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same days of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. This week at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same days last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at the end of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue at the end of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result fed back on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per week, last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Top problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Hotspots: the same problem at the same place %1 or more times within %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hotspots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more: see Analysis → Hotspots, or caseloop-cli hotspots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Open rectification items (%1, %2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Cannot create a temporary folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workbook for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…(full text in CaseLoop %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop</name>
    <message>
        <source>The table %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has database version %2 and %3 has version %4; both must be opened by this CaseLoop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds an office (complaints, staff, places or history); a copy goes only into a new, empty database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 failed: %2 rows in the source, %3 in the copy. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::AccountsPanel</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estates looked after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estates looked after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people, change their role or deactivate them in the staff table. Here an administrator sets a password (a new colleague&apos;s, or a forgotten one: this also lifts a lockout) and the estates a steward looks after: a steward sees the full phone numbers of these estates&apos; complaints and of the complaints they are the steward of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::AdminPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::AnalysisPage</name>
    <message>
        <source>Weekly report preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 complaints about %3 between %4 and %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly-report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some figures could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the figures…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Backups</name>
    <message>
        <source>Could not put %1 in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened to prepare the restore: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still in use (CaseLoop on another computer, or another program); close it there first. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy %1 to %2 (is the disk full or the folder read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to %1 but could not be put in place: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (SQLite&apos;s integrity check: %2); it cannot be used as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is known to be damaged (%2). Today&apos;s backup copy was not made, so that the good copies in %3 are kept: restore the database from one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1 before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was stopped before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup copy was not made: it needs about %1 GB, and %2 has %3 GB free (%4 GB more when only the newest copy is kept). Free some space there, or point the backups to a larger disk; the copies already there are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of %1 holds only %2 backup copies of about %3 GB each (%4 are kept when there is room): the oldest %5 were removed to make room for today&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::CaseView</name>
    <message>
        <source>Dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark invalid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result fed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket of %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”: no follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing note (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
To close anyway, give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the complaint reopened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this not a valid complaint (a duplicate, not our responsibility…)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::ChartBoard</name>
    <message>
        <source>Up one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, same days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises kept on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::ComplaintFilterBar</name>
    <message>
        <source>from any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, complainant, phone or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All service lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All estates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::ComplaintListPage</name>
    <message>
        <source>New complaint (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create rectification item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recurring problem: the selected complaints become one item of the tracking sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complaint matches “%1” under the filters above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseloop::ComplaintTableModel</name>
    <message>
        <source>Due soon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::ComplaintsBehindDialog</name>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseloop::CsvReader</name>
    <message>
        <source>Row %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::DamageMarks</name>
    <message>
        <source>found damaged on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is known to be damaged (%2). CaseLoop does not write %3 into a damaged file. Restore it from a backup (the daily copies are in %4); once `caseloop-cli check` finds the file whole again, this is lifted (the marker is %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Database</name>
    <message>
        <source>%1 is not a server address postgresql://USER@HOST:PORT/DATABASE (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 holds a space, a quote or a semicolon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Demo</name>
    <message>
        <source>The number of complaints must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds %1 complaints; demo data goes into an empty database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has accounts with passwords; demo data goes into a new database only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::DispatchDialog</name>
    <message>
        <source>Dispatch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the department decides)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Export</name>
    <message>
        <source>%1 was not written: the export could not be recorded in the audit log (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account of %1 has a password yet. Create the administrator: they set the office up and give every colleague an account under 系统管理. The password needs at least %2 characters; keep it safe, nobody can read it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::FollowUpDialog</name>
    <message>
        <source>The customer is not satisfied: reopen the complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reply templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::HotspotList</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create rectification item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same type at the same building or public area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or more within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already tracks some of these complaints; a new item is created anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotspot: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::ImportDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the row &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger file (CSV or XLSX):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding (CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet (XLSX):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.txt *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 to import, %3 rejected, %4 already imported. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform>
            <numerusform>Importing %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Another window is writing; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the row report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::ImportPreview</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to 其他 (Other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown names (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as written, but</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to %1 (suggested, %2% sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::IntakeDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13812345678 or 0571-88886666</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, or type a phone number or name to find an earlier caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2-1502 (unit-room) or 1502</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of a room: lift lobby, car park, main gate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the caller&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the caller asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier complaints of this caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A repeat complainant: %n earlier complaint(s).</source>
        <translation>
            <numerusform>A repeat complainant: %n earlier complaint.</numerusform>
            <numerusform>A repeat complainant: %n earlier complaints.</numerusform>
        </translation>
    </message>
    <message>
        <source>“Estate” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Estate” %1 is not one of the office&apos;s estates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Building” %1 is not a building of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Complaint type” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Service line” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Description” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estate exists yet, so no complaint can be registered. An administrator adds the office&apos;s estates under Administration (or on the start page: 设置组织, or importing a ledger).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Integrity</name>
    <message>
        <source>complaints with an unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints whose code is not TS-YYYYMMDD-NNNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints whose estate is not in their region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints whose building is not in their estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed or withdrawn complaints without a closing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed complaints without result feedback and satisfaction follow-up, and without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid complaints without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open complaints marked closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets with an unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished tickets without a result or completion time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectification items with an unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed rectification items without a confirmation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged; CaseLoop&apos;s own checks were not run. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 broken references: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily counts (dimension, day, estate of a building, value, counted minus actual) that differ from the complaints themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily KPI sums (steward or department, day, member, region: counted minus actual) that differ from the complaints and tickets themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat-complainant chain entries (complaint: previous complaint&apos;s time kept → actual) that differ from the complaints themselves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::KpiTables</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-time first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average hours to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat complainants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments (complaints with a ticket to them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time = kept by its due time, out of those kept or due by the end of the period; satisfaction counts 非常满意, 满意 and 基本满意; invalid and withdrawn complaints are left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::LedgerField</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::LiveUpdates</name>
    <message>
        <source>The connection to the server was lost (%1). CaseLoop connects again by itself as soon as the server can be reached. What you are typing stays in its window; a change saved meanwhile is not saved, and says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::LockWaitNotice</name>
    <message>
        <source>Waiting for another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another window or program is writing; waiting… (%n s)
Your change is saved as soon as it has finished.</source>
        <translation>
            <numerusform>Another window or program is writing; waiting… (%n s)
Your change is saved as soon as it has finished.</numerusform>
            <numerusform>Another window or program is writing; waiting… (%n s)
Your change is saved as soon as it has finished.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseloop::MainWindow</name>
    <message>
        <source>CaseLoop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseLoop will use the new language when it starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseLoop database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was copied to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
saved %2, holds %3 complaints, the newest received %4.

CaseLoop will close the database, keep the current file beside it, put this backup in its place and start again. Close CaseLoop on other computers using this file first. Restore now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseLoop — %1 — DEMO DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATABASE (sample data, not the office&apos;s complaints) · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demo database %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2) · Database: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the window after this many minutes without a key press or a click (0: never):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::OfficeSetup</name>
    <message>
        <source>Name the region (区域), e.g. 华东区域.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the estate (项目), e.g. 西溪锦园.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estate has 1 to 200 buildings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A building has 1 to 20 units and 1 to 100 floors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the first steward and their login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steward&apos;s phone “%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::OfficeSetupWizard</name>
    <message>
        <source>Set up the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 锦程物业西溪服务中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 华东区域</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 西溪锦园</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 杭州市西湖区文一西路 88 号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 陈静</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gj001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of 3: the office and its first estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further regions and estates can be added later under Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (区域)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate (项目)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 of 3: the estate&apos;s buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are named 1栋, 2栋 …; rename or add them later under Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units per building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 of 3: the first steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stewards register complaints and call owners back. Departments (工程部, 秩序部 …) are ready; more staff can be added under Administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) signs in with this password; a lockout is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Passwords</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Period</name>
    <message>
        <source>(as of %1, week not complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as of %1, month not complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as of %1, quarter not complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as of %1, not complete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::PeriodPicker</name>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::PostgresDialect</name>
    <message>
        <source>the database %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s disk holding %1 is full; nothing was changed. Ask the administrator to free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another desk was changing the same records in %1 for longer than CaseLoop waits; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this for your account (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2). Check the network and the server, then try again; a change made just now may not have been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::RecordEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 was changed by someone else after this table showed it:

%2

Put your change on top of theirs, or keep theirs and drop yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: kept the change made in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::RectificationPage</name>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 overdue</source>
        <translation>
            <numerusform>%n item, %1 overdue</numerusform>
            <numerusform>%n items, %1 overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Not possible while the item is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item is assigned from the complaint list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n complaint(s))</source>
        <translation>
            <numerusform>%1 (%n complaint)</numerusform>
            <numerusform>%1 (%n complaints)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rectification tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification tracking %1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the tracking sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the tracking sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::RectificationTableModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>column header</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::ReminderPanel</name>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: %1 of %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today: %1 of %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders: %1 overdue, %2 due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n overdue</source>
        <translation>
            <numerusform>%1: %n overdue</numerusform>
            <numerusform>%1: %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The team&apos;s overdue promises: %1 (%n steward(s))</source>
        <translation>
            <numerusform>The team&apos;s overdue promises: %1 (%n steward)</numerusform>
            <numerusform>The team&apos;s overdue promises: %1 (%n stewards)</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more (tick “Overdue only” above the list to see them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reminders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::ServerDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or address, or a socket folder such as /var/run/postgresql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the password (in the system&apos;s keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server, the database and the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is empty: CaseLoop makes the office&apos;s tables when you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to a CaseLoop office (database version %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::ServerPasswords</name>
    <message>
        <source>The password could not be kept in the system&apos;s keychain (%1); it will be asked for at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::SessionLock</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseLoop is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2). Give the password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::SignInDialog</name>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to CaseLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Changes you make are recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The server checks your password: you work there under your own account, and changes you make are recorded under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your login and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::SlaPolicy</name>
    <message>
        <source>Setting %1 is “%2”, not a whole number of hours or days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::SpeechEdit</name>
    <message>
        <source>Use gentler wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may anger the customer; try: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::SqlAccountStore</name>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked after %2 wrong passwords until %3. Try again then, or ask an administrator to set a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no password yet. An administrator sets one (系统管理 → 账号, or caseloop-cli account passwd %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password, %1 in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password. After %1 wrong passwords in a row the account is locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is deactivated and cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is one word without spaces, e.g. admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts. An administrator signs in and adds more (系统管理 → 账号, or caseloop-cli account add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a demo database gets the demo&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such login, %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has accounts with passwords; demo data goes into a new database only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection signed in to the server as %1, not as %2. Leave the user out of the server&apos;s address, or give the same login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::SqlQuery</name>
    <message>
        <source>Database error (%1) in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read or written: the disk or the network reported an error (%2). Nothing more was done; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged and cannot be read (%2). Nothing more was done. Restore it from a backup: the daily copies are in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or program kept %1 busy writing for longer than CaseLoop waits; nothing was changed. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (the file or its folder is read-only); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of this change failed on the server; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::StartPage</name>
    <message>
        <source>Welcome to CaseLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty: it has no estate and no complaint yet. Choose how to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a separate demo database beside this one (a property group with a year of complaints) to try every screen. Your own database stays empty; the title bar says when you are in the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the office&apos;s Excel ledger (CSV or XLSX): CaseLoop shows what it will store, creates the estates it names, and imports it in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first region, estate, buildings and steward in three short steps, then start registering complaints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Statistics</name>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::StepDialog</name>
    <message>
        <source>Problem *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible department *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required deadline *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned completion *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review opinion *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Store</name>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry “%2” of the catalogue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minefield phrase “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” already exists (%3 must be unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else since it was opened (version %3, now %4); reload it and apply your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator who can sign in; make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::TicketResultDialog</name>
    <message>
        <source>Ticket result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, due %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result / reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseloop::Workflow</name>
    <message>
        <source>%1 is “%2”: “%3” is not allowed in that state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Daily backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CaseLoop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2.

What is shown may be incomplete, and imports are refused. Restore it from a backup (File → Restore from a backup…), then run “caseloop-cli check”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is in place. The file it replaced was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
