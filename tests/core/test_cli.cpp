// binome-cli run as a user runs it: a real process, a real database file, real files.
#include "TempDatabase.h"
#include "TestConfig.h"

#include "binome/storage/ParticipantRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#ifdef BINOME_CLI_PATH

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliTest : public ::testing::Test {
protected:
    CliRun cli(QStringList arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        process.setProcessEnvironment(env);
        arguments.prepend(db());
        arguments.prepend(u"--db"_s);
        process.start(QStringLiteral(BINOME_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString db() const { return m_dir.filePath(u"cli.sqlite"_s); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    static QString sample(const char* name) {
        return QDir(QStringLiteral(BINOME_SHARED_SAMPLES_DIR)).filePath(QString::fromLatin1(name));
    }
    int participantCount() {
        auto opened = Database::open(db());
        EXPECT_TRUE(opened.ok());
        return ParticipantRepository(*opened.value()).count().value();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, ImportTheSampleThenDryRunTheJson) {
    CliRun run = cli({u"import"_s, u"participants"_s, sample("participants-sample.csv")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"6 new"_s)) << run.out.toStdString();
    run = cli({u"import"_s, u"participants"_s, sample("participants-sample.json"), u"--dry-run"_s});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(u"Dry run"_s));
    EXPECT_EQ(participantCount(), 6);
}

TEST_F(CliTest, BadFileIsRefusedWithFileLineAndFieldAndNothingIsWritten) {
    QFile file(path(u"wrong.csv"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("rôle;prénom;nom;courriel;année de naissance\n"
               "junior;Léa;Petit;lea.petit@example.org;2001\n"
               "senior;Jean;Bon;jean.bon@example;1802\n");
    file.close();
    const CliRun run = cli({u"import"_s, u"participants"_s, file.fileName()});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(file.fileName() + u":3: E-mail:"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(file.fileName() + u":3: Birth year:"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"nothing was imported"_s));
    EXPECT_EQ(participantCount(), 0);
}

TEST_F(CliTest, ExportThenReimportChangesNothing) {
    ASSERT_EQ(cli({u"demo"_s}).exitCode, 0);
    for (const QString& name : {u"out.csv"_s, u"out.json"_s}) {
        CliRun run = cli({u"export"_s, u"participants"_s, path(name)});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        run = cli({u"import"_s, u"participants"_s, path(name), u"--dry-run"_s});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(u"0 new, 0 updated, 86 unchanged"_s)) << run.out.toStdString();
    }
}

TEST_F(CliTest, ProgramsAddAndListAsJson) {
    CliRun run = cli({u"programs"_s, u"add"_s, u"Cohorte 2027"_s, u"--start"_s, u"2027-01-11"_s,
                      u"--end"_s, u"2027-07-02"_s, u"--cadence"_s, u"21"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    run = cli({u"programs"_s, u"add"_s, u"Backwards"_s, u"--start"_s, u"2027-01-11"_s, u"--end"_s,
               u"2026-07-02"_s});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(u"End: is before the start date"_s)) << run.err.toStdString();
    run = cli({u"programs"_s, u"list"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0);
    const QJsonArray programs =
        QJsonDocument::fromJson(run.out.toUtf8()).object()[u"programs"_s].toArray();
    ASSERT_EQ(programs.size(), 1);
    EXPECT_EQ(programs[0][u"name"_s].toString(), u"Cohorte 2027"_s);
    EXPECT_EQ(programs[0][u"cadence_days"_s].toInt(), 21);
}

TEST_F(CliTest, HelpEverywhereAndUsageErrorsExitNonZero) {
    for (const QString& command : {u"import"_s, u"export"_s, u"programs"_s, u"demo"_s, u"skills"_s,
                                   u"pair"_s, u"assign"_s, u"backup"_s}) {
        const CliRun run = cli({command, u"--help"_s});
        EXPECT_EQ(run.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(run.out.contains(u"binome-cli "_s + command)) << run.out.toStdString();
    }
    EXPECT_EQ(cli({u"--help"_s}).exitCode, 0);
    const CliRun unknown = cli({u"frobnicate"_s});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.err.contains(u"unknown command"_s));
    EXPECT_NE(cli({u"import"_s, u"participants"_s}).exitCode, 0);
}

TEST_F(CliTest, BackupWritesACopyThatOpens) {
    ASSERT_EQ(cli({u"demo"_s}).exitCode, 0);
    const QString copy = path(u"copy.sqlite"_s);
    const CliRun run = cli({u"backup"_s, copy});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    auto opened = Database::open(copy);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(ParticipantRepository(*opened.value()).count().value(), 86);
    EXPECT_NE(cli({u"backup"_s}).exitCode, 0);
}

TEST_F(CliTest, NotADatabaseIsAMessageNotACrash) {
    QFile file(db());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const CliRun run = cli({u"programs"_s, u"list"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"not a Binôme database"_s)) << run.err.toStdString();
}

#endif

#ifdef BINOME_CLI_PATH
TEST_F(CliTest, EnrolThenPairAndApplyInOneTransaction) {
    ASSERT_EQ(cli({u"demo"_s}).exitCode, 0);
    const QString program = u"Cohorte 2027"_s;
    ASSERT_EQ(cli({u"programs"_s, u"add"_s, program, u"--start"_s, u"2027-01-11"_s, u"--end"_s,
                   u"2027-07-02"_s})
                  .exitCode,
              0);
    CliRun run = cli({u"programs"_s, u"enrol"_s, program, u"--email"_s, u"nobody@example.org"_s});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(u"nobody@example.org"_s));
    run = cli({u"programs"_s, u"enrol"_s, program, u"--all"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"86 newly enrolled"_s)) << run.out.toStdString();

    run = cli({u"pair"_s, u"--program"_s, program, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject proposal = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray pairs = proposal[u"pairs"_s].toArray();
    EXPECT_GE(pairs.size(), 35);
    EXPECT_FALSE(proposal[u"applied"_s].toBool());
    double total = 0;
    for (const QJsonValue& pair : pairs) {
        total += pair[u"score"_s].toDouble();
        EXPECT_FALSE(pair[u"gaps"_s].toArray().isEmpty());
        EXPECT_LE(pair[u"alternatives"_s].toArray().size(), 3);
    }
    EXPECT_NEAR(total, proposal[u"total"_s].toDouble(), 1e-6);
    for (const QJsonValue& unmatched : proposal[u"unmatched"_s].toArray())
        EXPECT_FALSE(unmatched[u"reason"_s].toString().isEmpty());

    run = cli({u"pair"_s, u"--program"_s, program, u"--apply"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Confirmed"_s));
    // Run again: the confirmed binômes are kept as they are, with the same total.
    run = cli({u"pair"_s, u"--program"_s, program, u"--json"_s});
    const QJsonObject again = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_NEAR(again[u"total"_s].toDouble(), proposal[u"total"_s].toDouble(), 1e-6);
    for (const QJsonValue& pair : again[u"pairs"_s].toArray())
        EXPECT_TRUE(pair[u"confirmed"_s].toBool());
}
#endif
