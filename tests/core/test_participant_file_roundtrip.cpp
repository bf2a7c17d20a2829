#include "binome/domain/Skill.h"
#include "binome/exchange/ParticipantFile.h"

#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

const SkillCodeMap& skills() {
    static const SkillCodeMap map = makeSkillCodeMap(builtInSkills());
    return map;
}

std::string dump(const ParticipantFileContents& contents) {
    QStringList lines;
    for (const ImportProblem& p : contents.problems)
        lines << p.toString();
    return lines.join(u'\n').toStdString();
}

/// Every field set, with the characters that CSV and JSON must carry: accents, quotes,
/// separators, line breaks.
Participant fullJunior() {
    Participant p;
    p.role = Role::Junior;
    p.firstName = u"Inès"_s;
    p.lastName = u"Boucher-Lefèvre"_s;
    p.email = u"Ines.Boucher@Example.org"_s;
    p.department = u"Marketing; digital"_s;
    p.site = u"Lyon, Part-Dieu"_s;
    p.jobTitle = u"Chargée de \"communication\"\ndigitale\r\n(2e ligne)"_s;
    p.birthYear = 2001;
    p.languages = {u"fr"_s, u"en"_s, u"ar"_s};
    p.capacity = 3;
    p.managerEmail = u"theo.marchand@example.org"_s;
    p.mode = MeetingMode::Remote;
    p.availability.set(0);
    p.availability.set(7);
    p.availability.set(13);
    p.archived = true;
    p.skills = {{u"DC4.2"_s, 3, {}, {}}, {u"genai"_s, 5, {}, {}}, {u"linkedin"_s, 0, {}, {}}};
    return p;
}

Participant fullSenior() {
    Participant p;
    p.role = Role::Senior;
    p.firstName = u"Martine"_s;
    p.lastName = u"Rey"_s;
    p.email = u"martine.rey@example.org"_s;
    p.department = u"Finance\tcomptabilité"_s;
    p.site = u"Paris"_s;
    p.jobTitle = u"Responsable comptabilité; consolidation"_s;
    p.birthYear = 1967;
    p.languages = {u"fr"_s};
    p.capacity = 1;
    p.managerEmail = u"bernard.lemoine@example.org"_s;
    p.mode = MeetingMode::InPerson;
    p.availability.set(3);
    // Every combination of set and unset values.
    p.skills = {{u"DC1.1"_s, 1, 4, 3},         {u"genai"_s, 0, 3, {}},
                {u"linkedin"_s, {}, 4, 2},     {u"spreadsheets"_s, 2, {}, {}},
                {u"video-calls"_s, {}, {}, 1}, {u"cms"_s, {}, 5, {}}};
    std::sort(p.skills.begin(), p.skills.end(),
              [](const SkillAssessment& a, const SkillAssessment& b) {
                  return a.skillCode < b.skillCode;
              });
    return p;
}

/// Only the required fields: every optional one unset.
Participant minimalSenior() {
    Participant p;
    p.role = Role::Senior;
    p.firstName = u"Gérard"_s;
    p.lastName = u"O'Neill"_s;
    p.email = u"gerard@example.org"_s;
    return p;
}

Participant minimalJunior() {
    Participant p;
    p.role = Role::Junior;
    p.firstName = u"\"Théo\""_s;
    p.lastName = u"Marchand"_s;
    p.email = u"theo.marchand@example.org"_s;
    return p;
}

QList<Participant> everyone() {
    return {fullJunior(), fullSenior(), minimalSenior(), minimalJunior()};
}

void expectSameData(const QList<Participant>& expected, const ParticipantFileContents& read) {
    EXPECT_TRUE(read.problems.isEmpty()) << dump(read);
    ASSERT_EQ(read.participants.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Participant& got = read.participants[i].participant;
        EXPECT_TRUE(got.sameData(expected[i]))
            << "participant " << i << ": " << got.fullName().toStdString();
        EXPECT_EQ(got.jobTitle, expected[i].jobTitle);
        EXPECT_EQ(got.skills, expected[i].skills);
        EXPECT_EQ(got.languages, expected[i].languages);
    }
}

} // namespace

