// Proposing, explaining and confirming binômes against a real database.
#include "TempDatabase.h"

#include "binome/services/BinomeService.h"
#include "binome/services/DemoService.h"
#include "binome/services/PairingLocks.h"
#include "binome/services/PairingService.h"
#include "binome/services/ParticipantService.h"
#include "binome/services/ProgramService.h"
#include "binome/services/ProposalDocument.h"
#include "binome/storage/PairingRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

using namespace binome;
using namespace Qt::StringLiterals;

namespace {

class PairingServiceTest : public binome::test::TempDatabase {
protected:
    void SetUp() override {
        TempDatabase::SetUp();
        Program program;
        program.name = u"Cohorte"_s;
        program.startDate = QDate(2027, 1, 1);
        program.endDate = QDate(2027, 6, 30);
        programId = ProgramService(db()).save(program).value();
    }

    qint64 add(Role role, const QString& name, QList<SkillAssessment> skills,
               QStringList languages = {u"fr"_s}, const QString& department = u"Finance"_s) {
        Participant p;
        p.role = role;
        p.firstName = name;
        p.lastName = u"Test"_s;
        p.email = name.toLower() + u"@example.org"_s;
        p.department = department;
        p.site = u"Paris"_s;
        p.languages = languages;
        p.skills = std::move(skills);
        const auto id = ParticipantService(db()).save(p);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        EXPECT_TRUE(ProgramService(db()).enrol(programId, {*id}).ok());
        return *id;
    }

    int query0(const QString& sql) {
        QSqlQuery query(db().connection());
        query.exec(sql);
        query.next();
        return query.value(0).toInt();
    }

    int count(const QString& table) {
        QSqlQuery query(db().connection());
        query.exec(u"SELECT count(*) FROM "_s + table);
        query.next();
        return query.value(0).toInt();
    }

    qint64 programId = 0;
};

} // namespace

TEST_F(PairingServiceTest, ProposesTheExactBestSetAndExplainsIt) {
    // Ana teaches genai (5) and Bob LinkedIn (4). Claire needs genai 0→4 (priority 3),
    // Denis LinkedIn 1→4 (priority 2): the right binômes are Ana-Claire and Bob-Denis.
    const qint64 ana =
        add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}, {u"linkedin"_s, 2, {}, {}}});
    const qint64 bob = add(Role::Junior, u"Bob"_s, {{u"linkedin"_s, 4, {}, {}}});
    const qint64 claire =
        add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, {u"fr"_s}, u"Achats"_s);
    const qint64 denis =
        add(Role::Senior, u"Denis"_s, {{u"linkedin"_s, 1, 4, 2}}, {u"fr"_s}, u"Achats"_s);

    const auto proposal = PairingService(db()).propose(programId, PairingSettings{}, {});
    ASSERT_TRUE(proposal.ok()) << proposal.error().toStdString();
    ASSERT_EQ(proposal->binomes.size(), 2);
    QHash<qint64, qint64> mentorOf;
    for (const ProposedBinome& b : proposal->binomes)
        mentorOf.insert(b.senior.id, b.junior.id);
    EXPECT_EQ(mentorOf.value(claire), ana);
    EXPECT_EQ(mentorOf.value(denis), bob);
    EXPECT_TRUE(proposal->unmatched.isEmpty());

    const ProposedBinome& first = proposal->binomes.first(); // Claire, by name
    ASSERT_EQ(first.senior.id, claire);
    // Full coverage of the only gap, no availability given, same site, different departments:
    // 100 * (0.6 * 1 + 0.2 * 0 + 0.1 * 1 + 0.1 * 1) / 1.0 = 80.
    EXPECT_NEAR(first.score, 80.0, 1e-9);
    const QStringList lines = PairingService::describe(first);
    EXPECT_TRUE(lines.contains(
        u"Generative AI: 0 → 4 (priority 3), mentor at 5: covers 100% (+60.0 points)"_s))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.contains(u"Same site (+10.0 points)"_s));
    EXPECT_TRUE(lines.contains(u"Different departments (+10.0 points)"_s));
}

