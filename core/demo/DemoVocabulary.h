#pragma once

// The words of the demo property group: its regions, estates, people and the complaints they make.
// Plain data, kept apart from the generator so it can be read and extended by someone who knows the trade.

#include <QString>
#include <QStringList>

#include <vector>

namespace caseloop::demo {

struct EstateSpec
{
    const char* region;
    const char* name;
    const char* address;
    int buildings;
    int units;
    int floors;
};

// One kind of problem a customer reports: the complaint type and service line (catalogue codes),
// what the customer says (%1 = where), what they ask for, and what the department does about it.
struct ProblemSpec
{
    const char* type;
    const char* serviceLine;
    int weight;
    const char* description;
    const char* request;
    const char* measures;
    const char* result;
    // Where it happens: "" = a building (3栋2单元), "room" = a home (3栋2单元1502室), otherwise the public
    // places it fits, separated by spaces (the complaint then names the place instead of a room).
    const char* places = "";
};

// A recurring problem turned into a rectification item (%1 = estate and place, %2 = number of complaints).
struct RectificationSpec
{
    const char* serviceLine;
    const char* type; // the complaint type of the problem (a catalogue code): the item's type, and its complaints' type
    const char* problem;
    const char* suggestion;
    const char* measures;
    const char* feedback;
    const char* unresolvedReason;
};

struct HolidaySpec
{
    const char* date;
    const char* kind; // "holiday" or "workday"
    const char* name;
};

QString groupName();
const std::vector<EstateSpec>& estates();
QStringList regions();
QStringList publicAreas();
QStringList surnames();
QStringList givenNames();
const std::vector<ProblemSpec>& problems();
const std::vector<RectificationSpec>& rectifications();
const std::vector<HolidaySpec>& holidays();
// Department (by its default Chinese name) that handles a service line's tickets.
QString departmentFor(const QString& serviceLine);
QStringList firstResponses();
QStringList customerAnswers();
QStringList dissatisfiedAnswers();
QStringList invalidReasons();
QStringList withdrawReasons();
QStringList closeWithoutFollowUpReasons();

} // namespace caseloop::demo
