#pragma once

#include "sql/Session.h"
#include "store/PhrasebookStore.h"

namespace caseloop {

class SqlPhrasebookStore final : public PhrasebookStore
{
public:
    explicit SqlPhrasebookStore(Session& s)
        : m_s(s)
    {
    }
    Result<QList<ReplyTemplate>> templates(bool activeOnly) override;
    Result<Id> addTemplate(const ReplyTemplate& t) override;
    Status updateTemplate(const ReplyTemplate& t) override;
    Result<QList<MinefieldPhrase>> phrases(bool activeOnly) override;
    Result<Id> addPhrase(const MinefieldPhrase& p) override;
    Status updatePhrase(const MinefieldPhrase& p) override;

private:
    Session& m_s;
};

} // namespace caseloop
