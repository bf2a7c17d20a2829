#include "binome/services/PairingService.h"

#include "PairingRoster.h"

#include "binome/domain/TextKey.h"
#include "binome/services/Explanation.h"
#include "binome/services/ObjectiveService.h"
#include "binome/storage/BinomeRepository.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"
#include "binome/storage/PairingRepository.h"
#include "binome/storage/ProgramRepository.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace binome {

Result<PairingProposal> PairingService::propose(qint64 programId, const PairingSettings& settings,
                                                const QList<PersonPair>& locked) const {
    PairingProposal proposal;
    const auto programs = ProgramRepository(m_database).all();
    if (!programs)
        return Error{programs.error()};
    const auto program = std::find_if(programs->begin(), programs->end(),
                                      [&](const Program& p) { return p.id == programId; });
    if (program == programs->end())
        return Error{
            QCoreApplication::translate("PairingService", "This program no longer exists.")};
    proposal.program = *program;
    proposal.settings = settings;
    const auto storedExclusions = PairingRepository(m_database).exclusions(programId);
    if (!storedExclusions)
        return Error{storedExclusions.error()};
    QList<PersonPair> exclusions = *storedExclusions;
    const auto history = BinomeRepository(m_database).ofProgram(programId);
    if (!history)
        return Error{history.error()};
    QSet<PersonPair> open;
    for (const Binome& b : *history) {
        if (b.isOpen())
            open.insert({b.juniorId, b.seniorId});
        else
            exclusions << PersonPair{b.juniorId, b.seniorId}; // an ended pair is not made again
    }
    for (const PersonPair& pair : std::as_const(open))
        exclusions.removeAll(pair);
    auto roster = pairing::buildRoster(m_database, programId, settings, exclusions);
    if (!roster)
        return Error{roster.error()};
    proposal.juniorCount = static_cast<int>(roster->juniors.size());
    proposal.seniorCount = static_cast<int>(roster->seniors.size());
    proposal.coverage = pairing::coverageOf(*roster);

    auto model = matching::ScoreModel::create(roster->input);
    if (!model)
        return Error{
            QCoreApplication::translate("PairingService", "The pairing settings are not valid: %1")
                .arg(QString::fromStdString(model.error()))};
    matching::PairingOptions options;
    options.minScore = settings.minScore;
    QList<PersonPair> kept(open.begin(), open.end());
    std::sort(kept.begin(), kept.end());
    for (const PersonPair& pair : locked)
        if (!open.contains(pair))
            kept << pair;
    for (const PersonPair& pair : std::as_const(kept)) {
        if (model->juniorIndex(pair.first) < 0 || model->seniorIndex(pair.second) < 0)
            continue; // no longer enrolled or archived: the lock lapses
        options.locked.emplace_back(pair.first, pair.second);
    }
    const matching::PairingResult result = matching::runPairing(*model, options);
    if (!result.ok())
        return Error{QString::fromStdString(result.error)};
    proposal.seconds = result.scoreSeconds + result.solveSeconds;
    proposal.total = result.total;
    QStringList skillCodes;
    QStringList skillNames;
    for (const Skill& skill : std::as_const(roster->skills)) {
        skillCodes << skill.code;
        skillNames << skill.displayName();
    }
    for (const matching::Proposal& p : result.proposals) {
        ProposedBinome binome;
        binome.junior = roster->juniors[p.junior];
        binome.senior = roster->seniors[p.senior];
        binome.score = std::isfinite(p.score) ? p.score : std::nan("");
        binome.confirmed = open.contains({binome.junior.id, binome.senior.id});
        binome.locked = p.locked && !binome.confirmed; // kept because confirmed, not by a lock
        binome.explanation = p.explanation;
        binome.skillCodes = skillCodes;
        binome.skillNames = skillNames;
        for (const matching::Alternative& alt :
             result.alternatives[static_cast<std::size_t>(p.senior)])
            binome.alternatives << qMakePair(roster->juniors[alt.junior], alt.score);
        proposal.binomes << binome;
    }
    std::sort(proposal.binomes.begin(), proposal.binomes.end(),
              [](const ProposedBinome& a, const ProposedBinome& b) {
                  return textKey(a.senior.lastName + a.senior.firstName) <
                         textKey(b.senior.lastName + b.senior.firstName);
              });
    for (const matching::UnmatchedPerson& u : result.unmatchedSeniors)
        proposal.unmatched << UnmatchedParticipant{
            roster->seniors[u.index], pairing::unmatchedReason(u, Role::Senior, settings.minScore)};
    for (const matching::UnmatchedPerson& u : result.unmatchedJuniors)
        proposal.unmatched << UnmatchedParticipant{
            roster->juniors[u.index], pairing::unmatchedReason(u, Role::Junior, settings.minScore)};
    return proposal;
}

Result<PairingProposal> PairingService::propose(qint64 programId) const {
    const auto saved = settings(programId);
    if (!saved)
        return Error{saved.error()};
    return propose(programId, *saved, {});
}

