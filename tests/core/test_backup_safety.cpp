// Backups and file permissions (issue #9, defects 1, 2 and 8): a backup never writes over the
// database or its own files, whatever links lead there; it keeps an existing file unless told
// to replace it; every copy of the personal data is private from its first byte; and opening a
// database other users can read says so.
#include "TempDatabase.h"
#include "TestConfig.h"

#include "binome/storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>
#include <string>

#ifdef Q_OS_UNIX

#include <sys/stat.h>
#include <unistd.h>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// The permission bits of the file at `path` (-1 when there is none), as `ls -l` shows them.
int modeOf(const QString& path) {
    struct stat status {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return -1;
    return static_cast<int>(status.st_mode & 0777);
}

/// The usual umask of a desktop session while a test runs: files are 0644 unless the code
/// under test asks otherwise.
class UsualUmask {
public:
    UsualUmask()
        : m_saved(::umask(022)) {}
    ~UsualUmask() { ::umask(m_saved); }
    UsualUmask(const UsualUmask&) = delete;
    UsualUmask& operator=(const UsualUmask&) = delete;

private:
    mode_t m_saved;
};

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

/// Statements that build a database of schema `version` as an older Binôme left it.
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

/// Enough pages that SQLite takes a while to copy them: the time to look at the file it writes.
const QStringList Padding{u"CREATE TABLE padding (bytes BLOB)"_s,
                          u"INSERT INTO padding VALUES (randomblob(48000000))"_s};

QString readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

int programCount(const Database& db) {
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT count(*) FROM program"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class BackupSafety : public binome::test::TempDatabase {
protected:
    void addProgram() {
        QSqlQuery query(db().connection());
        ASSERT_TRUE(query.exec(
            u"INSERT INTO program (name, start_date, end_date) VALUES ('Cohorte', '2027-01-01', '2027-06-30')"_s));
    }
};

TEST_F(BackupSafety, ThroughLinksTheDatabaseAndItsOwnFilesAreRefusedAndLeftByteIdentical) {
    addProgram();
    m_db.reset();
    const QString live = path();
    const QString link = file(u"link.sqlite"_s);
    ASSERT_TRUE(QFile::link(live, link));
    auto opened = Database::open(link);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const Database& viaLink = *opened.value();
    const QByteArray before = binome::test::sha1Of(live);

    // The real file, behind the link the database was opened through.
    Status refused = viaLink.backupTo(live, Database::Overwrite::Yes);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(live)) << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(link)) << refused.error().toStdString();
    // Its own files, existing or not yet, named directly or through other links.
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"sub"_s));
    ASSERT_TRUE(QFile::link(m_dir.path(), file(u"sub/up"_s)));
    ASSERT_TRUE(QFile::link(live, file(u"other.sqlite"_s)));
    ASSERT_EQ(::link(QFile::encodeName(live).constData(),
                     QFile::encodeName(file(u"hard.sqlite"_s)).constData()),
              0);
    for (const QString& target :
         {link, live + u"-wal"_s, live + u"-shm"_s, live + u"-journal"_s, link + u"-wal"_s,
          file(u"other.sqlite"_s), file(u"hard.sqlite"_s), file(u"sub/up/binome.sqlite"_s),
          file(u"sub/up/binome.sqlite-journal"_s), file(u"sub/../binome.sqlite-wal"_s)}) {
        for (const auto overwrite : {Database::Overwrite::No, Database::Overwrite::Yes}) {
            refused = viaLink.backupTo(target, overwrite);
            EXPECT_FALSE(refused.ok()) << target.toStdString();
            if (!refused.ok()) {
                EXPECT_TRUE(refused.error().contains(target)) << refused.error().toStdString();
            }
        }
        EXPECT_FALSE(viaLink.ownFileAt(target).isEmpty()) << target.toStdString();
    }
    EXPECT_EQ(binome::test::sha1Of(live), before);
    EXPECT_FALSE(QFile::exists(live + u"-journal"_s));
    EXPECT_FALSE(QFile::exists(live + u".partial"_s));
    EXPECT_EQ(programCount(viaLink), 1);
    // Another file of the same folder is no file of the database.
    EXPECT_TRUE(viaLink.ownFileAt(file(u"binome.sqlite.copy"_s)).isEmpty());
    EXPECT_TRUE(viaLink.backupTo(file(u"sub/up/copy.sqlite"_s), Database::Overwrite::No).ok());
}