TEST_F(PairingServiceTest, UnmatchedPeopleGetAReason) {
    add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}});
    add(Role::Senior, u"Emma"_s, {{u"cms"_s, 0, 3, 2}});              // nobody teaches CMS
    add(Role::Senior, u"John"_s, {{u"genai"_s, 1, 3, 2}}, {u"en"_s}); // no shared language
    const auto proposal = PairingService(db()).propose(programId, PairingSettings{}, {});
    ASSERT_TRUE(proposal.ok());
    ASSERT_EQ(proposal->binomes.size(), 1);
    QHash<QString, QString> reasons;
    for (const UnmatchedParticipant& u : proposal->unmatched)
        reasons.insert(u.person.firstName, u.reason);
    ASSERT_EQ(reasons.size(), 2);
    EXPECT_TRUE(reasons.value(u"Emma"_s).contains(u"no enrolled junior covers"_s))
        << reasons.value(u"Emma"_s).toStdString();
    EXPECT_TRUE(reasons.value(u"John"_s).contains(u"no working language"_s))
        << reasons.value(u"John"_s).toStdString();
    // The coverage view shows CMS as the gap nobody can cover.
    ASSERT_FALSE(proposal->coverage.isEmpty());
    EXPECT_EQ(proposal->coverage.first().code, u"cms"_s);
    EXPECT_EQ(proposal->coverage.first().coverableShare(), 0.0);
}

TEST_F(PairingServiceTest, LocksAndExclusionsAreHonoured) {
    const qint64 ana = add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    const qint64 bob = add(Role::Junior, u"Bob"_s, {{u"genai"_s, 3, {}, {}}});
    const qint64 claire =
        add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, {u"fr"_s}, u"Achats"_s);
    PairingService service(db());
    // Locked: Bob with Claire, although Ana would cover more.
    auto proposal = service.propose(programId, PairingSettings{}, {{bob, claire}});
    ASSERT_TRUE(proposal.ok());
    ASSERT_EQ(proposal->binomes.size(), 1);
    EXPECT_EQ(proposal->binomes.first().junior.id, bob);
    EXPECT_TRUE(proposal->binomes.first().locked);
    // Excluded: Ana never with Claire.
    ASSERT_TRUE(service.setExcluded(programId, {ana, claire}, true).ok());
    proposal = service.propose(programId, PairingSettings{}, {});
    ASSERT_TRUE(proposal.ok());
    ASSERT_EQ(proposal->binomes.size(), 1);
    EXPECT_EQ(proposal->binomes.first().junior.id, bob);
}

TEST_F(PairingServiceTest, CandidatesForOneSeniorComeBestFirstWithTheRulesThatForbidThem) {
    const qint64 ana = add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    const qint64 bob = add(Role::Junior, u"Bob"_s, {{u"genai"_s, 2, {}, {}}});
    const qint64 john = add(Role::Junior, u"John"_s, {{u"genai"_s, 5, {}, {}}}, {u"en"_s});
    const qint64 claire =
        add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, {u"fr"_s}, u"Achats"_s);
    const auto candidates = PairingService(db()).candidates(programId, PairingSettings{}, claire);
    ASSERT_TRUE(candidates.ok()) << candidates.error().toStdString();
    ASSERT_EQ(candidates->size(), 3);
    EXPECT_EQ(candidates->at(0).junior.id, ana);
    EXPECT_NEAR(candidates->at(0).score, 80.0, 1e-9);
    EXPECT_EQ(candidates->at(1).junior.id, bob);
    // Bob covers half of the gap: 100 * (0.6 * 0.5 + 0.1 + 0.1) = 50.
    EXPECT_NEAR(candidates->at(1).score, 50.0, 1e-9);
    EXPECT_EQ(candidates->at(2).junior.id, john);
    EXPECT_TRUE(std::isnan(candidates->at(2).score));
    EXPECT_EQ(candidates->at(2).obstacle, u"no shared working language"_s);
}

