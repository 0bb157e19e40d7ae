#pragma once

#include "ledger/CsvReader.h"

namespace caseloop {

struct XlsxSheet
{
    QString name;
    QList<LedgerRow> rows; // numbered as Excel numbers them
};

// Reads one worksheet of an .xlsx file (the first when `sheet` is empty) into text cells: shared and inline
// strings, numbers (whole numbers without ".0", so a phone number typed as a number reads back whole), booleans,
// and cells formatted as dates or times as "yyyy-MM-dd HH:mm". Formulas give their cached value. The zip part is
// minizip's; the XML is read with QXmlStreamReader (Qt has no public XLSX reader). `sheetNames` receives every
// sheet's name for a chooser. Fails with a message for a file that is no XLSX or a sheet that is not there.
Result<XlsxSheet> readXlsx(const QString& path, const QString& sheet = {}, QStringList* sheetNames = nullptr);

} // namespace caseloop
