#include "binome/exchange/ScoreMatrixFile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace binome::exchange {

using matching::Expected;

namespace {

constexpr std::string_view NpyMagic = "\x93NUMPY";

Expected<ScoreMatrix> fail(const std::filesystem::path& path, const std::string& message) {
    return Expected<ScoreMatrix>::failure(path.string() + ": " + message);
}

// Value of `key` in the header dict, as the raw text up to the next top-level ',' or '}'.
std::optional<std::string_view> headerValue(std::string_view header, std::string_view key) {
    for (const char quote : {'\'', '"'}) {
        const std::string quoted = std::string(1, quote) + std::string(key) + quote;
        std::size_t at = header.find(quoted);
        if (at == std::string_view::npos)
            continue;
        at = header.find(':', at + quoted.size());
        if (at == std::string_view::npos)
            return std::nullopt;
        ++at;
        while (at < header.size() && header[at] == ' ')
            ++at;
        int depth = 0;
        std::size_t end = at;
        for (; end < header.size(); ++end) {
            const char c = header[end];
            if (c == '(' || c == '[')
                ++depth;
            else if (c == ')' || c == ']')
                --depth;
            else if ((c == ',' || c == '}') && depth == 0)
                break;
        }
        std::string_view value = header.substr(at, end - at);
        while (!value.empty() && value.back() == ' ')
            value.remove_suffix(1);
        return value;
    }
    return std::nullopt;
}

std::optional<std::vector<std::size_t>> parseShape(std::string_view text) {
    if (text.size() < 2 || text.front() != '(' || text.back() != ')')
        return std::nullopt;
    text = text.substr(1, text.size() - 2);
    std::vector<std::size_t> shape;
    while (!text.empty()) {
        while (!text.empty() && (text.front() == ' ' || text.front() == ','))
            text.remove_prefix(1);
        if (text.empty())
            break;
        std::size_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc())
            return std::nullopt;
        shape.push_back(value);
        text.remove_prefix(static_cast<std::size_t>(end - text.data()));
        while (!text.empty() && text.front() == ' ')
            text.remove_prefix(1);
        if (!text.empty() && text.front() != ',')
            return std::nullopt;
    }
    return shape;
}

std::string quotedString(std::string_view value) {
    if (value.size() >= 2 && (value.front() == '\'' || value.front() == '"') &&
        value.back() == value.front())
        return std::string(value.substr(1, value.size() - 2));
    return std::string(value);
}

// One cell of a CSV line: a double, with "+", "nan", "inf", "-inf" accepted.
std::optional<double> parseNumber(std::string_view cell, bool decimalComma) {
    std::string buffer;
    if (decimalComma && cell.find(',') != std::string_view::npos) {
        buffer = std::string(cell);
        std::replace(buffer.begin(), buffer.end(), ',', '.');
        cell = buffer;
    }
    if (!cell.empty() && cell.front() == '+')
        cell.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (error != std::errc() || end != cell.data() + cell.size() || cell.empty())
        return std::nullopt;
    return value;
}

// NaN and +inf are refused, not taken as "forbidden": a NaN is a bug upstream, and +inf would
// outweigh every other pair. -inf is the one way to forbid a pair.
std::optional<std::string> notAScore(double value) {
    if (std::isnan(value))
        return "nan is not a score (write -inf to forbid a pair)";
    if (value == std::numeric_limits<double>::infinity())
        return "+inf is not a score (write -inf to forbid a pair)";
    return std::nullopt;
}

} // namespace

