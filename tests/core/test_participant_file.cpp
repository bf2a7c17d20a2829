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

QString problems(const ParticipantFileContents& contents) {
    QStringList lines;
    for (const ImportProblem& p : contents.problems)
        lines << p.toString();
    return lines.join(u'\n');
}

std::string dump(const ParticipantFileContents& contents) {
    return problems(contents).toStdString();
}

/// The problems on this line for this field.
int count(const ParticipantFileContents& contents, int line, const QString& field) {
    int n = 0;
    for (const ImportProblem& p : contents.problems)
        n += p.line == line && p.field == field ? 1 : 0;
    return n;
}

ParticipantFileContents csv(const char* text) {
    return readParticipantCsv(QByteArray(text), u"in.csv"_s, skills());
}

ParticipantFileContents json(const char* text) {
    return readParticipantJson(QByteArray(text), u"in.json"_s, skills());
}

const Participant* find(const ParticipantFileContents& contents, const QString& firstName) {
    for (const ParsedParticipant& p : contents.participants) {
        if (p.participant.firstName == firstName)
            return &p.participant;
    }
    return nullptr;
}

HalfDays days(std::initializer_list<int> indexes) {
    HalfDays d;
    for (const int i : indexes)
        d.set(i);
    return d;
}

const char* const Header = "role;first_name;last_name;email\r\n";

} // namespace

// --- the shared samples ------------------------------------------------------------------

TEST(ParticipantFile, SharedCsvSampleReadsWithAccentsIntact) {
    const ParticipantFileContents c = readParticipantFile(
        QStringLiteral(BINOME_SHARED_SAMPLES_DIR "/participants-sample.csv"), skills());
    EXPECT_TRUE(c.problems.isEmpty()) << dump(c);
    EXPECT_EQ(c.format, u"csv"_s);
    ASSERT_EQ(c.participants.size(), 6);
    EXPECT_EQ(c.participants[0].line, 2);
    EXPECT_EQ(c.participants[5].line, 7);

    const Participant* ines = find(c, u"Inès"_s);
    ASSERT_TRUE(ines);
    EXPECT_EQ(ines->role, Role::Junior);
    EXPECT_EQ(ines->jobTitle, u"Chargée de communication digitale"_s);
    EXPECT_EQ(ines->languages, (QStringList{u"fr"_s, u"en"_s}));
    EXPECT_EQ(ines->capacity, 2);
    EXPECT_EQ(ines->mode, MeetingMode::Remote);
    EXPECT_EQ(ines->availability, days({0, 7}));
    ASSERT_EQ(ines->skills.size(), 4);
    // Sorted by code, with the catalog's spelling.
    EXPECT_EQ(ines->skills[0], (SkillAssessment{u"DC4.2"_s, 3, {}, {}}));
    EXPECT_EQ(ines->skills[1], (SkillAssessment{u"genai"_s, 4, {}, {}}));
    EXPECT_EQ(ines->skills[2], (SkillAssessment{u"linkedin"_s, 5, {}, {}}));
    EXPECT_EQ(ines->skills[3], (SkillAssessment{u"spreadsheets"_s, 3, {}, {}}));

    const Participant* theo = find(c, u"Théo"_s);
    ASSERT_TRUE(theo);
    EXPECT_EQ(theo->department, u"Systèmes d'information"_s);
    EXPECT_EQ(theo->mode, MeetingMode::Either);

    ASSERT_TRUE(find(c, u"Yasmine"_s));
    EXPECT_EQ(find(c, u"Yasmine"_s)->jobTitle, u"Analyste \"data\""_s);
    EXPECT_EQ(find(c, u"Yasmine"_s)->languages, (QStringList{u"fr"_s, u"ar"_s, u"en"_s}));

    const Participant* martine = find(c, u"Martine"_s);
    ASSERT_TRUE(martine);
    EXPECT_EQ(martine->role, Role::Senior);
    EXPECT_EQ(martine->jobTitle, u"Responsable comptabilité; consolidation"_s);
    EXPECT_EQ(martine->managerEmail, u"bernard.lemoine@example.org"_s);
    EXPECT_EQ(martine->capacity, 1);

    const Participant* bernard = find(c, u"Bernard"_s);
    ASSERT_TRUE(bernard);
    EXPECT_EQ(bernard->department, u"Direction générale"_s);
    EXPECT_EQ(bernard->birthYear, 1962);
    EXPECT_EQ(bernard->mode, MeetingMode::InPerson);
    ASSERT_TRUE(bernard->skill(u"linkedin"_s));
    EXPECT_EQ(*bernard->skill(u"linkedin"_s), (SkillAssessment{u"linkedin"_s, 1, 4, 3}));
    EXPECT_EQ(*bernard->skill(u"genai"_s), (SkillAssessment{u"genai"_s, 0, 3, 2}));
    ASSERT_TRUE(find(c, u"Gérard"_s));
}

