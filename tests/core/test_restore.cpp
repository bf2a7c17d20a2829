// Restoring a backup (issue #9, "Restore"): the file is checked before anything is replaced
// (a whole SQLite file, a Binôme database, not of a newer version), the database as it was is
// kept aside, then replaced in one step and reopened (an older backup migrated). A refused file
// changes no byte of the database. Through the service and through `binome-cli restore`.
#include "TempDatabase.h"
#include "TestConfig.h"

#include "binome/services/BackupService.h"
#include "binome/services/DemoService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/storage/BackupFile.h"
#include "binome/storage/Database.h"
#include "binome/storage/ParticipantRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

const QDate demoDay(2027, 1, 10);
const QDateTime restoreTime(QDate(2027, 2, 1), QTime(14, 5, 9));

int modeOf(const QString& path) {
#ifdef Q_OS_UNIX
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return static_cast<int>(status.st_mode & 0777);
#else
    return QFileInfo::exists(path) ? 0600 : -1;
#endif
}

/// The bytes of the database and of its log: what a refused restore must leave as they were.
QByteArray fingerprint(const QString& path) {
    return binome::test::sha1Of(path) + binome::test::sha1Of(path + u"-wal"_s);
}

int countOf(const Database& db, const QString& table) {
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString pragma(const Database& db, const QString& name) {
    QSqlQuery query(db.connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next())
        return {};
    return query.value(0).toString();
}

/// Runs SQL on a file through a separate raw connection, as another program would.
void runRaw(const QString& path, const QStringList& statements) {
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        for (const QString& statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QStringList schemaUpTo(int version) {
    QStringList statements;
    for (int v = 1; v <= version; ++v) {
        QFile schema(u":/sql/schema-%1.sql"_s.arg(v));
        EXPECT_TRUE(schema.open(QIODevice::ReadOnly));
        for (const QString& statement : QString::fromUtf8(schema.readAll()).split(u";\n"_s)) {
            QString sql;
            for (const QString& line : statement.split(u'\n'))
                if (!line.trimmed().startsWith(u"--"))
                    sql += line + u'\n';
            if (!sql.trimmed().isEmpty())
                statements << sql;
        }
    }
    statements << u"PRAGMA user_version = %1"_s.arg(version);
    return statements;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray randomBytes(int size) {
    QByteArray bytes(size, '\0');
    QRandomGenerator generator(20270110);
    for (char& byte : bytes)
        byte = static_cast<char>(generator.bounded(256));
    return bytes;
}

} // namespace

class Restore : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        const auto installed = DemoService(db()).install(demoDay);
        ASSERT_TRUE(installed.ok()) << installed.error().toStdString();
    }

    /// A backup of the demo organisation as it is now.
    QString goodBackup() {
        const QString copy = file(u"saved/monday.sqlite"_s);
        EXPECT_TRUE(db().backupTo(copy).ok());
        return copy;
    }

    qint64 addPerson(const QString& email) {
        Participant p;
        p.role = Role::Junior;
        p.firstName = u"Zoé"_s;
        p.lastName = u"Nouvelle"_s;
        p.email = email;
        p.languages = {u"fr"_s};
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? *id : 0;
    }

    /// Restores `file` and checks that it was refused with `expected` in the message, and
    /// that nothing changed.
    void expectRefused(const QString& backup, const QString& expected) {
        SCOPED_TRACE(backup.toStdString());
        const QByteArray before = fingerprint(path());
        const int participants = countOf(db(), u"participant"_s);
        const auto checked = BackupService::check(backup);
        ASSERT_FALSE(checked.ok());
        const auto restored = BackupService(db()).restore(backup, restoreTime);
        ASSERT_FALSE(restored.ok());
        EXPECT_TRUE(restored.error().contains(expected)) << restored.error().toStdString();
        EXPECT_TRUE(restored.error().contains(backup)) << restored.error().toStdString();
        EXPECT_TRUE(restored.error().contains(u"Nothing was restored"_s))
            << restored.error().toStdString();
        EXPECT_EQ(fingerprint(path()), before);
        EXPECT_EQ(countOf(db(), u"participant"_s), participants);
        EXPECT_FALSE(QFileInfo::exists(BackupService::asidePath(path(), restoreTime)));
        EXPECT_FALSE(QFileInfo::exists(path() + u".restoring"_s));
    }
};

TEST_F(Restore, AGoodBackupShowsWhatItHoldsAndBringsTheDataBack) {
    const QString backup = goodBackup();
    const int participants = countOf(db(), u"participant"_s);
    const int programs = countOf(db(), u"program"_s);
    const int binomes = countOf(db(), u"binome"_s);
    const int sessions = countOf(db(), u"mentoring_session"_s);
    ASSERT_GT(sessions, 0);
    QSqlQuery newest(db().connection());
    ASSERT_TRUE(newest.exec(u"SELECT max(session_date) FROM mentoring_session WHERE held = 1"_s));
    ASSERT_TRUE(newest.next());
    const QDate newestSession = QDate::fromString(newest.value(0).toString(), Qt::ISODate);
    newest.finish();

    const auto checked = BackupService::check(backup);
    ASSERT_TRUE(checked.ok()) << checked.error().toStdString();
    EXPECT_EQ(checked->schemaVersion, Database::SchemaVersion);
    EXPECT_EQ(checked->participants, participants);
    EXPECT_EQ(checked->programs, programs);
    EXPECT_EQ(checked->binomes, binomes);
    EXPECT_EQ(checked->sessions, sessions);
    EXPECT_EQ(checked->newestSession, newestSession);
    EXPECT_LE(checked->newestSession, demoDay);

    // Since the backup: a new person, one program fewer.
    addPerson(u"zoe.nouvelle@example.org"_s);
    const auto all = ProgramService(db()).list();
    ASSERT_TRUE(all.ok() && !all->isEmpty());
    ASSERT_TRUE(ProgramService(db()).remove(all->first().id).ok());
    ASSERT_EQ(countOf(db(), u"program"_s), programs - 1);

    const auto restored = BackupService(db()).restore(backup, restoreTime);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(restored->restored.participants, participants);
    EXPECT_EQ(countOf(db(), u"participant"_s), participants);
    EXPECT_EQ(countOf(db(), u"program"_s), programs);
    EXPECT_EQ(countOf(db(), u"binome"_s), binomes);
    EXPECT_EQ(countOf(db(), u"mentoring_session"_s), sessions);
    auto zoe = ParticipantRepository(db()).findByEmail(u"zoe.nouvelle@example.org"_s);
    ASSERT_TRUE(zoe.ok());
    EXPECT_FALSE(zoe->has_value());

    // The database as it was is kept aside, private, and holds what the restore replaced.
    const QString aside = path() + u".before-restore-20270201-140509.sqlite"_s;
    EXPECT_EQ(restored->keptAside, aside);
    EXPECT_EQ(modeOf(aside), 0600);
    const auto asideContents = backupfile::inspect(aside);
    ASSERT_TRUE(asideContents.ok()) << asideContents.error().toStdString();
    EXPECT_EQ(asideContents->participants, participants + 1);
    EXPECT_EQ(asideContents->programs, programs - 1);
    EXPECT_EQ(modeOf(path()), 0600);
    EXPECT_FALSE(QFileInfo::exists(path() + u".restoring"_s));

    // The restored database is the live one: configured, writable, and it remembers every
    // backup (the one restored and the copy kept aside).
    EXPECT_EQ(db().schemaVersion(), Database::SchemaVersion);
    EXPECT_EQ(pragma(db(), u"journal_mode"_s), u"wal"_s);
    EXPECT_EQ(pragma(db(), u"foreign_keys"_s), u"1"_s);
    EXPECT_NE(addPerson(u"after@example.org"_s), 0);
    const auto records = db().backupRecords();
    ASSERT_TRUE(records.ok()) << records.error().toStdString();
    QStringList recorded;
    for (const BackupRecord& record : *records)
        recorded << record.path + u' ' + backupKindToken(record.kind);
    EXPECT_TRUE(recorded.contains(backup + u" manual"_s)) << recorded.join(u", "_s).toStdString();
    EXPECT_TRUE(recorded.contains(aside + u" pre-restore"_s))
        << recorded.join(u", "_s).toStdString();
    const BackupsHolding holding =
        BackupService(db()).backupsHolding(u"zoe.nouvelle@example.org"_s);
    ASSERT_EQ(holding.holding.size(), 1);
    EXPECT_EQ(holding.holding.first().path, aside);
    EXPECT_EQ(holding.holding.first().kind, BackupKind::PreRestore);

    // Reopened from scratch, it is the restored one too.
    m_db.reset();
    auto reopened = Database::open(path());
    ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
    EXPECT_EQ(countOf(*reopened.value(), u"participant"_s), participants + 1);
    EXPECT_EQ(countOf(*reopened.value(), u"program"_s), programs);
}

TEST_F(Restore, RandomBytesAreRefused) {
    expectRefused(writeFile(u"random.sqlite"_s, randomBytes(8192)), u"not an SQLite database"_s);
}

TEST_F(Restore, ATruncatedBackupIsRefused) {
    const QString backup = goodBackup();
    const QByteArray bytes = readAll(backup);
    ASSERT_GT(bytes.size(), 8192);
    writeAll(backup, bytes.left(bytes.size() / 2));
    expectRefused(backup, u"incomplete"_s);
}

TEST_F(Restore, ABackupDamagedInsideIsRefused) {
    const QString backup = goodBackup();
    QByteArray bytes = readAll(backup);
    const int pageSize = 4096;
    ASSERT_GT(bytes.size(), 6 * pageSize);
    // Pages 3 to 5 (b-tree pages of the catalog and the people) overwritten, size unchanged.
    bytes.replace(2 * pageSize, 3 * pageSize, randomBytes(3 * pageSize));
    writeAll(backup, bytes);
    expectRefused(backup, u"damaged"_s);
}

TEST_F(Restore, AnotherProgramsDatabaseIsRefused) {
    const QString crm = file(u"crm.sqlite"_s);
    runRaw(crm, {u"CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)"_s,
                 u"INSERT INTO customer (name) VALUES ('ACME')"_s});
    expectRefused(crm, u"another program"_s);
    // One that claims to be Binôme's but lacks its tables.
    const QString fake = file(u"fake.sqlite"_s);
    runRaw(fake,
           {u"CREATE TABLE participant (id INTEGER PRIMARY KEY)"_s, u"PRAGMA user_version = 3"_s});
    expectRefused(fake, u"is missing"_s);
}

TEST_F(Restore, ABackupOfANewerVersionIsRefused) {
    const QString backup = goodBackup();
    runRaw(backup, {u"PRAGMA user_version = %1"_s.arg(Database::SchemaVersion + 1)});
    expectRefused(backup, u"newer version of Binôme"_s);
}

TEST_F(Restore, AnEmptyOrMissingFileOrTheDatabaseItselfIsRefused) {
    expectRefused(writeFile(u"empty.sqlite"_s, QByteArray()), u"empty"_s);
    expectRefused(file(u"nowhere.sqlite"_s), u"does not exist"_s);
    const QByteArray before = fingerprint(path());
    for (const QString& own : {path(), path() + u"-wal"_s}) {
        const auto restored = BackupService(db()).restore(own, restoreTime);
        ASSERT_FALSE(restored.ok());
        EXPECT_TRUE(restored.error().contains(u"the database itself"_s))
            << restored.error().toStdString();
    }
    EXPECT_EQ(fingerprint(path()), before);
}

TEST_F(Restore, AnOlderBackupIsUpgradedOnceRestored) {
    const QString old = file(u"v3.sqlite"_s);
    QStringList statements = schemaUpTo(3);
    statements.insert(
        statements.size() - 1,
        u"INSERT INTO participant (role, first_name, last_name, email, email_key) VALUES ('senior', 'Gérard', 'Colin', 'g@example.org', 'g@example.org')"_s);
    runRaw(old, statements);
    const QByteArray oldBytes = readAll(old);

    const auto checked = BackupService::check(old);
    ASSERT_TRUE(checked.ok()) << checked.error().toStdString();
    EXPECT_EQ(checked->schemaVersion, 3);
    EXPECT_EQ(checked->participants, 1);
    const auto restored = BackupService(db()).restore(old, restoreTime);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(db().schemaVersion(), Database::SchemaVersion);
    EXPECT_EQ(countOf(db(), u"participant"_s), 1);
    EXPECT_EQ(countOf(db(), u"backup_record"_s) > 0, true);
    // The backup itself was only read.
    EXPECT_EQ(readAll(old), oldBytes);
    // The restored copy was upgraded like any older database: its copy kept before.
    EXPECT_TRUE(QFileInfo::exists(Database::preUpgradeBackupPath(path(), 3)));
}

TEST_F(Restore, RefusedWhileAnotherProgramHasTheDatabaseOpen) {
    const QString backup = goodBackup();
    addPerson(u"zoe.nouvelle@example.org"_s);
    const int participants = countOf(db(), u"participant"_s);
    const int savedTimeout = Database::busyTimeoutMs();
    Database::busyTimeoutMs() = 200;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-window"_s);
        other.setDatabaseName(path());
        ASSERT_TRUE(other.open());
        QSqlQuery query(other);
        ASSERT_TRUE(query.exec(u"SELECT count(*) FROM participant"_s) && query.next());
        query.finish();

        const auto restored = BackupService(db()).restore(backup, restoreTime);
        ASSERT_FALSE(restored.ok());
        EXPECT_TRUE(restored.error().contains(u"another program"_s))
            << restored.error().toStdString();
        EXPECT_TRUE(restored.error().contains(u"Nothing was replaced"_s))
            << restored.error().toStdString();
        // The database is open and as it was, for both.
        EXPECT_EQ(countOf(db(), u"participant"_s), participants);
        EXPECT_EQ(pragma(db(), u"journal_mode"_s), u"wal"_s);
        ASSERT_TRUE(query.exec(u"SELECT count(*) FROM participant"_s) && query.next());
        EXPECT_EQ(query.value(0).toInt(), participants);
    }
    QSqlDatabase::removeDatabase(u"other-window"_s);
    Database::busyTimeoutMs() = savedTimeout;
    EXPECT_FALSE(QFileInfo::exists(path() + u".restoring"_s));
    // Once the other program is closed, it goes through.
    const auto restored = BackupService(db()).restore(backup, restoreTime.addSecs(60));
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_EQ(countOf(db(), u"participant"_s), participants - 1);
}

