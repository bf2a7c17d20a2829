// Fuzz target: the raw score matrix readers (.npy and CSV) on any bytes. They read files, so
// each input is written to one temporary file of the process first.
#include "FuzzEntryPoints.h"

#include "binome/exchange/ScoreMatrixFile.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace binome::fuzz {

namespace {

/// A file of this process's own, removed at exit.
const std::filesystem::path& inputPath() {
    static const std::filesystem::path path = [] {
        std::string name = (std::filesystem::temp_directory_path() / "binome-fuzz-XXXXXX").string();
        const int fd = ::mkstemp(name.data());
        if (fd < 0) {
            std::perror("mkstemp");
            std::abort();
        }
        ::close(fd);
        return std::filesystem::path(name);
    }();
    static const int removed = std::atexit([] {
        std::error_code ignored;
        std::filesystem::remove(inputPath(), ignored);
    });
    (void)removed;
    return path;
}

} // namespace

void scoreMatrix(const std::uint8_t* data, std::size_t size) {
    const std::filesystem::path& path = inputPath();
    {
        std::ofstream file(path, std::ios::binary | std::ios::trunc);
        file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    (void)exchange::readScoreMatrix(path);
    (void)exchange::readNpyMatrix(path);
    (void)exchange::readCsvMatrix(path);
}

} // namespace binome::fuzz

BINOME_FUZZ_TARGET(scoreMatrix)
