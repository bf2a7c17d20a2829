// binome-cli assign: solve a raw score matrix with the exact pairing solver.
#include "CliSupport.h"

#include "binome/exchange/ScoreMatrixFile.h"
#include "binome/matching/Assignment.h"

#include <QCoreApplication>
#include <QFile>

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>

using namespace Qt::StringLiterals;

namespace binome::cli {

int runAssign(Context& context) {
    QCommandLineParser parser;
    parser.addPositionalArgument(
        u"SCORES"_s,
        QCoreApplication::translate("cli", "A .npy (float64 or float32, C order) or CSV matrix: "
                                           "rows are juniors, columns seniors; -inf forbids "
                                           "a pair (nan and +inf are refused)."));
    const QCommandLineOption capacityOption(
        u"capacity"_s,
        QCoreApplication::translate("cli", "How many seniors each junior may take (default 1)."),
        u"K"_s, u"1"_s);
    const QCommandLineOption minScoreOption(
        u"min-score"_s,
        QCoreApplication::translate("cli", "Never make a pair scoring below T (default 0; pairs "
                                           "scoring 0 or less are never made)."),
        u"T"_s, u"0"_s);
    const QCommandLineOption jsonOption(
        u"json"_s,
        QCoreApplication::translate("cli", "Print one JSON object: total, pairs, unmatched_rows, "
                                           "unmatched_cols, solve_seconds."));
    parser.addOption(capacityOption);
    parser.addOption(minScoreOption);
    parser.addOption(jsonOption);
    int exitCode = ExitOk;
    if (!parseArguments(parser, context,
                        QCoreApplication::translate(
                            "cli", "binome-cli assign SCORES [--capacity K] [--min-score T] "
                                   "[--json]\n\nPairs rows with columns so that the total score "
                                   "is as high as possible (exact solver)."),
                        exitCode))
        return exitCode;
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == u"assign")
        positional.removeFirst();
    if (positional.size() != 1) {
        context.err << QCoreApplication::translate("cli",
                                                   "binome-cli: assign needs one SCORES file\n");
        return ExitUsage;
    }
    bool ok = false;
    const int capacity = parser.value(capacityOption).toInt(&ok);
    if (!ok || capacity < 0) {
        context.err << QCoreApplication::translate(
                           "cli", "binome-cli: --capacity needs a whole number >= 0, not '%1'\n")
                           .arg(parser.value(capacityOption));
        return ExitUsage;
    }
    const double minScore = parser.value(minScoreOption).toDouble(&ok);
    if (!ok || !std::isfinite(minScore)) {
        context.err << QCoreApplication::translate(
                           "cli", "binome-cli: --min-score needs a number, not '%1'\n")
                           .arg(parser.value(minScoreOption));
        return ExitUsage;
    }

    const std::filesystem::path path(QFile::encodeName(positional.first()).toStdString());
    const auto matrix = exchange::readScoreMatrix(path);
    if (!matrix) {
        context.err << u"binome-cli: "_s << QString::fromStdString(matrix.error()) << u'\n';
        return ExitFailure;
    }

    matching::AssignmentProblem problem;
    problem.weights = matrix->values;
    problem.rows = matrix->rows;
    problem.cols = matrix->cols;
    problem.capacity = capacity;
    problem.minWeight = minScore;
    const auto start = std::chrono::steady_clock::now();
    const matching::AssignmentResult result = matching::solveAssignment(problem);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!result.ok()) {
        context.err << u"binome-cli: "_s << QString::fromStdString(result.error) << u'\n';
        return ExitFailure;
    }
    // Scores near the largest double add up to infinity: say so rather than print null or inf.
    if (!std::isfinite(result.total)) {
        context.err << QCoreApplication::translate(
                           "cli", "binome-cli: %1: the total score of the pairs overflows (it is "
                                  "not a finite number): scale the scores down\n")
                           .arg(positional.first());
        return ExitFailure;
    }

    if (parser.isSet(jsonOption)) {
        nlohmann::json pairs = nlohmann::json::array();
        for (const auto& [row, col] : result.pairs)
            pairs.push_back({row, col});
        const nlohmann::ordered_json object = {{"total", result.total},
                                               {"pairs", std::move(pairs)},
                                               {"unmatched_rows", result.unmatchedRows},
                                               {"unmatched_cols", result.unmatchedCols},
                                               {"solve_seconds", seconds}};
        context.out << QString::fromStdString(object.dump()) << u'\n';
        return ExitOk;
    }
    for (const auto& [row, col] : result.pairs)
        context.out << QCoreApplication::translate("cli", "row %1 - column %2: %3\n")
                           .arg(row)
                           .arg(col)
                           .arg(matrix->values[static_cast<std::size_t>(row) * matrix->cols +
                                               static_cast<std::size_t>(col)],
                                0, 'g', 12);
    context.out << QCoreApplication::translate(
                       "cli", "total %1 (pairs: %2; unmatched rows: %3, unmatched columns: %4; "
                              "solved in %5 s)\n")
                       .arg(result.total, 0, 'g', 15)
                       .arg(result.pairs.size())
                       .arg(result.unmatchedRows.size())
                       .arg(result.unmatchedCols.size())
                       .arg(seconds, 0, 'f', 3);
    return ExitOk;
}

} // namespace binome::cli