Expected<ScoreMatrix> readNpyMatrix(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return fail(path, "cannot open the file");
    char prefix[8] = {};
    file.read(prefix, sizeof prefix);
    if (file.gcount() != sizeof prefix || std::string_view(prefix, 6) != NpyMagic)
        return fail(path, "not a NumPy .npy file (no \\x93NUMPY magic string)");
    const auto major = static_cast<unsigned char>(prefix[6]);
    std::size_t headerLength = 0;
    if (major == 1) {
        unsigned char bytes[2] = {};
        file.read(reinterpret_cast<char*>(bytes), 2);
        headerLength = bytes[0] | (static_cast<std::size_t>(bytes[1]) << 8);
    } else if (major == 2 || major == 3) {
        unsigned char bytes[4] = {};
        file.read(reinterpret_cast<char*>(bytes), 4);
        headerLength = bytes[0] | (static_cast<std::size_t>(bytes[1]) << 8) |
                       (static_cast<std::size_t>(bytes[2]) << 16) |
                       (static_cast<std::size_t>(bytes[3]) << 24);
    } else {
        return fail(path, ".npy format version " + std::to_string(major) + "." +
                              std::to_string(static_cast<unsigned char>(prefix[7])) +
                              " is not supported (1.0, 2.0 and 3.0 are)");
    }
    if (!file || headerLength > (1U << 24))
        return fail(path, "the .npy header is truncated or too long");
    std::string header(headerLength, '\0');
    file.read(header.data(), static_cast<std::streamsize>(headerLength));
    if (static_cast<std::size_t>(file.gcount()) != headerLength)
        return fail(path, "the .npy header is truncated");

    const auto descr = headerValue(header, "descr");
    const auto fortran = headerValue(header, "fortran_order");
    const auto shapeText = headerValue(header, "shape");
    if (!descr || !fortran || !shapeText)
        return fail(path, "the .npy header lacks descr, fortran_order or shape");
    const std::string dtype = quotedString(*descr);
    std::size_t itemSize = 0;
    if (dtype == "<f8")
        itemSize = 8;
    else if (dtype == "<f4")
        itemSize = 4;
    else
        return fail(path, "dtype " + dtype +
                              " is not supported: save the matrix as float64 ('<f8') or "
                              "float32 ('<f4')");
    if (*fortran == "True")
        return fail(path, "the matrix is in Fortran order: save it in C order "
                          "(numpy.ascontiguousarray)");
    if (*fortran != "False")
        return fail(path, "fortran_order is neither True nor False");
    const auto shape = parseShape(*shapeText);
    if (!shape)
        return fail(path, "cannot read the shape " + std::string(*shapeText));
    if (shape->size() != 2)
        return fail(path, "the array has " + std::to_string(shape->size()) +
                              " dimensions, a score matrix has 2 (rows, columns)");
    ScoreMatrix matrix;
    matrix.rows = (*shape)[0];
    matrix.cols = (*shape)[1];
    // The header is only a claim: the file must hold exactly rows x cols values, checked
    // against its size before anything is allocated (a 128-byte file may claim 10^10 values).
    if (matrix.cols != 0 &&
        matrix.rows > std::numeric_limits<std::size_t>::max() / itemSize / matrix.cols)
        return fail(path, "the shape " + std::to_string(matrix.rows) + " x " +
                              std::to_string(matrix.cols) + " is too large");
    const std::size_t count = matrix.rows * matrix.cols;
    const std::size_t dataStart = sizeof prefix + (major == 1 ? 2 : 4) + headerLength;
    std::error_code sizeError;
    const std::uintmax_t fileSize = std::filesystem::file_size(path, sizeError);
    if (sizeError)
        return fail(path, "cannot read the size of the file");
    const std::size_t available =
        fileSize > dataStart ? static_cast<std::size_t>(fileSize - dataStart) : 0;
    if (available / itemSize < count)
        return fail(path, "the data is truncated: " + std::to_string(available / itemSize) +
                              " of " + std::to_string(count) + " values (" +
                              std::to_string(matrix.rows) + " x " + std::to_string(matrix.cols) +
                              ")");
    if (available > count * itemSize)
        return fail(path, "unexpected bytes after the " + std::to_string(matrix.rows) + " x " +
                              std::to_string(matrix.cols) + " values");

    matrix.values.resize(count);
    std::size_t got = 0;
    if (itemSize == 8) {
        file.read(reinterpret_cast<char*>(matrix.values.data()),
                  static_cast<std::streamsize>(count * 8));
        got = static_cast<std::size_t>(file.gcount()) / 8;
    } else {
        std::vector<float> buffer(std::min<std::size_t>(count, 1 << 16));
        while (got < count) {
            const std::size_t chunk = std::min(buffer.size(), count - got);
            file.read(reinterpret_cast<char*>(buffer.data()),
                      static_cast<std::streamsize>(chunk * 4));
            const auto read = static_cast<std::size_t>(file.gcount()) / 4;
            std::copy(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(read),
                      matrix.values.begin() + static_cast<std::ptrdiff_t>(got));
            got += read;
            if (read < chunk)
                break;
        }
    }
    if (got < count)
        return fail(path, "the data is truncated: " + std::to_string(got) + " of " +
                              std::to_string(count) + " values (" + std::to_string(matrix.rows) +
                              " x " + std::to_string(matrix.cols) + ")");
    if (file.peek() != std::char_traits<char>::eof())
        return fail(path, "unexpected bytes after the " + std::to_string(matrix.rows) + " x " +
                              std::to_string(matrix.cols) + " values");
    for (std::size_t i = 0; i < count; ++i) {
        if (const std::optional<std::string> problem = notAScore(matrix.values[i]))
            return fail(path, "row " + std::to_string(i / matrix.cols) + ", column " +
                                  std::to_string(i % matrix.cols) + ": " + *problem);
    }
    return matrix;
}