TEST(ParticipantFile, SharedJsonSampleReadsWithAccentsIntact) {
    const ParticipantFileContents c = readParticipantFile(
        QStringLiteral(BINOME_SHARED_SAMPLES_DIR "/participants-sample.json"), skills());
    EXPECT_TRUE(c.problems.isEmpty()) << dump(c);
    EXPECT_EQ(c.format, u"json"_s);
    ASSERT_EQ(c.participants.size(), 2);
    EXPECT_EQ(c.participants[0].line, 3);
    EXPECT_EQ(c.participants[1].line, 29);
    const Participant& ines = c.participants[0].participant;
    EXPECT_EQ(ines.firstName, u"Inès"_s);
    EXPECT_EQ(ines.jobTitle, u"Chargée de communication digitale"_s);
    EXPECT_EQ(ines.capacity, 2);
    EXPECT_EQ(ines.availability, days({0, 7}));
    EXPECT_EQ(ines.skills.size(), 4);
    EXPECT_EQ(ines.skills[0].skillCode, u"DC4.2"_s);
    const Participant& bernard = c.participants[1].participant;
    EXPECT_EQ(bernard.role, Role::Senior);
    EXPECT_EQ(bernard.department, u"Direction générale"_s);
    EXPECT_EQ(*bernard.skill(u"spreadsheets"_s), (SkillAssessment{u"spreadsheets"_s, 2, 3, 1}));
    EXPECT_EQ(bernard.mode, MeetingMode::InPerson);
}

// --- CSV dialects ------------------------------------------------------------------------

TEST(ParticipantFile, CsvWithCommaTabOrSemicolonAndCrlfOrLf) {
    const char* files[] = {
        "role;first_name;last_name;email;languages\r\njunior;Inès;Boucher;ines@example.org;fr|"
        "en\r\n",
        "role,first_name,last_name,email,languages\njunior,Inès,Boucher,ines@example.org,\"fr,"
        "en\"\n",
        "role\tfirst_name\tlast_name\temail\tlanguages\r\njunior\tInès\tBoucher\tines@example."
        "org\tfr,en",
    };
    for (const char* text : files) {
        const ParticipantFileContents c = csv(text);
        EXPECT_TRUE(c.problems.isEmpty()) << dump(c);
        ASSERT_EQ(c.participants.size(), 1);
        EXPECT_EQ(c.participants[0].line, 2);
        EXPECT_EQ(c.participants[0].participant.firstName, u"Inès"_s);
        EXPECT_EQ(c.participants[0].participant.languages, (QStringList{u"fr"_s, u"en"_s}));
    }
}

