// Reading the session sheets mentors keep: the real French and English files, then every kind
// of mistake, each named by line and field.
#include "binome/domain/Skill.h"
#include "binome/exchange/SessionSheet.h"

#include "TestConfig.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// The built-in catalog with ids 1, 2, ... as a database would give them.
const QList<Skill>& catalog() {
    static const QList<Skill> skills = [] {
        QList<Skill> list = builtInSkills();
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i].id = i + 1;
        return list;
    }();
    return skills;
}

qint64 skillId(const QString& code) {
    for (const Skill& skill : catalog()) {
        if (skill.code == code)
            return skill.id;
    }
    return -1;
}

std::string dump(const SessionSheetContents& contents) {
    QStringList lines;
    for (const ImportProblem& p : contents.problems)
        lines << p.toString();
    return lines.join(u'\n').toStdString();
}

/// The problems on this line for this field.
int count(const SessionSheetContents& contents, int line, const QString& field) {
    int n = 0;
    for (const ImportProblem& p : contents.problems)
        n += p.line == line && p.field == field ? 1 : 0;
    return n;
}

QString messageOf(const SessionSheetContents& contents, int line, const QString& field) {
    for (const ImportProblem& p : contents.problems) {
        if (p.line == line && p.field == field)
            return p.message;
    }
    return {};
}

SessionSheetContents csv(const QByteArray& text) {
    return readSessionSheet(text, u"suivi.csv"_s, catalog());
}

