// Names in the order of the interface's language: "Émilie" with the E's, case ignored, numbers
// by value; the lists the repositories return come in that order too (SQLite's ORDER BY sorts
// bytes, which puts "Émilie" after "Zoé").
#include "TempDatabase.h"

#include "binome/domain/Collation.h"
#include "binome/domain/Validation.h"
#include "binome/services/Translations.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/ProgramRepository.h"

#include <QCoreApplication>
#include <QLocale>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

/// Puts the interface back in English whatever a test did.
struct EnglishAfterwards {
    ~EnglishAfterwards() {
        installTranslations(*QCoreApplication::instance(), u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

const QStringList Brief = {u"Zoé Martin"_s, u"Émilie Durand"_s, u"Eva Petit"_s,
                           u"eliott Bernard"_s};
const QStringList BriefSorted = {u"eliott Bernard"_s, u"Émilie Durand"_s, u"Eva Petit"_s,
                                 u"Zoé Martin"_s};

Participant person(const QString& first, const QString& last) {
    Participant p;
    p.role = Role::Senior;
    p.firstName = first;
    p.lastName = last;
    p.email = u"p%1@example.org"_s.arg(qHash(first + last) % 100000);
    p.languages = {u"fr"_s};
    return p;
}

} // namespace

TEST(Collation, EmilieSortsWithTheEsInEnglishAndFrench) {
    EnglishAfterwards restore;
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedKingdom),
                                  QLocale(QLocale::French, QLocale::France)}) {
        QLocale::setDefault(locale);
        SCOPED_TRACE(locale.name().toStdString());
        QStringList names = Brief;
        sortByName(names);
        EXPECT_EQ(names, BriefSorted);
        EXPECT_LT(compareNames(u"Eliott"_s, u"Émilie"_s), 0);
        EXPECT_LT(compareNames(u"Émilie"_s, u"Eva"_s), 0);
        EXPECT_LT(compareNames(u"élodie"_s, u"Eva"_s), 0); // a lower-case accent too
        EXPECT_GT(compareNames(u"élodie"_s, u"Eliott"_s), 0);
        EXPECT_LT(compareNames(u"Émilie"_s, u"Zoé"_s), 0);
        EXPECT_EQ(compareNames(u"eliott"_s, u"ELIOTT"_s), 0); // case ignored
        // Numbers by value, not digit by digit.
        EXPECT_LT(compareNames(u"Cohorte 2"_s, u"Cohorte 10"_s), 0);
        // By last name, then first name.
        EXPECT_LT(comparePeople(u"Écuyer"_s, u"Zoé"_s, u"Faure"_s, u"Anne"_s), 0);
        EXPECT_LT(comparePeople(u"Martin"_s, u"élodie"_s, u"Martin"_s, u"Eva"_s), 0);
    }
}

TEST(Collation, FollowsALanguageSwitch) {
    EnglishAfterwards restore;
    // Swedish puts Å after Z, English with the A's: the collator follows QLocale() each time.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_LT(compareNames(u"Åsa"_s, u"Zoé"_s), 0);
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    EXPECT_GT(compareNames(u"Åsa"_s, u"Zoé"_s), 0);
}

class CollationStorageTest : public binome::test::TempDatabase {};

TEST_F(CollationStorageTest, ParticipantsComeByLastNameInTheLanguagesOrder) {
    EnglishAfterwards restore;
    const ParticipantRepository repository(db());
    for (const auto& [first, last] : QList<std::pair<QString, QString>>{{u"Anne"_s, u"Zola"_s},
                                                                        {u"Zoé"_s, u"Martin"_s},
                                                                        {u"Bruno"_s, u"Écuyer"_s},
                                                                        {u"Eva"_s, u"Petit"_s},
                                                                        {u"Chloé"_s, u"du Pont"_s},
                                                                        {u"élodie"_s, u"Martin"_s},
                                                                        {u"Émilie"_s, u"Durand"_s}})
        ASSERT_TRUE(repository.insert(person(first, last)).ok());
    const QStringList expected = {u"Chloé du Pont"_s, u"Émilie Durand"_s, u"Bruno Écuyer"_s,
                                  u"élodie Martin"_s, u"Zoé Martin"_s,    u"Eva Petit"_s,
                                  u"Anne Zola"_s};
    for (const QString& language : {u"en"_s, u"fr"_s}) {
        installTranslations(*QCoreApplication::instance(), language);
        const auto all = repository.all();
        ASSERT_TRUE(all.ok()) << all.error().toStdString();
        QStringList names;
        for (const Participant& p : *all)
            names << p.fullName();
        EXPECT_EQ(names, expected) << language.toStdString();
    }
}

TEST_F(CollationStorageTest, ProgramsStartedTheSameDayComeByName) {
    const ProgramRepository repository(db());
    for (const QString& name : {u"Zèbre"_s, u"Cohorte 10"_s, u"école"_s, u"Cohorte 2"_s}) {
        Program program;
        program.name = name;
        program.startDate = QDate(2026, 1, 5);
        program.endDate = QDate(2026, 6, 26);
        ASSERT_TRUE(repository.insert(program).ok());
    }
    Program later;
    later.name = u"Vague 2"_s;
    later.startDate = QDate(2026, 9, 7);
    later.endDate = QDate(2027, 3, 5);
    ASSERT_TRUE(repository.insert(later).ok());
    QStringList names;
    const auto all = repository.all();
    ASSERT_TRUE(all.ok());
    for (const Program& p : *all)
        names << p.name;
    // The latest started first, then by name (numbers by value, "école" with the E's).
    EXPECT_EQ(names,
              (QStringList{u"Vague 2"_s, u"Cohorte 2"_s, u"Cohorte 10"_s, u"école"_s, u"Zèbre"_s}));
}

// Messages name a field with the words of the forms, in the interface's language; the
// canonical name stays in FieldError::field for the dialogs.
TEST(FieldLabels, MessagesNameTheLabelNotTheInternalName) {
    EnglishAfterwards restore;
    installTranslations(*QCoreApplication::instance(), u"en"_s);
    Participant nameless = person(u"Anne"_s, QString());
    const QList<FieldError> errors = validateParticipant(nameless);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, u"last_name"_s);
    EXPECT_EQ(joinErrors(errors), u"Last name: is required"_s);
    EXPECT_EQ(fieldLabel(u"first_name"_s), u"First name"_s);
    EXPECT_EQ(fieldLabel(u"skill:genai"_s), u"Level (genai)"_s);
    EXPECT_EQ(fieldLabel(u"target:DC1.1"_s), u"Target (DC1.1)"_s);
    EXPECT_EQ(fieldLabel(u"Colonne inconnue"_s), u"Colonne inconnue"_s); // as written
    EXPECT_EQ(fieldLabel(u"[0].birth_year"_s), u"[0].birth_year"_s);     // a JSON path

    installTranslations(*QCoreApplication::instance(), u"fr"_s);
    EXPECT_TRUE(joinErrors(validateParticipant(nameless)).startsWith(u"Nom: "_s))
        << joinErrors(validateParticipant(nameless)).toStdString();
    EXPECT_EQ(fieldLabel(u"last_name"_s), u"Nom"_s);
    EXPECT_EQ(fieldLabel(u"first_name"_s), u"Prénom"_s);
}