TEST(ParticipantFile, Windows1252BytesAreNotMisreadAsUtf8) {
    // "Prénom" and "Inès" as a French Excel "CSV (point-virgule)" saves them: é = 0xE9.
    const ParticipantFileContents c =
        csv("R\xF4le;Pr\xE9nom;Nom;Courriel;Service\r\n"
            "junior;In\xE8s;Boucher;ines@example.org;Syst\xE8mes d'information\r\n");
    EXPECT_TRUE(c.problems.isEmpty()) << dump(c);
    ASSERT_EQ(c.participants.size(), 1);
    EXPECT_EQ(c.participants[0].participant.firstName, u"Inès"_s);
    EXPECT_EQ(c.participants[0].participant.department, u"Systèmes d'information"_s);
    EXPECT_FALSE(c.participants[0].participant.firstName.contains(u"Ã"_s));

    const ParticipantFileContents fromFile = readParticipantFile(
        QStringLiteral(BINOME_TEST_DATA_DIR "/participants-windows1252.csv"), skills());
    EXPECT_TRUE(fromFile.problems.isEmpty()) << dump(fromFile);
    ASSERT_EQ(fromFile.participants.size(), 2);
    EXPECT_EQ(fromFile.participants[0].participant.firstName, u"Inès"_s);
    EXPECT_EQ(fromFile.participants[1].participant.firstName, u"Gérard"_s);
    EXPECT_EQ(fromFile.participants[1].participant.jobTitle,
              u"Responsable achats € – Île-de-France"_s);
}

TEST(ParticipantFile, BomOrNoBomReadTheSame) {
    const QByteArray body = "prénom;nom;courriel;rôle\r\nThéo;Marchand;theo@example.org;junior\r\n";
    for (const QByteArray& bytes : {body, QByteArray("\xEF\xBB\xBF") + body}) {
        const ParticipantFileContents c = readParticipantCsv(bytes, u"in.csv"_s, skills());
        EXPECT_TRUE(c.problems.isEmpty()) << dump(c);
        ASSERT_EQ(c.participants.size(), 1);
        EXPECT_EQ(c.participants[0].participant.firstName, u"Théo"_s);
    }
}

TEST(ParticipantFile, HeaderNamesIgnoreCaseAccentsAndSpacing) {
    const ParticipantFileContents c =
        csv("Rôle;First Name;NOM;E-mail;Département;Job_Title;Année de naissance;Langues;"
            "Capacité;Responsable;Mode;Disponibilités;Compétence:GenAI;Cible:genai;Priorité:GENAI;"
            "skill:dc4.2;archivé\r\n"
            "Senior;Martine;Rey;martine.rey@example.org;Finance;Comptable;1967;FR, EN;;"
            "bernard@example.org;Présentiel;lun-matin|MAR-APREM;1;4;2;;oui\r\n");
    EXPECT_TRUE(c.problems.isEmpty()) << dump(c);
    ASSERT_EQ(c.participants.size(), 1);
    const Participant& p = c.participants[0].participant;
    EXPECT_EQ(p.role, Role::Senior);
    EXPECT_EQ(p.lastName, u"Rey"_s);
    EXPECT_EQ(p.department, u"Finance"_s);
    EXPECT_EQ(p.jobTitle, u"Comptable"_s);
    EXPECT_EQ(p.birthYear, 1967);
    EXPECT_EQ(p.languages, (QStringList{u"fr"_s, u"en"_s}));
    EXPECT_EQ(p.capacity, 1);
    EXPECT_EQ(p.managerEmail, u"bernard@example.org"_s);
    EXPECT_EQ(p.mode, MeetingMode::InPerson);
    EXPECT_EQ(p.availability, days({0, 3}));
    EXPECT_TRUE(p.archived);
    ASSERT_EQ(p.skills.size(), 1);
    EXPECT_EQ(p.skills[0], (SkillAssessment{u"genai"_s, 1, 4, 2}));
}

TEST(ParticipantFile, MultiLineQuotedFieldKeepsTheLineNumbersThatFollow) {
    const ParticipantFileContents c = csv("role;first_name;last_name;email;job_title\r\n"
                                          "junior;Inès;Boucher;ines@example.org;\"Chargée\r\n"
                                          "de communication\r\n"
                                          "digitale\"\r\n"
                                          "junior;Théo;Marchand;not-an-email;Dev\r\n");
    ASSERT_EQ(c.participants.size(), 2);
    EXPECT_EQ(c.participants[0].line, 2);
    EXPECT_EQ(c.participants[0].participant.jobTitle, u"Chargée\r\nde communication\r\ndigitale"_s);
    EXPECT_EQ(c.participants[1].line, 5);
    ASSERT_EQ(c.problems.size(), 1) << dump(c);
    EXPECT_EQ(count(c, 5, u"email"_s), 1) << dump(c);
    EXPECT_EQ(c.problems[0].toString().left(10), u"in.csv:5: "_s);
}

