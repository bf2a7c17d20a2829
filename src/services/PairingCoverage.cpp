// What the pairing leaves uncovered: the junior pool's coverage of the seniors'
// gaps, skill by skill, and why the engine left someone without a binôme.
#include "PairingRoster.h"

#include <QCoreApplication>

#include <algorithm>

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
        SkillCoverage row;
        row.code = roster.skills[k].code;
        row.name = roster.skills[k].displayName();
        QList<int> teachers;
        for (const matching::SeniorProfile& senior : input.seniors) {
            const matching::SeniorSkill& s = senior.skills[static_cast<std::size_t>(k)];
            if (s.current < 0 || s.target <= s.current)
                continue;
            const int gap = s.target - s.current;
            ++row.seniorsWithGap;
            row.totalGap += gap;
            double best = 0;
            for (int j = 0; j < static_cast<int>(input.juniors.size()); ++j) {
                const int level =
                    input.juniors[static_cast<std::size_t>(j)].levels[static_cast<std::size_t>(k)];
                if (level <= s.current)
                    continue;
                best = std::max(best, std::clamp(double(level - s.current) / gap, 0.0, 1.0));
                if (!teachers.contains(j))
                    teachers << j;
            }
            row.coverableGap += best * gap;
        }
        row.juniorsAbleToTeach = static_cast<int>(teachers.size());
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