TEST(ParticipantFileRoundTrip, CsvExportReimportsToTheSameData) {
    const QByteArray bytes = participantsToCsv(everyone(), {u"linkedin"_s, u"genai"_s});
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    EXPECT_TRUE(text.startsWith(u"role;first_name;last_name;email;department;site;job_title;"
                                u"birth_year;languages;capacity;manager;mode;availability;"
                                u"archived;skill:linkedin;target:linkedin;priority:linkedin;"
                                u"skill:genai;target:genai;priority:genai;"_s))
        << text.left(400).toStdString();
    // Codes not asked for are still written (sorted), so that nothing is lost.
    EXPECT_TRUE(
        text.contains(u";priority:genai;skill:DC1.1;target:DC1.1;priority:DC1.1;skill:DC4.2;"_s));
    EXPECT_TRUE(text.contains(u";fr|en|ar;"_s));
    EXPECT_TRUE(text.contains(u";remote;mon-am|thu-pm|sun-pm;yes;"_s));
    EXPECT_TRUE(text.contains(u"\"Responsable comptabilité; consolidation\""_s));
    expectSameData(everyone(), readParticipantCsv(bytes, u"export.csv"_s, skills()));
}

TEST(ParticipantFileRoundTrip, JsonExportReimportsToTheSameData) {
    const QByteArray bytes = participantsToJson(everyone());
    const QString text = QString::fromUtf8(bytes);
    EXPECT_TRUE(text.contains(u"\"first_name\": \"Inès\""_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"\"genai\": 5"_s));
    EXPECT_TRUE(text.contains(u"\"availability\": [\n        \"mon-am\""_s));
    const ParticipantFileContents read = readParticipantJson(bytes, u"export.json"_s, skills());
    expectSameData(everyone(), read);
    // Lines of the pretty-printed objects: the first opens on line 3.
    ASSERT_FALSE(read.participants.isEmpty());
    EXPECT_EQ(read.participants[0].line, 3);
}

TEST(ParticipantFileRoundTrip, WriteParticipantFileByExtensionAndReadItBack) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList codes = {u"genai"_s};
    for (const QString& name : {u"out.csv"_s, u"out.JSON"_s}) {
        const QString path = dir.filePath(name);
        const Status written = writeParticipantFile(path, everyone(), codes);
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        expectSameData(everyone(), readParticipantFile(path, skills()));
        // Written again over the old file: replaced whole.
        ASSERT_TRUE(writeParticipantFile(path, {minimalSenior()}, codes).ok());
        expectSameData({minimalSenior()}, readParticipantFile(path, skills()));
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2);

    const Status badType = writeParticipantFile(dir.filePath(u"out.xlsx"_s), everyone(), codes);
    ASSERT_FALSE(badType.ok());
    EXPECT_TRUE(badType.error().contains(u"out.xlsx"_s));

    const QString noDir = dir.filePath(u"missing/folder/out.csv"_s);
    const Status cannot = writeParticipantFile(noDir, everyone(), codes);
    ASSERT_FALSE(cannot.ok());
    EXPECT_TRUE(cannot.error().contains(QDir::toNativeSeparators(noDir)))
        << cannot.error().toStdString();
}

TEST(ParticipantFileRoundTrip, SharedSampleSurvivesExportAndReimport) {
    for (const char* name : {"participants-sample.csv", "participants-sample.json"}) {
        const ParticipantFileContents first = readParticipantFile(
            QStringLiteral(BINOME_SHARED_SAMPLES_DIR "/") + QString::fromLatin1(name), skills());
        ASSERT_TRUE(first.problems.isEmpty()) << dump(first);
        QList<Participant> people;
        for (const ParsedParticipant& p : first.participants)
            people << p.participant;
        expectSameData(people,
                       readParticipantCsv(participantsToCsv(people, {}), u"x.csv"_s, skills()));
        expectSameData(people,
                       readParticipantJson(participantsToJson(people), u"x.json"_s, skills()));
    }
}