TEST_F(BackupSafety, ABackupWhoseTemporaryFileWouldBeTheDatabaseIsRefused) {
    m_db.reset();
    // A database named like the temporary file of a backup beside it.
    const QString named = file(u"copy.sqlite.partial"_s);
    ASSERT_TRUE(QFile::rename(path(), named));
    auto opened = Database::open(named);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const QByteArray before = binome::test::sha1Of(named);
    const Status refused =
        opened.value()->backupTo(file(u"copy.sqlite"_s), Database::Overwrite::Yes);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(named)) << refused.error().toStdString();
    EXPECT_EQ(binome::test::sha1Of(named), before);
    EXPECT_FALSE(QFile::exists(file(u"copy.sqlite"_s)));
}

TEST_F(BackupSafety, AnExistingFileIsKeptUnlessReplacingItIsAsked) {
    addProgram();
    const QString target = writeFile(u"précieux.sqlite"_s, "not to be lost");
    const Status refused = db().backupTo(target, Database::Overwrite::No);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(target)) << refused.error().toStdString();
    EXPECT_EQ(readAll(target), u"not to be lost"_s);
    EXPECT_FALSE(QFile::exists(target + u".partial"_s));
    // A dangling link is a file there too.
    ASSERT_TRUE(QFile::link(file(u"nowhere"_s), file(u"dangling.sqlite"_s)));
    EXPECT_FALSE(db().backupTo(file(u"dangling.sqlite"_s), Database::Overwrite::No).ok());

    ASSERT_TRUE(db().backupTo(target, Database::Overwrite::Yes).ok());
    EXPECT_FALSE(QFile::exists(target + u".partial"_s));
    auto copy = Database::open(target);
    ASSERT_TRUE(copy.ok()) << copy.error().toStdString();
    EXPECT_EQ(programCount(*copy.value()), 1);
}

TEST_F(BackupSafety, TheBackupIsPrivateWhereAnInterruptedOneLeftAPublicPartialFile) {
    const UsualUmask umask;
    const QString copy = file(u"copies/copy.sqlite"_s);
    // What an interrupted backup left, readable by everyone.
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"copies"_s));
    writeFile(u"copies/copy.sqlite.partial"_s, QByteArray());
    ASSERT_EQ(modeOf(copy + u".partial"_s), 0644);
    ASSERT_TRUE(db().backupTo(copy, Database::Overwrite::No).ok());
    EXPECT_EQ(modeOf(copy), 0600);
    EXPECT_EQ(modeOf(copy + u".partial"_s), -1);
}

TEST_F(BackupSafety, ANewDatabaseAndTheFilesSQLiteKeepsBesideItArePrivate) {
    const UsualUmask umask;
    const QString fresh = file(u"new/fresh.sqlite"_s);
    auto opened = Database::open(fresh);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    QSqlQuery query(opened.value()->connection());
    ASSERT_TRUE(query.exec(
        u"INSERT INTO program (name, start_date, end_date) VALUES ('Cohorte', '2027-01-01', '2027-06-30')"_s));
    EXPECT_EQ(modeOf(fresh), 0600);
    EXPECT_EQ(modeOf(fresh + u"-wal"_s), 0600);
    EXPECT_EQ(modeOf(fresh + u"-shm"_s), 0600);
    EXPECT_TRUE(opened.value()->permissionWarning().isEmpty());
}

