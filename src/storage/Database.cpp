#include "binome/storage/Database.h"

#include "binome/domain/Skill.h"

#include "DatabaseFiles.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;

namespace binome {

using databasefiles::permissionWarningFor;
using databasefiles::privateFile;

namespace {

/// SQL statements of a schema file, split at the semicolons that end a line.
QStringList statementsOf(const QString& sql) {
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Status seedSkills(QSqlDatabase& db) {
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO skill (code, area, name_en, name_fr, kind, sort_order) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QList<Skill> skills = builtInSkills();
    for (const Skill& skill : skills) {
        query.addBindValue(skill.code);
        query.addBindValue(skill.area);
        query.addBindValue(sql::text(skill.nameEn));
        query.addBindValue(sql::text(skill.nameFr));
        query.addBindValue(skillKindToken(skill.kind));
        query.addBindValue(skill.sortOrder);
        if (!query.exec())
            return Error{Database::describeFailure(
                query, QCoreApplication::translate("Database", "seeding the skills catalog"))};
    }
    return {};
}

struct Migration {
    int version;
    const char16_t* resource;
    Status (*afterSchema)(QSqlDatabase&);
};

// One migration a line.
// clang-format off
const Migration migrations[] = {
    {1, u":/sql/schema-1.sql", seedSkills},
    {2, u":/sql/schema-2.sql", nullptr},
    {3, u":/sql/schema-3.sql", nullptr},
    {4, u":/sql/schema-4.sql", nullptr},
    {5, u":/sql/schema-5.sql", nullptr},
};
// clang-format on

std::atomic<int> connectionCounter{0};

} // namespace

QString Database::defaultPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"binome.sqlite"_s);
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    QSqlQuery query(connection());
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return -1;
}

namespace {

/// How many Transactions of this thread could not get the write lock and are still alive: their
/// connection is read-only meanwhile, so a write failing as "read-only" then means "in use".
thread_local int refusedTransactions = 0;

QString inUseReason() {
    return QCoreApplication::translate(
        "Database", "the database is locked: another Binôme window or another computer is "
                    "writing to it. Nothing was changed; try again in a moment");
}

bool isBusyText(const QString& text) {
    return text.contains(u"locked"_s, Qt::CaseInsensitive) ||
           text.contains(u"busy"_s, Qt::CaseInsensitive);
}

} // namespace

bool Database::failedBusy(const QSqlQuery& query) {
    const QSqlError error = query.lastError();
    // SQLITE_BUSY (5), SQLITE_LOCKED (6), and their extended codes.
    const int code = error.nativeErrorCode().toInt();
    return (code & 0xff) == 5 || (code & 0xff) == 6 || isBusyText(error.text());
}

bool Database::failedUnique(const QSqlQuery& query) {
    // SQLITE_CONSTRAINT (19) says a constraint failed, its text which one; SQLite's messages are
    // not translated.
    const QSqlError error = query.lastError();
    return error.type() != QSqlError::NoError &&
           error.text().contains(u"UNIQUE constraint failed"_s, Qt::CaseInsensitive);
}

QString Database::staleRecordMessage(const QString& what, bool deleted) {
    if (deleted)
        return QCoreApplication::translate(
                   "Database", "%1 was deleted in another window or on another computer since you "
                               "opened it; your change was not saved.")
            .arg(what);
    return QCoreApplication::translate(
               "Database", "%1 was changed in another window or on another computer since you "
                           "opened it; your change was not saved. Reopen it to see the new data.")
        .arg(what);
}

