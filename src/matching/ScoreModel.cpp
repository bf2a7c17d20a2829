#include "binome/matching/ScoreModel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <thread>

namespace binome::matching {

namespace {

constexpr double Impossible = -std::numeric_limits<double>::infinity();
constexpr int TileWidth = 512; // seniors per tile: a tile of the gap table stays in L2

bool modesCompatible(MeetingMode a, MeetingMode b) {
    return a == MeetingMode::Either || b == MeetingMode::Either || a == b;
}

int popCount14(unsigned bits) {
    int count = 0;
    for (; bits != 0; bits &= bits - 1)
        ++count;
    return count;
}

struct PopTable {
    std::array<std::uint8_t, 1U << HalfDayCount> counts{};
    PopTable() {
        for (unsigned i = 0; i < counts.size(); ++i)
            counts[i] = static_cast<std::uint8_t>(popCount14(i));
    }
};
const PopTable& popTable() {
    static const PopTable table;
    return table;
}

// out[s] += rows[r][s] for every row: the hot loop, compiled twice (AVX2 and baseline).
__attribute__((target_clones("avx2", "default"))) void
accumulate(double* __restrict out, const double* const* rows, int rowCount, int width) {
    for (int r = 0; r < rowCount; ++r) {
        const double* __restrict row = rows[r];
        for (int s = 0; s < width; ++s)
            out[s] += row[s];
    }
}

std::string checkProfile(const PersonProfile& person, const char* who, std::size_t index) {
    const std::string name = std::string(who) + " #" + std::to_string(index);
    if ((person.availability >> HalfDayCount) != 0)
        return name + ": availability uses bits beyond the 14 half-days";
    if (person.site < -1 || person.department < -1)
        return name + ": site and department ids are >= 0, or -1 when unknown";
    return {};
}

} // namespace

std::string obstacleName(Obstacle obstacle) {
    switch (obstacle) {
    case Obstacle::None:
        return "none";
    case Obstacle::NoSharedLanguage:
        return "no-shared-language";
    case Obstacle::Excluded:
        return "excluded";
    case Obstacle::SameDepartment:
        return "same-department";
    case Obstacle::SameReportingLine:
        return "same-reporting-line";
    case Obstacle::NoGapCovered:
        return "no-gap-covered";
    }
    return "unknown";
}

Expected<ScoreModel> ScoreModel::create(ScoreInput input) {
    using Result = Expected<ScoreModel>;
    const int k = input.skillCount;
    if (k < 0)
        return Result::failure("the skill count is negative");
    const ScoreWeights& w = input.weights;
    for (double weight : {w.skill, w.availability, w.site, w.crossDepartment})
        if (!(weight >= 0) || !std::isfinite(weight))
            return Result::failure("score weights must be finite and >= 0");
    if (!(w.skill + w.availability + w.site + w.crossDepartment > 0))
        return Result::failure("at least one score weight must be positive");
    for (std::size_t j = 0; j < input.juniors.size(); ++j) {
        const JuniorProfile& junior = input.juniors[j];
        if (auto error = checkProfile(junior, "junior", j); !error.empty())
            return Result::failure(error);
        if (static_cast<int>(junior.levels.size()) != k)
            return Result::failure("junior #" + std::to_string(j) + ": " +
                                   std::to_string(junior.levels.size()) + " levels for " +
                                   std::to_string(k) + " skills");
        for (int level : junior.levels)
            if (level < -1 || level > MaxLevel)
                return Result::failure("junior #" + std::to_string(j) + ": level " +
                                       std::to_string(level) + " is not in 0..5 (or -1)");
        if (junior.capacity < 0)
            return Result::failure("junior #" + std::to_string(j) + ": negative capacity");
    }
    for (std::size_t s = 0; s < input.seniors.size(); ++s) {
        const SeniorProfile& senior = input.seniors[s];
        if (auto error = checkProfile(senior, "senior", s); !error.empty())
            return Result::failure(error);
        if (static_cast<int>(senior.skills.size()) != k)
            return Result::failure("senior #" + std::to_string(s) + ": " +
                                   std::to_string(senior.skills.size()) + " skills for " +
                                   std::to_string(k));
        for (const SeniorSkill& skill : senior.skills) {
            if (skill.current < -1 || skill.current > MaxLevel || skill.target < -1 ||
                skill.target > MaxLevel)
                return Result::failure("senior #" + std::to_string(s) +
                                       ": levels and targets are 0..5 (or -1)");
            if (skill.priority < 1 || skill.priority > 3)
                return Result::failure("senior #" + std::to_string(s) + ": priority " +
                                       std::to_string(skill.priority) + " is not in 1..3");
        }
    }
    auto uniqueIds = [](const auto& people) {
        std::vector<std::int64_t> ids;
        for (const auto& person : people)
            ids.push_back(person.personId);
        std::sort(ids.begin(), ids.end());
        return std::adjacent_find(ids.begin(), ids.end()) == ids.end();
    };
    if (!uniqueIds(input.juniors) || !uniqueIds(input.seniors))
        return Result::failure("two participants share a person id");
    return ScoreModel(std::move(input));
}

ScoreModel::ScoreModel(ScoreInput input)
    : m_input(std::move(input)) {
    const ScoreWeights& w = m_input.weights;
    const double sum = w.skill + w.availability + w.site + w.crossDepartment;
    m_skillScale = 100.0 * w.skill / sum;
    m_availScale = 100.0 * w.availability / sum;
    m_siteScale = 100.0 * w.site / sum;
    m_crossScale = 100.0 * w.crossDepartment / sum;

    m_availPoints.assign((HalfDayCount + 1) * (HalfDayCount + 1), 0.0);
    for (int shared = 1; shared <= HalfDayCount; ++shared)
        for (int fewest = shared; fewest <= HalfDayCount; ++fewest)
            m_availPoints[static_cast<std::size_t>(shared * (HalfDayCount + 1) + fewest)] =
                m_availScale * (static_cast<double>(shared) / static_cast<double>(fewest));

    const std::size_t seniors = m_input.seniors.size();
    const int k = m_input.skillCount;
    m_gapWeight.assign(seniors, 0.0);
    m_table.assign(static_cast<std::size_t>(k) * MaxLevel * seniors, 0.0);
    // With w_skill = 0 the table still records coverage (scale 1) for requireCoveredGap.
    const double tableScale = m_skillScale > 0 ? m_skillScale : 1.0;
    for (std::size_t s = 0; s < seniors; ++s) {
        const SeniorProfile& senior = m_input.seniors[s];
        double total = 0;
        for (const SeniorSkill& skill : senior.skills)
            if (skill.current >= 0 && skill.target > skill.current)
                total += skill.priority * (skill.target - skill.current);
        m_gapWeight[s] = total;
        if (total <= 0)
            continue;
        for (int skillIndex = 0; skillIndex < k; ++skillIndex) {
            const SeniorSkill& skill = senior.skills[static_cast<std::size_t>(skillIndex)];
            if (skill.current < 0 || skill.target <= skill.current)
                continue;
            const int gap = skill.target - skill.current;
            for (int level = 1; level <= MaxLevel; ++level) {
                const double coverage =
                    std::clamp(static_cast<double>(level - skill.current) / gap, 0.0, 1.0);
                m_table[(static_cast<std::size_t>(skillIndex) * MaxLevel +
                         static_cast<std::size_t>(level - 1)) *
                            seniors +
                        s] = tableScale * (skill.priority * gap * coverage / total);
            }
        }
    }

    for (std::size_t j = 0; j < m_input.juniors.size(); ++j)
        m_juniorIds.emplace_back(m_input.juniors[j].personId, static_cast<int>(j));
    for (std::size_t s = 0; s < seniors; ++s)
        m_seniorIds.emplace_back(m_input.seniors[s].personId, static_cast<int>(s));
    std::sort(m_juniorIds.begin(), m_juniorIds.end());
    std::sort(m_seniorIds.begin(), m_seniorIds.end());
    for (const auto& [juniorId, seniorId] : m_input.rules.exclusions) {
        const int j = juniorIndex(juniorId);
        const int s = seniorIndex(seniorId);
        if (j >= 0 && s >= 0)
            m_exclusions.emplace_back(j, s);
    }
    std::sort(m_exclusions.begin(), m_exclusions.end());
    m_exclusions.erase(std::unique(m_exclusions.begin(), m_exclusions.end()), m_exclusions.end());
}

int ScoreModel::juniorIndex(std::int64_t personId) const {
    auto it = std::lower_bound(m_juniorIds.begin(), m_juniorIds.end(),
                               std::pair<std::int64_t, int>(personId, -1));
    return it != m_juniorIds.end() && it->first == personId ? it->second : -1;
}

int ScoreModel::seniorIndex(std::int64_t personId) const {
    auto it = std::lower_bound(m_seniorIds.begin(), m_seniorIds.end(),
                               std::pair<std::int64_t, int>(personId, -1));
    return it != m_seniorIds.end() && it->first == personId ? it->second : -1;
}

bool ScoreModel::isExcluded(int junior, int senior) const {
    return std::binary_search(m_exclusions.begin(), m_exclusions.end(),
                              std::pair<int, int>(junior, senior));
}

// The rules that depend on the two people only (not on skills), in the documented order.
Obstacle ScoreModel::personalObstacle(int junior, int senior) const {
    const PersonProfile& a = m_input.juniors[static_cast<std::size_t>(junior)];
    const PersonProfile& b = m_input.seniors[static_cast<std::size_t>(senior)];
    if (a.languages != 0 && b.languages != 0 && (a.languages & b.languages) == 0)
        return Obstacle::NoSharedLanguage;
    if (isExcluded(junior, senior))
        return Obstacle::Excluded;
    if (m_input.rules.forbidSameDepartment && a.department >= 0 && a.department == b.department)
        return Obstacle::SameDepartment;
    if (m_input.rules.forbidSameReportingLine &&
        (a.managerId == b.personId || b.managerId == a.personId ||
         (a.managerId >= 0 && a.managerId == b.managerId)))
        return Obstacle::SameReportingLine;
    return Obstacle::None;
}

double ScoreModel::tablePoints(int junior, int senior) const {
    const JuniorProfile& a = m_input.juniors[static_cast<std::size_t>(junior)];
    const std::size_t seniors = m_input.seniors.size();
    double points = 0;
    for (int k = 0; k < m_input.skillCount; ++k) {
        const int level = a.levels[static_cast<std::size_t>(k)];
        if (level >= 1)
            points += m_table[(static_cast<std::size_t>(k) * MaxLevel +
                               static_cast<std::size_t>(level - 1)) *
                                  seniors +
                              static_cast<std::size_t>(senior)];
    }
    return points;
}

bool ScoreModel::coversGap(int junior, int senior) const {
    return tablePoints(junior, senior) > 0;
}

Obstacle ScoreModel::obstacle(int junior, int senior) const {
    const Obstacle personal = personalObstacle(junior, senior);
    if (personal == Obstacle::None && m_input.rules.requireCoveredGap && !coversGap(junior, senior))
        return Obstacle::NoGapCovered;
    return personal;
}

double ScoreModel::score(int junior, int senior) const {
    return explain(junior, senior).total;
}

// Availability, site and department points; the same arithmetic as the matrix kernel.
double ScoreModel::otherPoints(int junior, int senior, ScoreExplanation* explanation) const {
    const PersonProfile& a = m_input.juniors[static_cast<std::size_t>(junior)];
    const PersonProfile& b = m_input.seniors[static_cast<std::size_t>(senior)];
    const bool compatible = modesCompatible(a.meetingMode, b.meetingMode);
    const int shared = popTable().counts[a.availability & b.availability];
    const int fewest =
        std::min(popTable().counts[a.availability], popTable().counts[b.availability]);
    const double overlap =
        compatible && shared > 0 ? static_cast<double>(shared) / static_cast<double>(fewest) : 0.0;
    const bool sameSite = a.site >= 0 && a.site == b.site;
    const bool crossDepartment =
        a.department >= 0 && b.department >= 0 && a.department != b.department;
    const double availPoints =
        compatible ? m_availPoints[static_cast<std::size_t>(shared * (HalfDayCount + 1) + fewest)]
                   : 0.0;
    const double sitePoints = sameSite ? m_siteScale : 0.0;
    const double crossPoints = crossDepartment ? m_crossScale : 0.0;
    if (explanation) {
        explanation->availabilityOverlap = overlap;
        explanation->sharedHalfDays = shared;
        explanation->meetingModesCompatible = compatible;
        explanation->sameSite = sameSite;
        explanation->differentDepartment = crossDepartment;
        explanation->availabilityPoints = availPoints;
        explanation->sitePoints = sitePoints;
        explanation->crossDepartmentPoints = crossPoints;
    }
    return availPoints + sitePoints + crossPoints;
}

ScoreExplanation ScoreModel::explain(int junior, int senior) const {
    ScoreExplanation result;
    const JuniorProfile& a = m_input.juniors[static_cast<std::size_t>(junior)];
    const SeniorProfile& b = m_input.seniors[static_cast<std::size_t>(senior)];
    // Summed in skill order, exactly as the kernel does: the totals are bit-identical.
    const double points = tablePoints(junior, senior);
    for (int k = 0; k < m_input.skillCount; ++k) {
        const SeniorSkill& skill = b.skills[static_cast<std::size_t>(k)];
        const int level = a.levels[static_cast<std::size_t>(k)];
        if (skill.current >= 0 && skill.target > skill.current) {
            GapCoverage gap;
            gap.skill = k;
            gap.seniorCurrent = skill.current;
            gap.seniorTarget = skill.target;
            gap.juniorLevel = level;
            gap.priority = skill.priority;
            gap.coverage = std::clamp(static_cast<double>(level - skill.current) /
                                          (skill.target - skill.current),
                                      0.0, 1.0);
            gap.contribution =
                m_skillScale * (skill.priority * (skill.target - skill.current) * gap.coverage /
                                m_gapWeight[static_cast<std::size_t>(senior)]);
            result.gaps.push_back(gap);
        }
    }
    result.skillPoints = m_skillScale > 0 ? points : 0.0;
    double fit = 0;
    for (const GapCoverage& gap : result.gaps)
        fit += gap.priority * (gap.seniorTarget - gap.seniorCurrent) * gap.coverage;
    result.skillFit = m_gapWeight[static_cast<std::size_t>(senior)] > 0
                          ? fit / m_gapWeight[static_cast<std::size_t>(senior)]
                          : 0.0;
    result.total = result.skillPoints + otherPoints(junior, senior, &result);
    result.obstacle = personalObstacle(junior, senior);
    if (result.obstacle == Obstacle::None && m_input.rules.requireCoveredGap && !(points > 0))
        result.obstacle = Obstacle::NoGapCovered;
    if (result.obstacle != Obstacle::None)
        result.total = Impossible;
    return result;
}

std::vector<double> ScoreModel::scoreMatrix(int threads) const {
    std::vector<double> matrix(m_input.juniors.size() * m_input.seniors.size());
    scoreMatrix(matrix, threads);
    return matrix;
}

void ScoreModel::scoreMatrix(std::span<double> out, int threads) const {
    const int juniors = juniorCount();
    const int seniors = seniorCount();
    const auto stride = static_cast<std::size_t>(seniors);
    if (out.size() < static_cast<std::size_t>(juniors) * stride)
        return;
    if (threads <= 0)
        threads = 2;
    if (static_cast<long long>(juniors) * seniors < 100000)
        threads = 1;
    threads = std::max(1, std::min(threads, juniors));

    // Senior fields as contiguous arrays for the per-pair pass.
    std::vector<std::uint64_t> seniorLanguages(stride);
    std::vector<std::int64_t> seniorIds(stride), seniorManagers(stride);
    std::vector<int> seniorSites(stride), seniorDepartments(stride);
    std::vector<std::uint16_t> seniorAvailability(stride);
    std::vector<std::uint8_t> seniorModes(stride), seniorHalfDays(stride);
    for (std::size_t s = 0; s < stride; ++s) {
        const SeniorProfile& b = m_input.seniors[s];
        seniorLanguages[s] = b.languages;
        seniorIds[s] = b.personId;
        seniorManagers[s] = b.managerId;
        seniorSites[s] = b.site;
        seniorDepartments[s] = b.department;
        seniorAvailability[s] = b.availability;
        seniorModes[s] = static_cast<std::uint8_t>(b.meetingMode);
        seniorHalfDays[s] = popTable().counts[b.availability];
    }
    const auto& counts = popTable().counts;
    const HardRules& rules = m_input.rules;
    const bool skillPointsOn = m_skillScale > 0;

    auto work = [&](int firstJunior, int lastJunior) {
        std::vector<const double*> rows(static_cast<std::size_t>(m_input.skillCount));
        for (int s0 = 0; s0 < seniors; s0 += TileWidth) {
            const int width = std::min(TileWidth, seniors - s0);
            for (int j = firstJunior; j < lastJunior; ++j) {
                const JuniorProfile& a = m_input.juniors[static_cast<std::size_t>(j)];
                double* row = out.data() + static_cast<std::size_t>(j) * stride +
                              static_cast<std::size_t>(s0);
                int rowCount = 0;
                for (int k = 0; k < m_input.skillCount; ++k) {
                    const int level = a.levels[static_cast<std::size_t>(k)];
                    if (level >= 1)
                        rows[static_cast<std::size_t>(rowCount++)] =
                            m_table.data() +
                            (static_cast<std::size_t>(k) * MaxLevel +
                             static_cast<std::size_t>(level - 1)) *
                                stride +
                            static_cast<std::size_t>(s0);
                }
                std::fill(row, row + width, 0.0);
                accumulate(row, rows.data(), rowCount, width);

                // Per-junior constants, then one branch-light pass over the tile.
                const int juniorHalfDays = counts[a.availability];
                unsigned compatibleModes = 0; // bit m: senior mode m is compatible
                for (unsigned m = 0; m < 3; ++m)
                    if (modesCompatible(a.meetingMode, static_cast<MeetingMode>(m)))
                        compatibleModes |= 1U << m;
                const std::uint64_t languages = a.languages;
                const std::int64_t managerId = a.managerId, personId = a.personId;
                const int department = a.department, site = a.site;
                const bool checkDepartment = rules.forbidSameDepartment && department >= 0;
                const bool checkLine = rules.forbidSameReportingLine;
                const bool checkCoverage = rules.requireCoveredGap;
                const double* availPoints = m_availPoints.data();
                const double siteScale = m_siteScale, crossScale = m_crossScale;
                // Branch-free on purpose (bitwise & on bools, products with 0/1): the data
                // decides these tests at random and mispredictions would dominate.
                for (int t = 0; t < width; ++t) {
                    const auto s = static_cast<std::size_t>(s0 + t);
                    const double skillSum = row[t];
                    const std::uint64_t theirLanguages = seniorLanguages[s];
                    const int theirDepartment = seniorDepartments[s];
                    // Plain values, not vector calls, in the bitwise tests (clang's
                    // -Wbitwise-instead-of-logical).
                    const std::int64_t theirId = seniorIds[s], theirManager = seniorManagers[s];
                    const bool languageClash = (languages != 0) & (theirLanguages != 0) &
                                               ((languages & theirLanguages) == 0);
                    const bool departmentClash = checkDepartment & (department == theirDepartment);
                    const bool lineClash =
                        checkLine & ((managerId == theirId) | (theirManager == personId) |
                                     ((managerId >= 0) & (managerId == theirManager)));
                    const bool uncovered = checkCoverage & !(skillSum > 0);
                    const bool compatible = (compatibleModes >> seniorModes[s]) & 1U;
                    const int shared = counts[a.availability & seniorAvailability[s]];
                    const int fewest =
                        std::min(juniorHalfDays, static_cast<int>(seniorHalfDays[s]));
                    const double avail = availPoints[static_cast<std::size_t>(
                                             shared * (HalfDayCount + 1) + fewest)] *
                                         static_cast<double>(compatible);
                    const double sitePoints =
                        siteScale * static_cast<double>((site >= 0) & (site == seniorSites[s]));
                    const double crossPoints =
                        crossScale * static_cast<double>((department >= 0) &
                                                         (theirDepartment >= 0) &
                                                         (department != theirDepartment));
                    const double value =
                        (skillPointsOn ? skillSum : 0.0) + (avail + sitePoints + crossPoints);
                    const bool impossible = languageClash | departmentClash | lineClash | uncovered;
                    row[t] = impossible ? Impossible : value;
                }
            }
        }
    };

    if (threads == 1) {
        work(0, juniors);
    } else {
        std::vector<std::thread> pool;
        const int chunk = (juniors + threads - 1) / threads;
        for (int t = 1; t < threads; ++t) {
            const int first = std::min(juniors, t * chunk);
            const int last = std::min(juniors, first + chunk);
            pool.emplace_back(work, first, last);
        }
        work(0, std::min(juniors, chunk));
        for (std::thread& thread : pool)
            thread.join();
    }
    for (const auto& [j, s] : m_exclusions)
        out[static_cast<std::size_t>(j) * stride + static_cast<std::size_t>(s)] = Impossible;
}

} // namespace binome::matching
