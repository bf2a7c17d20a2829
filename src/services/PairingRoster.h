#pragma once

// Internal to PairingService: the program's people and skills as the engine
// sees them, and what the engine's answer means in the user's words.

#include "binome/domain/Pairing.h"
#include "binome/domain/Participant.h"
#include "binome/domain/Result.h"
#include "binome/domain/Skill.h"
#include "binome/matching/Pairing.h"
#include "binome/matching/ScoreModel.h"
#include "binome/services/PairingService.h"

#include <QList>

namespace binome {

class Database;

namespace pairing {

/// The people and skills of one proposal, and the engine's view of them.
struct Roster {
    QList<Participant> juniors;
    QList<Participant> seniors;
    QList<Skill> skills;
    matching::ScoreInput input;
};

/// The program's enrolled, active participants and the whole catalog, with the
/// settings' weights and rules and these exclusions (junior id, senior id).
Result<Roster> buildRoster(const Database& database, qint64 programId,
                           const PairingSettings& settings, const QList<PersonPair>& exclusions);

/// Skill by skill, how much of the seniors' gaps the roster's juniors could
/// cover at all; only the skills where some senior has a gap, worst covered
/// first.
QList<SkillCoverage> coverageOf(const Roster& roster);

/// Why the engine left this person without a binôme, in the user's words.
QString unmatchedReason(const matching::UnmatchedPerson& person, Role role, double minScore);

} // namespace pairing
} // namespace binome
