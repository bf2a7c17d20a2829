#pragma once

// Private to src/exchange: reads a large JSON document of records (participants) one record at a
// time, as strictly as StrictJson.h does, without ever holding the whole document.
#include "StrictJson.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string_view>

namespace binome::strictjson {

/// How a document read by streamJsonRecords turned out.
struct JsonRecordStreamResult {
    std::optional<JsonProblem> problem; ///< the first problem: then the records are not to be used
    int problemLine = 0;                ///< the line (from 1) of the problem
    bool stopped = false;               ///< the callback asked to stop
    bool found = false;                 ///< the list of records was found
    bool keyNotAList = false;           ///< the top-level object has the key, not holding a list
    std::size_t records = 0;            ///< how many records the list holds
};

/// Called with each record (the callback may move it away), the line where it starts and its
/// offset in the text; returns false to stop reading.
using JsonRecordCallback =
    std::function<bool(nlohmann::json& record, int line, std::size_t offset)>;

/// Reads `text`, a JSON document whose records are the elements of the top-level array, or of
/// the array under `key` in the top-level object. Each record is built alone, handed to
/// `callback` and dropped. The problems are those of parseStrictJson, with the same messages
/// and places: a syntax error, a key given twice in an object, a number too large. A record is
/// handed over before the rest of the document is read: when a problem comes, the caller
/// discards what it made of the records.
JsonRecordStreamResult streamJsonRecords(std::string_view text, std::string_view key,
                                         const JsonRecordCallback& callback);

} // namespace binome::strictjson
