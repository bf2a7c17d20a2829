#pragma once

// Internal to the demo: the teller shared by the stories of its two programs (DemoStories.cpp,
// DemoPilotStory.cpp, DemoMainStory.cpp).

#include "DemoStories.h"

#include "binome/domain/FollowUp.h"
#include "binome/domain/Participant.h"
#include "binome/domain/Program.h"
#include "binome/domain/Result.h"
#include "binome/domain/Skill.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>

namespace binome {

class Database;

namespace demo {

/// Meetings happen on weekdays: a weekend day moves back to the Friday.
inline QDate weekday(const QDate& date) {
    return date.dayOfWeek() > 5 ? date.addDays(5 - date.dayOfWeek()) : date;
}

/// Who runs the demo's pairings.
QString runBy();

/// Tells one program's story through the services, keeping its own view of everyone's levels
/// so that debriefs raise them as a person would.
class Teller {
public:
    Teller(const Database& database, const QDate& today, std::uint32_t seed)
        : m_database(database)
        , m_today(today)
        , m_dice(seed) {}

    Status load(const QList<qint64>& demoPeople);
    Result<qint64> createProgram(const Program& program);
    Status pair(const QList<qint64>& participantIds, const QDate& start);

    Status pilotStory();
    Status mainStory();

    const StoryCounts& counts() const { return m_counts; }

private:
    Result<QList<Objective>> objectives(qint64 binomeId) const {
        return ObjectiveService(m_database).ofBinome(binomeId);
    }
    Session session(const Binome& binome, const QList<Objective>& goals, const QDate& date,
                    bool planned, int ratingLow, int ratingHigh);
    /// Held sessions from `from` to `until`, about every `every` days; returns the last date.
    QDate held(const Binome& binome, const QList<Objective>& goals, const QDate& from,
               const QDate& until, int every, int jitter, int ratingLow, int ratingHigh);
    /// The same, the last one on `until` (its weekday).
    QDate heldUntil(const Binome& binome, const QList<Objective>& goals, const QDate& from,
                    const QDate& until, int every, int ratingLow, int ratingHigh);
    void planned(const Binome& binome, const QList<Objective>& goals);
    Status logPending();
    /// Records a debrief: up to `achieve` of the senior's objectives reach their target (never
    /// the senior's last gap), the others gain up to `gain` levels below their target.
    Status debrief(const Binome& binome, DebriefKind kind, const QDate& date, int achieve, int gain,
                   int satisfactionLow, const char* comment);
    Status repair(const Binome& ended, const QDate& start);
    Status addOverdueObjective(const Binome& binome, const QList<Objective>& goals);
    QDate midTerm() const { return DebriefService::dueDates(m_program).at(1).second; }
    int levelOf(qint64 personId, const QString& code, int fallback) const;
    void setLevel(qint64 personId, const QString& code, int level);
    bool keepsAnotherGap(qint64 seniorId, const QString& code) const;

    const Database& m_database;
    QDate m_today;
    Dice m_dice;
    Program m_program;
    QList<qint64> m_demoPeople;
    QHash<qint64, Skill> m_skills;
    QHash<qint64, Participant> m_people;
    QList<Session> m_pending;
    StoryCounts m_counts;
};

/// Tells `story` for a new program; on failure, nothing of it stays.
Result<StoryCounts> tell(const Database& database, const QDate& today, std::uint32_t seed,
                         const QList<qint64>& demoPeople, const Program& program,
                         Status (Teller::*story)());

} // namespace demo

} // namespace binome
