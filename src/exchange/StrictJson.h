#pragma once

// Strict JSON parsing for the participant files (private to src/exchange): never throws, refuses
// an object that gives the same key twice and a number too large for a double, and says where
// the first problem is.
#include <QString>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace binome::strictjson {

/// The first problem of a document, where it is.
struct JsonProblem {
    std::size_t offset = 0; ///< byte offset in the text
    QString path;           ///< "participants[3].skills.genai", empty at the top
    QString message;        ///< translated
};

/// The line (from 1) of byte `offset` in `text`.
int lineOfOffset(const std::string& text, std::size_t offset);

/// Builds `document` from `text` as json::parse does, but never throws (json::parse throws
/// out_of_range for a number such as 1e400) and refuses an object that gives the same key twice
/// (json::parse keeps the last one silently). Returns the first problem, or nothing.
std::optional<JsonProblem> parseStrictJson(const std::string& text, nlohmann::json& document);

} // namespace binome::strictjson