// --- CSV problems, each with its line and field ------------------------------------------

TEST(ParticipantFile, CsvBadValuesAreEachReportedWithLineAndField) {
    const ParticipantFileContents c =
        csv("role;first_name;last_name;email;birth_year;capacity;mode;availability;languages;"
            "skill:genai;target:genai;priority:genai\r\n"
            "junior;A;Un;a@example.org;1850;;;;;;;\r\n"         // 2 absurd birth year
            "junior;B;Deux;b@example.org;;abc;;;;;;\r\n"        // 3 capacity not a number
            "junior;C;Trois;c@example.org;;;sometimes;;;;;\r\n" // 4 unknown mode
            "junior;D;Quatre;d@example.org;;;;mon-noon;;;;\r\n" // 5 unknown half-day
            "junior;E;Cinq;e@example.org;;;;;French;;;\r\n"     // 6 not a language code
            "junior;F;Six;f@example.org;;;;;;7;;\r\n"           // 7 level out of range
            "junior;G;Sept;g@example.org;;;;;;trois;;\r\n"      // 8 level not a number
            "junior;H;Huit;h@example.org;;;;;;3;4;2\r\n"        // 9 junior with target+priority
            "senior;I;Neuf;i@example.org;;;;;;1;4;5\r\n"        // 10 priority out of range
            "manager;J;Dix;j@example.org;;;;;;;;\r\n"           // 11 unknown role
            "senior;K;Onze;k@@example;;;;;;;;\r\n"              // 12 invalid e-mail
            "senior;;Douze;l@example.org;;;;;;;;\r\n"           // 13 no first name
            "senior;M;Treize;A@Example.org;;;;;;2.5;;\r\n"      // 14 e-mail twice, level 2.5
            "junior;N;Quatorze;n@example.org;;11;;;;;;\r\n");   // 15 capacity out of range
    EXPECT_EQ(count(c, 2, u"birth_year"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 3, u"capacity"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 4, u"mode"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 5, u"availability"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 6, u"languages"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 7, u"skill:genai"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 8, u"skill:genai"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 9, u"target:genai"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 9, u"priority:genai"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 10, u"priority:genai"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 11, u"role"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 12, u"email"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 13, u"first_name"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 14, u"email"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 14, u"skill:genai"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 15, u"capacity"_s), 1) << dump(c);
    EXPECT_EQ(c.problems.size(), 16) << dump(c);
    EXPECT_EQ(c.participants.size(), 14);
    // The duplicate names both lines.
    for (const ImportProblem& p : c.problems) {
        if (p.line == 14 && p.field == u"email") {
            EXPECT_TRUE(p.message.contains(u"line 2"_s)) << p.message.toStdString();
        }
        if (p.line == 5) {
            EXPECT_TRUE(p.message.contains(u"mon-noon"_s)) << p.message.toStdString();
        }
    }
}

TEST(ParticipantFile, CsvHeaderProblemsNameTheHeaderLine) {
    const ParticipantFileContents c = csv("role;prenom;nom;emial;skill:tiktok;cible:genai;;\r\n"
                                          "junior;Inès;Boucher;ines@example.org;3;;;\r\n");
    EXPECT_EQ(count(c, 1, u"emial"_s), 1) << dump(c);        // unknown column (a typo)
    EXPECT_EQ(count(c, 1, u"email"_s), 1) << dump(c);        // so the required one is missing
    EXPECT_EQ(count(c, 1, u"skill:tiktok"_s), 1) << dump(c); // not in the catalog
    // The missing e-mail column is reported once, not on every row; the empty trailing
    // columns (as Excel leaves them) are not a problem.
    EXPECT_EQ(c.problems.size(), 3) << dump(c);

    const ParticipantFileContents missing = csv("first_name;last_name\r\nInès;Boucher\r\n");
    EXPECT_EQ(count(missing, 1, u"role"_s), 1) << dump(missing);
    EXPECT_EQ(count(missing, 1, u"email"_s), 1) << dump(missing);
    EXPECT_EQ(missing.problems.size(), 2) << dump(missing);

    const ParticipantFileContents twice = csv(
        "role;first_name;last_name;email;courriel\r\njunior;I;B;i@example.org;x@example.org\r\n");
    EXPECT_EQ(count(twice, 1, u"email"_s), 1) << dump(twice);
}

