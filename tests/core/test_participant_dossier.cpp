// The participant report (GDPR article 15): the dossier gathers everything held about one
// person, its JSON holds their sessions and nobody else's data, its PDF reads back with what a
// person asking for their data should find, in English and French.
#include "TempDatabase.h"

#include "binome/exchange/ParticipantDossierFile.h"
#include "binome/reports/ParticipantReport.h"
#include "binome/services/BinomeService.h"
#include "binome/services/DebriefService.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantDossierService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SessionService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/services/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <nlohmann/json.hpp>

using namespace binome;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

/// The words of a PDF, as pdftotext reads them (UTF-8, layout kept).
QString pdfText(const QString& path) {
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
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

/// Renders every page with pdftoppm; returns how many PNG pages came out.
int renderedPages(const QString& path) {
    QTemporaryDir dir;
    QProcess process;
    process.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"30"_s, path, dir.filePath(u"page"_s)});
    EXPECT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return static_cast<int>(QDir(dir.path()).entryList({u"*.png"_s}, QDir::Files).size());
}

/// Puts the interface back in English whatever a test did.
struct EnglishAfterwards {
    ~EnglishAfterwards() { installTranslations(*qApp, u"en"_s); }
};

const QString Hostile = u"<b>x</b> & \"q\"\u200F"_s;

/// A program of the first half of 2020 with two binômes (Ana mentors Claire, Bob mentors
/// Denis), sessions, a debrief, a reverse objective where Ana learns, and an exclusion of
/// Claire with Bob.
class ParticipantDossierTest : public test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        Program program;
        program.name = u"Cohorte 2020"_s;
        program.startDate = QDate(2020, 1, 6);
        program.endDate = QDate(2020, 6, 26);
        programId = ProgramService(db()).save(program).value();
        ana = add(Role::Junior, u"Ana"_s, u"Martin"_s, u"Finance"_s, {{u"genai"_s, 5, {}, {}}});
        bob =
            add(Role::Junior, u"Bob"_s, u"Durand"_s, u"Logistique"_s, {{u"linkedin"_s, 4, {}, {}}});
        claire = add(Role::Senior, u"Claire"_s, u"Lefèvre"_s, u"Achats"_s, {{u"genai"_s, 0, 4, 3}});
        denis =
            add(Role::Senior, u"Denis"_s, u"Moreau"_s, u"Juridique"_s, {{u"linkedin"_s, 1, 4, 2}});
        PairingService pairing(db());
        const auto proposal = pairing.propose(programId);
        ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
        ASSERT_EQ(proposal->binomes.size(), 2);
        ASSERT_TRUE(pairing.confirm(*proposal, u"test"_s, QDate(2020, 1, 6)).ok());
        const QList<Binome> binomes = BinomeService(db()).ofProgram(programId).value();
        for (const Binome& b : binomes)
            (b.seniorId == claire ? anaClaire : bobDenis) = b.id;
        ASSERT_NE(anaClaire, 0);
        ASSERT_NE(bobDenis, 0);

        Objective reverse;
        reverse.binomeId = anaClaire;
        reverse.skillId = skillId(u"spreadsheets"_s);
        reverse.learner = Learner::Junior;
        reverse.startLevel = 1;
        reverse.targetLevel = 3;
        reverse.description = u"Ana learns pivot tables from Claire"_s;
        ASSERT_TRUE(ObjectiveService(db()).save(reverse).ok());

        log(anaClaire, QDate(2020, 1, 20), u"Claire wrote her first prompt"_s, 4);
        log(anaClaire, QDate(2020, 2, 3), u"Claire summarised a tender with an assistant"_s, 5);
        log(bobDenis, QDate(2020, 1, 21), u"Denis polished his profile"_s, 3);

        const DebriefService debriefs(db());
        Debrief mid = debriefs.prepare(anaClaire, DebriefKind::MidTerm, QDate(2020, 3, 20)).value();
        for (ObjectiveReview& review : mid.reviews)
            review.newLevel = 2;
        mid.comments = u"Good progress, keep going"_s;
        mid.menteeSatisfaction = 5;
        mid.mentorSatisfaction = 4;
        ASSERT_TRUE(debriefs.record(mid).ok());

        ASSERT_TRUE(pairing.setExcluded(programId, {bob, claire}, true).ok());
    }

    qint64 add(Role role, const QString& first, const QString& last, const QString& department,
               QList<SkillAssessment> skills) {
        Participant p;
        p.role = role;
        p.firstName = first;
        p.lastName = last;
        p.email = first.toLower() + u"@example.org"_s;
        p.department = department;
        p.site = u"Paris"_s;
        p.jobTitle = role == Role::Junior ? u"Analyste"_s : u"Acheteuse senior"_s;
        p.languages = {u"fr"_s};
        p.skills = std::move(skills);
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(db()).enrol(programId, {id.ok() ? *id : 0}).ok());
        return id.ok() ? *id : 0;
    }

    qint64 skillId(const QString& code) {
        const auto skills = SkillCatalogService(db()).list().value();
        for (const Skill& s : skills)
            if (s.code == code)
                return s.id;
        ADD_FAILURE() << "no skill " << code.toStdString();
        return 0;
    }

    void log(qint64 binome, const QDate& date, const QString& notes, int rating) {
        Session s;
        s.binomeId = binome;
        s.date = date;
        s.minutes = 60;
        s.notes = notes;
        s.nextSteps = u"Try it alone"_s;
        s.menteeRating = rating;
        s.mentorRating = rating;
        const auto id = SessionService(db()).log(s);
        ASSERT_TRUE(id.ok()) << id.error().toStdString();
    }

    ParticipantDossier dossierOf(const QString& email) {
        const auto built = ParticipantDossierService(db()).build(email, QDate(2020, 7, 1));
        EXPECT_TRUE(built.ok()) << (built.ok() ? std::string() : built.error().toStdString());
        EXPECT_TRUE(built.ok() && built->has_value());
        return built.ok() && built->has_value() ? built->value() : ParticipantDossier();
    }

    qint64 programId = 0;
    qint64 ana = 0, bob = 0, claire = 0, denis = 0;
    qint64 anaClaire = 0, bobDenis = 0;
};

} // namespace

