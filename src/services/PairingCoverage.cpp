// What the pairing leaves uncovered: the junior pool's coverage of the seniors'
// gaps, skill by skill, and why the engine left someone without a binôme.
#include "PairingRoster.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace binome::pairing {

QString unmatchedReason(const matching::UnmatchedPerson& u, Role role, double minScore) {
    const bool junior = role == Role::Junior;
    switch (u.reason) {
    case matching::UnmatchedReason::NobodyOnOtherSide:
        return junior ? QCoreApplication::translate("PairingService",
                                                    "no senior is enrolled in the program")
                      : QCoreApplication::translate("PairingService",
                                                    "no junior is enrolled in the program");
    case matching::UnmatchedReason::NoCapacity:
        return QCoreApplication::translate("PairingService", "their capacity is 0");
    case matching::UnmatchedReason::NoGapToWorkOn:
        return QCoreApplication::translate("PairingService",
                                           "no skill has a target above the current level");
    case matching::UnmatchedReason::NobodyCoversGaps:
        return junior ? QCoreApplication::translate("PairingService",
                                                    "covers none of the enrolled seniors' gaps")
                      : QCoreApplication::translate("PairingService",
                                                    "no enrolled junior covers any of their gaps: "
                                                    "a mentor to recruit");
    case matching::UnmatchedReason::NoSharedLanguage:
        return QCoreApplication::translate("PairingService",
                                           "shares no working language with the %1 people who "
                                           "would fit")
            .arg(u.noSharedLanguage);
    case matching::UnmatchedReason::HardRules:
        return QCoreApplication::translate("PairingService",
                                           "everyone who would fit is ruled out (exclusion, same "
                                           "department or same reporting line)");
    case matching::UnmatchedReason::BelowMinimumScore:
        return QCoreApplication::translate("PairingService",
                                           "every possible partner scores under the minimum "
                                           "score (%1)")
            .arg(minScore);
    case matching::UnmatchedReason::CandidatesTaken:
        return junior ? QCoreApplication::translate("PairingService",
                                                    "the %1 seniors they could mentor are better "
                                                    "paired with others")
                            .arg(u.candidates)
                      : QCoreApplication::translate("PairingService",
                                                    "the %1 juniors who could mentor them are at "
                                                    "capacity or better paired with others")
                            .arg(u.candidates);
    }
    return {};
}

QList<SkillCoverage> coverageOf(const Roster& roster) {
    QList<SkillCoverage> rows;
    const matching::ScoreInput& input = roster.input;
    for (int k = 0; k < input.skillCount; ++k) {
        const auto skill = static_cast<std::size_t>(k);
        SkillCoverage row;
        row.code = roster.skills[k].code;
        row.name = roster.skills[k].displayName();
        // The best junior covers the most of every gap (coverage grows with the level), and a
        // junior can teach when above the current level of at least one senior with a gap: one
        // pass over the juniors and one over the seniors, not one over the pairs.
        int bestLevel = -1;
        for (const matching::JuniorProfile& junior : input.juniors)
            bestLevel = std::max(bestLevel, junior.levels[skill]);
        int lowestCurrent = std::numeric_limits<int>::max();
        for (const matching::SeniorProfile& senior : input.seniors) {
            const matching::SeniorSkill& s = senior.skills[skill];
            if (s.current < 0 || s.target <= s.current)
                continue;
            const int gap = s.target - s.current;
            ++row.seniorsWithGap;
            row.totalGap += gap;
            lowestCurrent = std::min(lowestCurrent, s.current);
            if (bestLevel > s.current)
                row.coverableGap += std::clamp(double(bestLevel - s.current) / gap, 0.0, 1.0) * gap;
        }
        row.juniorsAbleToTeach = static_cast<int>(std::count_if(
            input.juniors.begin(), input.juniors.end(), [&](const matching::JuniorProfile& junior) {
                return junior.levels[skill] > lowestCurrent;
            }));
        if (row.seniorsWithGap > 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const SkillCoverage& a, const SkillCoverage& b) {
        if (a.coverableShare() != b.coverableShare())
            return a.coverableShare() < b.coverableShare();
        return a.totalGap > b.totalGap;
    });
    return rows;
}

} // namespace binome::pairing