TEST(ParticipantFile, CsvSyntaxProblemsNameTheirLine) {
    const QByteArray head = Header;
    const ParticipantFileContents tooMany =
        csv("role;first_name;last_name;email\r\n"
            "junior;Inès;Boucher;ines@example.org\r\n"
            "senior;Martine;Rey;martine@example.org;Responsable comptabilité; consolidation\r\n");
    ASSERT_EQ(tooMany.problems.size(), 1) << dump(tooMany);
    EXPECT_EQ(tooMany.problems[0].line, 3);
    EXPECT_TRUE(tooMany.problems[0].field.isEmpty());

    const ParticipantFileContents unterminated =
        csv("role;first_name;last_name;email\r\n"
            "junior;Inès;Boucher;ines@example.org\r\n"
            "senior;\"Martine;Rey;martine@example.org\r\n"
            "senior;Bernard;Lemoine;bernard@example.org\r\n");
    EXPECT_EQ(count(unterminated, 3, u"first_name"_s), 1) << dump(unterminated);
    ASSERT_FALSE(unterminated.problems.isEmpty());
}

TEST(ParticipantFile, EmptyAndHeaderOnlyFilesAreRefused) {
    EXPECT_EQ(count(csv(""), 0, QString()), 1);
    EXPECT_EQ(count(csv("\xEF\xBB\xBF\r\n\r\n"), 0, QString()), 1);
    EXPECT_EQ(count(csv(";;;\r\n"), 0, QString()), 1);
    const ParticipantFileContents headerOnly = csv(Header);
    EXPECT_EQ(count(headerOnly, 1, QString()), 1) << dump(headerOnly);
    EXPECT_EQ(count(json(""), 0, QString()), 1);
    EXPECT_EQ(json("{\"participants\": []}").problems.size(), 1);
}

TEST(ParticipantFile, BinaryFilesAreRefusedWithWhatTheyLookLike) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    struct Case {
        QString name;
        QByteArray bytes;
        QString says;
    };
    const Case cases[] = {
        {u"photo.csv"_s, QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20), u"PNG"_s},
        {u"participants.csv"_s, QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14), u"xlsx"_s},
        {u"participants.json"_s, QByteArray("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0", 14), u"xlsx"_s},
        {u"data.csv"_s, QByteArray("role;\0\0\x01\x02", 9), u"binary"_s},
    };
    for (const Case& test : cases) {
        const QString path = dir.filePath(test.name);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(test.bytes);
        file.close();
        const ParticipantFileContents c = readParticipantFile(path, skills());
        ASSERT_EQ(c.problems.size(), 1) << dump(c);
        EXPECT_EQ(c.problems[0].line, 0);
        EXPECT_TRUE(c.problems[0].message.contains(u"not a CSV or JSON file"_s)) << dump(c);
        EXPECT_TRUE(c.problems[0].message.contains(test.says)) << dump(c);
        EXPECT_TRUE(c.participants.isEmpty());
    }
    const ParticipantFileContents direct =
        readParticipantCsv(QByteArray("\x89PNG\r\n\x1A\n\0\0", 10), u"x.csv"_s, skills());
    EXPECT_EQ(direct.problems.size(), 1);
    const ParticipantFileContents missing =
        readParticipantFile(dir.filePath(u"nowhere.csv"_s), skills());
    ASSERT_EQ(missing.problems.size(), 1);
    EXPECT_TRUE(missing.problems[0].toString().startsWith(dir.filePath(u"nowhere.csv: "_s)));
}