TEST_F(ParticipantDossierTest, GathersEverythingHeldAboutThePerson) {
    const ParticipantDossier d = dossierOf(u"  CLAIRE@example.org "_s); // any case, trimmed
    EXPECT_EQ(d.person.id, claire);
    EXPECT_EQ(d.person.department, u"Achats"_s);
    ASSERT_EQ(d.person.skills.size(), 1);
    EXPECT_EQ(d.person.skills.first().target, 4);
    ASSERT_EQ(d.programs.size(), 1);
    EXPECT_EQ(d.programs.first().name, u"Cohorte 2020"_s);
    ASSERT_EQ(d.binomes.size(), 1);
    const DossierBinome& b = d.binomes.first();
    EXPECT_EQ(b.binome.id, anaClaire);
    EXPECT_EQ(b.role, Role::Senior);
    EXPECT_EQ(b.partnerName, u"Ana Martin"_s);
    EXPECT_FALSE(b.why.isEmpty());
    // Her objectives only: Ana's reverse objective is Ana's.
    ASSERT_EQ(b.objectives.size(), 1);
    EXPECT_EQ(b.objectives.first().learner, Learner::Senior);
    ASSERT_EQ(b.sessions.size(), 2);
    EXPECT_EQ(b.sessions.first().notes, u"Claire summarised a tender with an assistant"_s);
    ASSERT_EQ(b.debriefs.size(), 1);
    EXPECT_EQ(b.debriefs.first().comments, u"Good progress, keep going"_s);
    ASSERT_EQ(b.debriefs.first().reviews.size(), 1);
    EXPECT_EQ(b.debriefs.first().reviews.first().objectiveId, b.objectives.first().id);
    // Level history: HR's entry (dated the day it was saved) and the debrief's 2.
    ASSERT_EQ(d.levelHistory.size(), 2);
    const auto fromDebrief =
        std::find_if(d.levelHistory.cbegin(), d.levelHistory.cend(),
                     [](const LevelRecord& r) { return r.source == LevelSource::Debrief; });
    ASSERT_NE(fromDebrief, d.levelHistory.cend());
    EXPECT_EQ(fromDebrief->level, 2);
    EXPECT_EQ(fromDebrief->date, QDate(2020, 3, 20));
    ASSERT_EQ(d.exclusions.size(), 1);
    EXPECT_EQ(d.exclusions.first().otherName, u"Bob Durand"_s);

    const ParticipantDossier mentor = dossierOf(u"ana@example.org"_s);
    ASSERT_EQ(mentor.binomes.size(), 1);
    EXPECT_EQ(mentor.binomes.first().role, Role::Junior);
    EXPECT_EQ(mentor.binomes.first().partnerName, u"Claire Lefèvre"_s);
    ASSERT_EQ(mentor.binomes.first().objectives.size(), 1); // her reverse objective
    EXPECT_EQ(mentor.binomes.first().objectives.first().learner, Learner::Junior);
    EXPECT_TRUE(mentor.exclusions.isEmpty());
}

