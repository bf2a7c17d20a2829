#pragma once

#include "binome/domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

namespace binome {

/// One Binôme SQLite file, open and migrated to the current schema. Foreign keys on, WAL, a
/// busy timeout. Created readable by its owner only: it holds personal data (SQLite gives its
/// -wal and -shm files the same permissions).
class Database {
public:
    /// The newest schema this build knows.
    static constexpr int SchemaVersion = 3;

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
    /// when a file is already there unless `overwrite` is Overwrite::Yes.
    Status backupTo(const QString& path, Overwrite overwrite = Overwrite::No) const;
    /// The file of this database's own set (the database, its -wal, -shm or -journal file) that
    /// `path` names, through symbolic or hard links; empty when it names none of them.
    QString ownFileAt(const QString& path) const;
    /// Where the copy taken before upgrading from schema `version` goes.
    static QString preUpgradeBackupPath(const QString& databasePath, int version);

    /// A user-readable message for a failed query, naming what was being done.
    static QString describeFailure(const QSqlQuery& query, const QString& doing);

    /// How long a write waits for another program's lock before giving up (milliseconds);
    /// applies to databases opened afterwards.
    static int& busyTimeoutMs();

private:
    Database(QString path, QString connectionName);
    Status configureAndMigrate();

    QString m_path;
    QString m_connectionName;
    QString m_permissionWarning;
};

/// A transaction that rolls back unless committed: every multi-row write is one of these. One
/// opened while another is open on the same connection joins it: the outer one decides.
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
};

} // namespace binome
