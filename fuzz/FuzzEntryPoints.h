#pragma once
// The entry points of the fuzz targets: each feeds one input, as bytes, to a reader of files.
// libFuzzer calls them (fuzz/fuzz_*.cpp, built with clang by scripts/fuzz) and so does a normal
// GoogleTest (tests/core/test_fuzz_regressions.cpp) that replays the seed corpora and the inputs
// that once crashed. Each returns normally, whatever the input; a crash is a bug of the reader.

#include <cstddef>
#include <cstdint>

namespace binome::fuzz {

/// The CSV reader (src/exchange/Csv.cpp) on decoded text, separator detected and given.
void csv(const std::uint8_t* data, std::size_t size);
/// The participant file readers (CSV and JSON, src/exchange/ParticipantFile.cpp).
void participantFile(const std::uint8_t* data, std::size_t size);
/// The session sheet reader (src/exchange/SessionSheet.cpp).
void sessionSheet(const std::uint8_t* data, std::size_t size);
/// The strict JSON parser of the JSON imports (src/exchange/StrictJson.cpp).
void strictJson(const std::uint8_t* data, std::size_t size);
/// The raw score matrix readers, .npy and CSV (src/exchange/ScoreMatrixFile.cpp).
void scoreMatrix(const std::uint8_t* data, std::size_t size);

} // namespace binome::fuzz

/// In a libFuzzer build, defines the function libFuzzer calls to run `entry`.
#ifdef BINOME_LIBFUZZER
#define BINOME_FUZZ_TARGET(entry)                                                                  \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {            \
        binome::fuzz::entry(data, size);                                                           \
        return 0;                                                                                  \
    }
#else
#define BINOME_FUZZ_TARGET(entry)
#endif
