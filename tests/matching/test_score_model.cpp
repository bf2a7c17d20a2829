#include "binome/matching/ScoreModel.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

using namespace binome::matching;

namespace {

constexpr std::uint64_t French = 1U << 0;
constexpr std::uint64_t English = 1U << 1;
constexpr std::uint64_t German = 1U << 2;

std::uint16_t halfDays(std::initializer_list<int> bits) {
    std::uint16_t mask = 0;
    for (int bit : bits)
        mask = static_cast<std::uint16_t>(mask | (1U << bit));
    return mask;
}

// Three skills. Senior #100:
//   skill 0: current 1, target 4, priority 3  -> gap 3, P*G = 9
//   skill 1: current 2, target 3, priority 1  -> gap 1, P*G = 1
//   skill 2: current 3, target 2              -> no gap
//   sum P*G = 10
// Junior #1: levels 3, 5, 5
//   skill 0: cov = (3 - 1) / 3 = 2/3 -> 9 * 2/3 = 6
//   skill 1: cov = clamp((5 - 2) / 1) = 1 -> 1 * 1 = 1
//   skill fit = 7 / 10 = 0.7
// Availability: junior Mon AM, Mon PM, Tue AM (3); senior Mon PM, Tue AM, Wed AM, Wed PM (4)
//   shared 2, overlap = 2 / min(3, 4) = 2/3
// Same site (1), departments 2 and 3 differ.
// Default weights 0.6 / 0.2 / 0.1 / 0.1 (sum 1):
//   total = 100 * (0.6 * 0.7 + 0.2 * 2/3 + 0.1 + 0.1) = 42 + 13.333.. + 10 + 10 = 75.333..
ScoreInput handExample() {
    ScoreInput input;
    input.skillCount = 3;
    JuniorProfile junior;
    junior.personId = 1;
    junior.languages = French | English;
    junior.site = 1;
    junior.department = 2;
    junior.availability = halfDays({0, 1, 2});
    junior.levels = {3, 5, 5};
    input.juniors.push_back(junior);
    SeniorProfile senior;
    senior.personId = 100;
    senior.languages = English;
    senior.site = 1;
    senior.department = 3;
    senior.availability = halfDays({1, 2, 4, 5});
    senior.skills = {{1, 4, 3}, {2, 3, 1}, {3, 2, 2}};
    input.seniors.push_back(senior);
    return input;
}

ScoreModel make(ScoreInput input) {
    auto model = ScoreModel::create(std::move(input));
    EXPECT_TRUE(model.ok()) << (model.ok() ? "" : model.error());
    return std::move(model).value();
}

} // namespace

TEST(ScoreModel, HandComputedScore) {
    const ScoreModel model = make(handExample());
    const ScoreExplanation e = model.explain(0, 0);
    EXPECT_EQ(e.obstacle, Obstacle::None);
    EXPECT_NEAR(e.skillFit, 0.7, 1e-12);
    EXPECT_NEAR(e.availabilityOverlap, 2.0 / 3.0, 1e-12);
    EXPECT_EQ(e.sharedHalfDays, 2);
    EXPECT_TRUE(e.sameSite);
    EXPECT_TRUE(e.differentDepartment);
    EXPECT_NEAR(e.skillPoints, 42, 1e-9);
    EXPECT_NEAR(e.availabilityPoints, 40.0 / 3.0, 1e-9);
    EXPECT_NEAR(e.sitePoints, 10, 1e-9);
    EXPECT_NEAR(e.crossDepartmentPoints, 10, 1e-9);
    EXPECT_NEAR(e.total, 75.0 + 1.0 / 3.0, 1e-9);
    EXPECT_NEAR(model.score(0, 0), 75.0 + 1.0 / 3.0, 1e-9);
}