QByteArray sampleBytes(const char* name) {
    QFile file(QStringLiteral(BINOME_SHARED_SAMPLES_DIR "/") + QString::fromLatin1(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

const SessionSheetRow* rowAt(const SessionSheetContents& contents, int line) {
    for (const SessionSheetRow& row : contents.rows) {
        if (row.line == line)
            return &row;
    }
    return nullptr;
}

const QByteArray Header = "courriel junior;courriel senior;date;durée;mode;statut;compétences;"
                          "note du senior;note du junior\n";

} // namespace

TEST(SessionSheet, TheFrenchSheetReadsAsItIs) {
    const SessionSheetContents contents = readSessionSheetFile(
        QStringLiteral(BINOME_SHARED_SAMPLES_DIR "/sessions-sheet-fr.csv"), catalog());
    ASSERT_TRUE(contents.problems.isEmpty()) << dump(contents);
    ASSERT_EQ(contents.rows.size(), 8);

    // Line 4 holds a note on two lines: the next row starts on line 6.
    QList<int> lines;
    for (const SessionSheetRow& row : contents.rows)
        lines << row.line;
    EXPECT_EQ(lines, (QList<int>{2, 3, 4, 6, 7, 8, 9, 10}));

    QList<int> minutes;
    for (const SessionSheetRow& row : contents.rows)
        minutes << row.session.minutes;
    // 1h, 45, 1h30, 1 h, 90 min, 1h, 0h45, 60
    EXPECT_EQ(minutes, (QList<int>{60, 45, 90, 60, 90, 60, 45, 60}));

    const SessionSheetRow* first = rowAt(contents, 2);
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->juniorEmail, u"ines.boucher@example.org"_s);
    EXPECT_EQ(first->seniorEmail, u"martine.rey@example.org"_s);
    EXPECT_EQ(first->session.binomeId, 0);
    EXPECT_EQ(first->session.date, QDate(2026, 1, 8));
    EXPECT_EQ(first->session.mode, SessionMode::InPerson);
    EXPECT_FALSE(first->session.planned);
    EXPECT_EQ(first->skillCodes, QStringList{u"linkedin"_s});
    EXPECT_EQ(first->session.skillIds, QList<qint64>{skillId(u"linkedin"_s)});
    EXPECT_EQ(first->session.notes, u"Création du profil, photo, titre"_s);
    EXPECT_EQ(first->session.nextSteps, u"Publier un premier post"_s);
    EXPECT_EQ(first->session.menteeRating, 5); // note du senior
    EXPECT_EQ(first->session.mentorRating, 4); // note du junior

    const SessionSheetRow* second = rowAt(contents, 3);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->session.mode, SessionMode::Video);
    EXPECT_EQ(second->skillCodes, (QStringList{u"linkedin"_s, u"genai"_s}));
    EXPECT_EQ(second->session.notes,
              u"Premier post publié ; essai d'un assistant IA pour le rédiger"_s);

    const SessionSheetRow* multiLine = rowAt(contents, 4);
    ASSERT_NE(multiLine, nullptr);
    EXPECT_EQ(multiLine->session.mode, SessionMode::InPerson); // "Présentiel"
    EXPECT_EQ(multiLine->session.notes,
              u"Rédaction d'un compte rendu avec l'IA.\nVérification des sources, données "
              "personnelles à ne pas coller"_s);
    EXPECT_TRUE(multiLine->session.nextSteps.isEmpty());
    EXPECT_EQ(multiLine->session.menteeRating, 5);
    EXPECT_FALSE(multiLine->session.mentorRating.has_value());

    const SessionSheetRow* phone = rowAt(contents, 6);
    ASSERT_NE(phone, nullptr);
    EXPECT_EQ(phone->juniorEmail, u"theo.marchand@example.org"_s);
    EXPECT_EQ(phone->session.mode, SessionMode::Phone); // "téléphone"
    EXPECT_EQ(phone->session.date, QDate(2026, 1, 12));

    const SessionSheetRow* planned = rowAt(contents, 8);
    ASSERT_NE(planned, nullptr);
    EXPECT_TRUE(planned->session.planned);                   // "prévue"
    EXPECT_EQ(planned->session.mode, SessionMode::InPerson); // "presentiel"
    EXPECT_EQ(planned->skillCodes, (QStringList{u"spreadsheets"_s, u"email"_s}));
    EXPECT_FALSE(planned->session.menteeRating.has_value());
    EXPECT_FALSE(planned->session.mentorRating.has_value());

    const SessionSheetRow* quoted = rowAt(contents, 9);
    ASSERT_NE(quoted, nullptr);
    EXPECT_EQ(quoted->seniorEmail, u"gerard.colin@example.org"_s);
    EXPECT_EQ(quoted->session.notes,
              u"Règles de tri dans la messagerie, \"zéro mail\" le vendredi"_s);
    EXPECT_EQ(rowAt(contents, 10)->session.mode, SessionMode::Video); // "Visio"

    int held = 0;
    for (const SessionSheetRow& row : contents.rows)
        held += row.session.planned ? 0 : 1;
    EXPECT_EQ(held, 7);
}

TEST(SessionSheet, TheEnglishSheetReadsAsItIs) {
    const SessionSheetContents contents = csv(sampleBytes("sessions-sheet-en.csv"));
    ASSERT_TRUE(contents.problems.isEmpty()) << dump(contents);
    ASSERT_EQ(contents.rows.size(), 4);
    const SessionSheetRow& first = contents.rows[0];
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.session.date, QDate(2026, 1, 8));
    EXPECT_EQ(first.session.minutes, 60);
    EXPECT_EQ(first.session.mode, SessionMode::InPerson); // "in person"
    EXPECT_FALSE(first.session.planned);
    EXPECT_EQ(first.session.notes, u"Profile created, photo, headline"_s);
    EXPECT_EQ(first.session.menteeRating, 5); // senior rating
    EXPECT_EQ(first.session.mentorRating, 4); // junior rating
    EXPECT_EQ(contents.rows[1].session.mode, SessionMode::Phone);
    EXPECT_TRUE(contents.rows[2].session.planned);
    EXPECT_EQ(contents.rows[2].skillCodes, (QStringList{u"spreadsheets"_s, u"email"_s}));
    EXPECT_EQ(contents.rows[3].session.minutes, 45); // "45 min"
    EXPECT_EQ(contents.rows[3].session.mode, SessionMode::Video);
    EXPECT_EQ(contents.rows[3].session.notes, u"Inbox rules, \"inbox zero\" on Fridays"_s);
}

