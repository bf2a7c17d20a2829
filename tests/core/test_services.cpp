#include "TempDatabase.h"
#include "TestConfig.h"

#include "binome/services/DemoService.h"
#include "binome/services/ImportService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/SkillCatalogService.h"
#include "binome/storage/ParticipantRepository.h"

#include <QDir>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

Participant senior(const QString& email) {
    Participant p;
    p.role = Role::Senior;
    p.firstName = u"Gérard"_s;
    p.lastName = u"Colin"_s;
    p.email = email;
    p.department = u"Achats"_s;
    p.languages = {u"fr"_s};
    p.skills = {{u"genai"_s, 0, 3, 2}, {u"linkedin"_s, 1, 4, 3}};
    return p;
}

QString samplePath(const char* name) {
    return QDir(QStringLiteral(BINOME_SHARED_SAMPLES_DIR)).filePath(QString::fromLatin1(name));
}

QList<Participant> everyone(const Database& db) {
    return ParticipantRepository(db).all().value();
}

} // namespace

class ServicesTest : public binome::test::TempDatabase {};

TEST_F(ServicesTest, ParticipantIsSavedFoundByEmailWithoutRegardToCaseAndArchived) {
    ParticipantService service(db());
    const auto id = service.save(senior(u"Gerard.Colin@Example.org"_s));
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    const auto found = ParticipantRepository(db()).findByEmail(u"gerard.colin@example.ORG"_s);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    const Participant& stored = found->value();
    EXPECT_EQ(stored.id, *id);
    EXPECT_EQ(stored.firstName, u"Gérard"_s);
    ASSERT_EQ(stored.skills.size(), 2);
    EXPECT_EQ(stored.skill(u"linkedin"_s)->gap(), 3);
    EXPECT_TRUE(stored.sameData(senior(u"Gerard.Colin@Example.org"_s)));

    ASSERT_TRUE(service.setArchived(*id, true).ok());
    EXPECT_TRUE(ParticipantRepository(db()).findById(*id)->value().archived);
}

TEST_F(ServicesTest, SameEmailInAnotherCaseIsRefused) {
    ParticipantService service(db());
    ASSERT_TRUE(service.save(senior(u"gerard.colin@example.org"_s)).ok());
    Participant twin = senior(u"GERARD.COLIN@example.org"_s);
    twin.firstName = u"Gérald"_s;
    const QList<FieldError> errors = service.check(twin);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().field, u"email"_s);
    EXPECT_TRUE(errors.first().message.contains(u"Gérard Colin"_s));
    EXPECT_FALSE(service.save(twin).ok());
    EXPECT_EQ(everyone(db()).size(), 1);
}

TEST_F(ServicesTest, UnknownSkillAndImpossibleLevelAreRefusedAndNothingIsWritten) {
    ParticipantService service(db());
    Participant p = senior(u"a.b@example.org"_s);
    p.skills << SkillAssessment{u"fax-machine"_s, 1, 2, 1};
    p.skills[0].target = 9;
    const auto saved = service.save(p);
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(saved.error().contains(u"Level (fax-machine)"_s)) << saved.error().toStdString();
    EXPECT_TRUE(saved.error().contains(u"Target (genai)"_s)) << saved.error().toStdString();
    EXPECT_TRUE(everyone(db()).isEmpty());
}

TEST_F(ServicesTest, EditingReplacesSkills) {
    ParticipantService service(db());
    Participant p = senior(u"a.b@example.org"_s);
    p.id = service.save(p).value();
    p.skills = {{u"DC4.2"_s, 1, 3, 3}};
    p.site = u"Lyon"_s;
    ASSERT_TRUE(service.save(p).ok());
    const Participant stored = ParticipantRepository(db()).findById(p.id)->value();
    EXPECT_EQ(stored.site, u"Lyon"_s);
    ASSERT_EQ(stored.skills.size(), 1);
    EXPECT_EQ(stored.skills.first().skillCode, u"DC4.2"_s);
}

TEST_F(ServicesTest, ProgramsNeedValidDatesAndUniqueNames) {
    ProgramService service(db());
    Program program;
    program.name = u"Cohorte 2027"_s;
    program.startDate = QDate(2027, 1, 10);
    program.endDate = QDate(2027, 6, 30);
    ASSERT_TRUE(service.save(program).ok());
    Program copy = program;
    copy.name = u"cohorte 2027"_s;
    const auto duplicate = service.save(copy);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().contains(u"already exists"_s));
    Program backwards = program;
    backwards.name = u"Backwards"_s;
    backwards.endDate = QDate(2026, 1, 1);
    EXPECT_FALSE(service.save(backwards).ok());
    EXPECT_EQ(service.list()->size(), 1);
}