TEST(ScoreModel, ExplanationListsTheGapsWithLevels) {
    const ScoreModel model = make(handExample());
    const ScoreExplanation e = model.explain(0, 0);
    ASSERT_EQ(e.gaps.size(), 2U); // skill 2 has no gap
    EXPECT_EQ(e.gaps[0].skill, 0);
    EXPECT_EQ(e.gaps[0].seniorCurrent, 1);
    EXPECT_EQ(e.gaps[0].seniorTarget, 4);
    EXPECT_EQ(e.gaps[0].juniorLevel, 3);
    EXPECT_EQ(e.gaps[0].priority, 3);
    EXPECT_NEAR(e.gaps[0].coverage, 2.0 / 3.0, 1e-12);
    EXPECT_NEAR(e.gaps[0].contribution, 36, 1e-9); // 60 points * 6 / 10
    EXPECT_EQ(e.gaps[1].skill, 1);
    EXPECT_EQ(e.gaps[1].juniorLevel, 5);
    EXPECT_NEAR(e.gaps[1].coverage, 1, 1e-12);
    EXPECT_NEAR(e.gaps[1].contribution, 6, 1e-9); // 60 points * 1 / 10
    EXPECT_NEAR(e.gaps[0].contribution + e.gaps[1].contribution, e.skillPoints, 1e-9);
}

TEST(ScoreModel, CustomWeightsAreNormalised) {
    ScoreInput input = handExample();
    input.weights = {1, 1, 0, 0};
    // 100 * (1 * 0.7 + 1 * 2/3) / 2 = 68.333..
    EXPECT_NEAR(make(input).score(0, 0), 68.0 + 1.0 / 3.0, 1e-9);
}

TEST(ScoreModel, IncompatibleMeetingModesGiveNoAvailability) {
    ScoreInput input = handExample();
    input.juniors[0].meetingMode = MeetingMode::InPerson;
    input.seniors[0].meetingMode = MeetingMode::Remote;
    const ScoreExplanation e = make(input).explain(0, 0);
    EXPECT_FALSE(e.meetingModesCompatible);
    EXPECT_EQ(e.availabilityPoints, 0);
    EXPECT_NEAR(e.total, 62, 1e-9); // 42 + 0 + 10 + 10
    input.seniors[0].meetingMode = MeetingMode::Either;
    EXPECT_NEAR(make(input).score(0, 0), 75.0 + 1.0 / 3.0, 1e-9);
}

TEST(ScoreModel, UnknownJuniorLevelCoversNothingAndLowerLevelNeither) {
    ScoreInput input = handExample();
    input.juniors[0].levels = {-1, 1, 5}; // unknown on skill 0; 1 < current 2 on skill 1
    input.rules.requireCoveredGap = false;
    const ScoreExplanation e = make(input).explain(0, 0);
    EXPECT_EQ(e.skillFit, 0);
    EXPECT_EQ(e.gaps[0].coverage, 0);
    EXPECT_EQ(e.gaps[1].coverage, 0);
    EXPECT_NEAR(e.total, 40.0 / 3.0 + 20, 1e-9);
}

TEST(ScoreModel, NoSharedLanguageForbidsThePair) {
    ScoreInput input = handExample();
    input.juniors[0].languages = French;
    input.seniors[0].languages = English | German;
    const ScoreModel model = make(input);
    EXPECT_EQ(model.obstacle(0, 0), Obstacle::NoSharedLanguage);
    EXPECT_EQ(model.score(0, 0), -INFINITY);
    // An unknown language set does not forbid.
    input.seniors[0].languages = 0;
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::None);
}

TEST(ScoreModel, ExclusionForbidsThePair) {
    ScoreInput input = handExample();
    input.rules.exclusions = {{1, 100}};
    const ScoreModel model = make(input);
    EXPECT_EQ(model.obstacle(0, 0), Obstacle::Excluded);
    EXPECT_EQ(model.scoreMatrix(1)[0], -INFINITY);
}

TEST(ScoreModel, SameDepartmentOnlyWhenTheRuleIsOn) {
    ScoreInput input = handExample();
    input.seniors[0].department = 2;
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::None);
    EXPECT_NEAR(make(input).score(0, 0), 65.0 + 1.0 / 3.0, 1e-9); // no cross-department point
    input.rules.forbidSameDepartment = true;
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::SameDepartment);
}

TEST(ScoreModel, SameReportingLine) {
    ScoreInput input = handExample();
    input.rules.forbidSameReportingLine = true;
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::None); // both without manager
    input.juniors[0].managerId = 100;                      // the senior manages the junior
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::SameReportingLine);
    input.juniors[0].managerId = -1;
    input.seniors[0].managerId = 1; // the junior manages the senior
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::SameReportingLine);
    input.seniors[0].managerId = 55;
    input.juniors[0].managerId = 55; // same manager
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::SameReportingLine);
    input.rules.forbidSameReportingLine = false;
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::None);
}

