// binome-cli export binomes|sessions|objectives --program NAME FILE.csv, run as a user runs it
// on a real database file prepared with the services; the files re-read with Python's csv.
#include "TestConfig.h"

#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef BINOME_CLI_PATH

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString ProgramName = u"Cohorte 2020"_s;

/// Two binômes confirmed on 2020-01-06 in a program of the first half of 2020, one junior
/// named like a formula, three sessions of one binôme.
class CliExportTablesTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        auto opened = Database::open(db());
        ASSERT_TRUE(opened.ok()) << opened.error().toStdString();
        const Database& database = *opened.value();
        Program program;
        program.name = ProgramName;
        program.startDate = QDate(2020, 1, 6);
        program.endDate = QDate(2020, 6, 26);
        program.cadenceDays = 14;
        programId = ProgramService(database).save(program).value();
        add(database, Role::Junior, u"Ana"_s, u"Martin"_s, {{u"genai"_s, 5, {}, {}}});
        add(database, Role::Junior, u"=HYPERLINK(\"http://x\";\"y\")"_s, u"Durand"_s,
            {{u"linkedin"_s, 4, {}, {}}});
        const qint64 claire =
            add(database, Role::Senior, u"Claire"_s, u"Lefèvre"_s, {{u"genai"_s, 0, 4, 3}});
        add(database, Role::Senior, u"Denis"_s, u"Moreau"_s, {{u"linkedin"_s, 1, 4, 2}});
        const PairingService pairing(database);
        const auto proposal = pairing.propose(programId);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_TRUE(pairing.confirm(*proposal, u"test"_s, QDate(2020, 1, 6)).ok());
        qint64 anaClaire = 0;
        const QList<Binome> binomes = pairing.binomes(programId).value();
        for (const Binome& b : binomes)
            if (b.seniorId == claire)
                anaClaire = b.id;
        ASSERT_NE(anaClaire, 0);
        const SessionService sessions(database);
        for (const auto& [date, minutes] :
             {std::pair{QDate(2020, 1, 20), 90}, std::pair{QDate(2020, 2, 3), 45}}) {
            Session s;
            s.binomeId = anaClaire;
            s.date = date;
            s.minutes = minutes;
            s.mode = SessionMode::Video;
            s.notes = u"Ligne 1\nLigne 2; \"citée\""_s;
            s.nextSteps = u"@SUM(A1)"_s;
            ASSERT_TRUE(sessions.log(s).ok());
        }
    }

    qint64 add(const Database& database, Role role, const QString& first, const QString& last,
               QList<SkillAssessment> skills) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = last.toLower().replace(u"è"_s, u"e"_s) + u"@example.org"_s;
        p.department = u"Finance"_s;
        p.site = u"Paris"_s;
        p.languages = {u"fr"_s};
        p.skills = std::move(skills);
        const auto id = ParticipantService(database).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        if (!id.ok())
            return 0;
        EXPECT_TRUE(ProgramService(database).enrol(programId, {*id}).ok());
        return *id;
    }

    CliRun cli(QStringList arguments, const QString& language = u"en"_s) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, language);
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

    QString db() const { return m_dir.filePath(u"tables.sqlite"_s); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    qint64 programId = 0;
};

/// The file as Python's csv module reads it (delimiter ';', encoding utf-8-sig).
QList<QStringList> pythonCells(const QString& path) {
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {u"-c"_s,
                  u"import csv, json, sys\n"
                  "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                  "    print(json.dumps(list(csv.reader(f, delimiter=';', strict=True))))\n"_s,
                  path});
    EXPECT_TRUE(python.waitForFinished(30000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    QList<QStringList> cells;
    for (const QJsonValue& row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QStringList line;
        for (const QJsonValue& cell : row.toArray())
            line << cell.toString();
        cells << line;
    }
    return cells;
}

/// Readable and writable by its owner, by nobody else.
bool ownerOnly(const QString& path) {
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    return (permissions & others) == 0 && permissions.testFlag(QFileDevice::ReadOwner) &&
           permissions.testFlag(QFileDevice::WriteOwner);
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/// The row whose first cell is `first`.
QStringList rowOf(const QList<QStringList>& cells, const QString& first) {
    for (const QStringList& row : cells)
        if (row.value(0) == first)
            return row;
    return {};
}

} // namespace

TEST_F(CliExportTablesTest, ExportBinomesWritesTheFollowUpTableForExcel) {
    const QString file = path(u"binomes.csv"_s);
    const CliRun run = cli({u"export"_s, u"binomes"_s, u"--program"_s, ProgramName, file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, u"Exported 2 binômes of \"Cohorte 2020\" to %1.\n"_s.arg(file));
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();

    const QByteArray bytes = readFile(file);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "Junior (mentor);Senior (mentee);Status;Start;"));
    EXPECT_EQ(bytes.count("\r\n"), 3);
    EXPECT_TRUE(ownerOnly(file)) << file.toStdString();

    const QList<QStringList> cells = pythonCells(file);
    ASSERT_EQ(cells.size(), 3);
    EXPECT_EQ(cells[0].size(), 13);
    const QStringList ana = rowOf(cells, u"Ana Martin"_s);
    ASSERT_EQ(ana.size(), 13);
    EXPECT_EQ(ana[1], u"Claire Lefèvre"_s);
    EXPECT_EQ(ana.mid(3, 6), (QStringList{u"2020-01-06"_s, QString(), u"2"_s, u"2.25"_s,
                                          u"2020-02-03"_s, QString()}));
    EXPECT_TRUE(ana[12].contains(u"At risk"_s)) << ana[12].toStdString();
    // The junior named like a formula reaches Excel as text.
    const QStringList hostile = rowOf(cells, u"'=HYPERLINK(\"http://x\";\"y\") Durand"_s);
    ASSERT_EQ(hostile.size(), 13) << bytes.toStdString();
    EXPECT_EQ(hostile[1], u"Denis Moreau"_s);

    // In French, hours take the decimal comma.
    const CliRun french =
        cli({u"export"_s, u"binomes"_s, u"--program"_s, ProgramName, file}, u"fr"_s);
    ASSERT_EQ(french.exitCode, 0) << french.err.toStdString();
    EXPECT_EQ(rowOf(pythonCells(file), u"Ana Martin"_s).value(6), u"2,25"_s);
}

