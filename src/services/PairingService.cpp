#include "binome/services/PairingService.h"

#include "binome/domain/TextKey.h"
#include "binome/matching/Pairing.h"
#include "binome/services/Explanation.h"
#include "binome/services/ObjectiveService.h"
#include "binome/services/ProgramService.h"
#include "binome/storage/BinomeRepository.h"
#include "binome/storage/Database.h"
#include "binome/storage/FollowUpRepository.h"
#include "binome/storage/PairingRepository.h"
#include "binome/storage/ParticipantRepository.h"
#include "binome/storage/ProgramRepository.h"
#include "binome/storage/SkillRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace binome {

namespace {

/// The people and skills of one proposal, and the engine's view of them.
struct Roster {
    QList<Participant> juniors;
    QList<Participant> seniors;
    QList<Skill> skills;
    matching::ScoreInput input;
};

/// Dense ids for free text (sites, departments), without regard to case or accents.
class Dictionary {
public:
    int idOf(const QString& text) {
        const QString key = textKey(text);
        if (key.isEmpty())
            return -1;
        const auto it = m_ids.constFind(key);
        if (it != m_ids.constEnd())
            return *it;
        const int id = static_cast<int>(m_ids.size());
        m_ids.insert(key, id);
        return id;
    }

private:
    QHash<QString, int> m_ids;
};

matching::MeetingMode engineMode(MeetingMode mode) {
    switch (mode) {
    case MeetingMode::InPerson:
        return matching::MeetingMode::InPerson;
    case MeetingMode::Remote:
        return matching::MeetingMode::Remote;
    case MeetingMode::Either:
        break;
    }
    return matching::MeetingMode::Either;
}

Result<Roster> buildRoster(const Database& database, qint64 programId,
                           const PairingSettings& settings, const QList<PersonPair>& exclusions) {
    Roster roster;
    const auto enrolled = ProgramService(database).enrolled(programId);
    if (!enrolled)
        return Error{enrolled.error()};
    const auto everyone = ParticipantRepository(database).all();
    if (!everyone)
        return Error{everyone.error()};
    const auto skills = SkillRepository(database).all();
    if (!skills)
        return Error{skills.error()};
    roster.skills = *skills;
    QHash<QString, int> skillIndex;
    for (int k = 0; k < roster.skills.size(); ++k)
        skillIndex.insert(roster.skills[k].code.toLower(), k);
    QHash<QString, qint64> idByEmail;
    for (const Participant& p : *everyone)
        idByEmail.insert(emailKey(p.email), p.id);

    Dictionary sites;
    Dictionary departments;
    QHash<QString, int> languageBits;
    const auto fillPerson = [&](matching::PersonProfile& profile, const Participant& p) {
        profile.personId = p.id;
        profile.managerId =
            p.managerEmail.isEmpty() ? -1 : idByEmail.value(emailKey(p.managerEmail), -1);
        for (const QString& language : p.languages) {
            auto it = languageBits.find(language);
            if (it == languageBits.end())
                it = languageBits.insert(language, static_cast<int>(languageBits.size()));
            if (*it < matching::MaxLanguages)
                profile.languages |= std::uint64_t{1} << *it;
        }
        profile.site = sites.idOf(p.site);
        profile.department = departments.idOf(p.department);
        profile.availability = p.availability.bits();
        profile.meetingMode = engineMode(p.mode);
    };

    matching::ScoreInput& input = roster.input;
    input.skillCount = static_cast<int>(roster.skills.size());
    for (const Participant& p : *enrolled) {
        if (p.archived)
            continue;
        if (p.role == Role::Junior) {
            matching::JuniorProfile junior;
            fillPerson(junior, p);
            junior.capacity = p.capacity;
            junior.levels.assign(static_cast<std::size_t>(input.skillCount), -1);
            for (const SkillAssessment& s : p.skills) {
                const int k = skillIndex.value(s.skillCode.toLower(), -1);
                if (k >= 0 && s.level)
                    junior.levels[static_cast<std::size_t>(k)] = *s.level;
            }
            input.juniors.push_back(std::move(junior));
            roster.juniors << p;
        } else {
            matching::SeniorProfile senior;
            fillPerson(senior, p);
            senior.skills.assign(static_cast<std::size_t>(input.skillCount), {});
            for (const SkillAssessment& s : p.skills) {
                const int k = skillIndex.value(s.skillCode.toLower(), -1);
                if (k < 0)
                    continue;
                auto& skill = senior.skills[static_cast<std::size_t>(k)];
                skill.current = s.level.value_or(-1);
                skill.target = s.target.value_or(-1);
                skill.priority = s.priority.value_or(1);
            }
            input.seniors.push_back(std::move(senior));
            roster.seniors << p;
        }
    }
    input.weights = {settings.weightSkill, settings.weightAvailability, settings.weightSite,
                     settings.weightCrossDepartment};
    input.rules.forbidSameDepartment = settings.forbidSameDepartment;
    input.rules.forbidSameReportingLine = settings.forbidSameReportingLine;
    input.rules.requireCoveredGap = settings.requireCoveredGap;
    for (const PersonPair& pair : exclusions)
        input.rules.exclusions.emplace_back(pair.first, pair.second);
    return roster;
}

QString unmatchedReason(const matching::UnmatchedPerson& u, Role role, double minScore) {
    const bool junior = role == Role::Junior;
    switch (u.reason) {
    case matching::UnmatchedReason::NobodyOnOtherSide:
        return junior ? QCoreApplication::translate("PairingService",
                                                    "no senior is enrolled in the program")
                      : QCoreApplication::translate("PairingService",
                                                    "no junior is enrolled in the program");
    case matching::UnmatchedReason::NoCapacity:
        return QCoreApplication::translate("PairingService", "their capacity is 0");
    case matching::UnmatchedReason::NoGapToWorkOn:
        return QCoreApplication::translate("PairingService",
                                           "no skill has a target above the current level");
    case matching::UnmatchedReason::NobodyCoversGaps:
        return junior ? QCoreApplication::translate("PairingService",
                                                    "covers none of the enrolled seniors' gaps")
                      : QCoreApplication::translate("PairingService",
                                                    "no enrolled junior covers any of their gaps: "
                                                    "a mentor to recruit");
    case matching::UnmatchedReason::NoSharedLanguage:
        return QCoreApplication::translate("PairingService",
                                           "shares no working language with the %1 people who "
                                           "would fit")
            .arg(u.noSharedLanguage);
    case matching::UnmatchedReason::HardRules:
        return QCoreApplication::translate("PairingService",
                                           "everyone who would fit is ruled out (exclusion, same "
                                           "department or same reporting line)");
    case matching::UnmatchedReason::BelowMinimumScore:
        return QCoreApplication::translate("PairingService",
                                           "every possible partner scores under the minimum "
                                           "score (%1)")
            .arg(minScore);
    case matching::UnmatchedReason::CandidatesTaken:
        return junior ? QCoreApplication::translate("PairingService",
                                                    "the %1 seniors they could mentor are better "
                                                    "paired with others")
                            .arg(u.candidates)
                      : QCoreApplication::translate("PairingService",
                                                    "the %1 juniors who could mentor them are at "
                                                    "capacity or better paired with others")
                            .arg(u.candidates);
    }
    return {};
}

QList<SkillCoverage> coverageOf(const Roster& roster) {
    QList<SkillCoverage> rows;
    const matching::ScoreInput& input = roster.input;
    for (int k = 0; k < input.skillCount; ++k) {
        SkillCoverage row;
        row.code = roster.skills[k].code;
        row.name = roster.skills[k].displayName();
        QList<int> teachers;
        for (const matching::SeniorProfile& senior : input.seniors) {
            const matching::SeniorSkill& s = senior.skills[static_cast<std::size_t>(k)];
            if (s.current < 0 || s.target <= s.current)
                continue;
            const int gap = s.target - s.current;
            ++row.seniorsWithGap;
            row.totalGap += gap;
            double best = 0;
            for (int j = 0; j < static_cast<int>(input.juniors.size()); ++j) {
                const int level =
                    input.juniors[static_cast<std::size_t>(j)].levels[static_cast<std::size_t>(k)];
                if (level <= s.current)
                    continue;
                best = std::max(best, std::clamp(double(level - s.current) / gap, 0.0, 1.0));
                if (!teachers.contains(j))
                    teachers << j;
            }
            row.coverableGap += best * gap;
        }
        row.juniorsAbleToTeach = static_cast<int>(teachers.size());
        if (row.seniorsWithGap > 0)
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const SkillCoverage& a, const SkillCoverage& b) {
        if (a.coverableShare() != b.coverableShare())
            return a.coverableShare() < b.coverableShare();
        return a.totalGap > b.totalGap;
    });
    return rows;
}

} // namespace

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
    auto roster = buildRoster(m_database, programId, settings, exclusions);
    if (!roster)
        return Error{roster.error()};
    proposal.juniorCount = static_cast<int>(roster->juniors.size());
    proposal.seniorCount = static_cast<int>(roster->seniors.size());
    proposal.coverage = coverageOf(*roster);

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
            roster->seniors[u.index], unmatchedReason(u, Role::Senior, settings.minScore)};
    for (const matching::UnmatchedPerson& u : result.unmatchedJuniors)
        proposal.unmatched << UnmatchedParticipant{
            roster->juniors[u.index], unmatchedReason(u, Role::Junior, settings.minScore)};
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
    const auto roster = buildRoster(m_database, programId, settings, *exclusions);
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
