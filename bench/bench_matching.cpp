// Google Benchmark: the solver on dense random matrices and the full score matrix.
#include "binome/matching/Assignment.h"
#include "binome/matching/Pairing.h"
#include "binome/matching/ScoreModel.h"

#include <benchmark/benchmark.h>

#include <random>
#include <vector>

using namespace binome::matching;

namespace {

std::vector<double> randomMatrix(std::size_t n, std::size_t m, bool integers, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    std::uniform_int_distribution<int> percent(0, 100);
    std::vector<double> values(n * m);
    for (double& value : values)
        value = integers ? percent(rng) : unit(rng);
    return values;
}

void solve(benchmark::State& state, bool integers) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::vector<double> weights = randomMatrix(n, n, integers, 42);
    AssignmentProblem problem;
    problem.weights = weights;
    problem.rows = n;
    problem.cols = n;
    for (auto _ : state) {
        const AssignmentResult result = solveAssignment(problem);
        benchmark::DoNotOptimize(result.total);
    }
}

void BM_SolveUniform(benchmark::State& state) {
    solve(state, false);
}
void BM_SolveIntegers(benchmark::State& state) {
    solve(state, true);
}
BENCHMARK(BM_SolveUniform)->Arg(1000)->Arg(2000)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SolveIntegers)->Arg(1000)->Arg(2000)->Arg(5000)->Unit(benchmark::kMillisecond);

/// A realistic organisation: 31 skills, random levels, targets on about a third of a
/// senior's skills, 4 languages, 8 sites, 40 departments, random half-days.
ScoreModel organisation(int juniors, int seniors, int skills) {
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<int> level(-1, 5), priority(1, 3), site(0, 7), dept(0, 39);
    std::uniform_int_distribution<int> halfDays(0, (1 << HalfDayCount) - 1);
    ScoreInput input;
    input.skillCount = skills;
    for (int j = 0; j < juniors; ++j) {
        JuniorProfile p;
        p.personId = j + 1;
        p.languages = 1U | (rng() % 2 ? 2U : 0U);
        p.site = site(rng);
        p.department = dept(rng);
        p.availability = static_cast<std::uint16_t>(halfDays(rng));
        for (int k = 0; k < skills; ++k)
            p.levels.push_back(level(rng));
        input.juniors.push_back(std::move(p));
    }
    for (int s = 0; s < seniors; ++s) {
        SeniorProfile p;
        p.personId = 100000 + s;
        p.languages = rng() % 5 == 0 ? 2U : 1U;
        p.site = site(rng);
        p.department = dept(rng);
        p.availability = static_cast<std::uint16_t>(halfDays(rng));
        for (int k = 0; k < skills; ++k) {
            SeniorSkill skill;
            skill.current = std::uniform_int_distribution<int>(0, 3)(rng);
            skill.target =
                rng() % 3 == 0 ? std::min(5, skill.current + 1 + static_cast<int>(rng() % 3)) : -1;
            skill.priority = priority(rng);
            p.skills.push_back(skill);
        }
        input.seniors.push_back(std::move(p));
    }
    input.rules.forbidSameDepartment = true;
    return ScoreModel::create(std::move(input)).value();
}

void BM_ScoreMatrix(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const ScoreModel model = organisation(n, n, 31);
    std::vector<double> matrix(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    for (auto _ : state) {
        model.scoreMatrix(matrix, static_cast<int>(state.range(1)));
        benchmark::DoNotOptimize(matrix.data());
    }
    state.SetItemsProcessed(state.iterations() * n * n);
}
BENCHMARK(BM_ScoreMatrix)
    ->Args({5000, 1})
    ->Args({5000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// The solver on what the score model produces (structured: some seniors need much, some
/// juniors know much), same department forbidden.
void BM_SolveScoreModelMatrix(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const std::vector<double> scores = organisation(n, n, 31).scoreMatrix(2);
    AssignmentProblem problem;
    problem.weights = scores;
    problem.rows = static_cast<std::size_t>(n);
    problem.cols = static_cast<std::size_t>(n);
    for (auto _ : state) {
        const AssignmentResult result = solveAssignment(problem);
        benchmark::DoNotOptimize(result.total);
    }
}
BENCHMARK(BM_SolveScoreModelMatrix)->Arg(1000)->Arg(2000)->Arg(5000)->Unit(benchmark::kMillisecond);

/// The whole pairing use case: scores, exact solve, explanations, reasons, alternatives.
void BM_RunPairing(benchmark::State& state) {
    const auto n = static_cast<int>(state.range(0));
    const ScoreModel model = organisation(n, n, 31);
    for (auto _ : state) {
        const PairingResult result = runPairing(model);
        benchmark::DoNotOptimize(result.total);
    }
}
BENCHMARK(BM_RunPairing)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