TEST_F(CliExportTablesTest, ExportSessionsKeepsMultiLineNotesAndNeutralisesFormulas) {
    const QString file = path(u"sessions.csv"_s);
    const CliRun run = cli({u"export"_s, u"sessions"_s, u"--program"_s, ProgramName, file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, u"Exported 2 sessions of \"Cohorte 2020\" to %1.\n"_s.arg(file));
    const QList<QStringList> cells = pythonCells(file);
    ASSERT_EQ(cells.size(), 3);
    EXPECT_EQ(cells[0],
              (QStringList{u"Junior (mentor)"_s, u"Senior (mentee)"_s, u"Date"_s,
                           u"Held or planned"_s, u"Minutes"_s, u"Mode"_s, u"Skills"_s, u"Notes"_s,
                           u"Next steps"_s, u"Mentee rating"_s, u"Mentor rating"_s}));
    EXPECT_EQ(cells[1],
              (QStringList{u"Ana Martin"_s, u"Claire Lefèvre"_s, u"2020-01-20"_s, u"Held"_s,
                           u"90"_s, u"Video"_s, QString(), u"Ligne 1\nLigne 2; \"citée\""_s,
                           u"'@SUM(A1)"_s, QString(), QString()}));
    EXPECT_EQ(cells[2][2], u"2020-02-03"_s);
}

TEST_F(CliExportTablesTest, ExportObjectivesListsEachBinomesObjectives) {
    const QString file = path(u"objectives.csv"_s);
    const CliRun run = cli({u"export"_s, u"objectives"_s, u"--program"_s, ProgramName, file});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // "objective(s)" until the English plural forms are released.
    EXPECT_TRUE(run.out.startsWith(u"Exported 2 objective"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.endsWith(u" of \"Cohorte 2020\" to %1.\n"_s.arg(file)))
        << run.out.toStdString();
    const QList<QStringList> cells = pythonCells(file);
    ASSERT_EQ(cells.size(), 3);
    const QStringList ana = rowOf(cells, u"Ana Martin"_s);
    ASSERT_EQ(ana.size(), 10);
    EXPECT_EQ(ana.mid(4, 5),
              (QStringList{u"0"_s, u"4"_s, u"0"_s, u"2020-06-26"_s, u"Not started"_s}));
}

TEST_F(CliExportTablesTest, BadArgumentsExitTwoWithOneLineAndWriteNothing) {
    const QString out = path(u"out.csv"_s);
    const QList<QStringList> cases{
        {u"export"_s, u"binomes"_s, out},
        {u"export"_s, u"binomes"_s, u"--program"_s, u"No such program"_s, out},
        {u"export"_s, u"binomes"_s, u"--program"_s, ProgramName},
        {u"export"_s, u"binomes"_s, u"--program"_s, ProgramName, out, path(u"more.csv"_s)},
        {u"export"_s, u"binomes"_s, u"--program"_s, ProgramName, path(u"out.json"_s)},
        {u"export"_s, u"binomes"_s, u"--program"_s, ProgramName, u"--frobnicate"_s, out},
        {u"export"_s, u"sessions"_s, out},
        {u"export"_s, u"sessions"_s, u"--program"_s, u"No such program"_s, out},
        {u"export"_s, u"sessions"_s, u"--program"_s, ProgramName, path(u"out.txt"_s)},
        {u"export"_s, u"objectives"_s, u"--program"_s, ProgramName},
        {u"export"_s, u"objectives"_s, u"--program"_s, u"No such program"_s, out},
    };
    for (const QStringList& args : cases) {
        const CliRun run = cli(args);
        const std::string shown = args.join(u' ').toStdString();
        EXPECT_EQ(run.exitCode, 2) << shown << "\n" << run.err.toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << shown << "\n" << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(u"binome-cli: "_s)) << shown << "\n"
                                                           << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << shown << "\n" << run.out.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(path(u"out.json"_s)));
    EXPECT_FALSE(QFile::exists(path(u"out.txt"_s)));
    EXPECT_FALSE(QFile::exists(path(u"more.csv"_s)));
}

TEST_F(CliExportTablesTest, AFileThatCannotBeWrittenExitsOneAndSaysWhy) {
    const QString file = path(u"missing folder/binomes.csv"_s);
    const CliRun run = cli({u"export"_s, u"binomes"_s, u"--program"_s, ProgramName, file});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(u"binome-cli: "_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"missing folder"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(CliExportTablesTest, EachExportHasHelpAndTheExportHelpListsThem) {
    for (const QString& kind : {u"binomes"_s, u"sessions"_s, u"objectives"_s}) {
        const CliRun run = cli({u"export"_s, kind, u"--help"_s});
        EXPECT_EQ(run.exitCode, 0) << kind.toStdString();
        EXPECT_TRUE(run.out.contains(u"binome-cli export %1 --program NAME FILE.csv"_s.arg(kind)))
            << run.out.toStdString();
    }
    const CliRun help = cli({u"export"_s, u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    for (const QString& kind : {u"binomes"_s, u"sessions"_s, u"objectives"_s})
        EXPECT_TRUE(help.out.contains(u"export %1 --program NAME FILE.csv"_s.arg(kind)))
            << help.out.toStdString();
}

#endif
