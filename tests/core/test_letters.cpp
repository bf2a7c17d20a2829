// Introduction letters: one page per open binôme to hand to both people, with who they are,
// why they were matched, their first objectives and the program's rhythm; and the printable
// list of the confirmed binômes. Read back with pdftotext, rendered with pdftoppm.
#include "TempDatabase.h"

#include "binome/reports/IntroductionLetters.h"
#include "binome/services/BinomeService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ReportService.h"
#include "binome/services/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString& path, int page = 0) {
    QStringList arguments{u"-layout"_s, u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << path << u"-"_s;
    QProcess process;
    process.start(u"pdftotext"_s, arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
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
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return static_cast<int>(QDir(dir.path()).entryList({u"*.png"_s}, QDir::Files).size());
}

struct EnglishAfterwards {
    ~EnglishAfterwards() { installTranslations(*qApp, u"en"_s); }
};

const QString Hostile = u"<b>x</b> & \"q\"\u200F"_s;

/// Three binômes confirmed on 2020-01-06 (Ana with Claire, Bob with Denis, Chloé with Elise),
/// the last one ended since: two open binômes, two letters.
class LettersTest : public test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        Program program;
        program.name = u"Cohorte 2020"_s;
        program.startDate = QDate(2020, 1, 6);
        program.endDate = QDate(2020, 6, 26);
        program.cadenceDays = 14;
        programId = ProgramService(db()).save(program).value();
        add(Role::Junior, u"Ana"_s, u"Martin"_s, u"Finance"_s, u"Lyon"_s,
            {{u"genai"_s, 5, {}, {}}});
        add(Role::Junior, u"Bob"_s, u"Durand"_s, u"Finance"_s, u"Paris"_s,
            {{u"linkedin"_s, 4, {}, {}}});
        add(Role::Junior, u"Chloé"_s, u"Roux"_s, u"Finance"_s, u"Paris"_s,
            {{u"spreadsheets"_s, 5, {}, {}}});
        claire = add(Role::Senior, u"Claire"_s, u"Lefèvre"_s, u"Achats"_s, u"Paris"_s,
                     {{u"genai"_s, 0, 4, 3}});
        denis = add(Role::Senior, u"Denis"_s, u"Moreau"_s, u"Achats"_s, u"Paris"_s,
                    {{u"linkedin"_s, 1, 4, 2}});
        elise = add(Role::Senior, u"Elise"_s, u"Petit"_s, u"Juridique"_s, u"Paris"_s,
                    {{u"spreadsheets"_s, 1, 4, 2}});
        PairingService pairing(db());
        const auto proposal = pairing.propose(programId);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_EQ(proposal->binomes.size(), 3);
        ASSERT_TRUE(pairing.confirm(*proposal, u"test"_s, QDate(2020, 1, 6)).ok());
        const QList<Binome> binomes = BinomeService(db()).ofProgram(programId).value();
        for (const Binome& b : binomes) {
            if (b.seniorId == claire)
                anaClaire = b.id;
            if (b.seniorId == elise)
                chloeElise = b.id;
        }
        ASSERT_TRUE(BinomeService(db())
                        .end(chloeElise, QDate(2020, 2, 1), EndReason::Left, QString())
                        .ok());
    }

    qint64 add(Role role, const QString& first, const QString& last, const QString& department,
               const QString& site, QList<SkillAssessment> skills) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = first.toLower() + u"@example.org"_s;
        p.department = department;
        p.site = site;
        p.jobTitle = role == Role::Junior ? u"Analyste"_s : u"Acheteuse senior"_s;
        p.languages = {u"fr"_s};
        p.availability = HalfDays(0b11);
        p.skills = std::move(skills);
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(db()).enrol(programId, {id.ok() ? *id : 0}).ok());
        return id.ok() ? *id : 0;
    }

    IntroductionLetters letters() {
        const auto built = ReportService(db()).letters(programId, QDate(2020, 1, 7));
        EXPECT_TRUE(built.ok()) << (built.ok() ? std::string() : built.error().toStdString());
        return built.ok() ? *built : IntroductionLetters();
    }

    qint64 programId = 0;
    qint64 claire = 0, denis = 0, elise = 0;
    qint64 anaClaire = 0, chloeElise = 0;
};

} // namespace

