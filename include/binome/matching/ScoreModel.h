#pragma once

// The pairing score model (DESIGN.md, "The pairing model"), standard C++ only.
//
// For junior j, senior s and skill k: junior level L, senior current C, target T, priority P,
// gap G = max(0, T - C).
//   coverage   cov = clamp((L - C) / G, 0, 1) where G > 0 (an unknown L covers nothing)
//   skill fit      = sum P*G*cov / sum P*G over the senior's skills with a gap (0 if none)
//   availability   = shared half-days / min(half-days of j, half-days of s); 0 when either
//                    gave none, and 0 when their meeting modes are incompatible (one wants
//                    in person only, the other remote only): they could not meet as they wish
//   same site      = 1 when both sites are known and equal
//   cross dept.    = 1 when both departments are known and differ
//   total          = 100 * (w_skill*fit + w_avail*availability + w_site*same_site
//                           + w_cross*cross_department) / (w_skill + w_avail + w_site + w_cross)
//
// Hard rules (a pair is impossible): no shared working language (an empty language set means
// "unknown" and never forbids), an explicit exclusion, and when enabled: same department, same
// reporting line (the junior's manager is the senior, the senior's manager is the junior, or
// both have the same manager), and a junior who covers none of the senior's gaps (on by
// default: a binôme where the mentor has nothing to teach is not proposed).
// Junior capacity is honoured by the solver, not here.

#include "binome/matching/Expected.h"

#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace binome::matching {

enum class MeetingMode : std::uint8_t { InPerson, Remote, Either };

inline constexpr int HalfDayCount = 14; ///< bit 2*day + (0 morning, 1 afternoon), day 0 Monday
inline constexpr int MaxLanguages = 64; ///< languages are bits of a 64-bit mask
inline constexpr int MaxLevel = 5;      ///< levels are 0..5, -1 unknown

/// What junior and senior profiles share. Ids are the caller's (database) person ids.
struct PersonProfile {
    std::int64_t personId = 0;
    std::int64_t managerId = -1;    ///< person id of the manager, -1 none / unknown
    std::uint64_t languages = 0;    ///< bit l set: speaks language l; 0 = unknown
    int site = -1;                  ///< dense site id, -1 unknown
    int department = -1;            ///< dense department id, -1 unknown
    std::uint16_t availability = 0; ///< 14 half-day bits
    MeetingMode meetingMode = MeetingMode::Either;
};

struct JuniorProfile : PersonProfile {
    std::vector<int> levels; ///< one per skill (size K): 0..5, -1 unknown
    int capacity = 1;        ///< how many seniors this junior may mentor
};

struct SeniorSkill {
    int current = -1; ///< 0..5, -1 unknown (then no gap)
    int target = -1;  ///< 0..5, -1 none (then no gap)
    int priority = 1; ///< 1..3
};

struct SeniorProfile : PersonProfile {
    std::vector<SeniorSkill> skills; ///< one per skill (size K)
};

struct ScoreWeights {
    double skill = 0.6;
    double availability = 0.2;
    double site = 0.1;
    double crossDepartment = 0.1;
};

struct HardRules {
    bool forbidSameDepartment = false;
    bool forbidSameReportingLine = false;
    bool requireCoveredGap = true; ///< a pair must cover some of the senior's gaps
    /// (junior person id, senior person id) pairs HR excluded.
    std::vector<std::pair<std::int64_t, std::int64_t>> exclusions;
};

/// Everything the score model needs.
struct ScoreInput {
    int skillCount = 0; ///< K: skills are dense indices 0..K-1
    std::vector<JuniorProfile> juniors;
    std::vector<SeniorProfile> seniors;
    ScoreWeights weights;
    HardRules rules;
};

/// Why a pair is impossible. Checked in this order; the first that applies is reported.
enum class Obstacle : std::uint8_t {
    None,
    NoSharedLanguage,
    Excluded,
    SameDepartment,
    SameReportingLine,
    NoGapCovered, ///< only with HardRules::requireCoveredGap
};

