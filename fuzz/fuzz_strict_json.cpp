// Fuzz target: the strict JSON parser of the JSON imports on any bytes.
#include "FuzzEntryPoints.h"

#include "StrictJson.h"

#include <string>

namespace binome::fuzz {

void strictJson(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    nlohmann::json document;
    if (const auto problem = strictjson::parseStrictJson(text, document))
        (void)strictjson::lineOfOffset(text, problem->offset);
    else
        (void)document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace binome::fuzz

BINOME_FUZZ_TARGET(strictJson)