QString Database::describeFailure(const QSqlQuery& query, const QString& doing) {
    const QString text = query.lastError().text();
    QString why;
    if (failedBusy(query))
        why = inUseReason();
    else if (refusedTransactions > 0 && (text.contains(u"readonly"_s, Qt::CaseInsensitive) ||
                                         text.contains(u"read-only"_s, Qt::CaseInsensitive)))
        why = inUseReason(); // a Transaction could not get the lock: see Transaction
    else if (text.contains(u"readonly"_s, Qt::CaseInsensitive) ||
             text.contains(u"read-only"_s, Qt::CaseInsensitive))
        why = QCoreApplication::translate("Database", "the database file is read-only");
    else if (text.contains(u"not a database"_s, Qt::CaseInsensitive) ||
             text.contains(u"malformed"_s, Qt::CaseInsensitive))
        why = QCoreApplication::translate("Database",
                                          "the file is not a Binôme database, or it is damaged");
    else if (failedUnique(query))
        why = QCoreApplication::translate(
            "Database", "the same record already exists (it may have just been saved in another "
                        "window or on another computer); nothing was saved");
    else if (text.contains(u"full"_s, Qt::CaseInsensitive))
        why = QCoreApplication::translate("Database", "the disk is full");
    else
        why = text.trimmed();
    return QCoreApplication::translate("Database", "Failed while %1: %2").arg(doing, why);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path) {
    if (path.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Database", "No database file was given.")};
    const QFileInfo info(path);
    if (info.isDir())
        return Error{QCoreApplication::translate("Database", "%1 is a folder, not a database file.")
                         .arg(path)};
    bool created = false;
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error{QCoreApplication::translate("Database", "Cannot create the folder %1.")
                             .arg(info.absolutePath())};
        // Personal data: readable and writable by its owner only, from the start. SQLite gives
        // the -wal and -shm files it creates beside it the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile))
            return Error{QCoreApplication::translate("Database", "Cannot create %1: %2")
                             .arg(path, file.errorString())};
        file.setPermissions(privateFile); // whatever the umask
        file.close();
        created = true;
    } else if (!info.isReadable()) {
        return Error{
            QCoreApplication::translate("Database", "%1 cannot be read (permissions).").arg(path)};
    }

    const QString name = u"binome-%1"_s.arg(connectionCounter.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs()));
    }
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    if (!database->connection().open()) {
        const QString why = database->connection().lastError().text();
        database.reset();
        if (created)
            QFile::remove(path);
        return Error{QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, why)};
    }
    if (Status status = database->configureAndMigrate(); !status) {
        database.reset();
        if (created) {
            QFile::remove(path);
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
        }
        return Error{QCoreApplication::translate("Database", "%1: %2").arg(path, status.error())};
    }
    database->m_permissionWarning = permissionWarningFor(database->m_path);
    return database;
}

QString Database::preUpgradeBackupPath(const QString& databasePath, int version) {
    return databasePath + u".schema-%1.bak"_s.arg(version);
}

int& Database::busyTimeoutMs() {
    static int timeout = 5000;
    return timeout;
}