/// One gap of the senior and how much of it the junior covers.
struct GapCoverage {
    int skill = 0;
    int seniorCurrent = 0;
    int seniorTarget = 0;
    int juniorLevel = -1; ///< -1 unknown
    int priority = 1;
    double coverage = 0;     ///< 0..1
    double contribution = 0; ///< points of the total (0..100 scale) this gap brings
};

struct ScoreExplanation {
    Obstacle obstacle = Obstacle::None;
    double total = 0;    ///< 0..100, the same value as the score matrix (-inf when impossible)
    double skillFit = 0; ///< 0..1
    double availabilityOverlap = 0; ///< 0..1 (0 when meeting modes are incompatible)
    int sharedHalfDays = 0;
    bool meetingModesCompatible = true;
    bool sameSite = false;
    bool differentDepartment = false;
    /// Each factor's contribution in points; they sum to `total` (when possible).
    double skillPoints = 0;
    double availabilityPoints = 0;
    double sitePoints = 0;
    double crossDepartmentPoints = 0;
    /// Every gap of the senior, in skill order; covered ones have coverage > 0.
    std::vector<GapCoverage> gaps;
};

/// The score model over one set of juniors and seniors. Cheap to query pair by pair; the
/// full matrix is computed in a cache-blocked, vectorised pass.
class ScoreModel {
public:
    /// Checks sizes and ranges (levels 0..5 or -1, priorities 1..3, capacity >= 0, weights
    /// >= 0 with a positive sum, unique person ids).
    static Expected<ScoreModel> create(ScoreInput input);

    int juniorCount() const { return static_cast<int>(m_input.juniors.size()); }
    int seniorCount() const { return static_cast<int>(m_input.seniors.size()); }
    int skillCount() const { return m_input.skillCount; }
    const ScoreInput& input() const { return m_input; }

    /// Index of a person id, or -1.
    int juniorIndex(std::int64_t personId) const;
    int seniorIndex(std::int64_t personId) const;

    /// The first hard rule that forbids the pair, or Obstacle::None. Cheap (no allocation).
    Obstacle obstacle(int junior, int senior) const;
    /// Whether the junior covers some of the senior's gaps (skill fit > 0).
    bool coversGap(int junior, int senior) const;
    /// The total score in [0, 100], or -infinity when a hard rule forbids the pair.
    double score(int junior, int senior) const;
    ScoreExplanation explain(int junior, int senior) const;
    /// The senior's skill gap weight sum P*G (0: nothing to learn).
    double gapWeight(int senior) const { return m_gapWeight[static_cast<std::size_t>(senior)]; }

    /// The juniors x seniors matrix, row-major (row = junior), -infinity for impossible pairs.
    /// Bit-identical to score(). `threads` <= 0 means 2.
    std::vector<double> scoreMatrix(int threads = 2) const;
    void scoreMatrix(std::span<double> out, int threads = 2) const;

private:
    explicit ScoreModel(ScoreInput input);
    double otherPoints(int junior, int senior, ScoreExplanation* explanation) const;
    Obstacle personalObstacle(int junior, int senior) const;
    double tablePoints(int junior, int senior) const;
    bool isExcluded(int junior, int senior) const;

    ScoreInput m_input;
    double m_skillScale = 0; ///< 100 * w_skill / sum w
    double m_availScale = 0;
    double m_siteScale = 0;
    double m_crossScale = 0;
    /// Availability points by (shared half-days, fewest half-days of the two): 15 x 15.
    std::vector<double> m_availPoints;
    std::vector<double> m_gapWeight; ///< per senior: sum P*G
    /// Per (skill k, junior level L in 1..5, senior s): points of gap k for a junior at L:
    /// m_table[(k * 5 + L - 1) * S + s]. Zero when the senior has no gap on k.
    std::vector<double> m_table;
    std::vector<std::pair<int, int>> m_exclusions; ///< (junior, senior) indices, sorted
    std::vector<std::pair<std::int64_t, int>> m_juniorIds, m_seniorIds; ///< sorted by id
};

std::string obstacleName(Obstacle obstacle); ///< stable English token, e.g. "no-shared-language"

} // namespace binome::matching