TEST(ParticipantFile, ProblemsPrintAsFileLineFieldMessage) {
    EXPECT_EQ((ImportProblem{u"a.csv"_s, 3, u"email"_s, u"is required"_s}).toString(),
              u"a.csv:3: E-mail: is required"_s);
    EXPECT_EQ((ImportProblem{u"a.csv"_s, 0, {}, u"the file is empty"_s}).toString(),
              u"a.csv: the file is empty"_s);
    EXPECT_EQ((ImportProblem{u"a.csv"_s, 4, {}, u"too many fields"_s}).toString(),
              u"a.csv:4: too many fields"_s);
}

// --- JSON --------------------------------------------------------------------------------

TEST(ParticipantFile, JsonProblemsNameTheLineOfTheirParticipant) {
    const ParticipantFileContents c = json(R"({
  "participants": [
    {"role": "junior", "first_name": "Inès", "last_name": "Boucher",
     "email": "ines@example.org", "skills": {"genai": 4, "tiktok": 2}},
    {
      "role": "junior", "first_name": "Théo", "last_name": "Marchand",
      "email": "theo@example.org",
      "birth_year": "1999",
      "skills": {"linkedin": {"current": 3, "target": 5}}
    },
    {
      "role": "senior", "first_name": "Martine", "last_name": "Rey",
      "email": "INES@example.org", "languages": "fr, en", "capacity": 1.5,
      "skills": {"genai": {"current": 1, "target": 9, "priority": 2, "note": "x"}},
      "hobby": "golf", "archived": "no"
    },
    "Bernard",
    {"role": "boss", "first_name": "Gérard", "last_name": "Colin", "email": "gerard@example.org",
     "availability": ["mon-am", 3], "skills": [1, 2]}
  ]
})");
    EXPECT_EQ(c.format, u"json"_s);
    ASSERT_EQ(c.participants.size(), 4) << dump(c);
    EXPECT_EQ(c.participants[0].line, 3);
    EXPECT_EQ(c.participants[1].line, 5);
    EXPECT_EQ(c.participants[2].line, 11);
    EXPECT_EQ(c.participants[3].line, 18);
    EXPECT_EQ(count(c, 3, u"skill:tiktok"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 5, u"birth_year"_s), 1) << dump(c);      // a string, not a number
    EXPECT_EQ(count(c, 5, u"target:linkedin"_s), 1) << dump(c); // a junior with a target
    EXPECT_EQ(count(c, 11, u"email"_s), 1) << dump(c);          // Inès's, in other case
    EXPECT_EQ(count(c, 11, u"capacity"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 11, u"target:genai"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 11, u"skill:genai"_s), 1) << dump(c); // unknown key "note"
    EXPECT_EQ(count(c, 11, u"hobby"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 11, u"archived"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 17, QString()), 1) << dump(c); // "Bernard" is not an object
    EXPECT_EQ(count(c, 18, u"role"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 18, u"availability"_s), 1) << dump(c);
    EXPECT_EQ(count(c, 18, u"skills"_s), 1) << dump(c);
    EXPECT_EQ(c.problems.size(), 13) << dump(c);
    // "fr, en" as one string is accepted.
    EXPECT_EQ(c.participants[2].participant.languages, (QStringList{u"fr"_s, u"en"_s}));
}

TEST(ParticipantFile, JsonSyntaxErrorsNameTheirLine) {
    const ParticipantFileContents c =
        json("{\n  \"participants\": [\n    {\"role\": \"junior\",}\n  ]\n}\n");
    ASSERT_EQ(c.problems.size(), 1) << dump(c);
    EXPECT_EQ(c.problems[0].line, 3);
    EXPECT_TRUE(c.problems[0].message.startsWith(u"not valid JSON"_s)) << dump(c);

    const ParticipantFileContents wrongShape = json("{\"people\": []}");
    ASSERT_EQ(wrongShape.problems.size(), 1);
    EXPECT_EQ(wrongShape.problems[0].field, u"participants"_s);

    // A top-level array is accepted too, and a missing role is reported.
    const ParticipantFileContents array =
        json("[\n {\"first_name\": \"A\", \"last_name\": \"B\", \"email\": \"a@example.org\"}\n]");
    EXPECT_EQ(count(array, 2, u"role"_s), 1) << dump(array);
    EXPECT_EQ(array.problems.size(), 1) << dump(array);
}

