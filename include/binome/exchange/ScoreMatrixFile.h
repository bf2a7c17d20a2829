#pragma once

// Raw score matrices from files, standard C++ only (used by `binome-cli assign` and the
// engine's tests): NumPy .npy files as numpy.save writes them, and CSV files of numbers.

#include "binome/matching/Expected.h"

#include <cstddef>
#include <filesystem>
#include <vector>

namespace binome::exchange {

struct ScoreMatrix {
    std::vector<double> values; ///< rows x cols, row-major
    std::size_t rows = 0;
    std::size_t cols = 0;
};

/// A .npy file: format versions 1.0, 2.0 and 3.0; dtype '<f8' or '<f4' (little-endian float64
/// or float32), C order, two dimensions. Fortran order, other dtypes, other shapes and
/// truncated data are refused with a message naming the file. The shape in the header is
/// checked against the file's size before anything is allocated.
matching::Expected<ScoreMatrix> readNpyMatrix(const std::filesystem::path& path);

/// A text file of numbers, one matrix row per line, separated by commas, semicolons (then a
/// decimal comma is accepted) or blanks. "-inf" forbids a pair; empty lines and lines starting
/// with '#' are skipped. Errors name file:line:column.
///
/// In both formats NaN and +inf are refused with a message naming the row and column (counted
/// from 0): they are not scores, and -inf is the one way to forbid a pair.
matching::Expected<ScoreMatrix> readCsvMatrix(const std::filesystem::path& path);

/// By content: the .npy magic string, else CSV.
matching::Expected<ScoreMatrix> readScoreMatrix(const std::filesystem::path& path);

} // namespace binome::exchange
