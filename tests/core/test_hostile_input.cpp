// Hostile input (issue #9): JSON that used to abort the program or merge keys silently,
// control characters in names, a score matrix whose total overflows.
#include "TestConfig.h"

#include "binome/domain/FollowUp.h"
#include "binome/domain/Validation.h"
#include "binome/exchange/ParticipantFile.h"

#include <QFile>
#include <QProcess>
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

ParticipantFileContents json(const QByteArray& text) {
    return readParticipantJson(text, u"in.json"_s, skills());
}

/// The errors of one field.
QStringList errorsOf(const QList<FieldError>& errors, const QString& field) {
    QStringList messages;
    for (const FieldError& e : errors) {
        if (e.field == field)
            messages << e.message;
    }
    return messages;
}

Participant validJunior() {
    Participant p;
    p.role = Role::Junior;
    p.firstName = u"Léa"_s;
    p.lastName = u"Petit"_s;
    p.email = u"lea.petit@example.org"_s;
    return p;
}

QString withControl(const QString& before, char16_t control, const QString& after) {
    return before + QChar(control) + after;
}

} // namespace

// Defect 3: json::parse threw out_of_range for 1e400 and only parse_error was caught.
TEST(HostileJson, HugeNumberAtTheTopIsAnErrorNotAnAbort) {
    const ParticipantFileContents c = json("[1e400]");
    ASSERT_EQ(c.problems.size(), 1) << dump(c);
    EXPECT_EQ(c.problems[0].file, u"in.json"_s);
    EXPECT_EQ(c.problems[0].line, 1);
    EXPECT_EQ(c.problems[0].field, u"[0]"_s);
    EXPECT_EQ(c.problems[0].message, u"the number 1e400 is too large"_s);
    EXPECT_TRUE(c.participants.isEmpty());
}

TEST(HostileJson, HugeLevelNamesItsLineAndPath) {
    const QByteArray text =
        "{\n"
        "  \"participants\": [\n"
        "    {\"role\": \"junior\", \"first_name\": \"A\", \"last_name\": \"B\",\n"
        "     \"email\": \"a@example.org\"},\n"
        "    {\"role\": \"junior\", \"first_name\": \"C\", \"last_name\": \"D\",\n"
        "     \"email\": \"c@example.org\",\n"
        "     \"skills\": {\"genai\": 1e400}}\n"
        "  ]\n"
        "}\n";
    const ParticipantFileContents c = json(text);
    ASSERT_EQ(c.problems.size(), 1) << dump(c);
    EXPECT_EQ(c.problems[0].toString(),
              u"in.json:7: participants[1].skills.genai: the number 1e400 is too large"_s);

    // A whole number of 400 digits overflows the same way.
    const QByteArray digits =
        "[{\"role\": \"junior\", \"birth_year\": 1" + QByteArray(400, '0') + "}]";
    const ParticipantFileContents d = json(digits);
    ASSERT_EQ(d.problems.size(), 1) << dump(d);
    EXPECT_EQ(d.problems[0].field, u"[0].birth_year"_s);
    EXPECT_TRUE(d.problems[0].message.endsWith(u"is too large"_s)) << dump(d);

    // A level that fits a double but not a level is a plain field error, as before.
    const ParticipantFileContents e =
        json("[{\"role\": \"junior\", \"first_name\": \"A\", \"last_name\": \"B\", "
             "\"email\": \"a@example.org\", \"skills\": {\"genai\": 1e300}}]");
    ASSERT_EQ(e.problems.size(), 1) << dump(e);
    EXPECT_EQ(e.problems[0].field, u"skill:genai"_s);
}