Expected<ScoreMatrix> readCsvMatrix(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return fail(path, "cannot open the file");
    ScoreMatrix matrix;
    std::string line;
    std::size_t lineNumber = 0;
    std::size_t firstRowLine = 0;
    while (std::getline(file, line)) {
        ++lineNumber;
        std::string_view text = line;
        if (lineNumber == 1 && text.substr(0, 3) == "\xEF\xBB\xBF")
            text.remove_prefix(3);
        else if (lineNumber == 1 &&
                 (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF"))
            return fail(path, "the file is UTF-16 text (it starts with a UTF-16 byte order mark): "
                              "save it as UTF-8 or plain text and try again");
        if (!text.empty() && text.back() == '\r')
            text.remove_suffix(1);
        const std::size_t offset = static_cast<std::size_t>(text.data() - line.data());
        const auto firstNonBlank = text.find_first_not_of(" \t");
        if (firstNonBlank == std::string_view::npos || text[firstNonBlank] == '#')
            continue;
        const char separator = text.find(';') != std::string_view::npos   ? ';'
                               : text.find(',') != std::string_view::npos ? ','
                                                                          : ' ';
        std::size_t count = 0;
        std::size_t at = 0;
        while (true) {
            std::size_t start = at, end = at;
            if (separator == ' ') {
                start = text.find_first_not_of(" \t", at);
                if (start == std::string_view::npos)
                    break;
                end = text.find_first_of(" \t", start);
                if (end == std::string_view::npos)
                    end = text.size();
            } else {
                end = text.find(separator, at);
                if (end == std::string_view::npos)
                    end = text.size();
                while (start < end && (text[start] == ' ' || text[start] == '\t'))
                    ++start;
            }
            std::size_t stop = end;
            while (stop > start && (text[stop - 1] == ' ' || text[stop - 1] == '\t'))
                --stop;
            const std::string_view cell = text.substr(start, stop - start);
            const std::string where = path.string() + ":" + std::to_string(lineNumber) + ":" +
                                      std::to_string(offset + start + 1) + ": ";
            if (cell.empty())
                return Expected<ScoreMatrix>::failure(where + "empty cell");
            const auto value = parseNumber(cell, separator == ';');
            if (!value)
                return Expected<ScoreMatrix>::failure(where + "'" + std::string(cell) +
                                                      "' is not a number");
            if (const std::optional<std::string> problem = notAScore(*value))
                return Expected<ScoreMatrix>::failure(where + "row " + std::to_string(matrix.rows) +
                                                      ", column " + std::to_string(count) + ": " +
                                                      *problem);
            matrix.values.push_back(*value);
            ++count;
            if (separator == ' ') {
                at = end;
            } else {
                if (end == text.size())
                    break;
                at = end + 1;
            }
        }
        if (matrix.rows == 0) {
            matrix.cols = count;
            firstRowLine = lineNumber;
        } else if (count != matrix.cols) {
            return Expected<ScoreMatrix>::failure(
                path.string() + ":" + std::to_string(lineNumber) + ": " + std::to_string(count) +
                " values, expected " + std::to_string(matrix.cols) + " as on line " +
                std::to_string(firstRowLine));
        }
        ++matrix.rows;
    }
    if (file.bad())
        return fail(path, "read error");
    return matrix;
}

Expected<ScoreMatrix> readScoreMatrix(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return fail(path, "cannot open the file");
    char prefix[6] = {};
    file.read(prefix, sizeof prefix);
    if (file.gcount() == sizeof prefix && std::string_view(prefix, 6) == NpyMagic)
        return readNpyMatrix(path);
    return readCsvMatrix(path);
}

} // namespace binome::exchange
