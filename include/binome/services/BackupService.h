#pragma once

#include "binome/domain/Result.h"
#include "binome/storage/BackupFile.h"
#include "binome/storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace binome {

/// A backup of the database found on disk: where, when, why.
struct BackupEntry {
    QString path;
    QDateTime madeAt;
    BackupKind kind = BackupKind::Manual;
};

/// A backup that could not be looked into, and why.
struct UncheckedBackup {
    BackupEntry backup;
    QString reason;
};

/// The backups that still hold a person (right to erasure: they must be dealt with too).
struct BackupsHolding {
    QList<BackupEntry> holding;       ///< hold a participant with that e-mail
    QList<UncheckedBackup> unchecked; ///< could not be checked, with the reason
};

/// The kind of a backup in words, in the interface's language ("daily", "by hand"…).
QString backupKindName(BackupKind kind);

/// What a restore did.
struct RestoreOutcome {
    BackupContents restored; ///< what the database holds now: what the backup held
    QString keptAside;       ///< where the database as it was before went
};

/// The backups of one database: the rolling copies made when it is opened, the list of every
/// copy still on disk, the checks before a restore and the restore itself. The GUI and the CLI
/// both go through it.
class BackupService {
public:
    explicit BackupService(const Database& database)
        : m_database(database) {}

    /// How many rolling copies are kept when none is said: a week of days of use.
    static constexpr int DefaultRollingCount = 7;
    static constexpr int MaximumRollingCount = 365;
    /// The user's setting (QSettings `backup/rollingCount`, DefaultRollingCount when unset);
    /// 0 turns the rolling copies off.
    static int rollingCountSetting();
    static void setRollingCountSetting(int count);

    /// The folder beside the database where the rolling copies go: `<file>.backups`.
    static QString rollingFolder(const QString& databasePath);
    /// Where the database goes aside before a restore at `now`:
    /// `<file>.before-restore-<yyyyMMdd-HHmmss>.sqlite`.
    static QString asidePath(const QString& databasePath, const QDateTime& now);

    /// When the database is opened: unless a rolling copy was already made on `now`'s day,
    /// writes one (`<file>.backups/<name>-<yyyyMMdd-HHmmss>.sqlite`, its folder and it readable
    /// by the user only), then removes the oldest ones beyond `keep`. `keep` 0 writes and
    /// removes nothing. Returns the copy written, empty when none was due.
    Result<QString> rollOnOpen(const QDateTime& now, int keep) const;

    /// Every backup of this database still on disk, newest first: those recorded in it, the
    /// rolling copies, and the copies kept beside it before upgrades and restores.
    QList<BackupEntry> backups() const;

    /// The backups that hold a participant with this e-mail; those that cannot be read are
    /// listed apart, with the reason.
    BackupsHolding backupsHolding(const QString& email) const;

    /// Checks a file before restoring it (see backupfile::inspect); changes nothing. The
    /// message of a refusal names the file and says that nothing was changed.
    static Result<BackupContents> check(const QString& file);

    /// Restores `file` in place of the database: checks it first (a refused file changes
    /// nothing), keeps the database as it is aside (recorded as a pre-restore backup), then
    /// replaces it in one step and opens it, migrating an older backup. The record of backups
    /// is carried over. Refused while another program has the database open.
    Result<RestoreOutcome> restore(const QString& file, const QDateTime& now) const;

private:
    const Database& m_database;
};

} // namespace binome