TEST(HostileJson, DuplicateKeysAreRefusedNotMerged) {
    const QByteArray text = "{\"participants\": [\n"
                            "  {\"role\": \"junior\", \"first_name\": \"Anna\",\n"
                            "   \"last_name\": \"Bell\", \"email\": \"a@example.org\",\n"
                            "   \"first_name\": \"Mallory\"}\n"
                            "]}\n";
    const ParticipantFileContents c = json(text);
    ASSERT_EQ(c.problems.size(), 1) << dump(c);
    EXPECT_EQ(c.problems[0].toString(),
              u"in.json:4: participants[0].first_name: the key \"first_name\" is given twice in "
              "the same object: keep one of them"_s);
    EXPECT_TRUE(c.participants.isEmpty());

    const ParticipantFileContents skill =
        json("[{\"role\": \"junior\", \"skills\": {\"genai\": 1,\n \"genai\": 5}}]");
    ASSERT_EQ(skill.problems.size(), 1) << dump(skill);
    EXPECT_EQ(skill.problems[0].line, 2);
    EXPECT_EQ(skill.problems[0].field, u"[0].skills.genai"_s);

    const ParticipantFileContents top = json("{\"participants\": [], \"participants\": []}");
    ASSERT_EQ(top.problems.size(), 1) << dump(top);
    EXPECT_EQ(top.problems[0].field, u"participants"_s);
    EXPECT_TRUE(top.problems[0].message.contains(u"given twice"_s));

    // Two spellings of one field ("first_name" and "prénom") are refused too.
    const ParticipantFileContents spellings =
        json("[{\"role\": \"junior\", \"first_name\": \"Anna\", \"prénom\": \"Mallory\", "
             "\"last_name\": \"Bell\", \"email\": \"a@example.org\"}]");
    ASSERT_EQ(spellings.problems.size(), 1) << dump(spellings);
    EXPECT_EQ(spellings.problems[0].field, u"first_name"_s);
    EXPECT_TRUE(spellings.problems[0].message.contains(u"given twice"_s)) << dump(spellings);
}

TEST(HostileJson, SyntaxErrorsStillNameTheirPlace) {
    const ParticipantFileContents c =
        json("[\n {\"role\": \"junior\",\n  \"skills\": {\"genai\": }}]");
    ASSERT_EQ(c.problems.size(), 1) << dump(c);
    EXPECT_EQ(c.problems[0].line, 3);
    EXPECT_EQ(c.problems[0].field, u"[0].skills.genai"_s);
    EXPECT_TRUE(c.problems[0].message.startsWith(u"not valid JSON"_s)) << dump(c);
}

// Defect 9: a control character in a name broke the export and its re-import.
TEST(ControlCharacters, NamesRefuseEveryControlCharacter) {
    Participant p = validJunior();
    EXPECT_TRUE(validateParticipant(p).isEmpty());

    p.firstName = withControl(u"Lé"_s, u'\0', u"a"_s);
    p.lastName = withControl(u"Pe"_s, u'\t', u"tit"_s);
    p.department = withControl(u"IT"_s, u'\x1b', u"[31m"_s);
    p.site = withControl(u"Lyon"_s, u'\0', u""_s);
    p.jobTitle = withControl(u"Dev"_s, u'\x85', u""_s); // NEL, a C1 control
    const QList<FieldError> errors = validateParticipant(p);
    EXPECT_EQ(errorsOf(errors, u"first_name"_s),
              QStringList{u"contains a control character (U+0000) at character 3: remove it"_s});
    EXPECT_EQ(errorsOf(errors, u"last_name"_s),
              QStringList{u"contains a control character (U+0009) at character 3: remove it"_s});
    EXPECT_EQ(errorsOf(errors, u"department"_s).size(), 1);
    EXPECT_TRUE(errorsOf(errors, u"department"_s).value(0).contains(u"U+001B"_s));
    EXPECT_EQ(errorsOf(errors, u"site"_s).size(), 1);
    EXPECT_EQ(errorsOf(errors, u"job_title"_s).size(), 1);

    Participant mail = validJunior();
    mail.email = withControl(u"lea.petit@example.org"_s, u'\0', u""_s);
    mail.managerEmail = withControl(u"boss@example.org"_s, u'\r', u""_s);
    const QList<FieldError> mailErrors = validateParticipant(mail);
    ASSERT_EQ(errorsOf(mailErrors, u"email"_s).size(), 1);
    EXPECT_TRUE(errorsOf(mailErrors, u"email"_s)[0].contains(u"U+0000"_s));
    ASSERT_EQ(errorsOf(mailErrors, u"manager"_s).size(), 1);
    EXPECT_TRUE(errorsOf(mailErrors, u"manager"_s)[0].contains(u"U+000D"_s));

    // Free-text fields keep tabs and line breaks: a two-line job title is fine.
    Participant text = validJunior();
    text.department = u"Finance\tcomptabilité"_s;
    text.jobTitle = u"Chargée de communication\r\ndigitale"_s;
    text.site = u"Lyon\nPart-Dieu"_s;
    EXPECT_TRUE(validateParticipant(text).isEmpty());
    text.firstName = u"Léa\nPetit"_s;
    EXPECT_EQ(errorsOf(validateParticipant(text), u"first_name"_s).size(), 1);
}