TEST(SessionSheet, TheFrenchSheetSavedAsWindows1252ReadsTheSame) {
    const QByteArray utf8 = sampleBytes("sessions-sheet-fr.csv");
    const QByteArray ansi = QString::fromUtf8(utf8.mid(3)).toLatin1(); // no BOM, one byte each
    const SessionSheetContents fromUtf8 = csv(utf8);
    const SessionSheetContents fromAnsi = csv(ansi);
    ASSERT_TRUE(fromAnsi.problems.isEmpty()) << dump(fromAnsi);
    ASSERT_EQ(fromAnsi.rows.size(), fromUtf8.rows.size());
    for (qsizetype i = 0; i < fromAnsi.rows.size(); ++i) {
        EXPECT_EQ(fromAnsi.rows[i].line, fromUtf8.rows[i].line);
        EXPECT_EQ(fromAnsi.rows[i].session.notes, fromUtf8.rows[i].session.notes);
        EXPECT_EQ(fromAnsi.rows[i].session.mode, fromUtf8.rows[i].session.mode);
        EXPECT_EQ(fromAnsi.rows[i].session.planned, fromUtf8.rows[i].session.planned);
    }
}

TEST(SessionSheet, ColumnsAreFoundByNameInAnyOrderCaseAndAccents) {
    const SessionSheetContents contents =
        csv("STATUT,Durée (min),Senior_Email,JUNIOR E-MAIL,Date,Modalité,Competences\n"
            "Réalisée,30,martine.rey@example.org,ines.boucher@example.org,2026-03-02,"
            "Téléphone,GENAI\n");
    ASSERT_TRUE(contents.problems.isEmpty()) << dump(contents);
    ASSERT_EQ(contents.rows.size(), 1);
    const SessionSheetRow& row = contents.rows.first();
    EXPECT_EQ(row.juniorEmail, u"ines.boucher@example.org"_s);
    EXPECT_EQ(row.seniorEmail, u"martine.rey@example.org"_s);
    EXPECT_EQ(row.session.minutes, 30);
    EXPECT_EQ(row.session.mode, SessionMode::Phone);
    EXPECT_EQ(row.skillCodes, QStringList{u"genai"_s}); // the catalog's spelling
}

TEST(SessionSheet, DurationsAsMentorsTypeThem) {
    const QList<std::pair<QString, int>> good = {
        {u"45"_s, 45},     {u"1h"_s, 60},        {u"1 h"_s, 60},   {u"1h30"_s, 90},
        {u"0h45"_s, 45},   {u"90 min"_s, 90},    {u"90min"_s, 90}, {u"1 h 30 min"_s, 90},
        {u"1H30"_s, 90},   {u"1:30"_s, 90},      {u"1,5 h"_s, 90}, {u"2 heures"_s, 120},
        {u"1 hour"_s, 60}, {u"45 minutes"_s, 45}};
    for (const auto& [text, minutes] : good)
        EXPECT_EQ(parseSessionMinutes(text), minutes) << text.toStdString();
    for (const QString& text : {u""_s, u"1h75"_s, u"une heure"_s, u"-5"_s, u"1h30h"_s})
        EXPECT_FALSE(parseSessionMinutes(text).has_value()) << text.toStdString();
}

TEST(SessionSheet, DatesDayFirstOrIso) {
    EXPECT_EQ(parseSessionSheetDate(u"08/01/2026"_s), QDate(2026, 1, 8));
    EXPECT_EQ(parseSessionSheetDate(u"8/1/2026"_s), QDate(2026, 1, 8));
    EXPECT_EQ(parseSessionSheetDate(u"08.01.2026"_s), QDate(2026, 1, 8));
    EXPECT_EQ(parseSessionSheetDate(u"2026-01-08"_s), QDate(2026, 1, 8));
    EXPECT_EQ(parseSessionSheetDate(u"08/01/2026 00:00"_s), QDate(2026, 1, 8));
    EXPECT_EQ(parseSessionSheetDate(u"2026-01-08T14:30:00"_s), QDate(2026, 1, 8));
    EXPECT_FALSE(parseSessionSheetDate(u"30/02/2026"_s).isValid());
    EXPECT_FALSE(parseSessionSheetDate(u"8 janvier 2026"_s).isValid());
    EXPECT_FALSE(parseSessionSheetDate(u"08/01/26"_s).isValid());
}