#ifdef Q_OS_UNIX
TEST_F(Restore, ADatabaseOpenedThroughALinkHasItsRealFileReplaced) {
    const QString backup = goodBackup();
    const int participants = countOf(db(), u"participant"_s);
    m_db.reset();
    const QString link = file(u"link.sqlite"_s);
    ASSERT_TRUE(QFile::link(path(), link));
    auto opened = Database::open(link);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    m_db = std::move(opened).value();
    addPerson(u"zoe.nouvelle@example.org"_s);

    const auto restored = BackupService(db()).restore(backup, restoreTime);
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(countOf(db(), u"participant"_s), participants);
    m_db.reset();
    auto real = Database::open(path());
    ASSERT_TRUE(real.ok()) << real.error().toStdString();
    EXPECT_EQ(countOf(*real.value(), u"participant"_s), participants);
}
#endif

#ifdef BINOME_CLI_PATH

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class RestoreCli : public ::testing::Test {
protected:
    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BINOME_CLI_PATH), QStringList{u"--db"_s, db()} + arguments);
        EXPECT_TRUE(process.waitForStarted(60000));
        process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db() const { return path(u"cli.sqlite"_s); }

    /// The demo organisation, a backup of it, then a program added since.
    QString demoThenBackupThenChange() {
        EXPECT_EQ(cli({u"demo"_s}).exitCode, 0);
        const QString backup = path(u"saved.sqlite"_s);
        EXPECT_EQ(cli({u"backup"_s, backup}).exitCode, 0);
        const CliRun added = cli({u"programs"_s, u"add"_s, u"Added since"_s, u"--start"_s,
                                  u"2027-03-01"_s, u"--end"_s, u"2027-09-30"_s});
        EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
        return backup;
    }

    QTemporaryDir m_dir;
};

