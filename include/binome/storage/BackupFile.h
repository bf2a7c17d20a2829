#pragma once

#include "binome/domain/Result.h"

#include <QDate>
#include <QString>

namespace binome {

/// What a Binôme database file (a backup) holds, read without changing a byte of it.
struct BackupContents {
    int schemaVersion = 0;
    int participants = 0;
    int programs = 0;
    int binomes = 0;
    int sessions = 0;    ///< held and planned
    QDate newestSession; ///< the date of the newest session held; null when none was held
};

/// Binôme database files other than the open one (backups, copies kept aside), each opened
/// read-only through a connection of its own (SQLite's `mode=ro`): never migrated, never
/// written. SQLite-only, like Database's backup.
namespace backupfile {

/// Checks a file before it is restored: it is an SQLite database, whole (SQLite's integrity
/// check says ok), a Binôme database (the tables of its schema are there), of a schema no newer
/// than this build's. Returns what it holds, or why it cannot be restored (naming the file).
Result<BackupContents> inspect(const QString& path);

/// Whether the file holds a participant with this e-mail (any case); why not when it cannot be
/// read.
Result<bool> holdsParticipant(const QString& path, const QString& email);

/// Writes a consistent copy of the database file `source` (with what its write-ahead log holds)
/// to `target`, readable by its owner only from its first byte; `target` must not exist.
Status copy(const QString& source, const QString& target);

} // namespace backupfile

} // namespace binome
