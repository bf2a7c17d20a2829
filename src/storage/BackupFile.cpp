// Reading other Binôme database files (backups) without changing them: the checks before a
// restore, the search for a person, a consistent copy.
#include "binome/storage/BackupFile.h"

#include "binome/domain/Participant.h"
#include "binome/storage/Database.h"

#include "DatabaseFiles.h"
#include "FileSync.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>
#include <iterator>
#include <optional>

using namespace Qt::StringLiterals;

namespace binome::backupfile {

namespace {

std::atomic<int> connectionCounter{0};

/// The tables each schema adds: a Binôme database of schema N has those of 1 to N.
const QStringList tablesOfSchema[] = {
    {u"skill"_s, u"participant"_s, u"participant_skill"_s, u"program"_s},
    {u"program_participant"_s, u"pairing_settings"_s, u"pairing_exclusion"_s, u"pairing_run"_s,
     u"binome"_s},
    {u"objective"_s, u"learning_resource"_s, u"mentoring_session"_s, u"session_skill"_s,
     u"debrief"_s, u"debrief_review"_s, u"level_history"_s},
    {u"backup_record"_s},
    {}, // schema 5 adds a column (row_version), no table
};
static_assert(std::size(tablesOfSchema) == Database::SchemaVersion,
              "list the tables of the new schema here");

/// A read-only connection of its own to a database file, closed and removed when destroyed.
class ReadOnlyConnection {
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(u"binome-readonly-%1"_s.arg(connectionCounter.fetch_add(1))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        // mode=ro: SQLite itself refuses every write, whatever a query would do.
        QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        uri.setQuery(u"mode=ro"_s);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(
            u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(
                Database::busyTimeoutMs()));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~ReadOnlyConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    bool isOpen() const { return m_error.isNull(); }
    QString error() const { return m_error; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_error;
};

quint32 bigEndian(const QByteArray& bytes, int offset, int size) {
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(bytes.at(offset + i));
    return value;
}

/// Why the file at `path` cannot be a whole SQLite database, judged from its header alone;
/// empty when it may be one.
QString headerProblem(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return QCoreApplication::translate("BackupFile", "%1 does not exist.").arg(path);
    if (info.isDir())
        return QCoreApplication::translate("BackupFile", "%1 is a folder, not a database file.")
            .arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("BackupFile", "%1 cannot be read: %2")
            .arg(path, file.errorString());
    if (file.size() == 0)
        return QCoreApplication::translate("BackupFile", "%1 is empty: it holds no Binôme data.")
            .arg(path);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QCoreApplication::translate(
                   "BackupFile",
                   "%1 is not a Binôme database: it is not an SQLite database at all.")
            .arg(path);
    // The size the header announces, when it is trustworthy (its change counter matches).
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28, 4);
    if (pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4)) {
        const qint64 expected = qint64(pageSize) * pages;
        if (file.size() < expected)
            return QCoreApplication::translate(
                       "BackupFile",
                       "%1 is incomplete (cut short): it holds %2 bytes of the %3 it should.")
                .arg(path)
                .arg(file.size())
                .arg(expected);
    }
    return {};
}

/// Why SQLite could not read the file: the reason in its words.
QString damaged(const QString& path, const QString& why) {
    return QCoreApplication::translate("BackupFile",
                                       "%1 is damaged (SQLite's integrity check: %2).")
        .arg(path, why.trimmed());
}

std::optional<int> countOf(const QSqlDatabase& db, const QString& table) {
    QSqlQuery query(db);
    // A table name from our own list above, never from the file.
    if (!query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

} // namespace

Result<BackupContents> inspect(const QString& path) {
    if (const QString problem = headerProblem(path); !problem.isEmpty())
        return Error{problem};
    const ReadOnlyConnection file(path);
    if (!file.isOpen())
        return Error{QCoreApplication::translate("BackupFile", "%1 cannot be opened: %2")
                         .arg(path, file.error())};
    const QSqlDatabase db = file.connection();
    BackupContents contents;
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return Error{damaged(path, query.lastError().text())};
        contents.schemaVersion = query.value(0).toInt();
    }
    if (contents.schemaVersion > Database::SchemaVersion)
        return Error{QCoreApplication::translate(
                         "BackupFile",
                         "%1 was written by a newer version of Binôme (schema %2; this version "
                         "knows up to %3): update Binôme to restore it.")
                         .arg(path)
                         .arg(contents.schemaVersion)
                         .arg(Database::SchemaVersion)};
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA integrity_check(5)"_s))
            return Error{damaged(path, query.lastError().text())};
        QStringList problems;
        while (query.next())
            problems << query.value(0).toString();
        if (query.lastError().isValid())
            return Error{damaged(path, query.lastError().text())};
        if (problems != QStringList{u"ok"_s})
            return Error{damaged(path, problems.join(u"; "_s))};
    }
    QSet<QString> tables;
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
            return Error{damaged(path, query.lastError().text())};
        while (query.next())
            tables.insert(query.value(0).toString());
    }
    if (contents.schemaVersion <= 0) {
        if (tables.isEmpty())
            return Error{QCoreApplication::translate(
                             "BackupFile", "%1 is an empty database: it holds no Binôme data.")
                             .arg(path)};
        return Error{
            QCoreApplication::translate(
                "BackupFile", "%1 is an SQLite database of another program, not a Binôme database.")
                .arg(path)};
    }
    for (int version = 1; version <= contents.schemaVersion; ++version)
        for (const QString& table : tablesOfSchema[version - 1])
            if (!tables.contains(table))
                return Error{QCoreApplication::translate(
                                 "BackupFile",
                                 "%1 is not a whole Binôme database: its table \"%2\" is missing.")
                                 .arg(path, table)};

