// binome-cli report binome and report program, run as a user runs them (no display): the PDF
// read back with pdftotext, and the usage errors that write nothing.
#include "TestConfig.h"

#include "binome/services/BinomeService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
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
const QString Hostile = u"<b>x</b> & \"q\" \u200F"_s;

QString pdfText(const QString& path) {
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QRegularExpression(u"[ \t\u00A0\u202F]+"_s), u" "_s);
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
    if (process.exitCode() != 0)
        return 0;
    return static_cast<int>(QDir(dir.path()).entryList({u"*.png"_s}, QDir::Files).size());
}

/// Two binômes confirmed on 2020-01-06 in a program of 2020 (over whatever the day the tests
/// run); the first senior's name is hostile; one held session.
class CliReportsTest : public ::testing::Test {
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
        add(database, Role::Junior, u"Bob"_s, u"Durand"_s, {{u"linkedin"_s, 4, {}, {}}});
        const qint64 claire =
            add(database, Role::Senior, Hostile, u"Lefèvre"_s, {{u"genai"_s, 0, 4, 3}});
        add(database, Role::Senior, u"Denis"_s, u"Moreau"_s, {{u"linkedin"_s, 1, 4, 2}});
        PairingService pairing(database);
        const auto proposal = pairing.propose(programId);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_EQ(proposal->binomes.size(), 2);
        ASSERT_TRUE(pairing.confirm(*proposal, u"test"_s, QDate(2020, 1, 6)).ok());
        const auto binomes = BinomeService(database).ofProgram(programId);
        ASSERT_TRUE(binomes.ok());
        for (const Binome& b : *binomes)
            if (b.seniorId == claire)
                anaClaire = b.id;
        ASSERT_NE(anaClaire, 0);
        Session session = SessionService(database).defaults(anaClaire, QDate(2020, 1, 20)).value();
        session.notes = u"First steps with a chatbot"_s;
        ASSERT_TRUE(SessionService(database).log(session).ok());
    }

    qint64 add(const Database& database, Role role, const QString& first, const QString& last,
               QList<SkillAssessment> skills) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = last.toLower()
                      .normalized(QString::NormalizationForm_KD)
                      .remove(QRegularExpression(u"[^a-z]"_s)) +
                  u"@example.org"_s;
        p.department = role == Role::Junior ? u"Finance"_s : u"Achats"_s;
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
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        process.setProcessEnvironment(env);
        arguments.prepend(db());
        arguments.prepend(u"--db"_s);
        process.start(QStringLiteral(BINOME_CLI_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    /// A usage error: exit 2, one line on stderr naming the problem, no file written.
    void expectUsageError(const QStringList& arguments, const QString& words) {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(words)) << run.err.toStdString();
        // One line of ours (Qt may warn on its own about the environment, e.g. XDG_RUNTIME_DIR).
        EXPECT_EQ(run.err.count(u"binome-cli: "_s), 1) << run.err.toStdString();
        EXPECT_TRUE(QDir(m_dir.path()).entryList({u"*.pdf"_s}, QDir::Files).isEmpty());
    }

    QString db() const { return m_dir.filePath(u"binome.sqlite"_s); }
    QString out(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    qint64 programId = 0;
    qint64 anaClaire = 0;
};

} // namespace

TEST_F(CliReportsTest, ReportBinomeWritesItsPdf) {
    const QString pdf = out(u"binome.pdf"_s);
    const CliRun run = cli({u"report"_s, u"binome"_s, QString::number(anaClaire), u"--pdf"_s, pdf,
                            u"--date"_s, u"2020-04-15"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(pdf)) << run.out.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"<b>x</b> & \"q\""_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Ana Martin"_s));
    EXPECT_TRUE(text.contains(u"First steps with a chatbot"_s));
    EXPECT_TRUE(text.contains(u"Wednesday 15 April 2020"_s) ||
                text.contains(u"Wednesday, 15 April 2020"_s))
        << text.toStdString();
    EXPECT_EQ(renderedPages(pdf), pdfPages(pdf));
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), 0);
}

TEST_F(CliReportsTest, ReportProgramWritesItsPdf) {
    const QString pdf = out(u"program.pdf"_s);
    const CliRun run = cli(
        {u"report"_s, u"program"_s, ProgramName, u"--pdf"_s, pdf, u"--date"_s, u"2020-04-15"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(ProgramName));
    EXPECT_TRUE(text.contains(u"<b>x</b> & \"q\""_s));
    EXPECT_TRUE(text.contains(u"Denis Moreau"_s));
    EXPECT_TRUE(text.contains(u"Ana Martin"_s));
    EXPECT_TRUE(text.contains(u"Bob Durand"_s));
    EXPECT_EQ(renderedPages(pdf), pdfPages(pdf));
}

TEST_F(CliReportsTest, InFrench) {
    const QString pdf = out(u"programme.pdf"_s);
    const CliRun run =
        cli({u"report"_s, u"program"_s, ProgramName, u"--pdf"_s, pdf, u"--date"_s, u"2020-04-15"_s},
            u"fr"_s);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"mercredi 15 avril 2020"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Denis Moreau"_s));
}

TEST_F(CliReportsTest, BadInputIsAUsageErrorAndWritesNothing) {
    const QString pdf = out(u"r.pdf"_s);
    const QString id = QString::number(anaClaire);
    expectUsageError({u"report"_s, u"binome"_s, id}, u"usage: report binome"_s);
    expectUsageError({u"report"_s, u"binome"_s, u"--pdf"_s, pdf}, u"usage: report binome"_s);
    expectUsageError({u"report"_s, u"binome"_s, u"abc"_s, u"--pdf"_s, pdf}, u"abc"_s);
    expectUsageError({u"report"_s, u"binome"_s, u"999"_s, u"--pdf"_s, pdf}, u"999"_s);
    expectUsageError({u"report"_s, u"binome"_s, id, u"--pdf"_s, pdf, u"--date"_s, u"2020-13-01"_s},
                     u"2020-13-01"_s);
    expectUsageError({u"report"_s, u"program"_s, u"--pdf"_s, pdf}, u"usage: report program"_s);
    expectUsageError({u"report"_s, u"program"_s, u"Nope"_s, u"--pdf"_s, pdf}, u"Nope"_s);
    expectUsageError(
        {u"report"_s, u"program"_s, ProgramName, u"--pdf"_s, pdf, u"--date"_s, u"tomorrow"_s},
        u"tomorrow"_s);
    expectUsageError({u"report"_s, u"program"_s, ProgramName, u"--pdf"_s, pdf, u"--bogus"_s},
                     u"bogus"_s);
}

TEST_F(CliReportsTest, AFolderThatDoesNotExistFailsWithTheReason) {
    const QString pdf = out(u"missing/program.pdf"_s);
    const CliRun run = cli({u"report"_s, u"program"_s, ProgramName, u"--pdf"_s, pdf});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"program.pdf"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

TEST_F(CliReportsTest, HelpNamesTheOptions) {
    const CliRun run = cli({u"report"_s, u"program"_s, u"--help"_s});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(u"--pdf"_s));
    EXPECT_TRUE(run.out.contains(u"--date"_s));
}

#endif