TEST_F(LettersTest, OneLetterPerOpenBinomeWithItsPeopleAndObjectives) {
    const IntroductionLetters all = letters();
    ASSERT_EQ(all.letters.size(), 2); // the ended binôme gets none
    // By the senior's name: Claire, then Denis.
    EXPECT_EQ(all.letters.at(0).senior.fullName(), u"Claire Lefèvre"_s);
    EXPECT_EQ(all.letters.at(1).senior.fullName(), u"Denis Moreau"_s);
    const IntroductionLetter& first = all.letters.first();
    EXPECT_EQ(first.junior.fullName(), u"Ana Martin"_s);
    ASSERT_FALSE(first.objectives.isEmpty()); // suggested at confirmation
    EXPECT_EQ(all.skillName(first.objectives.first().skillId), u"Generative AI"_s);
    // Why, in plain words: the skill, the levels, the different sites and departments.
    const QString why = first.reasons.join(u'\n');
    EXPECT_TRUE(why.contains(u"Ana is at ease with Generative AI (level 5 of 5)"_s))
        << why.toStdString();
    EXPECT_TRUE(why.contains(u"from level 0 to 4"_s));
    EXPECT_TRUE(why.contains(u"different sites (Lyon and Paris)"_s));
    EXPECT_TRUE(why.contains(u"different departments (Finance and Achats)"_s));
}

