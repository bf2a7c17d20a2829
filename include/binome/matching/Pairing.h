#pragma once

// The pairing use case at the engine level: score every junior x senior pair, solve exactly,
// and explain the result (each proposal's gaps and factors, each unmatched person's reason,
// each senior's next best mentors). The services layer maps people to database rows and
// the reasons to translated text.

#include "binome/matching/ScoreModel.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace binome::matching {

struct PairingOptions {
    double minScore = 0; ///< pairs scoring below (0..100) are never made
    /// (junior person id, senior person id) pairs HR locked: kept as they are, whatever their
    /// score or rules, and counted against the junior's capacity.
    std::vector<std::pair<std::int64_t, std::int64_t>> locked;
    int alternativeCount = 3; ///< next best mentors listed per senior
    int threads = 2;
};

/// Why someone is left without a binôme.
enum class UnmatchedReason : std::uint8_t {
    NobodyOnOtherSide, ///< there is no junior (for a senior) or no senior (for a junior)
    NoCapacity,        ///< junior whose capacity is 0
    NoGapToWorkOn,     ///< senior without any target above the current level
    NobodyCoversGaps,  ///< senior: no junior covers any gap; junior: covers no senior's gap
    NoSharedLanguage,  ///< everyone who would fit shares no working language with them
    HardRules,         ///< everyone who would fit is excluded (exclusion, department, line)
    BelowMinimumScore, ///< everyone who would fit scores under the minimum score
    CandidatesTaken,   ///< every possible partner is at capacity / paired with a better total
};

std::string
unmatchedReasonName(UnmatchedReason reason); ///< stable token, e.g. "below-minimum-score"

struct UnmatchedPerson {
    int index = 0; ///< junior or senior index in the ScoreInput
    std::int64_t personId = 0;
    UnmatchedReason reason = UnmatchedReason::CandidatesTaken;
    // Counts over the other side, for the details of the message.
    int coverers = 0;   ///< partners with a gap covered (by them, or of theirs)
    int candidates = 0; ///< of those, possible and at or above the minimum score
    int belowMinimum = 0;
    int noSharedLanguage = 0;
    int excluded = 0; ///< explicit exclusion, same department or same reporting line
};

struct Alternative {
    int junior = 0;
    std::int64_t personId = 0;
    double score = 0;
    bool hasCapacityLeft = false; ///< the junior could take one more senior
};

struct Proposal {
    int junior = 0;
    int senior = 0;
    std::int64_t juniorId = 0;
    std::int64_t seniorId = 0;
    double score = 0; ///< the pair's score (-inf for a locked pair breaking a hard rule)
    bool locked = false;
    ScoreExplanation explanation;
};

struct PairingResult {
    std::string error;                             ///< empty on success
    std::vector<Proposal> proposals;               ///< sorted by senior index
    std::vector<UnmatchedPerson> unmatchedJuniors; ///< juniors with no pair at all
    std::vector<UnmatchedPerson> unmatchedSeniors;
    /// Per senior index: the best other juniors (not the proposed one), best first.
    std::vector<std::vector<Alternative>> alternatives;
    double total = 0; ///< sum of the proposals' finite scores
    double scoreSeconds = 0;
    double solveSeconds = 0;

    bool ok() const { return error.empty(); }
};

PairingResult runPairing(const ScoreModel& model, const PairingOptions& options = {});

} // namespace binome::matching