TEST_F(RestoreCli, WithYesTheBackupIsRestoredAndTheDatabaseKeptAside) {
    const QString backup = demoThenBackupThenChange();
    const CliRun run = cli({u"restore"_s, backup, u"--yes"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"participants:"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"last session held:"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"Restored "_s + backup)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(db() + u".before-restore-"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();

    const CliRun programs = cli({u"programs"_s, u"list"_s});
    ASSERT_EQ(programs.exitCode, 0) << programs.err.toStdString();
    EXPECT_FALSE(programs.out.contains(u"Added since"_s)) << programs.out.toStdString();
    EXPECT_TRUE(programs.out.contains(u"Pilot program"_s)) << programs.out.toStdString();
    // The copy kept aside is listed with the backups, and has the program added since.
    const CliRun listed = cli({u"backup"_s, u"--list"_s});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(u"before a restore"_s)) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(backup)) << listed.out.toStdString();
}

TEST_F(RestoreCli, ItAsksAndANoChangesNothing) {
    const QString backup = demoThenBackupThenChange();
    const QByteArray before = fingerprint(db());
    for (const QByteArray& answer : {QByteArray("n\n"), QByteArray(), QByteArray("maybe\n")}) {
        const CliRun run = cli({u"restore"_s, backup}, answer);
        EXPECT_EQ(run.exitCode, 1) << answer.constData();
        EXPECT_TRUE(run.out.contains(u"[y/N]"_s)) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(u"nothing was restored"_s)) << run.err.toStdString();
        EXPECT_EQ(fingerprint(db()), before);
    }
    EXPECT_TRUE(
        QDir(m_dir.path()).entryList({u"cli.sqlite.before-restore-*"_s}, QDir::Files).isEmpty());
    const CliRun run = cli({u"restore"_s, backup}, "y\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(cli({u"programs"_s, u"list"_s}).out.contains(u"Added since"_s));
}