TEST_F(LettersTest, LettersPdfHasOnePagePerOpenBinomeInEnglish) {
    EnglishAfterwards restore;
    installTranslations(*qApp, u"en"_s);
    const QString pdf = file(u"letters.pdf"_s);
    ASSERT_TRUE(introductionLettersReport(letters()).writePdf(pdf).ok());
    ASSERT_EQ(pdfPages(pdf), 2);
    EXPECT_EQ(renderedPages(pdf), 2);
    const QString first = pdfText(pdf, 1).simplified();
    for (const QString& expected :
         {u"Welcome to your binôme"_s, u"Dear Ana and Claire,"_s, u"Ana Martin"_s,
          u"Claire Lefèvre"_s, u"ana@example.org"_s, u"claire@example.org"_s, u"Cohorte 2020"_s,
          u"Generative AI"_s, u"Your first objectives"_s, u"26 June 2020"_s})
        EXPECT_TRUE(first.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(first.contains(u"Denis"_s));
    const QString second = pdfText(pdf, 2).simplified();
    for (const QString& expected :
         {u"Bob Durand"_s, u"Denis Moreau"_s, u"denis@example.org"_s, u"LinkedIn"_s})
        EXPECT_TRUE(second.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(second.contains(u"Elise"_s)); // her binôme ended
}

TEST_F(LettersTest, LettersPdfInFrench) {
    EnglishAfterwards restore;
    ASSERT_EQ(installTranslations(*qApp, u"fr"_s), u"fr"_s);
    const QString pdf = file(u"lettres.pdf"_s);
    ASSERT_TRUE(introductionLettersReport(letters()).writePdf(pdf).ok());
    ASSERT_EQ(pdfPages(pdf), 2);
    EXPECT_EQ(renderedPages(pdf), 2);
    const QString text = pdfText(pdf).simplified();
    for (const QString& expected : {u"Ana Martin"_s, u"Claire Lefèvre"_s, u"IA générative"_s,
                                    u"26 juin 2020"_s, u"Denis Moreau"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(text.contains(u"Generative AI"_s));
}

TEST_F(LettersTest, ListHasOneRowPerConfirmedBinome) {
    const QString pdf = file(u"list.pdf"_s);
    ASSERT_TRUE(confirmedBinomesReport(letters()).writePdf(pdf).ok());
    EXPECT_EQ(pdfPages(pdf), 1);
    EXPECT_EQ(renderedPages(pdf), 1);
    const QStringList lines = pdfText(pdf).split(u'\n');
    auto rowWith = [&](const QString& junior, const QString& senior) {
        for (const QString& line : lines)
            if (line.contains(junior) && line.contains(senior))
                return true;
        return false;
    };
    EXPECT_TRUE(rowWith(u"Ana Martin"_s, u"Claire Lefèvre"_s));
    EXPECT_TRUE(rowWith(u"Bob Durand"_s, u"Denis Moreau"_s));
    EXPECT_FALSE(pdfText(pdf).contains(u"Elise"_s));
}

TEST_F(LettersTest, LongObjectivesStillMakeOnePagePerBinome) {
    ObjectiveService objectives(db());
    const qint64 skill = objectives.ofBinome(anaClaire).value().first().skillId;
    for (int i = 0; i < 6; ++i) {
        Objective o;
        o.binomeId = anaClaire;
        o.skillId = skill;
        o.startLevel = 0;
        o.targetLevel = 3;
        o.dueDate = QDate(2020, 3, 1).addDays(i);
        o.description =
            u"Write, check and share a prompt library for the purchasing team "_s.repeated(12);
        ASSERT_TRUE(objectives.save(o).ok());
    }
    const QString pdf = file(u"long.pdf"_s);
    ASSERT_TRUE(introductionLettersReport(letters()).writePdf(pdf).ok());
    EXPECT_EQ(pdfPages(pdf), 2);
    EXPECT_TRUE(pdfText(pdf, 1).contains(u"The HR team"_s));
}

TEST_F(LettersTest, AHostileNamePrintsAsTyped) {
    Participant denisRecord;
    const QList<Participant> people = ParticipantService(db()).list().value();
    for (const Participant& p : people)
        if (p.id == denis)
            denisRecord = p;
    denisRecord.firstName = Hostile + u" %1 %3"_s; // placeholders too are text
    ASSERT_TRUE(ParticipantService(db()).save(denisRecord).ok());
    const QString pdf = file(u"hostile.pdf"_s);
    ASSERT_TRUE(introductionLettersReport(letters()).writePdf(pdf).ok());
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"<b>x</b> & \"q\""_s)) << text.toStdString();
    // The placeholders typed in the name stay as typed (the mark reorders them on screen, as
    // any bidirectional text would be); nothing was substituted into them.
    const QString line = text.split(u'\n').filter(u"Dear Bob and"_s).value(0);
    EXPECT_TRUE(line.contains(u"%1"_s) && line.contains(u"%3"_s)) << line.toStdString();
    EXPECT_FALSE(line.contains(u"Bob and Bob"_s));
    EXPECT_TRUE(text.simplified().contains(u"Dear Bob and <b>x</b> & \"q\""_s));
    EXPECT_FALSE(text.contains(u"&amp;"_s));
    EXPECT_EQ(renderedPages(pdf), pdfPages(pdf));
    const QString list = file(u"hostile-list.pdf"_s);
    ASSERT_TRUE(confirmedBinomesReport(letters()).writePdf(list).ok());
    EXPECT_TRUE(pdfText(list).contains(u"<b>x</b> & \"q\""_s));
}

TEST_F(LettersTest, AProgramWithoutBinomesHasNoLetter) {
    Program empty;
    empty.name = u"Vide"_s;
    empty.startDate = QDate(2020, 1, 6);
    empty.endDate = QDate(2020, 6, 26);
    const qint64 id = ProgramService(db()).save(empty).value();
    const auto built = ReportService(db()).letters(id, QDate(2020, 1, 7));
    ASSERT_TRUE(built.ok());
    EXPECT_TRUE(built->letters.isEmpty());
    EXPECT_FALSE(ReportService(db()).letters(9999, QDate(2020, 1, 7)).ok());
}