TEST(ScoreModel, JuniorWhoCoversNoGapIsNotACandidate) {
    ScoreInput input = handExample();
    input.juniors[0].levels = {1, 2, 5}; // at or below the senior's current levels
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::NoGapCovered);
    input.rules.requireCoveredGap = false;
    EXPECT_EQ(make(input).obstacle(0, 0), Obstacle::None);
}

TEST(ScoreModel, RejectsInvalidInput) {
    ScoreInput input = handExample();
    input.juniors[0].levels = {3, 5};
    EXPECT_NE(ScoreModel::create(input).error().find("2 levels for 3 skills"), std::string::npos);
    input = handExample();
    input.seniors[0].skills[1].priority = 4;
    EXPECT_NE(ScoreModel::create(input).error().find("priority 4"), std::string::npos);
    input = handExample();
    input.juniors[0].levels[0] = 6;
    EXPECT_FALSE(ScoreModel::create(input).ok());
    input = handExample();
    input.weights = {0, 0, 0, 0};
    EXPECT_FALSE(ScoreModel::create(input).ok());
    input = handExample();
    input.juniors.push_back(input.juniors[0]);
    EXPECT_NE(ScoreModel::create(input).error().find("person id"), std::string::npos);
}

// The matrix kernel (tiled, vectorised, threaded) gives exactly what explain() says.
TEST(ScoreModel, MatrixEqualsPairByPairScores) {
    std::mt19937_64 rng(3);
    ScoreInput input;
    input.skillCount = 31;
    std::uniform_int_distribution<int> level(-1, 5), small(0, 3);
    for (int j = 0; j < 70; ++j) {
        JuniorProfile p;
        p.personId = j;
        p.managerId = small(rng) == 0 ? 1000 + small(rng) : -1;
        p.languages = 1U << small(rng);
        p.site = small(rng) - 1;
        p.department = small(rng);
        p.availability = static_cast<std::uint16_t>(rng() & 0x3FFF);
        p.meetingMode = static_cast<MeetingMode>(small(rng) % 3);
        for (int k = 0; k < 31; ++k)
            p.levels.push_back(level(rng));
        input.juniors.push_back(p);
    }
    for (int s = 0; s < 600; ++s) { // more than one tile of seniors
        SeniorProfile p;
        p.personId = 1000 + s;
        p.managerId = small(rng) == 0 ? small(rng) : -1;
        p.languages = (1U << small(rng)) | (1U << small(rng));
        p.site = small(rng) - 1;
        p.department = small(rng);
        p.availability = static_cast<std::uint16_t>(rng() & 0x3FFF);
        p.meetingMode = static_cast<MeetingMode>(small(rng) % 3);
        for (int k = 0; k < 31; ++k)
            p.skills.push_back({level(rng), level(rng), 1 + small(rng) % 3});
        input.seniors.push_back(p);
    }
    input.rules.forbidSameDepartment = true;
    input.rules.forbidSameReportingLine = true;
    input.rules.exclusions = {{3, 1005}, {4, 1599}};
    const ScoreModel model = make(input);
    const std::vector<double> one = model.scoreMatrix(1);
    const std::vector<double> two = model.scoreMatrix(2);
    ASSERT_EQ(one.size(), 70U * 600U);
    EXPECT_EQ(one, two);
    int possible = 0;
    for (int j = 0; j < 70; ++j)
        for (int s = 0; s < 600; ++s) {
            const double value =
                one[static_cast<std::size_t>(j) * 600 + static_cast<std::size_t>(s)];
            const ScoreExplanation e = model.explain(j, s);
            ASSERT_EQ(value, e.total) << j << "," << s;
            ASSERT_EQ(std::isinf(value), model.obstacle(j, s) != Obstacle::None);
            ASSERT_EQ(e.obstacle, model.obstacle(j, s));
            if (!std::isinf(value)) {
                ++possible;
                ASSERT_GE(value, 0);
                ASSERT_LE(value, 100 + 1e-9);
            }
        }
    EXPECT_GT(possible, 1000);                       // the data is not all forbidden
    EXPECT_NE(model.obstacle(3, 5), Obstacle::None); // excluded (or an earlier rule)
}