TEST(SessionSheet, StatusWordsInFrenchAndEnglish) {
    for (const QString& text : {u"réalisée"_s, u"REALISEE"_s, u"held"_s, u"Done"_s, u"faite"_s})
        EXPECT_EQ(parseSessionPlanned(text), false) << text.toStdString();
    for (const QString& text : {u"prévue"_s, u"Prevue"_s, u"planned"_s, u"à venir"_s})
        EXPECT_EQ(parseSessionPlanned(text), true) << text.toStdString();
    EXPECT_FALSE(parseSessionPlanned(u"annulée"_s).has_value());
    EXPECT_FALSE(parseSessionPlanned(u""_s).has_value());
}

TEST(SessionSheet, EveryBadValueIsNamedByLineAndFieldAllAtOnce) {
    const SessionSheetContents contents =
        csv(Header + ";martine.rey@example.org;30/02/2026;0;fusée;annulée;linkedin, cobol;7;abc\n"
                     "ines.boucher@example;martine.rey@example.org;le 8 janvier;1h75;visio;"
                     "réalisée;;;\n"
                     "ines.boucher@example.org;martine.rey@example.org;2026-03-01;1h;visio;"
                     "prévue;;4;\n"
                     "ines.boucher@example.org;INES.BOUCHER@example.org;2026-03-01;1h;visio;"
                     "réalisée;;;\n"
                     "ines.boucher@example.org;;;;;;;;\n");
    EXPECT_EQ(contents.rows.size(), 5);

    // Line 2: eight problems, one per field.
    EXPECT_EQ(count(contents, 2, u"junior_email"_s), 1) << dump(contents);
    EXPECT_TRUE(messageOf(contents, 2, u"junior_email"_s).contains(u"is required"_s));
    EXPECT_TRUE(messageOf(contents, 2, u"date"_s).contains(u"not a day of the calendar"_s))
        << dump(contents);
    EXPECT_TRUE(messageOf(contents, 2, u"minutes"_s).contains(u"out of range"_s));
    EXPECT_TRUE(messageOf(contents, 2, u"mode"_s).contains(u"\"fusée\" is not a session mode"_s));
    EXPECT_TRUE(messageOf(contents, 2, u"status"_s).contains(u"\"annulée\" is not a status"_s));
    EXPECT_TRUE(messageOf(contents, 2, u"skills"_s).contains(u"\"cobol\""_s));
    EXPECT_TRUE(messageOf(contents, 2, u"mentee_rating"_s).contains(u"out of range"_s));
    EXPECT_TRUE(messageOf(contents, 2, u"mentor_rating"_s).contains(u"not a number"_s));
    EXPECT_EQ(count(contents, 2, u"senior_email"_s), 0);

    // Line 3: an e-mail that is not one, a date that is not one, a duration that is not one.
    EXPECT_TRUE(messageOf(contents, 3, u"junior_email"_s).contains(u"not a valid e-mail"_s));
    EXPECT_TRUE(messageOf(contents, 3, u"date"_s).contains(u"is not a date"_s));
    EXPECT_TRUE(messageOf(contents, 3, u"minutes"_s).contains(u"is not a duration"_s));
    EXPECT_EQ(count(contents, 3, u"mode"_s), 0);

    // Line 4: a planned session is not rated yet.
    EXPECT_EQ(count(contents, 4, u"mentee_rating"_s), 1) << dump(contents);

    // Line 5: the same person twice.
    EXPECT_EQ(count(contents, 5, u"senior_email"_s), 1) << dump(contents);

    // Line 6: every required value is missing, each said once.
    for (const QString& field :
         {u"senior_email"_s, u"date"_s, u"minutes"_s, u"mode"_s, u"status"_s}) {
        EXPECT_EQ(count(contents, 6, field), 1) << field.toStdString() << '\n' << dump(contents);
        EXPECT_TRUE(messageOf(contents, 6, field).contains(u"is required"_s));
    }
    EXPECT_EQ(count(contents, 6, u"junior_email"_s), 0);

    // In the order of the file, each printed as FILE:LINE: field: message.
    for (qsizetype i = 1; i < contents.problems.size(); ++i)
        EXPECT_LE(contents.problems[i - 1].line, contents.problems[i].line);
    EXPECT_TRUE(contents.problems.first().toString().startsWith(u"suivi.csv:2: "_s));
}