TEST_F(ParticipantDossierTest, AnUnknownEmailHasNoDossier) {
    const auto built =
        ParticipantDossierService(db()).build(u"nobody@example.org"_s, QDate(2020, 7, 1));
    ASSERT_TRUE(built.ok());
    EXPECT_FALSE(built->has_value());
}

TEST_F(ParticipantDossierTest, EndedBinomesStayInTheDossier) {
    ASSERT_TRUE(
        BinomeService(db()).end(anaClaire, QDate(2020, 4, 1), EndReason::Mismatch, QString()).ok());
    const ParticipantDossier d = dossierOf(u"claire@example.org"_s);
    ASSERT_EQ(d.binomes.size(), 1);
    EXPECT_EQ(d.binomes.first().binome.status, BinomeStatus::Ended);
    const json j = json::parse(dossierToJson(d).toStdString());
    EXPECT_EQ(j["binomes"][0]["status"], "ended");
    EXPECT_EQ(j["binomes"][0]["end"], "2020-04-01");
    EXPECT_EQ(j["binomes"][0]["end_reason"], "mismatch");
}

TEST_F(ParticipantDossierTest, JsonHoldsTheirSessionsAndNothingAboutOthers) {
    const ParticipantDossier d = dossierOf(u"claire@example.org"_s);
    const QByteArray bytes = dossierToJson(d);
    const json j = json::parse(bytes.toStdString());
    EXPECT_EQ(j["generated"], "2020-07-01");
    EXPECT_EQ(j["participant"]["email"], "claire@example.org");
    EXPECT_EQ(j["participant"]["last_name"], "Lefèvre");
    EXPECT_EQ(j["participant"]["department"], "Achats");
    EXPECT_EQ(j["skills"][0]["code"], "genai");
    EXPECT_EQ(j["skills"][0]["target"], 4);
    EXPECT_EQ(j["level_history"].size(), 2U);
    bool debriefLevel = false;
    for (const json& record : j["level_history"])
        debriefLevel =
            debriefLevel || (record["source"] == "debrief" && record["level"] == 2 &&
                             record["date"] == "2020-03-20" && record["skill"] == "genai");
    EXPECT_TRUE(debriefLevel) << j["level_history"].dump();
    EXPECT_EQ(j["programs"][0]["name"], "Cohorte 2020");
    EXPECT_EQ(j["programs"][0]["start"], "2020-01-06");
    const json& binome = j["binomes"][0];
    EXPECT_EQ(binome["partner"], "Ana Martin");
    EXPECT_EQ(binome["role"], "senior");
    EXPECT_EQ(binome["start"], "2020-01-06");
    ASSERT_EQ(binome["sessions"].size(), 2U);
    EXPECT_EQ(binome["sessions"][1]["notes"], "Claire wrote her first prompt");
    EXPECT_EQ(binome["sessions"][1]["date"], "2020-01-20");
    EXPECT_EQ(binome["sessions"][1]["mentee_rating"], 4);
    EXPECT_EQ(binome["objectives"].size(), 1U);
    EXPECT_EQ(binome["objectives"][0]["skill"], "genai");
    EXPECT_EQ(binome["debriefs"][0]["comments"], "Good progress, keep going");
    EXPECT_EQ(binome["debriefs"][0]["mentee_satisfaction"], 5);
    EXPECT_EQ(j["exclusions"][0]["with"], "Bob Durand");

    // Nothing about other people beyond the names of her partner (and of whom she is excluded
    // with): no other e-mail, department, job or session, and Denis not at all.
    const QString text = QString::fromUtf8(bytes);
    for (const QString& other :
         {u"ana@example.org"_s, u"bob@example.org"_s, u"denis@example.org"_s, u"Finance"_s,
          u"Logistique"_s, u"Juridique"_s, u"Analyste"_s, u"Denis"_s, u"Moreau"_s,
          u"polished his profile"_s, u"pivot tables"_s})
        EXPECT_FALSE(text.contains(other)) << other.toStdString();
    EXPECT_EQ(text.count(u"Bob Durand"_s), 1);
    EXPECT_EQ(text.count(u"@example.org"_s), 1);
}