TEST_F(ServicesTest, CustomSkillsAreAddedRenamedAndArchivedButCodesNeverChange) {
    SkillCatalogService catalog(db());
    Skill skill;
    skill.code = u"teams-meetings"_s;
    skill.nameEn = u"Teams meetings"_s;
    skill.nameFr = u"Réunions Teams"_s;
    skill.area = 2;
    const auto id = catalog.add(skill);
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    EXPECT_FALSE(catalog.add(skill).ok()); // the same code again
    skill.code = u"Email"_s;               // a built-in code in another case
    EXPECT_FALSE(catalog.add(skill).ok());

    const QList<Skill> listed = catalog.list().value();
    Skill renamed =
        *std::find_if(listed.begin(), listed.end(), [&](const Skill& s) { return s.id == *id; });
    renamed.nameFr = u"Réunions sur Teams"_s;
    ASSERT_TRUE(catalog.update(renamed).ok());
    renamed.code = u"teams"_s;
    EXPECT_FALSE(catalog.update(renamed).ok());
    ASSERT_TRUE(catalog.setArchived(*id, true).ok());
    const auto skills = catalog.list().value();
    const auto it =
        std::find_if(skills.begin(), skills.end(), [&](const Skill& s) { return s.id == *id; });
    EXPECT_EQ(it->code, u"teams-meetings"_s);
    EXPECT_EQ(it->nameFr, u"Réunions sur Teams"_s);
    EXPECT_TRUE(it->archived);
    EXPECT_EQ(it->kind, SkillKind::Custom);
}

TEST_F(ServicesTest, BothSamplesImportWithAccentsIntact) {
    const ImportReport csv = ImportService(db()).run(samplePath("participants-sample.csv"));
    ASSERT_TRUE(csv.ok()) << csv.problems.first().toString().toStdString();
    EXPECT_TRUE(csv.written);
    EXPECT_EQ(csv.count(ImportAction::Create), 6);
    const auto ines =
        ParticipantRepository(db()).findByEmail(u"ines.boucher@example.org"_s)->value();
    EXPECT_EQ(ines.firstName, u"Inès"_s);
    EXPECT_EQ(ines.capacity, 2);
    EXPECT_EQ(ines.mode, MeetingMode::Remote);
    const auto martine =
        ParticipantRepository(db()).findByEmail(u"martine.rey@example.org"_s)->value();
    EXPECT_EQ(martine.jobTitle, u"Responsable comptabilité; consolidation"_s);
    EXPECT_EQ(martine.managerEmail, u"bernard.lemoine@example.org"_s);
    EXPECT_EQ(martine.skill(u"genai"_s)->gap(), 3);

    // The JSON sample names two of the same people: they are updated, never duplicated.
    const ImportReport json = ImportService(db()).run(samplePath("participants-sample.json"));
    ASSERT_TRUE(json.ok());
    EXPECT_EQ(json.count(ImportAction::Create), 0);
    EXPECT_EQ(everyone(db()).size(), 6);
    const auto bernard =
        ParticipantRepository(db()).findByEmail(u"bernard.lemoine@example.org"_s)->value();
    EXPECT_EQ(bernard.availability.toTokens(), u"mon-pm|thu-pm"_s);
    EXPECT_EQ(bernard.lastName, u"Lemoine"_s);
}

TEST_F(ServicesTest, ABadRowMeansNothingLandsAndTheDatabaseIsUnchanged) {
    ASSERT_TRUE(ImportService(db()).run(samplePath("participants-sample.csv")).ok());
    const QList<Participant> before = everyone(db());
    const QString bad =
        writeFile(u"bad.csv"_s, "role;first_name;last_name;email;skill:genai\n"
                                "junior;Nouvelle;Personne;nouvelle.personne@example.org;4\n"
                                "senior;Bernard;Lemoine;bernard.lemoine@example.org;2\n"
                                "junior;Trop;Fort;trop.fort@example.org;9\n");
    const ImportReport report = ImportService(db()).run(bad);
    EXPECT_FALSE(report.written);
    ASSERT_EQ(report.problems.size(), 1);
    EXPECT_EQ(report.problems.first().toString(),
              bad + u":4: Level (genai): 9 is out of range (0 to 5)"_s);
    const QList<Participant> after = everyone(db());
    ASSERT_EQ(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i)
        EXPECT_TRUE(after[i].sameData(before[i])) << after[i].email.toStdString();
}

