#include "binome/matching/Pairing.h"

#include "binome/matching/Assignment.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace binome::matching {

namespace {

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Classifies one possible partner of an unmatched person.
void count(UnmatchedPerson& person, const ScoreModel& model, int junior, int senior, double score,
           double minScore) {
    if (!model.coversGap(junior, senior) && std::isinf(score))
        return; // not a coverer (when gap coverage is not required, every pair is one)
    ++person.coverers;
    if (!std::isinf(score)) {
        if (score >= minScore && score > 0)
            ++person.candidates;
        else
            ++person.belowMinimum;
        return;
    }
    if (model.obstacle(junior, senior) == Obstacle::NoSharedLanguage)
        ++person.noSharedLanguage;
    else
        ++person.excluded;
}

UnmatchedReason reasonFromCounts(const UnmatchedPerson& person) {
    if (person.coverers == 0)
        return UnmatchedReason::NobodyCoversGaps;
    if (person.candidates > 0)
        return UnmatchedReason::CandidatesTaken;
    if (person.belowMinimum > 0)
        return UnmatchedReason::BelowMinimumScore;
    if (person.excluded == 0)
        return UnmatchedReason::NoSharedLanguage;
    return UnmatchedReason::HardRules;
}

} // namespace

std::string unmatchedReasonName(UnmatchedReason reason) {
    switch (reason) {
    case UnmatchedReason::NobodyOnOtherSide:
        return "nobody-on-other-side";
    case UnmatchedReason::NoCapacity:
        return "no-capacity";
    case UnmatchedReason::NoGapToWorkOn:
        return "no-gap-to-work-on";
    case UnmatchedReason::NobodyCoversGaps:
        return "nobody-covers-gaps";
    case UnmatchedReason::NoSharedLanguage:
        return "no-shared-language";
    case UnmatchedReason::HardRules:
        return "hard-rules";
    case UnmatchedReason::BelowMinimumScore:
        return "below-minimum-score";
    case UnmatchedReason::CandidatesTaken:
        return "candidates-taken";
    }
    return "unknown";
}

PairingResult runPairing(const ScoreModel& model, const PairingOptions& options) {
    PairingResult result;
    const int juniors = model.juniorCount();
    const int seniors = model.seniorCount();
    const auto stride = static_cast<std::size_t>(seniors);
    const auto& input = model.input();

    AssignmentProblem problem;
    std::vector<int> capacity;
    for (const JuniorProfile& junior : input.juniors)
        capacity.push_back(junior.capacity);
    for (const auto& [juniorId, seniorId] : options.locked) {
        const int j = model.juniorIndex(juniorId);
        const int s = model.seniorIndex(seniorId);
        if (j < 0 || s < 0) {
            result.error = "locked pair (" + std::to_string(juniorId) + ", " +
                           std::to_string(seniorId) + ") names an unknown participant";
            return result;
        }
        problem.locked.emplace_back(j, s);
    }

    auto start = std::chrono::steady_clock::now();
    const std::vector<double> scores = model.scoreMatrix(options.threads);
    result.scoreSeconds = secondsSince(start);

    start = std::chrono::steady_clock::now();
    problem.weights = scores;
    problem.rows = static_cast<std::size_t>(juniors);
    problem.cols = stride;
    problem.rowCapacity = capacity;
    problem.minWeight = options.minScore;
    AssignmentOptions solverOptions;
    solverOptions.threads = options.threads;
    const AssignmentResult solved = solveAssignment(problem, solverOptions);
    result.solveSeconds = secondsSince(start);
    if (!solved.ok()) {
        result.error = solved.error;
        return result;
    }

    std::vector<int> used(static_cast<std::size_t>(juniors), 0);
    std::vector<int> mentorOf(stride, -1);
    for (const auto& [j, s] : solved.pairs) {
        Proposal proposal;
        proposal.junior = j;
        proposal.senior = s;
        proposal.juniorId = input.juniors[static_cast<std::size_t>(j)].personId;
        proposal.seniorId = input.seniors[static_cast<std::size_t>(s)].personId;
        proposal.score = scores[static_cast<std::size_t>(j) * stride + static_cast<std::size_t>(s)];
        proposal.locked = std::find(problem.locked.begin(), problem.locked.end(),
                                    std::pair(j, s)) != problem.locked.end();
        proposal.explanation = model.explain(j, s);
        result.proposals.push_back(std::move(proposal));
        ++used[static_cast<std::size_t>(j)];
        mentorOf[static_cast<std::size_t>(s)] = j;
    }
    std::sort(result.proposals.begin(), result.proposals.end(),
              [](const Proposal& a, const Proposal& b) { return a.senior < b.senior; });
    result.total = solved.total;

    // Reasons for the people left alone.
    for (int j : solved.unmatchedRows) {
        UnmatchedPerson person;
        person.index = j;
        person.personId = input.juniors[static_cast<std::size_t>(j)].personId;
        if (seniors == 0) {
            person.reason = UnmatchedReason::NobodyOnOtherSide;
        } else if (input.juniors[static_cast<std::size_t>(j)].capacity == 0) {
            person.reason = UnmatchedReason::NoCapacity;
        } else {
            for (int s = 0; s < seniors; ++s)
                count(person, model, j, s,
                      scores[static_cast<std::size_t>(j) * stride + static_cast<std::size_t>(s)],
                      options.minScore);
            person.reason = reasonFromCounts(person);
        }
        result.unmatchedJuniors.push_back(person);
    }
    for (int s : solved.unmatchedCols) {
        UnmatchedPerson person;
        person.index = s;
        person.personId = input.seniors[static_cast<std::size_t>(s)].personId;
        if (juniors == 0) {
            person.reason = UnmatchedReason::NobodyOnOtherSide;
        } else if (!(model.gapWeight(s) > 0)) {
            person.reason = UnmatchedReason::NoGapToWorkOn;
        } else {
            for (int j = 0; j < juniors; ++j)
                if (input.juniors[static_cast<std::size_t>(j)].capacity > 0)
                    count(
                        person, model, j, s,
                        scores[static_cast<std::size_t>(j) * stride + static_cast<std::size_t>(s)],
                        options.minScore);
            person.reason = reasonFromCounts(person);
        }
        result.unmatchedSeniors.push_back(person);
    }

    // Each senior's next best mentors: one pass over the matrix, row by row.
    const auto keep = static_cast<std::size_t>(std::max(0, options.alternativeCount));
    result.alternatives.assign(stride, {});
    for (int j = 0; j < juniors && keep > 0; ++j) {
        const JuniorProfile& junior = input.juniors[static_cast<std::size_t>(j)];
        if (junior.capacity == 0)
            continue;
        const double* row = scores.data() + static_cast<std::size_t>(j) * stride;
        for (std::size_t s = 0; s < stride; ++s) {
            const double score = row[s];
            if (!(score >= options.minScore && score > 0) || std::isinf(score) || mentorOf[s] == j)
                continue;
            auto& list = result.alternatives[s];
            if (list.size() == keep && !(score > list.back().score))
                continue; // ties keep the lower junior index
            Alternative alternative{j, junior.personId, score,
                                    used[static_cast<std::size_t>(j)] < junior.capacity};
            auto at = std::find_if(list.begin(), list.end(),
                                   [&](const Alternative& other) { return score > other.score; });
            list.insert(at, alternative);
            if (list.size() > keep)
                list.pop_back();
        }
    }
    return result;
}

} // namespace binome::matching
