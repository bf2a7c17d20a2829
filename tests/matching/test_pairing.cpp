#include "binome/matching/Pairing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace binome::matching;

namespace {

// Two skills: 0 = spreadsheets, 1 = generative AI. Every senior wants to go from 1 to 3 on
// the skills listed (priority 1), every person speaks French, is free on Monday morning.
JuniorProfile junior(std::int64_t id, std::vector<int> levels, int capacity = 1) {
    JuniorProfile p;
    p.personId = id;
    p.languages = 1;
    p.availability = 1;
    p.levels = std::move(levels);
    p.capacity = capacity;
    return p;
}

SeniorProfile senior(std::int64_t id, std::vector<int> gapSkills) {
    SeniorProfile p;
    p.personId = id;
    p.languages = 1;
    p.availability = 1;
    p.skills = {{1, 1, 1}, {1, 1, 1}}; // no gap
    for (int skill : gapSkills)
        p.skills[static_cast<std::size_t>(skill)] = {1, 3, 1};
    return p;
}

ScoreModel make(ScoreInput input) {
    input.skillCount = 2;
    auto model = ScoreModel::create(std::move(input));
    EXPECT_TRUE(model.ok()) << (model.ok() ? "" : model.error());
    return std::move(model).value();
}

const UnmatchedPerson* find(const std::vector<UnmatchedPerson>& people, std::int64_t id) {
    auto it = std::find_if(people.begin(), people.end(),
                           [&](const UnmatchedPerson& p) { return p.personId == id; });
    return it == people.end() ? nullptr : &*it;
}

} // namespace

TEST(Pairing, ProposalsCarryTheirExplanation) {
    ScoreInput input;
    input.juniors = {junior(1, {3, 0}), junior(2, {0, 3})};
    input.seniors = {senior(10, {1}), senior(11, {0})};
    const PairingResult result = runPairing(make(input));
    ASSERT_TRUE(result.ok()) << result.error;
    ASSERT_EQ(result.proposals.size(), 2U);
    // Senior 10 needs AI: junior 2 (level 3) covers it fully; senior 11 gets junior 1.
    const Proposal& first = result.proposals[0];
    EXPECT_EQ(first.seniorId, 10);
    EXPECT_EQ(first.juniorId, 2);
    ASSERT_EQ(first.explanation.gaps.size(), 1U);
    EXPECT_EQ(first.explanation.gaps[0].skill, 1);
    EXPECT_EQ(first.explanation.gaps[0].seniorCurrent, 1);
    EXPECT_EQ(first.explanation.gaps[0].seniorTarget, 3);
    EXPECT_EQ(first.explanation.gaps[0].juniorLevel, 3);
    EXPECT_EQ(first.explanation.gaps[0].coverage, 1);
    // fit 1 -> 60, availability 1/1 -> 20, no site or department known -> 80
    EXPECT_NEAR(first.score, 80, 1e-9);
    EXPECT_EQ(result.proposals[1].juniorId, 1);
    EXPECT_NEAR(result.total, 160, 1e-9);
    EXPECT_TRUE(result.unmatchedJuniors.empty());
    EXPECT_TRUE(result.unmatchedSeniors.empty());
}

TEST(Pairing, CapacityFullLeavesASeniorWithCandidatesTaken) {
    ScoreInput input;
    input.juniors = {junior(1, {4, 0}, 2)};
    input.seniors = {senior(10, {0}), senior(11, {0}), senior(12, {0})};
    const PairingResult result = runPairing(make(input));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.proposals.size(), 2U);
    ASSERT_EQ(result.unmatchedSeniors.size(), 1U);
    EXPECT_EQ(result.unmatchedSeniors[0].reason, UnmatchedReason::CandidatesTaken);
    EXPECT_EQ(result.unmatchedSeniors[0].candidates, 1);
}