    const auto participants = countOf(db, u"participant"_s);
    const auto programs = countOf(db, u"program"_s);
    if (!participants || !programs)
        return Error{damaged(path, db.lastError().text())};
    contents.participants = *participants;
    contents.programs = *programs;
    if (contents.schemaVersion >= 2)
        contents.binomes = countOf(db, u"binome"_s).value_or(0);
    if (contents.schemaVersion >= 3) {
        contents.sessions = countOf(db, u"mentoring_session"_s).value_or(0);
        QSqlQuery query(db);
        if (query.exec(u"SELECT max(session_date) FROM mentoring_session WHERE held = 1"_s) &&
            query.next() && !query.value(0).isNull())
            contents.newestSession = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    }
    return contents;
}

Result<bool> holdsParticipant(const QString& path, const QString& email) {
    if (const QString problem = headerProblem(path); !problem.isEmpty())
        return Error{problem};
    const ReadOnlyConnection file(path);
    if (!file.isOpen())
        return Error{QCoreApplication::translate("BackupFile", "%1 cannot be opened: %2")
                         .arg(path, file.error())};
    QSqlQuery query(file.connection());
    query.prepare(u"SELECT count(*) FROM participant WHERE email_key = ?"_s);
    query.addBindValue(emailKey(email));
    if (!query.exec() || !query.next())
        return Error{QCoreApplication::translate("BackupFile", "%1 cannot be searched: %2")
                         .arg(path, query.lastError().text().trimmed())};
    return query.value(0).toInt() > 0;
}

Status copy(const QString& source, const QString& target) {
    if (const QString problem = headerProblem(source); !problem.isEmpty())
        return Error{problem};
    // Personal data: private from the first byte. SQLite writes into the empty file made here.
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, databasefiles::privateFile))
            return Error{QCoreApplication::translate("BackupFile", "Cannot create %1: %2")
                             .arg(target, file.errorString())};
        file.setPermissions(databasefiles::privateFile); // whatever the umask
    }
    Status status;
    {
        const ReadOnlyConnection file(source);
        if (!file.isOpen()) {
            status = Error{QCoreApplication::translate("BackupFile", "%1 cannot be opened: %2")
                               .arg(source, file.error())};
        } else {
            QSqlQuery query(file.connection());
            query.prepare(u"VACUUM INTO ?"_s);
            query.addBindValue(target);
            if (!query.exec())
                status = Error{Database::describeFailure(
                    query, QCoreApplication::translate("BackupFile", "copying %1 to %2")
                               .arg(source, target))};
        }
    }
    if (status && !databasefiles::syncToDisk(target))
        status = Error{QCoreApplication::translate("BackupFile", "Cannot write %1.").arg(target)};
    if (!status)
        QFile::remove(target);
    return status;
}

} // namespace binome::backupfile