TEST_F(RestoreCli, ABadFileIsRefusedOnOneLineAndTheDatabaseIsUntouched) {
    ASSERT_EQ(cli({u"demo"_s}).exitCode, 0);
    const QString random = path(u"random.sqlite"_s);
    writeAll(random, randomBytes(4096));
    const QString newer = path(u"newer.sqlite"_s);
    ASSERT_EQ(cli({u"backup"_s, newer}).exitCode, 0); // recorded in the database
    runRaw(newer, {u"PRAGMA user_version = 99"_s});
    const QByteArray before = fingerprint(db());
    for (const QString& bad : {random, newer, path(u"missing.sqlite"_s)}) {
        const CliRun run = cli({u"restore"_s, bad, u"--yes"_s});
        EXPECT_EQ(run.exitCode, 1) << bad.toStdString();
        EXPECT_TRUE(run.err.startsWith(u"binome-cli: "_s + bad)) << run.err.toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_EQ(fingerprint(db()), before);
    }
    EXPECT_EQ(cli({u"restore"_s}).exitCode, 2);
}

TEST_F(RestoreCli, DailyBackupsOnDemandAndTheBackupsThatHoldAPerson) {
    ASSERT_EQ(cli({u"demo"_s}).exitCode, 0);
    CliRun run = cli({u"backup"_s, u"--rolling"_s, u"--keep"_s, u"2"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(db() + u".backups/cli-"_s)) << run.out.toStdString();
    EXPECT_EQ(QDir(db() + u".backups"_s).entryList(QDir::Files).size(), 1);
    run = cli({u"backup"_s, u"--rolling"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"already"_s)) << run.out.toStdString();
    EXPECT_EQ(QDir(db() + u".backups"_s).entryList(QDir::Files).size(), 1);

    run = cli({u"backup"_s, u"--list"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"daily"_s)) << run.out.toStdString();
    const QList<Participant> people = DemoService::demoParticipants(demoDay);
    ASSERT_FALSE(people.isEmpty());
    run = cli({u"backup"_s, u"--list"_s, u"--holding"_s, people.first().email});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"still hold"_s)) << run.out.toStdString();
    run = cli({u"backup"_s, u"--list"_s, u"--holding"_s, u"nobody@example.org"_s});
    EXPECT_TRUE(run.out.contains(u"No backup holds"_s)) << run.out.toStdString();
    EXPECT_EQ(cli({u"backup"_s, u"--rolling"_s, u"--keep"_s, u"-1"_s}).exitCode, 2);
}

#endif // BINOME_CLI_PATH