TEST_F(PairingServiceTest, ConfirmingSavesBinomesSettingsAndTheAuditInOneGo) {
    add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}});
    PairingSettings settings;
    settings.weightSite = 0.3;
    settings.minScore = 10;
    PairingService service(db());
    const auto proposal = service.propose(programId, settings, {});
    ASSERT_TRUE(proposal.ok());
    const auto run = service.confirm(*proposal, u"hr.user"_s);
    ASSERT_TRUE(run.ok()) << run.error().toStdString();
    const auto binomes = service.binomes(programId);
    ASSERT_EQ(binomes->size(), 1);
    EXPECT_NEAR(binomes->first().score, proposal->binomes.first().score, 1e-9);
    EXPECT_TRUE(BinomeService(db())
                    .explain(binomes->first())
                    .first()
                    .startsWith(u"Generative AI: 0 → 4"_s));
    const auto runs = service.runs(programId);
    ASSERT_EQ(runs->size(), 1);
    EXPECT_EQ(runs->first().runBy, u"hr.user"_s);
    EXPECT_EQ(runs->first().settings, settings);
    EXPECT_EQ(service.settings(programId).value(), settings);
    // Proposing again with the saved settings keeps the confirmed binôme as it is.
    const auto again = service.propose(programId);
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(again->binomes.size(), 1);
    EXPECT_TRUE(again->binomes.first().confirmed);
}

TEST_F(PairingServiceTest, AFailedConfirmationLeavesNothingBehind) {
    const qint64 ana = add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}});
    auto proposed = PairingService(db()).propose(programId, PairingSettings{}, {});
    ASSERT_TRUE(proposed.ok());
    PairingProposal proposal = *proposed;
    // A second binôme for the same senior breaks the one-mentor-per-senior rule at the end
    // of the transaction's writes.
    ProposedBinome twin = proposal.binomes.first();
    twin.junior.id = ana + 1000; // not a participant: the foreign key refuses it
    proposal.binomes << twin;
    EXPECT_FALSE(PairingService(db()).confirm(proposal, u"hr"_s).ok());
    EXPECT_EQ(count(u"binome"_s), 0);
    EXPECT_EQ(count(u"pairing_run"_s), 0);
    EXPECT_EQ(count(u"pairing_settings"_s), 0);
}

TEST_F(PairingServiceTest, TheDemoOrganisationPairsEverySeniorItCan) {
    ASSERT_TRUE(DemoService(db()).install().ok());
    ASSERT_TRUE(ProgramService(db()).enrolAll(programId).ok());
    const auto proposal = PairingService(db()).propose(programId, PairingSettings{}, {});
    ASSERT_TRUE(proposal.ok());
    EXPECT_GE(proposal->seniorCount, 40);
    EXPECT_EQ(proposal->binomes.size() + std::count_if(proposal->unmatched.begin(),
                                                       proposal->unmatched.end(),
                                                       [](const UnmatchedParticipant& u) {
                                                           return u.person.role == Role::Senior;
                                                       }),
              proposal->seniorCount);
    double total = 0;
    for (const ProposedBinome& b : proposal->binomes) {
        EXPECT_GE(b.score, PairingSettings{}.minScore);
        EXPECT_LE(b.alternatives.size(), 3);
        total += b.score;
    }
    EXPECT_NEAR(total, proposal->total, 1e-6);
}