TEST(ControlCharacters, NotesAndDescriptionsKeepLineBreaksAndTabs) {
    Program program;
    program.name = u"Pilot"_s;
    program.startDate = QDate(2026, 1, 5);
    program.endDate = QDate(2026, 6, 30);
    program.description = u"Line one\r\n\tLine two"_s;
    EXPECT_TRUE(validateProgram(program).isEmpty())
        << joinErrors(validateProgram(program)).toStdString();
    program.name = withControl(u"Pilot"_s, u'\n', u"2"_s);
    program.description = withControl(u"Text"_s, u'\0', u""_s);
    const QList<FieldError> programErrors = validateProgram(program);
    EXPECT_EQ(errorsOf(programErrors, u"name"_s).size(), 1);
    EXPECT_EQ(errorsOf(programErrors, u"description"_s).size(), 1);

    Skill skill;
    skill.code = u"genai2"_s;
    skill.nameEn = withControl(u"Gen"_s, u'\a', u"AI"_s);
    skill.area = 3;
    EXPECT_EQ(errorsOf(validateSkill(skill), u"name"_s).size(), 1);

    Objective objective;
    objective.skillId = 1;
    objective.startLevel = 1;
    objective.targetLevel = 3;
    objective.description = u"Write prompts\n\tthen review them"_s;
    EXPECT_TRUE(validateObjective(objective).isEmpty());
    objective.description += QChar(u'\0');
    EXPECT_EQ(errorsOf(validateObjective(objective), u"description"_s).size(), 1);

    Session session;
    session.date = QDate(2026, 2, 3);
    session.notes = u"Covered:\n\t- prompts"_s;
    session.nextSteps = u"Try it\r\nalone"_s;
    EXPECT_TRUE(validateSession(session).isEmpty());
    session.notes = withControl(u"Covered"_s, u'\0', u""_s);
    session.nextSteps = withControl(u"Next"_s, u'\x1b', u""_s);
    const QList<FieldError> sessionErrors = validateSession(session);
    EXPECT_EQ(errorsOf(sessionErrors, u"notes"_s).size(), 1);
    EXPECT_EQ(errorsOf(sessionErrors, u"next_steps"_s).size(), 1);
}

TEST(ControlCharacters, ImportsNameTheFileLineAndField) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"people.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("role;first_name;last_name;email\n"
               "junior;Anna;Bell;anna.bell@example.org\n"
               "junior;Lé\x01"
               "a;Petit;lea.petit@example.org\n");
    file.close();
    const ParticipantFileContents csv = readParticipantFile(path, skills());
    ASSERT_EQ(csv.problems.size(), 1) << dump(csv);
    EXPECT_EQ(csv.problems[0].toString(),
              path + u":3: First name: contains a control character (U+0001) at character 3: "
                     "remove it"_s);

    // JSON can carry a NUL as \u0000: refused the same way.
    const ParticipantFileContents nul =
        json("[\n{\"role\": \"junior\", \"first_name\": \"A\", \"last_name\": \"B\\u0000C\", "
             "\"email\": \"a@example.org\"}\n]");
    ASSERT_EQ(nul.problems.size(), 1) << dump(nul);
    EXPECT_EQ(nul.problems[0].toString(),
              u"in.json:2: Last name: contains a control character (U+0000) at character 2: "
              "remove it"_s);
}

#ifdef BINOME_CLI_PATH

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList& arguments) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"en"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(BINOME_CLI_PATH), arguments);
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

// Defect 4: scores near the largest double made a total of infinity, printed as null.
TEST(HostileAssign, AnOverflowingTotalIsReportedNotPrinted) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"huge.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("1e308,0\n0,1.5e308\n");
    file.close();
    for (const QStringList& extra : {QStringList{}, QStringList{u"--json"_s}}) {
        const CliRun run = runCli(QStringList{u"assign"_s, path} + extra);
        EXPECT_NE(run.exitCode, 0) << run.out.toStdString();
        EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(path + u": the total score of the pairs overflows"_s))
            << run.err.toStdString();
    }
    // A finite total is printed as before.
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("1e307,0\n0,1e307\n");
    file.close();
    const CliRun fine = runCli({u"assign"_s, path, u"--json"_s});
    EXPECT_EQ(fine.exitCode, 0) << fine.err.toStdString();
    EXPECT_TRUE(fine.out.startsWith(u"{\"total\":2e+307,"_s)) << fine.out.toStdString();
}

TEST(HostileAssign, NanAndPlusInfinityAreRefusedWithTheirCell) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"nan.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("1,2\n3,nan\n");
    file.close();
    const CliRun run = runCli({u"assign"_s, path});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(path + u":2:3: row 1, column 1: nan is not a score"_s))
        << run.err.toStdString();
}

#endif