Status Database::configureAndMigrate() const {
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    // Read the version before anything writes: a newer or foreign file must stay untouched.
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return Error{describeFailure(
            query, QCoreApplication::translate("Database", "reading the schema version"))};
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion)
        return Error{QCoreApplication::translate(
                         "Database", "this database was written by a newer version of Binôme "
                                     "(schema %1; this version knows up to %2). Update Binôme "
                                     "to open it; the file was left untouched.")
                         .arg(version)
                         .arg(SchemaVersion)};
    if (version == 0) {
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
            return Error{describeFailure(
                query, QCoreApplication::translate("Database", "reading the schema"))};
        if (query.value(0).toInt() > 0)
            return Error{QCoreApplication::translate(
                "Database", "this is an SQLite database of another program, not a Binôme "
                            "database; it was left untouched.")};
        query.finish();
    }
    if (!query.exec(u"PRAGMA foreign_keys = ON"_s))
        return Error{describeFailure(
            query, QCoreApplication::translate("Database", "turning on foreign keys"))};
    // Deleted rows are overwritten with zeros, not left in free pages: the right to erasure must
    // not depend on how this SQLite was built.
    if (!query.exec(u"PRAGMA secure_delete = ON"_s))
        return Error{describeFailure(
            query, QCoreApplication::translate("Database", "turning on secure deletion"))};
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s))
        return Error{describeFailure(
            query, QCoreApplication::translate("Database", "turning on write-ahead logging"))};
    query.finish();

    // Before upgrading a database that holds data, keep a copy of it as it was.
    const QDateTime upgradeTime = QDateTime::currentDateTimeUtc();
    if (version > 0 && version < SchemaVersion) {
        // A copy left by an earlier attempt at the same upgrade is replaced.
        if (Status saved = backupTo(preUpgradeBackupPath(m_path, version), Overwrite::Yes,
                                    BackupKind::PreUpgrade, upgradeTime);
            !saved)
            return Error{QCoreApplication::translate(
                             "Database", "no copy could be kept before the upgrade, so the "
                                         "database was not upgraded: %1")
                             .arg(saved.error())};
    }

    for (const Migration& migration : migrations) {
        if (migration.version <= version)
            continue;
        QFile file(QString::fromUtf16(migration.resource));
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                QCoreApplication::translate("Database", "schema %1 is missing from this build")
                    .arg(migration.version)};
        const QString sql = QString::fromUtf8(file.readAll());
        const QString doing =
            QCoreApplication::translate("Database", "upgrading the database to schema %1")
                .arg(migration.version);
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return Error{describeFailure(query, doing)};
        Status status;
        const QStringList statements = statementsOf(sql);
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                status = Error{describeFailure(query, doing)};
                break;
            }
        }
        if (status && migration.afterSchema)
            status = migration.afterSchema(db);
        if (status && !query.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
            status = Error{describeFailure(query, doing)};
        if (status && !query.exec(u"COMMIT"_s))
            status = Error{describeFailure(query, doing)};
        if (!status) {
            QSqlQuery rollback(db);
            rollback.exec(u"ROLLBACK"_s);
            return status;
        }
    }
    // The copy kept before the upgrade is recorded once the table for it exists (schema 4); not
    // recording it does not undo the upgrade (the copy is found beside the database anyway).
    if (version > 0 && version < SchemaVersion)
        static_cast<void>(recordBackup(
            {preUpgradeBackupPath(m_path, version), upgradeTime, BackupKind::PreUpgrade}));
    return {};
}

namespace {
/// How deep each connection is in Transactions: an inner one joins the outer one.
QHash<QString, int>& transactionDepth() {
    thread_local QHash<QString, int> depth;
    return depth;
}

} // namespace

Transaction::Transaction(const Database& database)
    : m_db(database.connection()) {
    int& depth = transactionDepth()[m_db.connectionName()];
    if (depth > 0) {
        m_nested = true;
        m_started = true;
    } else {
        // The write lock at once: reads made in the transaction stay true until it commits.
        QSqlQuery begin(m_db);
        m_started = begin.exec(u"BEGIN IMMEDIATE"_s);
        if (!m_started && !Database::failedBusy(begin)) {
            m_refused = begin.lastError().text(); // e.g. a read-only file: writes say so too
        } else if (!m_started) {
            m_refused = inUseReason();
            // Nothing may be written outside the transaction once the other writer is done:
            // the writes the caller makes before it sees commit() fail now, not land one by one.
            QSqlQuery guard(m_db);
            guard.exec(u"PRAGMA query_only = ON"_s);
            m_readOnly = true;
            ++refusedTransactions;
        }
    }
    if (m_started)
        ++depth;
}

Transaction::~Transaction() {
    if (m_started)
        --transactionDepth()[m_db.connectionName()];
    if (m_started && !m_done && !m_nested)
        m_db.rollback();
    if (m_readOnly) {
        QSqlQuery guard(m_db);
        guard.exec(u"PRAGMA query_only = OFF"_s);
        --refusedTransactions;
    }
}

Status Transaction::commit() {
    if (m_nested) {
        m_done = true; // the outer transaction commits or rolls back the whole
        return {};
    }
    if (!m_started)
        return Error{QCoreApplication::translate("Database", "Could not save the changes: %1")
                         .arg(m_refused)};
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        const QString why = isBusyText(text) ? inUseReason() : text;
        m_db.rollback();
        m_done = true;
        return Error{
            QCoreApplication::translate("Database", "Could not save the changes: %1").arg(why)};
    }
    m_done = true;
    return {};
}

} // namespace binome