TEST_F(BackupSafety, TheCopyKeptBeforeAnUpgradeIsPrivate) {
    const UsualUmask umask;
    const QString old = file(u"v2.sqlite"_s);
    runRaw(old, schemaUpTo(2));
    ASSERT_TRUE(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto opened = Database::open(old);
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    const QString kept = Database::preUpgradeBackupPath(old, 2);
    EXPECT_EQ(modeOf(kept), 0600);
    EXPECT_EQ(modeOf(kept + u".partial"_s), -1);
}

TEST_F(BackupSafety, OpeningADatabaseOthersCanReadOrChangeWarnsNamingIt) {
    EXPECT_TRUE(db().permissionWarning().isEmpty());
    m_db.reset();
    ASSERT_EQ(::chmod(QFile::encodeName(path()).constData(), 0644), 0);
    auto opened = Database::open(path());
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    QString warning = opened.value()->permissionWarning();
    EXPECT_TRUE(warning.contains(path())) << warning.toStdString();
    EXPECT_TRUE(warning.contains(u"read by other users"_s)) << warning.toStdString();
    EXPECT_TRUE(warning.contains(u"0644"_s)) << warning.toStdString();
    opened.value().reset();

    ASSERT_EQ(::chmod(QFile::encodeName(path()).constData(), 0620), 0);
    opened = Database::open(path());
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    warning = opened.value()->permissionWarning();
    EXPECT_TRUE(warning.contains(path())) << warning.toStdString();
    EXPECT_TRUE(warning.contains(u"changed by other users"_s)) << warning.toStdString();
    opened.value().reset();

    ASSERT_EQ(::chmod(QFile::encodeName(path()).constData(), 0600), 0);
    opened = Database::open(path());
    ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
    EXPECT_TRUE(opened.value()->permissionWarning().isEmpty());
}

#ifdef BINOME_CLI_PATH

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// What a user sees while binome-cli runs: the permissions of a file it is writing, looked at
/// again and again until the program ends.
struct Watched {
    CliRun run;
    int looks = 0;           // how many times the file was there when looked at
    std::set<int> modesSeen; // the permissions it had then
};

std::string octal(const std::set<int>& modes) {
    std::string shown;
    for (const int mode : modes)
        shown += QString::number(mode, 8).toStdString() + ' ';
    return shown;
}

} // namespace

