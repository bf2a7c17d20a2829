#include "binome/domain/Participant.h"
#include "binome/domain/Skill.h"
#include "binome/domain/TextKey.h"
#include "binome/domain/Validation.h"

#include <gtest/gtest.h>

using namespace binome;
using namespace Qt::StringLiterals;

TEST(Domain, HalfDayTokensParseInEnglishAndFrench) {
    EXPECT_EQ(HalfDays::parseToken(u"mon-am"_s), 0);
    EXPECT_EQ(HalfDays::parseToken(u"lun-matin"_s), 0);
    EXPECT_EQ(HalfDays::parseToken(u"mar-aprem"_s), 3);
    EXPECT_EQ(HalfDays::parseToken(u"Jeu-Après-midi"_s), 7);
    EXPECT_EQ(HalfDays::parseToken(u"sun-pm"_s), 13);
    EXPECT_FALSE(HalfDays::parseToken(u"noon"_s).has_value());
    EXPECT_FALSE(HalfDays::parseToken(u"mon-evening"_s).has_value());
    HalfDays days;
    days.set(0);
    days.set(7);
    EXPECT_EQ(days.toTokens(), u"mon-am|thu-pm"_s);
    EXPECT_EQ(days.count(), 2);
}

TEST(Domain, RolesAndModesAcceptFrenchWithOrWithoutAccents) {
    EXPECT_EQ(parseRole(u" Junior "_s), Role::Junior);
    EXPECT_EQ(parseRole(u"SENIOR"_s), Role::Senior);
    EXPECT_FALSE(parseRole(u"manager"_s).has_value());
    EXPECT_EQ(parseMeetingMode(u"présentiel"_s), MeetingMode::InPerson);
    EXPECT_EQ(parseMeetingMode(u"presentiel"_s), MeetingMode::InPerson);
    EXPECT_EQ(parseMeetingMode(u"distanciel"_s), MeetingMode::Remote);
    EXPECT_EQ(parseMeetingMode(u"Indifférent"_s), MeetingMode::Either);
    EXPECT_EQ(parseMeetingMode(u"in-person"_s), MeetingMode::InPerson);
    EXPECT_FALSE(parseMeetingMode(u"sometimes"_s).has_value());
}

TEST(Domain, TextKeyFoldsCaseAccentsAndSpaces) {
    EXPECT_EQ(textKey(u"  Année   de Naissance "_s), u"annee de naissance"_s);
    EXPECT_EQ(textKey(u"Rôle"_s), u"role"_s);
}

TEST(Domain, GapIsTargetMinusCurrentNeverNegative) {
    SkillAssessment s{u"genai"_s, 1, 4, 2};
    EXPECT_EQ(s.gap(), 3);
    s.level = 5;
    EXPECT_EQ(s.gap(), 0);
    s.target.reset();
    EXPECT_EQ(s.gap(), 0);
}

TEST(Domain, BuiltInCatalogHasTheDigCompCompetencesAndTheTools) {
    const QList<Skill> skills = builtInSkills();
    int competences = 0;
    QStringList codes;
    for (const Skill& s : skills) {
        codes << s.code;
        if (s.kind == SkillKind::Competence)
            ++competences;
        EXPECT_FALSE(s.nameEn.isEmpty());
        EXPECT_FALSE(s.nameFr.isEmpty());
        EXPECT_TRUE(isValidSkillCode(s.code)) << s.code.toStdString();
    }
    EXPECT_EQ(competences, 21);
    for (const char16_t* code :
         {u"DC1.1", u"DC2.6", u"DC3.4", u"DC4.4", u"DC5.4", u"linkedin", u"social-networks",
          u"email", u"instant-messaging", u"video-calls", u"spreadsheets", u"cloud-storage", u"cms",
          u"genai", u"smartphone"})
        EXPECT_TRUE(codes.contains(QString::fromUtf16(code)))
            << QString::fromUtf16(code).toStdString();
    EXPECT_EQ(skills.size(), 31);
}

TEST(Domain, ParticipantValidationNamesEachWrongField) {
    Participant p;
    p.role = Role::Senior;
    p.firstName = u"Martine"_s;
    p.lastName = u"Rey"_s;
    p.email = u"martine.rey@example.org"_s;
    p.languages = {u"fr"_s};
    p.skills = {{u"genai"_s, 1, 4, 2}};
    EXPECT_TRUE(validateParticipant(p).isEmpty())
        << joinErrors(validateParticipant(p)).toStdString();

    p.email = u"martine.rey@"_s;
    p.birthYear = 1850;
    p.skills = {{u"genai"_s, 7, 4, 5}};
    p.languages = {u"French"_s};
    const QList<FieldError> errors = validateParticipant(p);
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    EXPECT_TRUE(fields.contains(u"email"_s));
    EXPECT_TRUE(fields.contains(u"birth_year"_s));
    EXPECT_TRUE(fields.contains(u"skill:genai"_s));
    EXPECT_TRUE(fields.contains(u"priority:genai"_s));
    EXPECT_TRUE(fields.contains(u"languages"_s));
}

TEST(Domain, ProgramEndMustNotPrecedeStart) {
    Program program;
    program.name = u"Cohorte 2027"_s;
    program.startDate = QDate(2027, 1, 10);
    program.endDate = QDate(2026, 12, 1);
    const QList<FieldError> errors = validateProgram(program);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, u"end"_s);
}
