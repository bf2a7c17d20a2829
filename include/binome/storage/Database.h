#pragma once

#include "binome/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QSqlQuery;

namespace binome {

/// Why a backup was written; recorded with it (schema 4) so that every copy can be found again.
enum class BackupKind { Manual, Rolling, PreUpgrade, PreRestore };
/// The word stored for a kind ("manual", "rolling", "pre-upgrade", "pre-restore").
QString backupKindToken(BackupKind kind);
std::optional<BackupKind> backupKindFromToken(const QString& token);

/// A backup this program wrote: where, when, why.
struct BackupRecord {
    QString path;
    QDateTime madeAt;
    BackupKind kind = BackupKind::Manual;
};

/// One Binôme SQLite file, open and migrated to the current schema. Foreign keys on, WAL, a
/// busy timeout. Created readable by its owner only: it holds personal data (SQLite gives its
/// -wal and -shm files the same permissions).
class Database {
public:
    /// The newest schema this build knows.
    static constexpr int SchemaVersion = 5;

    /// Opens (creating it if need be) and migrates the file. A file that is not a database, a
    /// database of another program, one written by a newer Binôme or a locked one is refused
    /// with a message saying so, and left exactly as it was.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    /// The default file, under the user's data directory.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    /// Empty when the file is private; otherwise a sentence saying that other users of the
    /// computer can read or change it (it holds personal data), to show the user.
    QString permissionWarning() const { return m_permissionWarning; }

    /// Whether a backup may replace a file already at its path.
    enum class Overwrite { No, Yes };
    /// Writes a consistent copy of the whole database to `path`, readable by its owner only from
    /// its first byte (a `.partial` file beside it, renamed once complete). Refused, with nothing
    /// written, when `path` (through any link) is the database or one of its own files, and
    /// when a file is already there unless `overwrite` is Overwrite::Yes. The copy is recorded
    /// in the database as a backup of `kind` made at `madeAt` (now when invalid).
    Status backupTo(const QString& path, Overwrite overwrite = Overwrite::No,
                    BackupKind kind = BackupKind::Manual, const QDateTime& madeAt = {}) const;
    /// The backups recorded in this database, oldest first (whether still on disk or not).
    Result<QList<BackupRecord>> backupRecords() const;
    /// Records a backup (one written before this database was what it is, e.g. across a
    /// restore); nothing is recorded twice for the same path and time.
    Status recordBackup(const BackupRecord& record) const;
    /// Puts the file `replacement` in place of this database and opens it (migrating it when it
    /// is older); `replacement` is taken (renamed), it must be a complete private copy in the
    /// database's folder. Refused, with the database as it was, while another program (another
    /// Binôme window) has the database open.
    Status replaceWith(const QString& replacement) const;
    /// The file of this database's own set (the database, its -wal, -shm or -journal file) that
    /// `path` names, through symbolic or hard links; empty when it names none of them.
    QString ownFileAt(const QString& path) const;
    /// Where the copy taken before upgrading from schema `version` goes.
    static QString preUpgradeBackupPath(const QString& databasePath, int version);

    /// After an erasure: copies the write-ahead log into the file and empties it, then rebuilds
    /// the file (VACUUM) so that no free page, log frame or journal still holds erased data.
    /// Refused, with nothing lost, while another connection is reading.
    Status purgeErasedData() const;

    /// A user-readable message for a failed query, naming what was being done.
    static QString describeFailure(const QSqlQuery& query, const QString& doing);
    /// Whether a query failed because another connection holds the lock (after the busy
    /// timeout), or because of a UNIQUE constraint (a record with the same key exists).
    static bool failedBusy(const QSqlQuery& query);
    static bool failedUnique(const QSqlQuery& query);

    /// The message for an edit refused because the record (named by `what`, e.g. "Claire
    /// Martin", "The program Pilot 2027") changed, or was deleted when `deleted`, since it was
    /// read: another window or computer wrote it. See RowVersion below.
    static QString staleRecordMessage(const QString& what, bool deleted);

    /// How long a write waits for another program's lock before giving up (milliseconds);
    /// applies to databases opened afterwards.
    static int& busyTimeoutMs();

private:
    Database(QString path, QString connectionName);
    Status configureAndMigrate() const;

    QString m_path;
    QString m_connectionName;
    mutable QString m_permissionWarning; ///< set again when replaceWith() reopens
};

/// A transaction that rolls back unless committed: every multi-row write is one of these. One
/// opened while another is open on the same connection joins it: the outer one decides.
///
/// It takes the write lock at once (BEGIN IMMEDIATE): what it reads is then what it writes over,
/// whatever another Binôme (another window, another computer on a shared drive) does meanwhile;
/// that other one waits for the commit, up to busyTimeoutMs(). When the lock cannot be had in
/// that time, nothing is written: every write until this object is destroyed fails (the
/// connection is made read-only meanwhile) and commit() says that the database is in use.
///
/// Row versions (schema 5): the records the user edits (participant, program, binôme,
/// objective, session, skill, learning resource) carry a row_version that every UPDATE adds one
/// to. An edit made from what a dialog loaded sends back the version it read and is written only
/// WHERE the row is still at it; otherwise it is refused with staleRecordMessage(), never
/// written over. Writes that do not come from what a user looked at (imports, archiving,
/// erasure, status changes made by a service, a debrief's levels) add one without checking.
/// A version of 0 in a struct means "not read from the database": not checked either.
class Transaction {
public:
    explicit Transaction(const Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool started() const { return m_started; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_started = false;
    bool m_done = false;
    bool m_nested = false;
    bool m_readOnly = false; ///< the write lock could not be had: the connection is read-only
    QString m_refused;       ///< why
};

} // namespace binome
