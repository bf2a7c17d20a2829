#pragma once

// Flushing a written file to the disk (private to src/storage).
#include <QString>

namespace binome::databasefiles {

/// Flushes the file at `path` to the disk, so that a crash after it is renamed into place cannot
/// leave an empty file in place of a good one. False when it could not be flushed.
bool syncToDisk(const QString& path);

} // namespace binome::databasefiles