Result<qint64> PairingService::confirm(const PairingProposal& proposal, const QString& runBy,
                                       const QDate& startDate) const {
    PairingRepository repository(m_database);
    BinomeRepository binomeRepository(m_database);
    ObjectiveRepository objectives(m_database);
    Transaction transaction(m_database);
    const auto history = binomeRepository.ofProgram(proposal.program.id);
    if (!history)
        return Error{history.error()};
    QSet<PersonPair> open;
    for (const Binome& b : *history)
        if (b.isOpen())
            open.insert({b.juniorId, b.seniorId});
    if (Status status = repository.saveSettings(proposal.program.id, proposal.settings); !status)
        return Error{status.error()};
    PairingRun run;
    run.programId = proposal.program.id;
    run.runBy = runBy;
    run.settings = proposal.settings;
    run.total = proposal.total;
    run.pairCount = static_cast<int>(proposal.binomes.size());
    const auto runId = repository.insertRun(run);
    if (!runId)
        return runId;
    const ObjectiveService suggestions(m_database);
    for (const ProposedBinome& p : proposal.binomes) {
        if (open.contains({p.junior.id, p.senior.id}))
            continue;
        Binome b;
        b.programId = proposal.program.id;
        b.juniorId = p.junior.id;
        b.seniorId = p.senior.id;
        b.score = std::isfinite(p.score) ? p.score : 0;
        b.explanationData = explanationToJson(p);
        b.runId = *runId;
        b.startDate = startDate.isValid() ? startDate : QDate::currentDate();
        const auto id = binomeRepository.insert(b);
        if (!id)
            return Error{QCoreApplication::translate("PairingService", "Cannot pair %1 with %2: %3")
                             .arg(p.junior.fullName(), p.senior.fullName(), id.error())};
        const auto first = suggestions.suggest(*id);
        if (!first)
            return Error{first.error()};
        for (const Objective& objective : *first)
            if (const auto added = objectives.insert(objective); !added)
                return Error{added.error()};
    }
    if (Status status = transaction.commit(); !status)
        return Error{status.error()};
    return runId;
}

QString PairingService::obstacleText(matching::Obstacle obstacle) {
    switch (obstacle) {
    case matching::Obstacle::None:
        break;
    case matching::Obstacle::NoSharedLanguage:
        return QCoreApplication::translate("PairingService", "no shared working language");
    case matching::Obstacle::Excluded:
        return QCoreApplication::translate("PairingService", "excluded by HR");
    case matching::Obstacle::SameDepartment:
        return QCoreApplication::translate("PairingService", "same department");
    case matching::Obstacle::SameReportingLine:
        return QCoreApplication::translate("PairingService", "same reporting line");
    case matching::Obstacle::NoGapCovered:
        return QCoreApplication::translate("PairingService", "covers none of the senior's gaps");
    }
    return {};
}

Result<QList<MentorCandidate>> PairingService::candidates(qint64 programId,
                                                          const PairingSettings& settings,
                                                          qint64 seniorId) const {
    const auto exclusions = PairingRepository(m_database).exclusions(programId);
    if (!exclusions)
        return Error{exclusions.error()};
    const auto roster = pairing::buildRoster(m_database, programId, settings, *exclusions);
    if (!roster)
        return Error{roster.error()};
    auto model = matching::ScoreModel::create(roster->input);
    if (!model)
        return Error{
            QCoreApplication::translate("PairingService", "The pairing settings are not valid: %1")
                .arg(QString::fromStdString(model.error()))};
    const int senior = model->seniorIndex(seniorId);
    if (senior < 0)
        return Error{QCoreApplication::translate("PairingService",
                                                 "This senior does not take part in the program.")};
    QList<MentorCandidate> result;
    for (int j = 0; j < model->juniorCount(); ++j) {
        const matching::Obstacle obstacle = model->obstacle(j, senior);
        const double score = model->score(j, senior);
        result << MentorCandidate{roster->juniors[j], std::isfinite(score) ? score : std::nan(""),
                                  obstacleText(obstacle)};
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const MentorCandidate& a, const MentorCandidate& b) {
                         const double sa = std::isnan(a.score) ? -1 : a.score;
                         const double sb = std::isnan(b.score) ? -1 : b.score;
                         return sa > sb;
                     });
    return result;
}

Result<PairingSettings> PairingService::settings(qint64 programId) const {
    return PairingRepository(m_database).settings(programId);
}

Status PairingService::saveSettings(qint64 programId, const PairingSettings& settings) const {
    return PairingRepository(m_database).saveSettings(programId, settings);
}

Status PairingService::setExcluded(qint64 programId, PersonPair pair, bool excluded) const {
    return PairingRepository(m_database).setExcluded(programId, pair, excluded);
}

Result<QList<PersonPair>> PairingService::exclusions(qint64 programId) const {
    return PairingRepository(m_database).exclusions(programId);
}

Result<QList<Binome>> PairingService::binomes(qint64 programId) const {
    const auto all = BinomeRepository(m_database).ofProgram(programId);
    if (!all)
        return all;
    QList<Binome> open = *all;
    open.removeIf([](const Binome& b) { return !b.isOpen(); });
    return open;
}

Result<QList<PairingRun>> PairingService::runs(qint64 programId) const {
    return PairingRepository(m_database).runs(programId);
}

QStringList PairingService::describe(const ProposedBinome& binome) {
    return renderExplanation(explanationToJson(binome), [&](const QString& code) {
        const qsizetype k = binome.skillCodes.indexOf(code);
        return k >= 0 ? binome.skillNames.value(k, code) : code;
    });
}

QString PairingService::currentUser() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QCoreApplication::translate("PairingService", "unknown user") : user;
}

} // namespace binome