TEST_F(PairingServiceTest, ErasingIsRefusedWhileInABinomeThenRemovesEverything) {
    const qint64 ana = add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}});
    ParticipantService participants(db());
    PairingService pairing(db());
    ASSERT_TRUE(
        pairing.confirm(pairing.propose(programId, PairingSettings{}, {}).value(), u"hr"_s).ok());

    // Not archived yet: refused.
    Status erased = participants.erase(ana);
    ASSERT_FALSE(erased.ok());
    EXPECT_TRUE(erased.error().contains(u"Archive"_s)) << erased.error().toStdString();
    // Archived but in a binôme: refused, naming the program.
    ASSERT_TRUE(participants.setArchived(ana, true).ok());
    erased = participants.erase(ana);
    ASSERT_FALSE(erased.ok());
    EXPECT_TRUE(erased.error().contains(u"Cohorte"_s)) << erased.error().toStdString();
    EXPECT_EQ(count(u"participant"_s), 2);

    // Once her binôme has ended, everything about her goes; the ended binôme stays in the
    // program's history with an anonymous mentor.
    const Binome binome = pairing.binomes(programId)->first();
    ASSERT_TRUE(BinomeService(db()).end(binome.id, binome.startDate, EndReason::Left, {}).ok());
    ASSERT_TRUE(pairing.binomes(programId)->isEmpty());
    ASSERT_TRUE(participants.erase(ana).ok());
    EXPECT_EQ(count(u"binome"_s), 1);
    EXPECT_EQ(query0(u"SELECT count(*) FROM participant WHERE first_name = 'Ana'"_s), 0);
    QSqlQuery query(db().connection());
    ASSERT_TRUE(query.exec(
        u"SELECT (SELECT count(*) FROM participant_skill WHERE participant_id = %1) + "
        "(SELECT count(*) FROM program_participant WHERE participant_id = %1)"_s.arg(ana)));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST_F(PairingServiceTest, EachRunKnowsTheBinomesItCreatedEndedOnesIncluded) {
    const qint64 ana = add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    const qint64 claire = add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}});
    PairingService pairing(db());
    const auto first = pairing.confirm(pairing.propose(programId).value(), u"hr"_s);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    // Two newcomers, paired by a second run that keeps Ana and Claire as they are.
    const qint64 bob = add(Role::Junior, u"Bob"_s, {{u"linkedin"_s, 4, {}, {}}});
    const qint64 denis = add(Role::Senior, u"Denis"_s, {{u"linkedin"_s, 1, 4, 2}});
    const auto second = pairing.confirm(pairing.propose(programId).value(), u"hr"_s);
    ASSERT_TRUE(second.ok()) << second.error().toStdString();

    const BinomeService binomes(db());
    auto ofFirst = binomes.ofRun(*first);
    ASSERT_TRUE(ofFirst.ok()) << ofFirst.error().toStdString();
    ASSERT_EQ(ofFirst->size(), 1);
    EXPECT_EQ(PersonPair(ofFirst->first().juniorId, ofFirst->first().seniorId),
              PersonPair(ana, claire));
    const auto ofSecond = binomes.ofRun(*second);
    ASSERT_EQ(ofSecond->size(), 1);
    EXPECT_EQ(PersonPair(ofSecond->first().juniorId, ofSecond->first().seniorId),
              PersonPair(bob, denis));
    EXPECT_EQ(ofSecond->first().runId, *second);

    // Ended since: still the first run's, as ended.
    const Binome anaClaire = ofFirst->first();
    ASSERT_TRUE(binomes.end(anaClaire.id, anaClaire.startDate, EndReason::Completed, {}).ok());
    ofFirst = binomes.ofRun(*first);
    ASSERT_EQ(ofFirst->size(), 1);
    EXPECT_EQ(ofFirst->first().status, BinomeStatus::Ended);
    EXPECT_TRUE(binomes.ofRun(*second + 100)->isEmpty());
}

TEST_F(PairingServiceTest, LocksStartFromTheOpenBinomesAndFollowHRsChoices) {
    const qint64 ana = add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}});
    const qint64 bob = add(Role::Junior, u"Bob"_s, {{u"genai"_s, 3, {}, {}}});
    const qint64 claire =
        add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, {u"fr"_s}, u"Achats"_s);
    PairingService pairing(db());
    const auto seeded = PairingLocks::ofProgram(db(), programId);
    ASSERT_TRUE(seeded.ok()) << seeded.error().toStdString();
    PairingLocks locks = *seeded;
    EXPECT_TRUE(locks.isEmpty()); // nobody paired yet

    // HR gives Claire a mentor by hand: Bob, although Ana would cover more.
    locks.setMentor(claire, bob);
    EXPECT_EQ(locks.toList(), (QList<PersonPair>{{bob, claire}}));
    auto proposal = pairing.propose(programId, PairingSettings{}, locks.toList());
    ASSERT_TRUE(proposal.ok());
    ASSERT_EQ(proposal->binomes.size(), 1);
    EXPECT_EQ(proposal->binomes.first().junior.id, bob);
    EXPECT_TRUE(proposal->binomes.first().locked);
    // Another mentor chosen by hand replaces the senior's lock; toggling lifts it.
    locks.setMentor(claire, ana);
    EXPECT_EQ(locks.toList(), (QList<PersonPair>{{ana, claire}}));
    EXPECT_FALSE(locks.toggle({ana, claire}));
    EXPECT_TRUE(locks.isEmpty());
    EXPECT_TRUE(locks.toggle({bob, claire}));
    locks.lift({bob, claire});
    EXPECT_FALSE(locks.contains({bob, claire}));

    // Confirmed: the open binômes are the locks of the program from now on; an ended one not.
    locks.lockAll(*proposal);
    EXPECT_EQ(locks.toList(), (QList<PersonPair>{{bob, claire}}));
    ASSERT_TRUE(pairing.confirm(*proposal, u"hr"_s).ok());
    EXPECT_EQ(PairingLocks::ofProgram(db(), programId)->toList(),
              (QList<PersonPair>{{bob, claire}}));
    const Binome binome = pairing.binomes(programId)->first();
    ASSERT_TRUE(BinomeService(db()).end(binome.id, binome.startDate, EndReason::Mismatch, {}).ok());
    EXPECT_TRUE(PairingLocks::ofProgram(db(), programId)->isEmpty());
}