TEST_F(ParticipantDossierTest, WriteDossierFileRefusesAnUnwritablePlace) {
    const ParticipantDossier d = dossierOf(u"claire@example.org"_s);
    const Status written = writeDossierFile(file(u"missing/dir/claire.json"_s), d);
    EXPECT_FALSE(written.ok());
    EXPECT_TRUE(writeDossierFile(file(u"claire.json"_s), d).ok());
    EXPECT_TRUE(QFile::exists(file(u"claire.json"_s)));
}

TEST_F(ParticipantDossierTest, PdfHoldsTheDossierInEnglish) {
    EnglishAfterwards restore;
    installTranslations(*qApp, u"en"_s);
    const QString pdf = file(u"claire.pdf"_s);
    ASSERT_TRUE(writeParticipantReport(dossierOf(u"claire@example.org"_s), pdf).ok());
    const QString text = pdfText(pdf).simplified();
    for (const QString& expected :
         {u"Claire Lefèvre"_s, u"claire@example.org"_s, u"Achats"_s, u"Ana Martin"_s,
          u"Cohorte 2020"_s, u"Generative AI"_s, u"Claire wrote her first prompt"_s,
          u"Good progress, keep going"_s, u"Bob Durand"_s, u"Personal data held about"_s,
          u"Wednesday, 1 July 2020"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(text.contains(u"Denis polished"_s));
    const int pages = pdfPages(pdf);
    EXPECT_GE(pages, 1);
    EXPECT_TRUE(text.contains(u"Page %1 of %1"_s.arg(pages)));
    EXPECT_EQ(renderedPages(pdf), pages);
}

TEST_F(ParticipantDossierTest, PdfHoldsTheDossierInFrench) {
    EnglishAfterwards restore;
    ASSERT_EQ(installTranslations(*qApp, u"fr"_s), u"fr"_s);
    const QString pdf = file(u"claire-fr.pdf"_s);
    ASSERT_TRUE(writeParticipantReport(dossierOf(u"claire@example.org"_s), pdf).ok());
    const QString text = pdfText(pdf).simplified();
    for (const QString& expected :
         {u"Claire Lefèvre"_s, u"Ana Martin"_s, u"IA générative"_s, u"Senior (mentoré)"_s,
          u"1 juillet 2020"_s, u"20/01/2020"_s, u"Claire wrote her first prompt"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(text.contains(u"Generative AI"_s));
    EXPECT_EQ(renderedPages(pdf), pdfPages(pdf));
}

TEST_F(ParticipantDossierTest, AHostileNamePrintsAsTyped) {
    Participant claireRecord = dossierOf(u"claire@example.org"_s).person;
    claireRecord.firstName = Hostile;
    ASSERT_TRUE(ParticipantService(db()).save(claireRecord).ok());
    const ParticipantDossier d = dossierOf(u"claire@example.org"_s);
    const QString pdf = file(u"hostile.pdf"_s);
    ASSERT_TRUE(writeParticipantReport(d, pdf).ok());
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"<b>x</b> & \"q\""_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"&amp;"_s));
    EXPECT_EQ(renderedPages(pdf), pdfPages(pdf));
    // The JSON keeps it exactly, the mark included.
    const json j = json::parse(dossierToJson(d).toStdString());
    EXPECT_EQ(QString::fromStdString(j["participant"]["first_name"].get<std::string>()), Hostile);
}