TEST(Pairing, UnmatchedReasons) {
    ScoreInput input;
    input.juniors = {junior(1, {3, 0}), junior(2, {3, 0}), junior(3, {0, 0}), junior(4, {3, 3}, 0)};
    input.juniors[1].languages = 2; // English only
    input.seniors = {
        senior(10, {}),  // nothing to learn
        senior(11, {1}), // AI: nobody with capacity teaches it
        senior(12, {0}), // spreadsheets: junior 1 fits, junior 2 speaks only English
    };
    SeniorProfile english = senior(13, {0});
    english.languages = 2;
    input.seniors.push_back(english); // only junior 2 shares English
    input.rules.exclusions = {{2, 13}};
    const PairingResult result = runPairing(make(input));
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.proposals.size(), 1U);
    EXPECT_EQ(result.proposals[0].juniorId, 1);
    EXPECT_EQ(result.proposals[0].seniorId, 12);

    EXPECT_EQ(find(result.unmatchedSeniors, 10)->reason, UnmatchedReason::NoGapToWorkOn);
    EXPECT_EQ(find(result.unmatchedSeniors, 11)->reason, UnmatchedReason::NobodyCoversGaps);
    const UnmatchedPerson* excluded = find(result.unmatchedSeniors, 13);
    ASSERT_NE(excluded, nullptr);
    // Junior 1 covers but speaks no English; junior 2 shares English but is excluded.
    EXPECT_EQ(excluded->reason, UnmatchedReason::HardRules);
    EXPECT_EQ(excluded->noSharedLanguage, 1);
    EXPECT_EQ(excluded->excluded, 1);

    // Junior 2: speaks no French, excluded from senior 13.
    EXPECT_EQ(find(result.unmatchedJuniors, 2)->reason, UnmatchedReason::HardRules);
    EXPECT_EQ(find(result.unmatchedJuniors, 3)->reason, UnmatchedReason::NobodyCoversGaps);
    EXPECT_EQ(find(result.unmatchedJuniors, 4)->reason, UnmatchedReason::NoCapacity);
    EXPECT_EQ(find(result.unmatchedJuniors, 1), nullptr);
}

TEST(Pairing, NoSharedLanguageReason) {
    ScoreInput input;
    input.juniors = {junior(1, {3, 0})};
    input.seniors = {senior(10, {0})};
    input.seniors[0].languages = 4;
    const PairingResult result = runPairing(make(input));
    ASSERT_EQ(result.unmatchedSeniors.size(), 1U);
    EXPECT_EQ(result.unmatchedSeniors[0].reason, UnmatchedReason::NoSharedLanguage);
    EXPECT_EQ(result.unmatchedJuniors[0].reason, UnmatchedReason::NoSharedLanguage);
}

TEST(Pairing, MinimumScoreReason) {
    ScoreInput input;
    input.juniors = {junior(1, {2, 0})}; // covers half the gap: 30 + 20 = 50 points
    input.seniors = {senior(10, {0})};
    PairingOptions options;
    options.minScore = 60;
    const PairingResult result = runPairing(make(input), options);
    EXPECT_TRUE(result.proposals.empty());
    ASSERT_EQ(result.unmatchedSeniors.size(), 1U);
    EXPECT_EQ(result.unmatchedSeniors[0].reason, UnmatchedReason::BelowMinimumScore);
    options.minScore = 50;
    EXPECT_EQ(runPairing(make(input), options).proposals.size(), 1U);
}

TEST(Pairing, LockedPairIsKeptAndCountsAgainstCapacity) {
    ScoreInput input;
    input.juniors = {junior(1, {3, 3}), junior(2, {3, 0})};
    input.seniors = {senior(10, {0}), senior(11, {1})};
    PairingOptions options;
    options.locked = {{1, 10}}; // the optimum would be 1-11, 2-10
    const PairingResult result = runPairing(make(input), options);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.proposals.size(), 1U);
    EXPECT_TRUE(result.proposals[0].locked);
    EXPECT_EQ(result.proposals[0].juniorId, 1);
    EXPECT_EQ(result.proposals[0].seniorId, 10);
    ASSERT_EQ(result.unmatchedSeniors.size(), 1U);
    EXPECT_EQ(result.unmatchedSeniors[0].personId, 11);
    EXPECT_EQ(result.unmatchedSeniors[0].reason, UnmatchedReason::CandidatesTaken);

    options.locked = {{1, 99}};
    EXPECT_NE(runPairing(make(input), options).error.find("unknown"), std::string::npos);
}

TEST(Pairing, AlternativesAreTheNextBestMentors) {
    ScoreInput input;
    // Levels 5, 4, 3, 2 on spreadsheets against a gap 1 -> 3: coverage 1, 1, 1, 0.5.
    input.juniors = {junior(1, {5, 0}), junior(2, {4, 0}), junior(3, {3, 0}), junior(4, {2, 0}),
                     junior(5, {0, 0})};
    input.juniors[1].site = 7; // junior 2 shares the senior's site: +10
    input.seniors = {senior(10, {0})};
    input.seniors[0].site = 7;
    const PairingResult result = runPairing(make(input));
    ASSERT_EQ(result.proposals.size(), 1U);
    EXPECT_EQ(result.proposals[0].juniorId, 2);
    const auto& alternatives = result.alternatives.at(0);
    ASSERT_EQ(alternatives.size(), 3U);
    EXPECT_EQ(alternatives[0].personId, 1);
    EXPECT_NEAR(alternatives[0].score, 80, 1e-9);
    EXPECT_TRUE(alternatives[0].hasCapacityLeft);
    EXPECT_EQ(alternatives[1].personId, 3);
    EXPECT_NEAR(alternatives[1].score, 80, 1e-9);
    EXPECT_EQ(alternatives[2].personId, 4);
    EXPECT_NEAR(alternatives[2].score, 50, 1e-9);
}
