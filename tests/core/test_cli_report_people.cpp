// binome-cli report participant and report letters, run as a user runs them on a real
// database file prepared with the services.
#include "TestConfig.h"

#include "binome/services/BinomeService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#ifdef BINOME_CLI_PATH

using namespace binome;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString ProgramName = u"Cohorte 2020"_s;

QString pdfText(const QString& path) {
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    EXPECT_TRUE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path) {
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    EXPECT_TRUE(process.waitForFinished(60000));
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    return 0;
}

int renderedPages(const QString& path) {
    QTemporaryDir dir;
    QProcess process;
    process.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"30"_s, path, dir.filePath(u"page"_s)});
    EXPECT_TRUE(process.waitForFinished(120000));
    return static_cast<int>(QDir(dir.path()).entryList({u"*.png"_s}, QDir::Files).size());
}

/// Two binômes confirmed on 2020-01-06 (Ana with Claire, Bob with Denis), a session each.
class CliReportPeopleTest : public ::testing::Test {
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
        programId = ProgramService(database).save(program).value();
        Program empty;
        empty.name = u"Vide"_s;
        empty.startDate = QDate(2020, 1, 6);
        empty.endDate = QDate(2020, 6, 26);
        ASSERT_TRUE(ProgramService(database).save(empty).ok());
        add(database, Role::Junior, u"Ana"_s, u"Martin"_s, {{u"genai"_s, 5, {}, {}}});
        add(database, Role::Junior, u"Bob"_s, u"Durand"_s, {{u"linkedin"_s, 4, {}, {}}});
        const qint64 claire =
            add(database, Role::Senior, u"Claire"_s, u"Lefèvre"_s, {{u"genai"_s, 0, 4, 3}});
        add(database, Role::Senior, u"Denis"_s, u"Moreau"_s, {{u"linkedin"_s, 1, 4, 2}});
        PairingService pairing(database);
        const auto proposal = pairing.propose(programId);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_EQ(proposal->binomes.size(), 2);
        ASSERT_TRUE(pairing.confirm(*proposal, u"test"_s, QDate(2020, 1, 6)).ok());
        const QList<Binome> binomes = BinomeService(database).ofProgram(programId).value();
        for (const Binome& b : binomes) {
            Session s;
            s.binomeId = b.id;
            s.date = QDate(2020, 1, 20);
            s.notes = b.seniorId == claire ? u"Claire wrote her first prompt"_s
                                           : u"Denis polished his profile"_s;
            ASSERT_TRUE(SessionService(database).log(s).ok());
        }
    }

    qint64 add(const Database& database, Role role, const QString& first, const QString& last,
               QList<SkillAssessment> skills) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = first.toLower() + u"@example.org"_s;
        p.department = role == Role::Junior ? u"Finance"_s : u"Achats"_s;
        p.site = u"Paris"_s;
        p.languages = {u"fr"_s};
        p.skills = std::move(skills);
        const auto id = ParticipantService(database).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(database).enrol(programId, {id.ok() ? *id : 0}).ok());
        return id.ok() ? *id : 0;
    }

    /// A private runtime directory, as a desktop session has: without one Qt warns on stderr.
    QString runtimeDir() const {
        const QString path = m_runtime.filePath(u"runtime"_s);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    QString db() const { return m_dir.filePath(u"binome.sqlite"_s); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    CliRun cli(QStringList arguments, const QString& language = u"en"_s) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANGUAGE"_s, language);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir()); // as a desktop session sets it
        env.remove(u"QT_QPA_PLATFORM"_s); // the CLI picks the offscreen platform by itself
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        process.setProcessEnvironment(env);
        arguments.prepend(db());
        arguments.prepend(u"--db"_s);
        process.start(QStringLiteral(BINOME_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    /// Nothing but the database in the directory.
    QStringList writtenFiles() const {
        QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
        files.removeIf([](const QString& name) { return name.startsWith(u"binome.sqlite"); });
        return files;
    }

    qint64 programId = 0;
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime;
};

} // namespace

TEST_F(CliReportPeopleTest, ParticipantWritesThePdfAndTheJson) {
    const CliRun run = cli({u"report"_s, u"participant"_s, u"Claire@Example.org"_s, u"--pdf"_s,
                            file(u"claire.pdf"_s), u"--json"_s, file(u"claire.json"_s)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Claire Lefèvre"_s)) << run.out.toStdString();
    const QString text = pdfText(file(u"claire.pdf"_s)).simplified();
    for (const QString& expected : {u"Claire Lefèvre"_s, u"Ana Martin"_s, ProgramName,
                                    u"Claire wrote her first prompt"_s, u"Generative AI"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(text.contains(u"Denis"_s));
    EXPECT_EQ(renderedPages(file(u"claire.pdf"_s)), pdfPages(file(u"claire.pdf"_s)));

    QFile jsonFile(file(u"claire.json"_s));
    ASSERT_TRUE(jsonFile.open(QIODevice::ReadOnly));
    const json j = json::parse(jsonFile.readAll().toStdString());
    EXPECT_EQ(j["participant"]["email"], "claire@example.org");
    ASSERT_EQ(j["binomes"].size(), 1U);
    EXPECT_EQ(j["binomes"][0]["partner"], "Ana Martin");
    EXPECT_EQ(j["binomes"][0]["sessions"][0]["notes"], "Claire wrote her first prompt");
    EXPECT_EQ(j["binomes"][0]["sessions"][0]["date"], "2020-01-20");
}

TEST_F(CliReportPeopleTest, ParticipantJsonAloneIsEnough) {
    const CliRun run =
        cli({u"report"_s, u"participant"_s, u"ana@example.org"_s, u"--json"_s, file(u"a.json"_s)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(writtenFiles(), QStringList{u"a.json"_s});
}

TEST_F(CliReportPeopleTest, ParticipantInFrench) {
    const CliRun run = cli(
        {u"report"_s, u"participant"_s, u"claire@example.org"_s, u"--pdf"_s, file(u"claire.pdf"_s)},
        u"fr"_s);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(file(u"claire.pdf"_s)).simplified();
    EXPECT_TRUE(text.contains(u"IA générative"_s));
    EXPECT_TRUE(text.contains(u"Senior (mentoré)"_s));
    EXPECT_TRUE(text.contains(u"20/01/2020"_s));
}

TEST_F(CliReportPeopleTest, ParticipantUsageErrorsWriteNothing) {
    const QList<QStringList> wrong{
        {u"report"_s, u"participant"_s, u"nobody@example.org"_s, u"--pdf"_s, file(u"x.pdf"_s)},
        {u"report"_s, u"participant"_s, u"claire@example.org"_s},
        {u"report"_s, u"participant"_s, u"--pdf"_s, file(u"x.pdf"_s)},
        {u"report"_s, u"participant"_s, u"claire@example.org"_s, u"--pdf"_s, file(u"x.pdf"_s),
         u"--json"_s, file(u"x.pdf"_s)},
        {u"report"_s, u"participant"_s, u"claire@example.org"_s, u"--pdf"_s, file(u"x.pdf"_s),
         u"--color"_s},
    };
    for (const QStringList& arguments : wrong) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.err.startsWith(u"binome-cli: "_s)) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    EXPECT_TRUE(writtenFiles().isEmpty()) << writtenFiles().join(u", "_s).toStdString();
    EXPECT_TRUE(
        cli({u"report"_s, u"participant"_s, u"nobody@example.org"_s, u"--pdf"_s, file(u"x.pdf"_s)})
            .err.contains(u"nobody@example.org"_s));
}

TEST_F(CliReportPeopleTest, ParticipantUnwritablePdfFails) {
    const CliRun run = cli({u"report"_s, u"participant"_s, u"claire@example.org"_s, u"--pdf"_s,
                            file(u"missing/claire.pdf"_s), u"--json"_s, file(u"claire.json"_s)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.startsWith(u"binome-cli: "_s)) << run.err.toStdString();
    EXPECT_TRUE(writtenFiles().isEmpty());
}

TEST_F(CliReportPeopleTest, LettersOnePagePerOpenBinomeAndTheList) {
    const CliRun run = cli({u"report"_s, u"letters"_s, u"--program"_s, ProgramName, u"--pdf"_s,
                            file(u"letters.pdf"_s), u"--list"_s, file(u"list.pdf"_s)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Wrote 2 introduction letter"_s)) << run.out.toStdString();
    EXPECT_EQ(pdfPages(file(u"letters.pdf"_s)), 2);
    EXPECT_EQ(renderedPages(file(u"letters.pdf"_s)), 2);
    const QString letters = pdfText(file(u"letters.pdf"_s)).simplified();
    for (const QString& expected :
         {u"Ana Martin"_s, u"Claire Lefèvre"_s, u"Bob Durand"_s, u"Denis Moreau"_s,
          u"claire@example.org"_s, u"ana@example.org"_s, u"Generative AI"_s, u"LinkedIn"_s})
        EXPECT_TRUE(letters.contains(expected)) << expected.toStdString();
    const QString list = pdfText(file(u"list.pdf"_s));
    EXPECT_TRUE(list.contains(u"Ana Martin"_s));
    EXPECT_TRUE(list.contains(u"Denis Moreau"_s));
    EXPECT_EQ(renderedPages(file(u"list.pdf"_s)), pdfPages(file(u"list.pdf"_s)));
}

TEST_F(CliReportPeopleTest, LettersInFrench) {
    const CliRun run = cli({u"report"_s, u"letters"_s, u"--program"_s, ProgramName, u"--pdf"_s,
                            file(u"lettres.pdf"_s)},
                           u"fr"_s);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(pdfPages(file(u"lettres.pdf"_s)), 2);
    const QString text = pdfText(file(u"lettres.pdf"_s)).simplified();
    EXPECT_TRUE(text.contains(u"IA générative"_s));
    EXPECT_TRUE(text.contains(u"juin 2020"_s));
}

TEST_F(CliReportPeopleTest, LettersErrorsWriteNothing) {
    const QList<QStringList> usage{
        {u"report"_s, u"letters"_s, u"--program"_s, u"Nope"_s, u"--pdf"_s, file(u"x.pdf"_s)},
        {u"report"_s, u"letters"_s, u"--pdf"_s, file(u"x.pdf"_s)},
        {u"report"_s, u"letters"_s, u"--program"_s, ProgramName},
        {u"report"_s, u"letters"_s, u"--program"_s, ProgramName, u"--pdf"_s, file(u"x.pdf"_s),
         u"--list"_s, file(u"x.pdf"_s)},
        {u"report"_s, u"letters"_s, u"extra"_s, u"--program"_s, ProgramName, u"--pdf"_s,
         file(u"x.pdf"_s)},
    };
    for (const QStringList& arguments : usage) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_EQ(run.err.count(u'\n'), 1) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
    // A program without binômes: nothing to print.
    const CliRun empty =
        cli({u"report"_s, u"letters"_s, u"--program"_s, u"Vide"_s, u"--pdf"_s, file(u"x.pdf"_s)});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_TRUE(empty.err.contains(u"Vide"_s)) << empty.err.toStdString();
    EXPECT_TRUE(writtenFiles().isEmpty()) << writtenFiles().join(u", "_s).toStdString();
}

#endif