TEST(ParticipantFile, ContentDecidesTheFormatThenTheExtension) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString jsonAsTxt = dir.filePath(u"export.txt"_s);
    QFile a(jsonAsTxt);
    ASSERT_TRUE(a.open(QIODevice::WriteOnly));
    a.write("\xEF\xBB\xBF  {\"participants\": [{\"role\": \"junior\", \"first_name\": \"Inès\", "
            "\"last_name\": \"B\", \"email\": \"i@example.org\"}]}");
    a.close();
    const ParticipantFileContents c = readParticipantFile(jsonAsTxt, skills());
    EXPECT_EQ(c.format, u"json"_s);
    EXPECT_TRUE(c.problems.isEmpty()) << dump(c);

    const QString csvAsJson = dir.filePath(u"export.json"_s);
    QFile b(csvAsJson);
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    b.write(Header);
    b.write("junior;Inès;B;i@example.org\r\n");
    b.close();
    const ParticipantFileContents d = readParticipantFile(csvAsJson, skills());
    EXPECT_EQ(d.format, u"csv"_s);
    EXPECT_TRUE(d.problems.isEmpty()) << dump(d);
}

// --- the documented templates ------------------------------------------------------------

TEST(ParticipantFile, DocumentedTemplatesImportCleanly) {
    for (const char* name : {"participants-template.csv", "participants-template.json"}) {
        const QString path =
            QStringLiteral(BINOME_SOURCE_DIR "/docs/templates/") + QString::fromLatin1(name);
        const ParticipantFileContents c = readParticipantFile(path, skills());
        EXPECT_TRUE(c.problems.isEmpty()) << name << "\n" << dump(c);
        ASSERT_EQ(c.participants.size(), 2) << name;
        EXPECT_EQ(c.participants[0].participant.role, Role::Junior);
        EXPECT_EQ(c.participants[1].participant.role, Role::Senior);
        EXPECT_FALSE(c.participants[1].participant.skills.isEmpty());
    }
}

TEST(ParticipantFile, MoreCsvProblemsWithTheirLineAndField) {
    const ParticipantFileContents c =
        csv("role;first_name;last_name;email;;job_title\r\n"
            "junior;Inès;Boucher;ines@example.org;oops;Dev\r\n"
            "junior;Théo;Marchand;theo@example.org;;\"Dev\" senior\r\n"
            "junior;Yasmine;Haddad;yasmine@example.org;;Analyste\r\n");
    EXPECT_EQ(count(c, 1, QString()), 1) << dump(c);      // a column with values, no name
    EXPECT_EQ(count(c, 3, u"job_title"_s), 1) << dump(c); // text after a closing quote
    EXPECT_EQ(c.problems.size(), 2) << dump(c);
    EXPECT_EQ(c.participants.size(), 3);
}

TEST(ParticipantFile, JsonAcceptsFrenchKeysAndNulls) {
    const ParticipantFileContents c = json(R"({"participants": [
  {"rôle": "senior", "prénom": "Gérard", "nom": "Colin", "courriel": "gerard@example.org",
   "service": "Achats", "année de naissance": 1965, "langues": ["FR"], "responsable": null,
   "disponibilités": "mar-matin", "mode": "distanciel",
   "compétences": {"GENAI": {"actuel": 0, "cible": 2, "priorité": 1}, "cms": null}}
]})");
    EXPECT_TRUE(c.problems.isEmpty()) << dump(c);
    ASSERT_EQ(c.participants.size(), 1);
    const Participant& p = c.participants[0].participant;
    EXPECT_EQ(p.role, Role::Senior);
    EXPECT_EQ(p.lastName, u"Colin"_s);
    EXPECT_EQ(p.department, u"Achats"_s);
    EXPECT_EQ(p.birthYear, 1965);
    EXPECT_EQ(p.languages, QStringList{u"fr"_s});
    EXPECT_EQ(p.availability, days({2}));
    EXPECT_EQ(p.mode, MeetingMode::Remote);
    ASSERT_EQ(p.skills.size(), 1);
    EXPECT_EQ(p.skills[0], (SkillAssessment{u"genai"_s, 0, 2, 1}));
}
