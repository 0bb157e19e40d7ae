#pragma once

#include "domain/Records.h"

namespace caseloop {

// 话术模板: a reply for a common situation. {单号}, {管家}, {投诉人}, {处理结果} are filled in (Minefield.h).
struct ReplyTemplate
{
    Id id = 0;
    QString title;
    QString body;
    int sortOrder = 0;
    bool active = true;
    int rowVersion = 1;
};

// 投诉雷区: a phrase that angers a customer (docs/DOMAIN.md §6), and what to say instead.
struct MinefieldPhrase
{
    Id id = 0;
    QString phrase;
    QString gentler;
    bool active = true;
    int rowVersion = 1;
};

// How the office speaks to customers: its reply templates and its list of minefield phrases. Both editable.
class PhrasebookStore
{
public:
    virtual ~PhrasebookStore() = default;
    virtual Result<QList<ReplyTemplate>> templates(bool activeOnly = false) = 0;
    virtual Result<Id> addTemplate(const ReplyTemplate& t) = 0;
    virtual Status updateTemplate(const ReplyTemplate& t) = 0;
    virtual Result<QList<MinefieldPhrase>> phrases(bool activeOnly = false) = 0;
    virtual Result<Id> addPhrase(const MinefieldPhrase& p) = 0;
    virtual Status updatePhrase(const MinefieldPhrase& p) = 0;
};

} // namespace caseloop