class BackupSafetyCli : public ::testing::Test {
protected:
    CliRun cli(const QString& database, const QStringList& arguments) {
        QProcess process;
        start(process, database, arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return finished(process);
    }
    /// Runs binome-cli and looks at the permissions of `watched` as often as it can meanwhile.
    Watched cliWatching(const QString& database, const QStringList& arguments,
                        const QString& watched) {
        Watched result;
        QProcess process;
        start(process, database, arguments);
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
            if (const int mode = modeOf(watched); mode >= 0) {
                ++result.looks;
                result.modesSeen.insert(mode);
            }
            process.waitForFinished(0);
        }
        EXPECT_EQ(process.state(), QProcess::NotRunning);
        result.run = finished(process);
        return result;
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString db() const { return path(u"cli.sqlite"_s); }

    QTemporaryDir m_dir;

private:
    void start(QProcess& process, const QString& database, QStringList arguments) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        process.setProcessEnvironment(env);
        arguments.prepend(database);
        arguments.prepend(u"--db"_s);
        process.start(QStringLiteral(BINOME_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForStarted(60000));
    }
    static CliRun finished(QProcess& process) {
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
};

TEST_F(BackupSafetyCli, BackupToTheRealFileOfASymlinkedDatabaseIsRefusedAndChangesNoByte) {
    ASSERT_EQ(cli(db(), {u"demo"_s}).exitCode, 0);
    const QString link = path(u"link.sqlite"_s);
    ASSERT_TRUE(QFile::link(db(), link));
    const QByteArray before = binome::test::sha1Of(db());
    for (const QStringList& arguments :
         {QStringList{u"backup"_s, db()}, QStringList{u"backup"_s, db(), u"--force"_s}}) {
        const CliRun run = cli(link, arguments);
        EXPECT_NE(run.exitCode, 0) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(db())) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(link)) << run.err.toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
        EXPECT_EQ(binome::test::sha1Of(db()), before);
    }
    const CliRun run = cli(db(), {u"programs"_s, u"list"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Pilot program"_s)) << run.out.toStdString();
}

TEST_F(BackupSafetyCli, BackupToTheDatabasesOwnFilesIsRefused) {
    ASSERT_EQ(cli(db(), {u"demo"_s}).exitCode, 0);
    const QByteArray before = binome::test::sha1Of(db());
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        for (const QStringList& force : {QStringList(), QStringList{u"--force"_s}}) {
            const CliRun run = cli(db(), QStringList{u"backup"_s, db() + suffix} + force);
            EXPECT_NE(run.exitCode, 0) << suffix.toStdString();
            EXPECT_TRUE(run.err.contains(db() + suffix)) << run.err.toStdString();
            EXPECT_FALSE(run.out.contains(u"Backup written"_s)) << run.out.toStdString();
            EXPECT_FALSE(QFile::exists(db() + suffix + u".partial"_s));
        }
    }
    EXPECT_FALSE(QFile::exists(db() + u"-journal"_s));
    EXPECT_EQ(binome::test::sha1Of(db()), before);
}

TEST_F(BackupSafetyCli, AnExistingFileIsKeptWithoutForceAndReplacedWithIt) {
    ASSERT_EQ(cli(db(), {u"demo"_s}).exitCode, 0);
    const QString target = path(u"précieux.sqlite"_s);
    {
        QFile file(target);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("last month's notes");
    }
    CliRun run = cli(db(), {u"backup"_s, target});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(target)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"--force"_s)) << run.err.toStdString();
    EXPECT_EQ(readAll(target), u"last month's notes"_s);

    run = cli(db(), {u"backup"_s, target, u"--force"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Backup written to"_s)) << run.out.toStdString();
    EXPECT_EQ(modeOf(target), 0600);
    run = cli(target, {u"programs"_s, u"list"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Pilot program"_s)) << run.out.toStdString();
}

TEST_F(BackupSafetyCli, TheBackupIsPrivateFromItsFirstByte) {
    const UsualUmask umask;
    ASSERT_EQ(cli(db(), {u"demo"_s}).exitCode, 0);
    runRaw(db(), Padding);
    const QString copy = path(u"copy.sqlite"_s);
    const Watched watched = cliWatching(db(), {u"backup"_s, copy}, copy + u".partial"_s);
    ASSERT_EQ(watched.run.exitCode, 0) << watched.run.err.toStdString();
    RecordProperty("looks", watched.looks);
    ASSERT_GT(watched.looks, 0) << "the backup was written too fast to be seen";
    EXPECT_EQ(watched.modesSeen, std::set<int>{0600}) << "seen " << octal(watched.modesSeen);
    EXPECT_EQ(modeOf(copy), 0600);
}

TEST_F(BackupSafetyCli, TheCopyKeptBeforeAnUpgradeIsPrivateFromItsFirstByte) {
    const UsualUmask umask;
    const QString old = path(u"v2.sqlite"_s);
    runRaw(old, schemaUpTo(2) + Padding);
    ASSERT_TRUE(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString kept = Database::preUpgradeBackupPath(old, 2);
    const Watched watched = cliWatching(old, {u"programs"_s, u"list"_s}, kept + u".partial"_s);
    ASSERT_EQ(watched.run.exitCode, 0) << watched.run.err.toStdString();
    RecordProperty("looks", watched.looks);
    ASSERT_GT(watched.looks, 0) << "the copy was written too fast to be seen";
    EXPECT_EQ(watched.modesSeen, std::set<int>{0600}) << "seen " << octal(watched.modesSeen);
    EXPECT_EQ(modeOf(kept), 0600);
}

TEST_F(BackupSafetyCli, ADatabaseOthersCanReadGetsOneWarningLineAndANewOneIsPrivate) {
    const UsualUmask umask;
    CliRun run = cli(db(), {u"programs"_s, u"list"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(modeOf(db()), 0600);
    EXPECT_FALSE(run.err.contains(u"warning"_s)) << run.err.toStdString();

    ASSERT_EQ(::chmod(QFile::encodeName(db()).constData(), 0644), 0);
    run = cli(db(), {u"programs"_s, u"list"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(u"binome-cli: warning: "_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(db())) << run.err.toStdString();
    EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
}

#endif // BINOME_CLI_PATH

#endif // Q_OS_UNIX