TEST_F(ServicesTest, PreviewWritesNothing) {
    const ImportReport report = ImportService(db()).preview(samplePath("participants-sample.json"));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report.rows.size(), 2);
    EXPECT_FALSE(report.written);
    EXPECT_TRUE(everyone(db()).isEmpty());
}

TEST_F(ServicesTest, ExportImportsBackToExactlyTheSameData) {
    ASSERT_TRUE(DemoService(db()).install().ok());
    ASSERT_TRUE(ImportService(db()).run(samplePath("participants-sample.csv")).ok());
    ASSERT_TRUE(ParticipantService(db()).setArchived(everyone(db()).first().id, true).ok());
    const QList<Participant> original = everyone(db());
    for (const QString& name : {u"all.csv"_s, u"all.json"_s}) {
        const auto written = ExportService(db()).exportParticipants(file(name));
        ASSERT_TRUE(written.ok()) << written.error().toStdString();
        EXPECT_EQ(*written, original.size());
        auto fresh = Database::open(file(name + u".sqlite"_s));
        ASSERT_TRUE(fresh.ok());
        const ImportReport report = ImportService(*fresh.value()).run(file(name));
        ASSERT_TRUE(report.ok()) << report.problems.first().toString().toStdString();
        const QList<Participant> copy = everyone(*fresh.value());
        ASSERT_EQ(copy.size(), original.size());
        for (int i = 0; i < copy.size(); ++i)
            EXPECT_TRUE(copy[i].sameData(original[i]))
                << name.toStdString() << ' ' << copy[i].email.toStdString();
        // And importing the export into the same database changes nothing.
        const ImportReport again = ImportService(db()).preview(file(name));
        EXPECT_EQ(again.count(ImportAction::Unchanged), original.size());
    }
}

TEST_F(ServicesTest, DemoOrganisationIsLargeVariedAndIdempotent) {
    const auto first = DemoService(db()).install();
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_GE(first->juniors, 40);
    EXPECT_GE(first->seniors, 40);
    EXPECT_EQ(first->programs, 2);
    const Program pilot = ProgramService(db()).list()->first();
    EXPECT_EQ(ProgramService(db()).enrolled(pilot.id)->size(), first->juniors + first->seniors);
    const QList<Participant> people = everyone(db());
    QSet<QString> departments;
    QSet<QString> skills;
    int seniorsWithGaps = 0;
    for (const Participant& p : people) {
        EXPECT_TRUE(validateParticipant(p).isEmpty()) << p.email.toStdString();
        departments.insert(p.department);
        for (const SkillAssessment& s : p.skills)
            skills.insert(s.skillCode);
        if (p.role == Role::Senior &&
            std::any_of(p.skills.begin(), p.skills.end(),
                        [](const SkillAssessment& s) { return s.gap() > 0; }))
            ++seniorsWithGaps;
    }
    EXPECT_GE(departments.size(), 8);
    EXPECT_GE(skills.size(), 15);
    EXPECT_EQ(seniorsWithGaps, first->seniors);
    const auto second = DemoService(db()).install();
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->created, 0);
    EXPECT_EQ(everyone(db()).size(), people.size());
}

TEST_F(ServicesTest, AnImportIsRevertedAndReappliedAsAWhole) {
    ASSERT_TRUE(ImportService(db()).run(samplePath("participants-sample.csv")).ok());
    const QList<Participant> afterCsv = everyone(db());
    ImportReport json = ImportService(db()).run(samplePath("participants-sample.json"));
    ASSERT_TRUE(json.written);
    ASSERT_EQ(json.count(ImportAction::Update), 1); // Bernard's availability changed

    ASSERT_TRUE(ImportService(db()).revert(json).ok());
    const QList<Participant> reverted = everyone(db());
    ASSERT_EQ(reverted.size(), afterCsv.size());
    for (int i = 0; i < reverted.size(); ++i)
        EXPECT_TRUE(reverted[i].sameData(afterCsv[i])) << reverted[i].email.toStdString();

    ASSERT_TRUE(ImportService(db()).reapply(json).ok());
    const auto bernard =
        ParticipantRepository(db()).findByEmail(u"bernard.lemoine@example.org"_s)->value();
    EXPECT_EQ(bernard.availability.toTokens(), u"mon-pm|thu-pm"_s);

    // Reverting a first import removes the people it added.
    auto other = Database::open(file(u"other.sqlite"_s));
    ASSERT_TRUE(other.ok());
    ImportReport first = ImportService(*other.value()).run(samplePath("participants-sample.csv"));
    ASSERT_TRUE(first.written);
    ASSERT_TRUE(ImportService(*other.value()).revert(first).ok());
    EXPECT_TRUE(everyone(*other.value()).isEmpty());
}
