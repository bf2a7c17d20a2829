#pragma once

#include "binome/domain/Progress.h"

#include <QString>

#include <optional>

namespace binome {

/// How large a file an import reads. Beyond either cap the file is refused with a message that
/// names its size or its number of rows and the cap; its size is checked before it is read, its
/// rows are counted as it is read. docs/participant-files.md and docs/session-files.md give the
/// figures, docs/benchmarks.md the measurements they come from.
struct ImportLimits {
    qint64 maxRows = 0;  ///< rows of data (participants, sessions), the header aside
    qint64 maxBytes = 0; ///< the file's size
};

/// A participant file: far beyond any HR extract; 256 MB holds our own JSON export of 100,000
/// people with 20 skills each (it is 87 MB with 6). Its import stays under 30 s and 500 MB.
inline constexpr ImportLimits ParticipantFileLimits{100'000, qint64(256) * 1024 * 1024};
/// A session sheet: 200,000 sessions are 20 for each of 10,000 binômes; 128 MB leaves 600
/// characters a row (a row is about 220 bytes with a short note).
inline constexpr ImportLimits SessionSheetLimits{200'000, qint64(128) * 1024 * 1024};

/// The environment variables that replace the caps for every kind of file, when set to a whole
/// number above 0: for tests, or for the exceptional file that needs more. Read here only.
inline constexpr char ImportMaxRowsVariable[] = "BINOME_IMPORT_MAX_ROWS";
inline constexpr char ImportMaxBytesVariable[] = "BINOME_IMPORT_MAX_BYTES";

/// The caps in force: the constants above, unless the environment replaces them.
ImportLimits participantFileLimits();
ImportLimits sessionSheetLimits();

/// What a file reader is given besides the file.
struct FileReadOptions {
    std::optional<ImportLimits> limits; ///< none: the caps in force for that kind of file
    /// Bytes of the file read, of its size, every thousand rows or so. When it returns false the
    /// reader stops where it is and returns what it has read so far: the caller, which knows it
    /// cancelled, must not use it.
    ProgressCallback progress;
};

/// The kinds of rows a file holds, for the messages.
enum class ImportRowKind { Participants, Sessions };

/// "the file is 80.5 MB, more than the 64 MB an import reads: ..." (translated), or nothing when
/// `size` is within the cap.
std::optional<QString> fileSizeProblem(qint64 size, const ImportLimits& limits, ImportRowKind kind);
/// The same for a file on disk, before it is opened (nothing when it cannot be told).
std::optional<QString> fileSizeProblem(const QString& path, const ImportLimits& limits,
                                       ImportRowKind kind);
/// "the file has 123,456 participants, more than the 100,000 an import reads: ..." (translated).
QString tooManyRowsMessage(qint64 rows, const ImportLimits& limits, ImportRowKind kind);

} // namespace binome