TEST_F(PairingServiceTest, TheProposalDocumentSaysWhatThePairingFound) {
    add(Role::Junior, u"Ana"_s, {{u"genai"_s, 5, {}, {}}, {u"linkedin"_s, 2, {}, {}}});
    add(Role::Senior, u"Claire"_s, {{u"genai"_s, 0, 4, 3}}, {u"fr"_s}, u"Achats"_s);
    add(Role::Senior, u"Emma"_s, {{u"cms"_s, 0, 3, 2}}); // nobody teaches CMS
    const auto proposal = PairingService(db()).propose(programId, PairingSettings{}, {});
    ASSERT_TRUE(proposal.ok());

    const QJsonObject json =
        QJsonDocument::fromJson(ProposalDocument::json(*proposal, false).toUtf8()).object();
    EXPECT_EQ(json[u"program"_s].toString(), u"Cohorte"_s);
    EXPECT_EQ(json[u"juniors"_s].toInt(), 1);
    EXPECT_EQ(json[u"seniors"_s].toInt(), 2);
    EXPECT_FALSE(json[u"applied"_s].toBool());
    const QJsonArray pairs = json[u"pairs"_s].toArray();
    ASSERT_EQ(pairs.size(), 1);
    const QJsonObject pair = pairs.first().toObject();
    EXPECT_EQ(pair[u"junior"_s][u"email"_s].toString(), u"ana@example.org"_s);
    EXPECT_EQ(pair[u"senior"_s][u"name"_s].toString(), u"Claire Test"_s);
    EXPECT_NEAR(pair[u"score"_s].toDouble(), 80.0, 1e-9);
    EXPECT_FALSE(pair[u"locked"_s].toBool());
    EXPECT_FALSE(pair[u"confirmed"_s].toBool());
    ASSERT_EQ(pair[u"gaps"_s].toArray().size(), 1);
    EXPECT_EQ(pair[u"gaps"_s][0][u"skill"_s].toString(), u"genai"_s);
    EXPECT_EQ(pair[u"gaps"_s][0][u"junior_level"_s].toInt(), 5);
    EXPECT_NEAR(pair[u"factors"_s][u"skill_points"_s].toDouble(), 60.0, 1e-9);
    const QJsonArray unmatched = json[u"unmatched"_s].toArray();
    ASSERT_EQ(unmatched.size(), 1);
    EXPECT_EQ(unmatched.first()[u"role"_s].toString(), u"senior"_s);
    EXPECT_TRUE(unmatched.first()[u"reason"_s].toString().contains(u"no enrolled junior"_s));
    EXPECT_TRUE(QJsonDocument::fromJson(ProposalDocument::json(*proposal, true).toUtf8())
                    .object()[u"applied"_s]
                    .toBool());

    const QStringList lines = ProposalDocument::textLines(*proposal);
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines.first(), u"Claire Test (senior) ← Ana Test (junior): 80.0"_s);
    EXPECT_TRUE(lines.contains(u"    Generative AI: 0 → 4 (priority 3), mentor at 5: covers 100% "
                               "(+60.0 points)"_s))
        << lines.join(u'\n').toStdString();
    EXPECT_TRUE(lines.at(lines.size() - 2).startsWith(u"Unmatched senior Emma Test: "_s));
    EXPECT_EQ(lines.last(), u"1 binôme(s) among 1 juniors and 2 seniors; total score 80.0."_s);
    for (const QString& line : lines)
        EXPECT_FALSE(line.contains(u'\n')) << line.toStdString();
}