TEST(SessionSheet, HeaderProblems) {
    const SessionSheetContents contents =
        csv("courriel junior;courriel senior;date;durée;statut;emial;note du senior;rating\n"
            "ines.boucher@example.org;martine.rey@example.org;08/01/2026;1h;réalisée;x;4;5\n");
    EXPECT_EQ(count(contents, 1, u"mode"_s), 1) << dump(contents);
    EXPECT_TRUE(messageOf(contents, 1, u"mode"_s).contains(u"required column missing"_s));
    EXPECT_EQ(count(contents, 1, u"emial"_s), 1);
    EXPECT_TRUE(messageOf(contents, 1, u"emial"_s).contains(u"unknown column"_s));
    EXPECT_EQ(count(contents, 1, u"rating"_s), 1);
    // The row itself is fine apart from the missing column: no problem repeated per row.
    EXPECT_EQ(count(contents, 2, u"mode"_s), 0) << dump(contents);

    const SessionSheetContents twice =
        csv("courriel junior;junior email;courriel senior;date;durée;mode;statut\n");
    EXPECT_EQ(count(twice, 1, u"junior_email"_s), 1) << dump(twice);
    EXPECT_TRUE(messageOf(twice, 1, {}).contains(u"only its header row"_s)) << dump(twice);
}

TEST(SessionSheet, RowsWithTooManyValuesAndUnclosedQuotes) {
    const SessionSheetContents contents =
        csv(Header + "ines.boucher@example.org;martine.rey@example.org;08/01/2026;1h;visio;"
                     "réalisée;genai;4;5;en trop\n"
                     "ines.boucher@example.org;martine.rey@example.org;09/01/2026;1h;visio;"
                     "réalisée;\"genai;4;5\n");
    EXPECT_EQ(count(contents, 2, {}), 1) << dump(contents);
    EXPECT_TRUE(messageOf(contents, 2, {}).contains(u"10 fields where the header has 9"_s));
    EXPECT_GE(count(contents, 3, u"skills"_s), 1) << dump(contents);
    EXPECT_TRUE(messageOf(contents, 3, u"skills"_s).contains(u"never closed"_s));
}

TEST(SessionSheet, NotASheetAtAll) {
    EXPECT_TRUE(messageOf(csv(QByteArray()), 0, {}).contains(u"empty"_s));
    const SessionSheetContents zip = csv(QByteArray("PK\x03\x04", 4) + QByteArray(200, '\0'));
    ASSERT_EQ(zip.problems.size(), 1);
    EXPECT_TRUE(zip.problems.first().message.contains(u"not a CSV file"_s)) << dump(zip);
    const SessionSheetContents missing =
        readSessionSheetFile(u"/nonexistent/suivi.csv"_s, catalog());
    ASSERT_EQ(missing.problems.size(), 1);
    EXPECT_EQ(missing.problems.first().file, u"/nonexistent/suivi.csv"_s);
}

TEST(SessionSheet, TheTemplateReadsWithoutProblem) {
    const SessionSheetContents contents = readSessionSheetFile(
        QStringLiteral(BINOME_SOURCE_DIR "/docs/templates/sessions-template.csv"), catalog());
    EXPECT_TRUE(contents.problems.isEmpty()) << dump(contents);
    EXPECT_FALSE(contents.rows.isEmpty());
}
