#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace caseloop {

// How many rows of each table moved when a whole office was copied to another database (Store::copyTo), in the
// order they were copied.
struct OfficeCopyReport
{
    QList<QPair<QString, qint64>> tables;
    qint64 total() const
    {
        qint64 n = 0;
        for (const auto& table : tables)
            n += table.second;
        return n;
    }
};

} // namespace caseloop
